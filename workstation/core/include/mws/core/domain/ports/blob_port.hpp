#pragma once
// Photos, fingerprint images and templates, and document images as the core sees them:
// content-addressed (SHA-256, 64 lower-case hex digits) and sealed at rest by the store.

#include <string>
#include <string_view>

#include "mws/core/result.hpp"

namespace mws::core {

class BlobPort {
public:
  virtual ~BlobPort() = default;
  // Stores the bytes (once) and returns their SHA-256.
  virtual Result<std::string> put(std::string_view bytes) = 0;
  // "storage.blob_not_found" (param sha256) when not held.
  virtual Result<std::string> get(const std::string& sha256) = 0;
};

}  // namespace mws::core
