#pragma once
// The unit's electronic queue in PostgreSQL (migration 0009). Numbers come from a counter
// row per (unit, service, day) taken with an upsert, so they are gapless and never shared;
// "call next" picks the longest-waiting ticket with SELECT ... FOR UPDATE SKIP LOCKED, so two
// counters calling at once (each on its own connection) get different tickets.

#include "mws/core/domain/ports/queue_repository.hpp"
#include "mws/storage/database.hpp"

namespace mws::storage {

class PgQueueRepository : public core::QueueRepository {
 public:
  explicit PgQueueRepository(Database& db) : m_db(db) {}

  // "queue.unknown_unit" (param unit) when the unit is not known to this database.
  core::Result<core::QueueTicket> issue(const std::string& unitCode, core::ServiceCode service,
                                        const core::CivilDate& day) override;
  // Only tickets of the unit's latest ticket day are called: applicants left waiting when
  // the unit closed are not called the next morning once that day's first ticket is out.
  // "queue.counter_busy" (params counter, ticket) while the counter still holds a called
  // ticket: it is closed first. "queue.counter_missing" when `counter` is empty.
  core::Result<std::optional<core::QueueTicket>> callNext(
      const std::string& unitCode, std::optional<core::ServiceCode> service,
      const std::string& counter, std::int64_t officerId) override;
  // "queue.bad_outcome" when `outcome` is not Served or NoShow.
  core::Result<core::QueueTicket> close(std::int64_t ticketId, core::TicketState outcome) override;
  core::Result<std::vector<core::QueueLoad>> load(const std::string& unitCode,
                                                  const core::CivilDate& day) override;
  core::Result<std::optional<core::QueueTicket>> current(const std::string& unitCode,
                                                         const std::string& counter) override;

  // The unit's tickets of a day in issue order (for `mws queue status` and the tests).
  core::Result<std::vector<core::QueueTicket>> tickets(const std::string& unitCode,
                                                       const core::CivilDate& day);
  core::Result<std::optional<core::QueueTicket>> find(std::int64_t ticketId);

 private:
  Database& m_db;
};

}  // namespace mws::storage
