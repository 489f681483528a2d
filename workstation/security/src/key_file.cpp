#include "mws/security/key_file.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace mws::security {
namespace {

core::Error keyError(const char* code, const std::filesystem::path& path) {
  return core::makeError(code).with("path", path.string());
}

// Reads exactly `size` bytes or fails.
bool readAll(int fd, unsigned char* out, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::read(fd, out + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  unsigned char extra = 0;
  return ::read(fd, &extra, 1) == 0;  // nothing after the key
}

bool writeAll(int fd, const unsigned char* data, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::write(fd, data + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return ::fsync(fd) == 0;
}

core::Status create(const std::filesystem::path& path) {
  std::error_code ec;
  if (path.has_parent_path() && !std::filesystem::exists(path.parent_path())) {
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) return keyError("security.key_file_unwritable", path);
    ::chmod(path.parent_path().c_str(), 0700);
  }
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return core::success();  // made meanwhile by another process
    return keyError("security.key_file_unwritable", path);
  }
  KeyFile::Key key{};
  randombytes_buf(key.data(), key.size());
  const bool written = writeAll(fd, key.data(), key.size());
  sodium_memzero(key.data(), key.size());
  ::close(fd);
  if (!written) {
    std::filesystem::remove(path, ec);
    return keyError("security.key_file_unwritable", path);
  }
  return core::success();
}

}  // namespace

core::Result<KeyFile::Key> KeyFile::load(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    return keyError(errno == ENOENT ? "security.key_missing" : "security.key_file_unreadable",
                    path);
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || (info.st_mode & 077) != 0 ||
      info.st_uid != ::geteuid()) {
    ::close(fd);
    return keyError("security.key_file_exposed", path);
  }
  Key key{};
  const bool complete = readAll(fd, key.data(), key.size());
  ::close(fd);
  if (!complete) return keyError("security.key_file_invalid", path);
  return key;
}

core::Result<KeyFile::Key> KeyFile::loadOrCreate(const std::filesystem::path& path) {
  if (sodium_init() < 0) return core::makeError("security.sodium_unavailable");
  auto created = create(path);
  if (!created) return created.error();
  return load(path);
}

}  // namespace mws::security
