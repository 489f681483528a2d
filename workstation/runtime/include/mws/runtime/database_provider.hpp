#pragma once
#include <memory>

#include "mws/core/result.hpp"
#include "mws/storage/database.hpp"
#include "mws/storage/private_cluster.hpp"

namespace Poco::Util {
class AbstractConfiguration;
}

namespace mws::runtime {

// A database connection and, when no server is configured, the private cluster behind it.
struct OpenedDatabase {
  std::unique_ptr<storage::PrivateCluster> cluster;  // null when db.dsn names a server
  std::unique_ptr<storage::Database> db;
};

// Connects to db.dsn, or starts the private cluster in db.cluster_dir when db.dsn is empty.
core::Result<OpenedDatabase> openDatabase(const Poco::Util::AbstractConfiguration& config);

}  // namespace mws::runtime
