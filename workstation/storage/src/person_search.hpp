#pragma once
// Person search by name key: prefix ranges over C-collation b-trees (both name keys), and
// the correction of misspelt words against the table of known name words.
#include <soci/soci.h>

#include <string>
#include <vector>

namespace mws::storage::search {

struct NameQuery {
  std::string key;    // normaliseName() of what was typed; may be empty
  std::string birth;  // "YYYY-MM-DD" or empty
  long long offset = 0;
  long long limit = 50;
};

// Matches are counted up to this many; a larger total is reported as the cap.
inline constexpr long long kCountCap = 10000;

// Ids of the page, persons whose Latin or Cyrillic key starts with `key`, in key order.
std::vector<long long> prefixPage(soci::session& sql, const NameQuery& query);
long long prefixCount(soci::session& sql, const NameQuery& query);
// `key` with each word that begins no known name word replaced by the most similar known
// word (pg_trgm); empty when no word needed or found a correction.
std::string correctedKey(soci::session& sql, const std::string& key);

}  // namespace mws::storage::search
