#pragma once
// The logic of the case list and person search: one search field that takes a name in
// either script, a document number or a 14-digit personal number. A search is worked in
// short steps (one query each) so the page can show progress and a Cancel button and the
// window never waits long on the database; the single database connection stays on the
// GUI thread.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/domain/case.hpp"
#include "mws/core/domain/ports/case_repository.hpp"
#include "mws/core/domain/person.hpp"
#include "mws/core/result.hpp"
#include "mws/presenter/services.hpp"

namespace mws::presenter {

// What the officer typed.
enum class SearchKind {
  Recent,          // nothing: the unit's latest cases
  PersonalNumber,  // 14 digits
  Document,        // letters and digits with at least one digit ("AA1234567", "AA 1234567")
  Name,            // anything else: a name in Latin or Cyrillic script
};
SearchKind classifySearch(std::string_view text);
// The document number as stored: spaces and dashes removed, letters upper-cased.
std::string documentKey(std::string_view text);

struct CaseFilter {
  std::optional<core::CaseState> state;
  std::optional<core::ServiceCode> service;
};

struct CaseRow {
  core::CaseSummary summary;
  std::string personLatin;     // "KARIMOV Aziz" (full name), empty if unknown
  std::string personCyrillic;
};

// One search; step() does one short piece of work and returns false once the search is
// over. Phases: find the persons (name, document or personal number), read the unit's
// cases (a few large pages; only the found persons' cases are kept), then fill in the names
// of the rows' persons not yet known (the empty search's latest cases), a few per step:
// rows() can be shown as soon as rowsReady().
class CaseSearch {
public:
  static constexpr std::int64_t kRecentLimit = 200;   // rows of an empty search
  static constexpr std::int64_t kPersonLimit = 50;    // persons of a name search
  static constexpr std::int64_t kScanPage = 50000;    // cases read per step when scanning
  static constexpr std::size_t kNamesPerStep = 20;    // persons looked up per step

  CaseSearch(Services& services, std::string unitCode, std::string text, CaseFilter filter);

  bool step();
  void cancel() { m_cancelled = true; }
  bool finished() const { return m_phase == Phase::Done || m_cancelled; }
  bool cancelled() const { return m_cancelled; }
  // The rows are all there (names may still be filling in).
  bool rowsReady() const { return m_phase == Phase::Names || m_phase == Phase::Done; }
  // 0..1, for a progress bar.
  double progress() const;

  SearchKind kind() const { return m_kind; }
  const std::vector<CaseRow>& rows() const { return m_rows; }
  std::size_t personsFound() const { return m_persons.size(); }
  const std::optional<core::Error>& error() const { return m_error; }

private:
  enum class Phase { Persons, Cases, Names, Done };

  void findPersons();
  void scanCases();
  void nameRows();
  void fail(const core::Error& error);
  void remember(const core::Person& person);

  Services& m_services;
  std::string m_unit;
  std::string m_text;
  CaseFilter m_filter;
  SearchKind m_kind;
  Phase m_phase = Phase::Persons;
  bool m_cancelled = false;
  std::int64_t m_scanned = 0;
  std::int64_t m_total = -1;
  std::size_t m_named = 0;  // rows whose names are filled in
  std::map<std::int64_t, std::pair<std::string, std::string>> m_persons;  // id -> names
  std::vector<CaseRow> m_rows;
  std::optional<core::Error> m_error;
};

// Runs a search to its end in one go (tests, the CLI-like callers).
void runToEnd(CaseSearch& search);

}  // namespace mws::presenter
