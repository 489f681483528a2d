#include "mws/presenter/case_list_presenter.hpp"

#include <algorithm>
#include <cctype>

#include "mws/core/domain/transliteration.hpp"

namespace mws::presenter {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

std::string trimmed(std::string_view text) {
  auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  auto end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

}  // namespace

std::string documentKey(std::string_view text) {
  std::string key;
  for (char c : text) {
    if (c == ' ' || c == '-') continue;
    key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return key;
}

SearchKind classifySearch(std::string_view text) {
  const std::string value = trimmed(text);
  if (value.empty()) return SearchKind::Recent;
  if (value.size() == 14 && std::all_of(value.begin(), value.end(), isDigit)) {
    return SearchKind::PersonalNumber;
  }
  const std::string key = documentKey(value);
  bool plain = std::all_of(key.begin(), key.end(), isAsciiAlnum);
  bool digits = std::any_of(key.begin(), key.end(), isDigit);
  if (plain && digits && key.size() >= 5) return SearchKind::Document;
  return SearchKind::Name;
}

CaseSearch::CaseSearch(Services& services, std::string unitCode, std::string text, CaseFilter filter)
    : m_cases(services.caseRepository),
      m_personRepository(services.persons),
      m_unit(std::move(unitCode)),
      m_text(trimmed(text)),
      m_filter(filter),
      m_kind(classifySearch(m_text)) {
  if (m_cases == nullptr || m_personRepository == nullptr) fail(core::makeError("search.unavailable"));
}

CaseSearch::CaseSearch(core::SearchRepositories repositories, std::string unitCode, std::string text,
                       CaseFilter filter)
    : m_cases(&repositories.cases),
      m_personRepository(&repositories.persons),
      m_unit(std::move(unitCode)),
      m_text(trimmed(text)),
      m_filter(filter),
      m_kind(classifySearch(m_text)) {}

void CaseSearch::fail(const core::Error& error) {
  m_error = error;
  m_phase = Phase::Done;
}

double CaseSearch::progress() const {
  switch (m_phase) {
    case Phase::Persons: return 0.0;
    case Phase::Cases:
      return m_total <= 0 ? 0.1 : 0.1 + 0.7 * std::min(1.0, static_cast<double>(m_scanned) / static_cast<double>(m_total));
    case Phase::Names:
      return m_rows.empty() ? 0.8 : 0.8 + 0.2 * static_cast<double>(m_named) / static_cast<double>(m_rows.size());
    case Phase::Done: return 1.0;
  }
  return 1.0;
}

bool CaseSearch::step() {
  if (finished()) return false;
  switch (m_phase) {
    case Phase::Persons:
      findPersons();
      if (m_phase == Phase::Persons) {
        m_phase = m_kind != SearchKind::Recent && m_persons.empty() ? Phase::Done : Phase::Cases;
      }
      break;
    case Phase::Cases: scanCases(); break;
    case Phase::Names: nameRows(); break;
    case Phase::Done: break;
  }
  return !finished();
}

void CaseSearch::remember(const core::Person& person) {
  m_persons[person.id] = {person.latin.full(), person.cyrillic.full()};
}

void CaseSearch::findPersons() {
  auto& persons = *m_personRepository;
  if (m_kind == SearchKind::Recent) return;
  if (m_kind == SearchKind::Name) {
    core::PersonQuery query;
    query.nameKey = core::normaliseName(m_text);
    query.page.limit = kPersonLimit;
    if (query.nameKey.empty()) return;
    auto found = persons.search(query);
    if (!found) return fail(found.error());
    for (const auto& person : found->items) remember(person);
    return;
  }
  auto found = m_kind == SearchKind::PersonalNumber ? persons.findByPersonalNumber(m_text)
                                                    : persons.findByDocumentNumber(documentKey(m_text));
  if (!found) return fail(found.error());
  if (found->has_value()) remember(**found);
}

// The empty search takes the unit's latest cases in one page; a person search reads the
// cases of the persons found, in large pages.
void CaseSearch::scanCases() {
  const bool recent = m_kind == SearchKind::Recent;
  core::CaseQuery query{m_unit, m_filter.state, m_filter.service, {m_scanned, recent ? kRecentLimit : kScanPage}};
  // A person search asks for the found persons' cases only (an index lookup per person).
  std::vector<std::int64_t> personIds;
  for (const auto& entry : m_persons) personIds.push_back(entry.first);
  auto page = recent ? m_cases->list(query) : m_cases->listOfPersons(query, personIds);
  if (!page) return fail(page.error());
  m_total = recent ? std::min(page->total, kRecentLimit) : page->total;
  for (const auto& summary : page->items) {
    if (recent || m_persons.contains(summary.personId)) m_rows.push_back({summary, {}, {}});
  }
  m_scanned += static_cast<std::int64_t>(page->items.size());
  if (recent || page->items.empty() || m_scanned >= m_total) m_phase = Phase::Names;
}

void CaseSearch::nameRows() {
  std::size_t lookedUp = 0;
  for (; m_named < m_rows.size(); ++m_named) {
    CaseRow& row = m_rows[m_named];
    auto known = m_persons.find(row.summary.personId);
    if (known == m_persons.end()) {
      if (lookedUp == kNamesPerStep) return;  // the rest in the next step
      ++lookedUp;
      auto person = m_personRepository->findById(row.summary.personId);
      if (!person) return fail(person.error());
      if (person->has_value()) remember(**person);
      known = m_persons.find(row.summary.personId);
    }
    if (known != m_persons.end()) {
      row.personLatin = known->second.first;
      row.personCyrillic = known->second.second;
    }
  }
  m_phase = Phase::Done;
}

void runToEnd(CaseSearch& search) {
  while (search.step()) {
  }
}

CaseListSearcher::CaseListSearcher(core::SearchWorker& worker, Deliver deliver)
    : m_worker(worker), m_deliver(std::move(deliver)) {}

CaseListSearcher::~CaseListSearcher() { cancel(); }

std::uint64_t CaseListSearcher::start(const std::string& unitCode, const std::string& text, CaseFilter filter) {
  cancel();
  auto ticket = std::make_shared<Ticket>();
  ticket->generation = ++m_generation;
  m_current = ticket;
  m_busy = true;
  // The job holds the ticket and a copy of what it needs, never this object: the page may
  // be gone when a superseded search ends.
  ticket->job = m_worker.post([ticket, unitCode, text, filter, deliver = m_deliver](core::SearchRepositories& repositories) {
    run(repositories, *ticket, unitCode, text, filter, deliver);
  });
  return ticket->generation;
}

void CaseListSearcher::cancel() {
  if (!m_current) return;
  m_current->cancelled = true;
  m_worker.interrupt(m_current->job);
}

bool CaseListSearcher::accept(const SearchOutcome& outcome) {
  if (!m_current || outcome.generation != m_current->generation) return false;
  m_busy = false;
  return true;
}

double CaseListSearcher::progress() const {
  return m_busy && m_current ? m_current->permille.load() / 1000.0 : 0.0;
}

// On the worker's thread: the search's steps until it ends or is cancelled. A statement
// interrupted by the cancel fails; that is a cancelled search, not an error.
void CaseListSearcher::run(core::SearchRepositories& repositories, Ticket& ticket, const std::string& unit,
                           const std::string& text, CaseFilter filter, const Deliver& deliver) {
  CaseSearch search(repositories, unit, text, filter);
  while (!ticket.cancelled && search.step()) {
    ticket.permille = static_cast<int>(search.progress() * 1000);
  }
  SearchOutcome outcome;
  outcome.generation = ticket.generation;
  outcome.kind = search.kind();
  outcome.cancelled = ticket.cancelled;
  if (!outcome.cancelled) outcome.error = search.error();
  outcome.personsFound = search.personsFound();
  if (search.rowsReady() || outcome.cancelled) outcome.rows = search.rows();
  ticket.permille = 1000;
  if (deliver) deliver(std::move(outcome));
}

std::uint64_t InlineSearchWorker::post(Job job) {
  const std::uint64_t number = m_next++;
  if (m_services.caseRepository == nullptr || m_services.persons == nullptr) return number;
  core::SearchRepositories repositories{*m_services.caseRepository, *m_services.persons};
  job(repositories);
  return number;
}

}  // namespace mws::presenter
