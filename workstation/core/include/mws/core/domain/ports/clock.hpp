#pragma once
// The time the core works with: events are stamped with now(), cases are filed on today()
// (the unit's local date).

#include <chrono>

#include "mws/core/domain/civil_date.hpp"

namespace mws::core {

class Clock {
public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point now() = 0;
  virtual CivilDate today() = 0;
};

}  // namespace mws::core
