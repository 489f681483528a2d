#include "mws/storage/database.hpp"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <regex>

namespace mws::storage {

Database::Database(std::unique_ptr<soci::session> session, std::string dsn)
    : m_session(std::move(session)), m_dsn(std::move(dsn)) {}

Database::~Database() = default;

std::string oneLine(const std::string& text) {
  std::string out;
  bool pendingSpace = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      pendingSpace = !out.empty();
      continue;
    }
    if (pendingSpace && c != ' ') out += ' ';
    pendingSpace = false;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string redactDsn(const std::string& dsn) {
  static const std::regex keyValue(R"((password\s*=\s*)('[^']*'|\S+))", std::regex::icase);
  static const std::regex uri(R"(^(postgres(?:ql)?://[^:/@]+):[^@]*@)", std::regex::icase);
  std::string out = std::regex_replace(dsn, keyValue, "$1***");
  return std::regex_replace(out, uri, "$1:***@");
}

// The server's words without the personal data SOCI and PostgreSQL put beside them: the
// statement and its bound values ("while executing … with :p1=…") and key values
// ("Key (number)=(N123) already exists"). The detail goes to logs.
std::string withoutValues(const std::string& text) {
  std::string out = text;
  for (const char* tail : {" while executing", " while preparing", " while fetching"}) {
    if (auto at = out.find(tail); at != std::string::npos) out.erase(at);
  }
  static const std::regex keyValues(R"(\)=\([^)]*\))");
  return std::regex_replace(out, keyValues, ")=(...)");
}

core::Error databaseError(const std::string& code, const std::exception& e) {
  core::Error error = core::makeError(code, withoutValues(oneLine(e.what())));
  if (auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
    error.params["sqlstate"] = pg->sqlstate();
  }
  return error;
}

core::Result<std::unique_ptr<Database>> Database::connect(const std::string& dsn) {
  try {
    auto session = std::make_unique<soci::session>(*soci::factory_postgresql(), dsn);
    // Server notices ("already exists, skipping") are not for the officer's terminal.
    auto* backend = static_cast<soci::postgresql_session_backend*>(session->get_backend());
    PQsetNoticeProcessor(backend->conn_, [](void*, const char*) {}, nullptr);
    return std::unique_ptr<Database>(new Database(std::move(session), dsn));
  } catch (const std::exception& e) {
    std::string reason = oneLine(e.what());
    const std::string prefix = "Cannot establish connection to the database. ";
    if (reason.rfind(prefix, 0) == 0) reason = reason.substr(prefix.size());
    return core::makeError("db.unreachable", reason).with("dsn", redactDsn(dsn));
  }
}

soci::session& Database::session() { return *m_session; }

core::Status Database::executeScript(const std::string& sql) {
  auto* backend = static_cast<soci::postgresql_session_backend*>(m_session->get_backend());
  PGresult* result = PQexec(backend->conn_, sql.c_str());
  ExecStatusType status = PQresultStatus(result);
  core::Status outcome = core::success();
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    outcome = core::makeError("db.script_failed", oneLine(PQresultErrorMessage(result)))
                  .with("sqlstate", state ? state : "");
  }
  PQclear(result);
  return outcome;
}

}  // namespace mws::storage
