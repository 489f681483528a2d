#include "person_search.hpp"

#include <algorithm>
#include <set>
#include <sstream>

namespace mws::storage::search {
namespace {

// Every key that starts with `key` sorts in [key, key + DEL) under the C collation: keys
// hold upper-case ASCII letters and spaces only (normaliseName()).
std::string upperBound(const std::string& key) { return key + '\x7f'; }

// The condition "column starts with :lo", in the form the C-collation indexes answer.
std::string rangeOn(const std::string& column) {
  const std::string c = column + " COLLATE \"C\"";
  return column + " <> '' AND " + c + " >= :lo AND " + c + " < :hi";
}

const char* kBirthFilter = " AND (CAST(:b AS text) = '' OR birth_date = CAST(nullif(:b2, '') AS date))";

std::vector<long long> rangeIds(soci::session& sql, const std::string& column,
                                const NameQuery& q, long long count) {
  std::vector<long long> ids;
  const std::string hi = upperBound(q.key);
  soci::rowset<long long> rows = (sql.prepare
      << "SELECT id FROM persons WHERE " + rangeOn(column) + kBirthFilter + " ORDER BY " +
             column + " COLLATE \"C\", id LIMIT :n",
      soci::use(q.key), soci::use(hi), soci::use(q.birth), soci::use(q.birth), soci::use(count));
  for (long long id : rows) ids.push_back(id);
  return ids;
}

std::vector<long long> allIds(soci::session& sql, const NameQuery& q) {
  std::vector<long long> ids;
  soci::rowset<long long> rows = (sql.prepare
      << std::string("SELECT id FROM persons WHERE true") + kBirthFilter +
             " ORDER BY id OFFSET :o LIMIT :l",
      soci::use(q.birth), soci::use(q.birth), soci::use(q.offset), soci::use(q.limit));
  for (long long id : rows) ids.push_back(id);
  return ids;
}

long long cappedCount(soci::session& sql, const std::string& column, const NameQuery& q) {
  long long n = 0;
  const std::string hi = upperBound(q.key);
  if (column.empty()) {
    sql << std::string("SELECT count(*) FROM (SELECT 1 FROM persons WHERE true") + kBirthFilter +
               " LIMIT :cap) s",
        soci::use(q.birth), soci::use(q.birth), soci::use(kCountCap), soci::into(n);
    return n;
  }
  sql << "SELECT count(*) FROM (SELECT 1 FROM persons WHERE " + rangeOn(column) + kBirthFilter +
             " LIMIT :cap) s",
      soci::use(q.key), soci::use(hi), soci::use(q.birth), soci::use(q.birth),
      soci::use(kCountCap), soci::into(n);
  return n;
}

bool beginsKnownWord(soci::session& sql, const std::string& word) {
  int found = 0;
  const std::string hi = upperBound(word);
  sql << "SELECT count(*) FROM (SELECT 1 FROM person_name_words WHERE word COLLATE \"C\" >= :lo"
         " AND word COLLATE \"C\" < :hi LIMIT 1) s",
      soci::use(word), soci::use(hi), soci::into(found);
  return found > 0;
}

std::string mostSimilarWord(soci::session& sql, const std::string& word) {
  std::string best;
  sql << "SELECT word FROM person_name_words WHERE word % :w"
         " ORDER BY similarity(word, :w2) DESC, word LIMIT 1",
      soci::use(word), soci::use(word), soci::into(best);
  return sql.got_data() ? best : std::string();
}

}  // namespace

std::vector<long long> prefixPage(soci::session& sql, const NameQuery& q) {
  if (q.key.empty()) return allIds(sql, q);
  const long long wanted = q.offset + q.limit;
  std::vector<long long> latin = rangeIds(sql, "name_key", q, wanted);
  std::vector<long long> cyrillic = rangeIds(sql, "name_key_alt", q, wanted);
  // Latin-key matches first, then the persons found only by their Cyrillic key.
  std::set<long long> seen(latin.begin(), latin.end());
  for (long long id : cyrillic) {
    if (seen.insert(id).second) latin.push_back(id);
  }
  const auto from = std::min<std::size_t>(latin.size(), static_cast<std::size_t>(q.offset));
  const auto to = std::min<std::size_t>(latin.size(), static_cast<std::size_t>(wanted));
  return {latin.begin() + static_cast<std::ptrdiff_t>(from), latin.begin() + static_cast<std::ptrdiff_t>(to)};
}

long long prefixCount(soci::session& sql, const NameQuery& q) {
  if (q.key.empty()) return cappedCount(sql, "", q);
  const long long total = cappedCount(sql, "name_key", q) + cappedCount(sql, "name_key_alt", q);
  return std::min(total, kCountCap);
}

std::string correctedKey(soci::session& sql, const std::string& key) {
  std::istringstream words(key);
  std::string word, corrected;
  bool changed = false;
  while (words >> word) {
    if (word.size() >= 3 && !beginsKnownWord(sql, word)) {
      if (std::string better = mostSimilarWord(sql, word); !better.empty()) {
        word = better;
        changed = true;
      }
    }
    corrected += (corrected.empty() ? "" : " ") + word;
  }
  return changed ? corrected : std::string();
}

}  // namespace mws::storage::search
