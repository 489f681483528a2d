#pragma once
// Where the unit's queue is kept (PostgreSQL: several counters share one unit database, so
// "call next" must hand each ticket to exactly one counter).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mws/core/domain/queue.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

class QueueRepository {
public:
  virtual ~QueueRepository() = default;
  // A new waiting ticket with the next number of (unit, service, day).
  virtual Result<QueueTicket> issue(const std::string& unitCode, ServiceCode service,
                                    const CivilDate& day) = 0;
  // Hands the longest-waiting ticket (of `service`, or of any service when empty) to the
  // counter; nothing when no one waits. Two counters calling at once get different tickets.
  virtual Result<std::optional<QueueTicket>> callNext(const std::string& unitCode,
                                                      std::optional<ServiceCode> service,
                                                      const std::string& counter,
                                                      std::int64_t officerId) = 0;
  // Called -> Served or NoShow. "queue.not_found", "queue.bad_state" (param state).
  virtual Result<QueueTicket> close(std::int64_t ticketId, TicketState outcome) = 0;
  // Waiting count and longest wait per service of the unit today (services with nobody
  // waiting are left out).
  virtual Result<std::vector<QueueLoad>> load(const std::string& unitCode,
                                              const CivilDate& day) = 0;
  // The ticket a counter has called and not yet closed, if any.
  virtual Result<std::optional<QueueTicket>> current(const std::string& unitCode,
                                                     const std::string& counter) = 0;
};

}  // namespace mws::core
