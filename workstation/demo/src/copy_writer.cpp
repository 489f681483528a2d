#include "copy_writer.hpp"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <stdexcept>

namespace mws::demo {

namespace {

PGconn* connectionOf(soci::session& sql) {
  return static_cast<soci::postgresql_session_backend*>(sql.get_backend())->conn_;
}

[[noreturn]] void fail(const std::string& statement, const char* message) {
  throw std::runtime_error(statement.substr(0, statement.find('(')) + ": " +
                           (message ? message : "unknown error"));
}

// Collects the results that end the COPY; the first error wins.
void finish(PGconn* conn, const std::string& statement) {
  std::string error;
  while (PGresult* result = PQgetResult(conn)) {
    if (PQresultStatus(result) != PGRES_COMMAND_OK && error.empty()) {
      error = PQresultErrorMessage(result);
    }
    PQclear(result);
  }
  if (!error.empty()) fail(statement, error.c_str());
}

}  // namespace

void CopyRows::separate() {
  if (m_rowStarted) m_data += '\t';
  m_rowStarted = true;
}

CopyRows& CopyRows::text(std::string_view value) {
  separate();
  for (char c : value) {
    switch (c) {
      case '\\':
        m_data += "\\\\";
        break;
      case '\t':
        m_data += "\\t";
        break;
      case '\n':
        m_data += "\\n";
        break;
      case '\r':
        m_data += "\\r";
        break;
      default:
        m_data += c;
    }
  }
  return *this;
}

CopyRows& CopyRows::number(std::int64_t value) {
  separate();
  m_data += std::to_string(value);
  return *this;
}

CopyRows& CopyRows::null() {
  separate();
  m_data += "\\N";
  return *this;
}

void CopyRows::endRow() {
  m_data += '\n';
  m_rowStarted = false;
  ++m_rows;
}

void copyInto(soci::session& sql, const std::string& copyStatement, const CopyRows& rows) {
  if (rows.rows() == 0) return;
  PGconn* conn = connectionOf(sql);
  PGresult* started = PQexec(conn, copyStatement.c_str());
  const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
  const std::string message = copying ? std::string() : PQresultErrorMessage(started);
  PQclear(started);
  if (!copying) fail(copyStatement, message.c_str());
  const std::string& data = rows.data();
  constexpr std::size_t kChunk = 1 << 20;
  for (std::size_t offset = 0; offset < data.size(); offset += kChunk) {
    const std::size_t size = std::min(kChunk, data.size() - offset);
    if (PQputCopyData(conn, data.data() + offset, static_cast<int>(size)) != 1) {
      fail(copyStatement, PQerrorMessage(conn));
    }
  }
  if (PQputCopyEnd(conn, nullptr) != 1) fail(copyStatement, PQerrorMessage(conn));
  finish(conn, copyStatement);
}

}  // namespace mws::demo
