#pragma once
// The per-installation secret that seals blobs at rest, kept OUTSIDE the database: a file of
// 32 random bytes that only its owner may read (mode 0600, e.g. root's under the data dir).
// A database dump alone is then useless without this file.

#include <array>
#include <cstddef>
#include <filesystem>

#include "mws/core/result.hpp"

namespace mws::security {

class KeyFile {
public:
  static constexpr std::size_t kSize = 32;
  using Key = std::array<unsigned char, kSize>;

  // Reads the key. "security.key_missing" when there is no file, "security.key_file_exposed"
  // when group or others may access it or another user owns it, "security.key_file_invalid"
  // when it does not hold exactly 32 bytes. Params carry the path, never key bytes.
  static core::Result<Key> load(const std::filesystem::path& path);

  // Creates the file with a fresh random key (mode 0600, its folder 0700) when it does not
  // exist yet, then loads it.
  static core::Result<Key> loadOrCreate(const std::filesystem::path& path);
};

}  // namespace mws::security
