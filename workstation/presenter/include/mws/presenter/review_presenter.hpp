#pragma once
// The logic of the supervisor's review queue: the unit's cases waiting for a decision
// (submitted or in review), oldest first, with their age, service and officer.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/case.hpp"
#include "mws/core/result.hpp"
#include "mws/presenter/services.hpp"

namespace mws::presenter {

struct ReviewRow {
  std::string caseId;
  core::ServiceCode service = core::ServiceCode::StayRegistration;
  core::CaseState state = core::CaseState::Submitted;
  core::CivilDate filedOn;
  std::chrono::system_clock::time_point waitingSince;  // the last submission
  std::chrono::minutes age{0};                          // now - waitingSince
  std::int64_t officerId = 0;                           // who opened the case
  bool ownCase = false;                                 // the supervisor opened or submitted it
  std::string personLatin;
  std::string personCyrillic;
};

class ReviewPresenter {
public:
  static constexpr std::int64_t kLimit = 500;

  ReviewPresenter(Services& services, const core::User& supervisor);

  // Reloads the queue (a list per state, then each case's history for age and officer).
  core::Status refresh();
  const std::vector<ReviewRow>& rows() const { return m_rows; }

private:
  core::Status addState(core::CaseState state);
  ReviewRow rowFor(const core::Case& item);

  Services& m_services;
  core::User m_user;
  std::vector<ReviewRow> m_rows;
};

}  // namespace mws::presenter
