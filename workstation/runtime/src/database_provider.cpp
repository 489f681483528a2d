#include "mws/runtime/database_provider.hpp"

#include <Poco/Logger.h>
#include <Poco/Util/AbstractConfiguration.h>

namespace mws::runtime {

core::Result<OpenedDatabase> openDatabase(const Poco::Util::AbstractConfiguration& config) {
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
