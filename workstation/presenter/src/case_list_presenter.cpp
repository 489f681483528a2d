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
    : m_services(services),
      m_unit(std::move(unitCode)),
      m_text(trimmed(text)),
      m_filter(filter),
      m_kind(classifySearch(m_text)) {
  if (m_services.caseRepository == nullptr || m_services.persons == nullptr) {
    fail(core::makeError("search.unavailable"));
  }
}

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
  auto& persons = *m_services.persons;
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
  auto page = recent ? m_services.caseRepository->list(query)
                     : m_services.caseRepository->listOfPersons(query, personIds);
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
      auto person = m_services.persons->findById(row.summary.personId);
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

}  // namespace mws::presenter
