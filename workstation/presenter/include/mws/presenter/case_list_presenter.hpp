#pragma once
// The logic of the case list and person search: one search field that takes a name in
// either script, a document number or a 14-digit personal number. A search is worked in
// short steps (one query each); CaseListSearcher runs them on a core::SearchWorker (its own
// database session and thread), so the window stays live, shows progress and can cancel,
// and a newer search supersedes an older one.

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/domain/case.hpp"
#include "mws/core/domain/ports/case_repository.hpp"
#include "mws/core/domain/ports/search_worker.hpp"
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
  CaseSearch(core::SearchRepositories repositories, std::string unitCode, std::string text, CaseFilter filter);

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

  core::CaseRepository* m_cases;
  core::PersonRepository* m_personRepository;
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

// What a search run off the GUI thread found.
struct SearchOutcome {
  std::uint64_t generation = 0;  // which start() it answers
  SearchKind kind = SearchKind::Recent;
  std::vector<CaseRow> rows;
  std::size_t personsFound = 0;
  bool cancelled = false;
  std::optional<core::Error> error;  // never set for a cancelled search
};

// Runs the page's searches on a worker. start() supersedes the running search: it is
// cancelled (its statement interrupted) and its outcome is dropped. The worker calls
// `deliver` on its own thread; the view moves the outcome to its GUI thread and hands it to
// accept(), which says whether it is still the newest search's (only then is it shown).
class CaseListSearcher {
public:
  using Deliver = std::function<void(SearchOutcome)>;

  CaseListSearcher(core::SearchWorker& worker, Deliver deliver);
  ~CaseListSearcher();  // cancels the running search
  CaseListSearcher(const CaseListSearcher&) = delete;
  CaseListSearcher& operator=(const CaseListSearcher&) = delete;

  std::uint64_t start(const std::string& unitCode, const std::string& text, CaseFilter filter);
  void cancel();
  bool accept(const SearchOutcome& outcome);
  bool busy() const { return m_busy; }
  double progress() const;  // 0..1 of the running search

private:
  struct Ticket {
    std::uint64_t generation = 0;
    std::uint64_t job = 0;
    std::atomic<bool> cancelled{false};
    std::atomic<int> permille{0};
  };
  static void run(core::SearchRepositories& repositories, Ticket& ticket, const std::string& unit,
                  const std::string& text, CaseFilter filter, const Deliver& deliver);

  core::SearchWorker& m_worker;
  Deliver m_deliver;
  std::shared_ptr<Ticket> m_current;
  std::uint64_t m_generation = 0;
  bool m_busy = false;
};

// A SearchWorker that runs each job at once on the calling thread, with the screens' own
// repositories: for a page that has no worker of its own (tests without one).
class InlineSearchWorker : public core::SearchWorker {
public:
  explicit InlineSearchWorker(Services& services) : m_services(services) {}
  std::uint64_t post(Job job) override;
  void interrupt(std::uint64_t) override {}

private:
  Services& m_services;
  std::uint64_t m_next = 1;
};

}  // namespace mws::presenter
