#pragma once
// The core's BlobPort over the unit database's BlobStore: content-addressed, sealed at rest.

#include "mws/core/domain/ports/blob_port.hpp"
#include "mws/storage/blob_store.hpp"

namespace mws::storage {

class BlobPortAdapter : public core::BlobPort {
 public:
  // With the key installed for this process (BlobStore::installKey).
  explicit BlobPortAdapter(Database& db) : m_store(db) {}
  BlobPortAdapter(Database& db, const BlobKey& key) : m_store(db, key) {}

  core::Result<std::string> put(std::string_view bytes) override;
  // "storage.blob_not_found" (param sha256), "storage.blob_corrupt".
  core::Result<std::string> get(const std::string& sha256) override;

 private:
  BlobStore m_store;
};

}  // namespace mws::storage
