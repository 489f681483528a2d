#pragma once
#include <memory>
#include <string>

#include "mws/core/result.hpp"

namespace soci {
class session;
}

namespace mws::storage {

// One connection to the PostgreSQL database, through SOCI.
class Database {
public:
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Connects with a libpq connection string or URI. "db.unreachable" with a one-line
  // reason when the server cannot be reached or refuses the connection.
  static core::Result<std::unique_ptr<Database>> connect(const std::string& dsn);

  soci::session& session();
  // Runs SQL text that may hold several statements (migrations); no parameters.
  core::Status executeScript(const std::string& sql);
  const std::string& dsn() const { return m_dsn; }

private:
  Database(std::unique_ptr<soci::session> session, std::string dsn);
  std::unique_ptr<soci::session> m_session;
  std::string m_dsn;
};

// The DSN with any password removed, safe to show in a message or a log line.
std::string redactDsn(const std::string& dsn);

// Joins a multi-line library message into one line.
std::string oneLine(const std::string& text);

// Converts an exception thrown by SOCI or libpq into an error value with the given code.
core::Error databaseError(const std::string& code, const std::exception& e);

}  // namespace mws::storage
