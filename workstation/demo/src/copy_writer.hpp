#pragma once
// Bulk loading with COPY ... FROM STDIN over the SOCI session's own libpq connection, so
// that the rows belong to the transaction the session has open.

#include <cstdint>
#include <string>
#include <string_view>

namespace soci {
class session;
}

namespace mws::demo {

// Rows in PostgreSQL's COPY text format (tab-separated, backslash escapes, \N for NULL).
class CopyRows {
 public:
  CopyRows& text(std::string_view value);
  CopyRows& number(std::int64_t value);
  CopyRows& null();
  void endRow();

  const std::string& data() const { return m_data; }
  std::int64_t rows() const { return m_rows; }

 private:
  void separate();

  std::string m_data;
  bool m_rowStarted = false;
  std::int64_t m_rows = 0;
};

// Runs `copyStatement` ("COPY t(a, b) FROM STDIN") and streams `rows`. Throws
// std::runtime_error with the server's message when the server refuses them.
void copyInto(soci::session& sql, const std::string& copyStatement, const CopyRows& rows);

}  // namespace mws::demo
