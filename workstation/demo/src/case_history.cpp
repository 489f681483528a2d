#include "case_history.hpp"

#include <span>
#include <string_view>

#include "mws/core/domain/case_lifecycle.hpp"

namespace mws::demo {

namespace {

using core::CaseAction;
using core::CaseState;

// Reasons as officers type them (Uzbek Latin).
constexpr std::string_view kRejectReasons[] = {
    "Taqdim etilgan hujjatlar toʻliq emas",
    "Qabul qiluvchi tomonning roziligi tasdiqlanmadi",
    "Arizachi maʼlumotlari markaziy bazadagi maʼlumotlarga mos emas",
};
constexpr std::string_view kReturnReasons[] = {
    "Manzil notoʻgʻri koʻrsatilgan, tuzatish kerak",
    "Fotosurat talabga javob bermaydi, qayta oling",
    "Pasport maʼlumotlarini tekshiring",
};
constexpr std::string_view kCancelReasons[] = {
    "Arizachi arizani qaytarib oldi",
    "Takroriy ariza",
    "Arizachi belgilangan muddatda kelmadi",
};

std::string reasonFrom(std::span<const std::string_view> reasons, Random& rng) {
  return std::string(rng.pick(reasons));
}

}  // namespace

CaseHistory::CaseHistory(core::Case& subject, const UnitStaff& unit, Random& rng)
    : m_case(subject), m_unit(unit), m_rng(rng) {
  const bool bySupervisor = unit.supervisors.size() > 1 && rng.chance(5);
  m_opener = bySupervisor ? &rng.pick(unit.supervisors) : &rng.pick(unit.officers);
  m_lastActor = m_opener;
  // 09:00 in Tashkent (UTC+5) plus up to four hours.
  m_at = std::chrono::sys_days(subject.filedOn.days()) + std::chrono::hours(4) +
         std::chrono::minutes(rng.between(0, 240));
  subject.unitCode = unit.unitCode;
  subject.openedBy = m_opener->id;
  subject.state = CaseState::Draft;
  subject.version = 1;
  subject.history = {core::CaseEvent{CaseAction::Open, CaseState::Draft, CaseState::Draft,
                                     m_opener->id, m_opener->role, "", m_at}};
}

core::Status CaseHistory::step(CaseAction action, const core::User& actor, std::string reason) {
  m_at += std::chrono::minutes(m_rng.between(3, 45));
  auto event = core::planTransition(m_case, action, actor, reason, m_at);
  if (!event) {
    return core::makeError("demo.generator", "the life cycle refused " +
                                                 std::string(core::toString(action)) + ": " +
                                                 event.error().code);
  }
  m_case.history.push_back(*event);
  m_case.state = event->to;
  ++m_case.version;
  m_lastActor = &actor;
  return core::success();
}

const core::User& CaseHistory::officer() {
  return m_rng.pick(m_unit.officers);
}

// Submit by the opener, then into review by a supervisor who did not open it.
core::Status CaseHistory::review() {
  if (auto s = step(CaseAction::Submit, *m_opener); !s) return s;
  if (!m_reviewer) {
    do {
      m_reviewer = &m_rng.pick(m_unit.supervisors);
    } while (m_reviewer->id == m_opener->id);
  }
  return step(CaseAction::TakeIntoReview, *m_reviewer);
}

// Withdrawn or closed at one of the open states; the reviewer cancels once it is in review.
core::Status CaseHistory::cancel() {
  const int variant = m_rng.between(0, 3);
  if (variant >= 1) {
    if (auto s = variant == 1 ? step(CaseAction::Submit, *m_opener) : review(); !s) return s;
  }
  if (variant == 3) {
    if (auto s = step(CaseAction::Approve, *m_reviewer); !s) return s;
  }
  const core::User& actor = variant >= 2 ? *m_reviewer : *m_opener;
  return step(CaseAction::Cancel, actor, reasonFrom(kCancelReasons, m_rng));
}

core::Status CaseHistory::driveTo(CaseState target) {
  if (target == CaseState::Draft) {
    return m_rng.chance(20) ? step(CaseAction::Edit, *m_opener) : core::success();
  }
  if (target == CaseState::Cancelled) return cancel();
  if (target == CaseState::Submitted) return step(CaseAction::Submit, *m_opener);
  if (auto s = review(); !s) return s;
  if (target == CaseState::Issued && m_rng.chance(15)) {
    if (auto s = step(CaseAction::Return, *m_reviewer, reasonFrom(kReturnReasons, m_rng)); !s)
      return s;
    if (auto s = step(CaseAction::Edit, *m_opener); !s) return s;
    if (auto s = review(); !s) return s;
  }
  switch (target) {
    case CaseState::InReview:
      return core::success();
    case CaseState::Rejected:
      return step(CaseAction::Reject, *m_reviewer, reasonFrom(kRejectReasons, m_rng));
    case CaseState::Returned:
      return step(CaseAction::Return, *m_reviewer, reasonFrom(kReturnReasons, m_rng));
    case CaseState::Approved:
      return step(CaseAction::Approve, *m_reviewer);
    case CaseState::Issued:
      break;
    default:
      return core::makeError("demo.generator", "no path to the target state");
  }
  if (auto s = step(CaseAction::Approve, *m_reviewer); !s) return s;
  return step(CaseAction::Issue, officer());
}

}  // namespace mws::demo
