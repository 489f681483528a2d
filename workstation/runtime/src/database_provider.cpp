#include "mws/runtime/database_provider.hpp"

#include <Poco/Logger.h>

#include <algorithm>
#include <filesystem>

#include "mws/security/key_file.hpp"
#include "mws/storage/audit_chain.hpp"
#include "mws/storage/blob_store.hpp"
#include <Poco/Util/AbstractConfiguration.h>

namespace mws::runtime {

namespace {

// The installation's blob key, kept outside the database (security.key_file), made on
// first use; installed for this process so that blobs are sealed at rest.
core::Status installBlobKey(const Poco::Util::AbstractConfiguration& config) {
  const std::filesystem::path file = config.getString("security.key_file", "");
  if (file.empty()) return core::makeError("security.key_missing", "security.key_file is not set");
  auto key = security::KeyFile::loadOrCreate(file);
  if (!key) return key.error();
  storage::BlobKey blobKey;
  std::copy(key->begin(), key->end(), blobKey.bytes.begin());
  storage::BlobStore::installKey(blobKey);
  return core::success();
}

}  // namespace

core::Result<OpenedDatabase> openDatabase(const Poco::Util::AbstractConfiguration& config) {
  if (auto keyed = installBlobKey(config); !keyed) return keyed.error();
  storage::setAuditCounter(config.getString("counter.name", ""));
  auto& log = Poco::Logger::get("mws.db");
  OpenedDatabase opened;
  std::string dsn = config.getString("db.dsn", "");
  if (dsn.empty()) {
    storage::ClusterOptions options;
    options.dataDir = config.getString("db.cluster_dir");
    opened.cluster = std::make_unique<storage::PrivateCluster>(options);
    if (auto ok = opened.cluster->ensureRunning(); !ok) return ok.error();
    dsn = opened.cluster->dsn();
    log.information("using the private cluster in %s", options.dataDir.string());
  }
  auto db = storage::Database::connect(dsn);
  if (!db) return db.error();
  log.information("connected to %s", storage::redactDsn(dsn));
  opened.db = std::move(*db);
  return opened;
}

}  // namespace mws::runtime
