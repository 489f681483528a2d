#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "mws/core/result.hpp"

namespace mws::storage {

struct ClusterOptions {
  std::filesystem::path dataDir;  // the cluster's files; its Unix socket lives here too
  bool durable = true;            // false for throwaway test clusters (fsync off)
  std::string binDir;             // PostgreSQL's programs; empty = the newest installed
  std::string osUser;             // empty = the current user, or "postgres" when root
};

// A PostgreSQL cluster private to this user or this machine, made from the system's
// PostgreSQL programs (initdb, pg_ctl): socket-only (no TCP), trust on its 0700 socket
// directory, started on demand and stopped cleanly. The default when no server is set up.
class PrivateCluster {
public:
  static constexpr const char* kSuperuser = "mws";
  static constexpr const char* kDatabase = "mws";

  explicit PrivateCluster(ClusterOptions options);
  ~PrivateCluster();
  PrivateCluster(const PrivateCluster&) = delete;
  PrivateCluster& operator=(const PrivateCluster&) = delete;

  // Creates the cluster if it does not exist, starts it unless it runs, and makes sure the
  // database `kDatabase` exists. "cluster.postgres_missing" when PostgreSQL is not installed.
  core::Status ensureRunning();
  core::Status stop();
  bool isRunning() const;
  // Stop the server in the destructor if this object started it and no other program is
  // connected to it (default: yes).
  void setStopOnExit(bool stop) { m_stopOnExit = stop; }

  core::Status createDatabase(const std::string& name, const std::string& templateName = {});
  core::Status dropDatabase(const std::string& name);
  std::string dsn(const std::string& database = kDatabase) const;
  const ClusterOptions& options() const { return m_options; }

  // The directory of the newest installed PostgreSQL's programs.
  static core::Result<std::string> findBinDir();

private:
  bool inUseByOthers() const;
  core::Status initialise();
  core::Status prepareDirectory();
  core::Status writeSettings();
  core::Status runTool(const std::string& tool, const std::vector<std::string>& args,
                       const std::string& errorCode) const;
  std::string tool(const std::string& name) const;

  ClusterOptions m_options;
  bool m_startedByUs = false;
  bool m_stopOnExit = true;
};

}  // namespace mws::storage
