#pragma once
// The figures the supervisor's dashboard draws: cases per service per day, queue waiting
// times, decisions, and the sync backlog, for one unit over a range of days.

#include <cstdint>
#include <string>
#include <vector>

#include "mws/core/domain/case.hpp"
#include "mws/core/domain/civil_date.hpp"
#include "mws/core/domain/service.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

struct DailyCount {
  CivilDate day;
  ServiceCode service = ServiceCode::StayRegistration;
  int count = 0;
};

struct DailyWait {
  CivilDate day;
  int tickets = 0;                // tickets called that day
  double meanWaitMinutes = 0;     // issue -> call
  double p90WaitMinutes = 0;
};

struct DecisionCount {
  CaseAction action = CaseAction::Approve;  // Approve, Reject, Return
  int count = 0;
};

struct DashboardFigures {
  std::vector<DailyCount> casesFiled;     // by filing day and service
  std::vector<DailyWait> waits;
  std::vector<DecisionCount> decisions;   // over the whole range
  std::int64_t syncBacklog = 0;           // outbox entries not yet acknowledged
  int awaitingDecision = 0;               // submitted + in review now
};

class DashboardSource {
public:
  virtual ~DashboardSource() = default;
  virtual Result<DashboardFigures> figures(const std::string& unitCode, const CivilDate& from,
                                           const CivilDate& to) = 0;
};

}  // namespace mws::core
