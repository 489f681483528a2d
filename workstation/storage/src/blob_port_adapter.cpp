#include "mws/storage/blob_port_adapter.hpp"

namespace mws::storage {

core::Result<std::string> BlobPortAdapter::put(std::string_view bytes) { return m_store.put(bytes); }

core::Result<std::string> BlobPortAdapter::get(const std::string& sha256) {
  if (sha256.size() != 64 || sha256.find_first_not_of("0123456789abcdef") != std::string::npos) {
    return core::makeError("storage.blob_not_found", "not a SHA-256 in lower-case hex")
        .with("sha256", sha256);
  }
  return m_store.get(sha256);
}

}  // namespace mws::storage
