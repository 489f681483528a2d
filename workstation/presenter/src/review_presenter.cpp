#include "mws/presenter/review_presenter.hpp"

#include <algorithm>

#include "clock_today.hpp"

namespace mws::presenter {

ReviewPresenter::ReviewPresenter(Services& services, const core::User& supervisor)
    : m_services(services), m_user(supervisor) {}

core::Status ReviewPresenter::refresh() {
  if (m_services.caseRepository == nullptr) {
    return core::makeError("review.unavailable");
  }
  m_rows.clear();
  for (core::CaseState state : {core::CaseState::Submitted, core::CaseState::InReview}) {
    auto added = addState(state);
    if (!added) return added;
  }
  std::stable_sort(m_rows.begin(), m_rows.end(),
                   [](const ReviewRow& a, const ReviewRow& b) { return a.waitingSince < b.waitingSince; });
  return core::success();
}

core::Status ReviewPresenter::addState(core::CaseState state) {
  core::CaseQuery query{m_user.unitCode, state, std::nullopt, {0, kLimit}};
  auto page = m_services.caseRepository->list(query);
  if (!page) return page.error();
  for (const auto& summary : page->items) {
    auto loaded = m_services.caseRepository->load(summary.id);
    if (!loaded) return loaded.error();
    if (loaded->has_value()) m_rows.push_back(rowFor(**loaded));
  }
  return core::success();
}

ReviewRow ReviewPresenter::rowFor(const core::Case& item) {
  ReviewRow row;
  row.caseId = item.id;
  row.service = item.service();
  row.state = item.state;
  row.filedOn = item.filedOn;
  row.officerId = item.openedBy;
  row.ownCase = item.openedBy == m_user.id;
  row.waitingSince = item.history.empty() ? std::chrono::system_clock::time_point{} : item.history.front().at;
  for (const auto& event : item.history) {
    if (event.action == core::CaseAction::Submit) {
      row.waitingSince = event.at;
      row.ownCase = row.ownCase || event.actorId == m_user.id;
    }
  }
  row.age = std::max(std::chrono::minutes{0}, std::chrono::duration_cast<std::chrono::minutes>(
                                                  nowOf(m_services.clock) - row.waitingSince));
  if (m_services.persons != nullptr) {
    auto person = m_services.persons->findById(item.personId);
    if (person && person->has_value()) {
      row.personLatin = (*person)->latin.full();
      row.personCyrillic = (*person)->cyrillic.full();
    }
  }
  return row;
}

}  // namespace mws::presenter
