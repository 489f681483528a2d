#pragma once
// The history of a demo case: every step is planned by core::planTransition(), so roles,
// transitions, reasons and four-eyes are those the workstation enforces. Officers open,
// submit and issue; a supervisor who never opened or submitted the case reviews and decides.

#include <chrono>

#include "demo_world.hpp"
#include "mws/core/domain/case.hpp"
#include "random.hpp"

namespace mws::demo {

class CaseHistory {
 public:
  // Stamps the Open event on the case's filing day (working hours, Tashkent time) by an
  // officer of `unit` (now and then a supervisor) and sets openedBy, version 1, state draft.
  CaseHistory(core::Case& subject, const UnitStaff& unit, Random& rng);

  // Moves the case to `target` along a plausible path (some go through a return for
  // correction first). "demo.generator" when the life cycle refuses a step (a bug).
  core::Status driveTo(core::CaseState target);

  std::chrono::system_clock::time_point lastAt() const { return m_at; }
  const core::User& lastActor() const { return *m_lastActor; }

 private:
  core::Status step(core::CaseAction action, const core::User& actor, std::string reason = {});
  core::Status review();
  core::Status cancel();
  const core::User& officer();

  core::Case& m_case;
  const UnitStaff& m_unit;
  Random& m_rng;
  const core::User* m_opener = nullptr;
  const core::User* m_reviewer = nullptr;
  const core::User* m_lastActor = nullptr;
  std::chrono::system_clock::time_point m_at;
};

}  // namespace mws::demo
