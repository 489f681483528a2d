#pragma once
// Today and now from the services' clock, or from the system clock (UTC) when none is wired.
#include <chrono>

#include "mws/core/domain/ports/clock.hpp"

namespace mws::presenter {

inline core::CivilDate todayOf(core::Clock* clock) {
  if (clock != nullptr) return clock->today();
  return core::CivilDate::fromDays(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

inline std::chrono::system_clock::time_point nowOf(core::Clock* clock) {
  return clock != nullptr ? clock->now() : std::chrono::system_clock::now();
}

}  // namespace mws::presenter
