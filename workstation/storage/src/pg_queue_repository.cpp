#include "mws/storage/pg_queue_repository.hpp"

#include <soci/soci.h>

#include <algorithm>

#include "soci_dates.hpp"

namespace mws::storage {

namespace {

using std::chrono::microseconds;
using std::chrono::system_clock;

constexpr const char* kColumns =
    "id, unit_code, service, day::text, number, state,"
    " (extract(epoch FROM issued_at) * 1000000)::bigint,"
    " (extract(epoch FROM called_at) * 1000000)::bigint,"
    " (extract(epoch FROM closed_at) * 1000000)::bigint, counter, called_by";

system_clock::time_point timeFrom(long long us) { return system_clock::time_point(microseconds(us)); }

std::optional<system_clock::time_point> optionalTime(const soci::row& row, std::size_t i) {
  if (row.get_indicator(i) == soci::i_null) return std::nullopt;
  return timeFrom(row.get<long long>(i));
}

core::QueueTicket ticketFrom(const soci::row& row) {
  core::QueueTicket t;
  t.id = row.get<long long>(0);
  t.unitCode = row.get<std::string>(1);
  auto service = core::parseServiceCode(row.get<std::string>(2));
  auto state = core::parseTicketState(row.get<std::string>(5));
  if (!service || !state) throw std::runtime_error("a queue ticket holds an unknown code");
  t.service = *service;
  t.day = dateFromText(row.get<std::string>(3));
  t.number = row.get<int>(4);
  t.label = core::ticketLabel(t.service, t.number);
  t.state = *state;
  t.issuedAt = timeFrom(row.get<long long>(6));
  t.calledAt = optionalTime(row, 7);
  t.closedAt = optionalTime(row, 8);
  t.counter = row.get<std::string>(9);
  t.calledBy = row.get_indicator(10) == soci::i_null ? 0 : row.get<long long>(10);
  return t;
}

std::optional<core::QueueTicket> optionalTicket(soci::session& sql, const soci::row& row) {
  if (!sql.got_data()) return std::nullopt;
  return ticketFrom(row);
}

std::string select(const std::string& where) {
  return std::string("SELECT ") + kColumns + " FROM queue_tickets WHERE " + where;
}

bool unitExists(soci::session& sql, const std::string& unitCode) {
  int found = 0;
  sql << "SELECT count(*) FROM units WHERE code = :u", soci::use(unitCode), soci::into(found);
  return found > 0;
}

core::Error unknownUnit(const std::string& unitCode) {
  return core::makeError("queue.unknown_unit", "no such unit in this database").with("unit", unitCode);
}

std::size_t serviceRank(core::ServiceCode service) {
  return static_cast<std::size_t>(
      std::find(core::kAllServices.begin(), core::kAllServices.end(), service) -
      core::kAllServices.begin());
}

}  // namespace

core::Result<core::QueueTicket> PgQueueRepository::issue(const std::string& unitCode,
                                                         core::ServiceCode service,
                                                         const core::CivilDate& day) {
  try {
    soci::session& sql = m_db.session();
    if (!unitExists(sql, unitCode)) return unknownUnit(unitCode);
    const std::string code(core::toString(service));
    const std::string date = day.toString();
    soci::transaction tx(sql);
    int number = 0;
    sql << "INSERT INTO queue_numbers(unit_code, service, day, last_number)"
           " VALUES (:u, :s, CAST(:d AS date), 1) ON CONFLICT (unit_code, service, day)"
           " DO UPDATE SET last_number = queue_numbers.last_number + 1 RETURNING last_number",
        soci::use(unitCode), soci::use(code), soci::use(date), soci::into(number);
    soci::row row;
    sql << "INSERT INTO queue_tickets(unit_code, service, day, number)"
           " VALUES (:u, :s, CAST(:d AS date), :n) RETURNING " + std::string(kColumns),
        soci::use(unitCode), soci::use(code), soci::use(date), soci::use(number), soci::into(row);
    tx.commit();
    return ticketFrom(row);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::optional<core::QueueTicket>> PgQueueRepository::callNext(
    const std::string& unitCode, std::optional<core::ServiceCode> service,
    const std::string& counter, std::int64_t officerId) {
  if (counter.empty()) return core::makeError("queue.counter_missing", "no counter named");
  try {
    auto held = current(unitCode, counter);
    if (!held) return held.error();
    if (*held) {
      return core::makeError("queue.counter_busy", "the counter still holds a called ticket")
          .with("counter", counter)
          .with("ticket", (*held)->label);
    }
    soci::session& sql = m_db.session();
    const std::string code = service ? std::string(core::toString(*service)) : std::string();
    long long officer = officerId;
    soci::row row;
    sql << "UPDATE queue_tickets SET state = 'called', called_at = now(), counter = :c,"
           " called_by = :o WHERE id = (SELECT id FROM queue_tickets WHERE unit_code = :u"
           " AND state = 'waiting' AND (:s = '' OR service = :s2) AND day = (SELECT max(day)"
           " FROM queue_tickets WHERE unit_code = :u2) ORDER BY issued_at, id"
           " LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING " + std::string(kColumns),
        soci::use(counter), soci::use(officer), soci::use(unitCode), soci::use(code),
        soci::use(code), soci::use(unitCode), soci::into(row);
    return optionalTicket(sql, row);
  } catch (const std::exception& e) {
    const std::string what = e.what();
    if (what.find("queue_tickets_one_per_counter") != std::string::npos) {
      return core::makeError("queue.counter_busy", "the counter called another ticket meanwhile")
          .with("counter", counter);
    }
    return databaseError("db.query_failed", e);
  }
}

core::Result<core::QueueTicket> PgQueueRepository::close(std::int64_t ticketId,
                                                         core::TicketState outcome) {
  if (outcome != core::TicketState::Served && outcome != core::TicketState::NoShow) {
    return core::makeError("queue.bad_outcome", "a ticket is closed as served or no-show")
        .with("state", std::string(core::toString(outcome)));
  }
  try {
    soci::session& sql = m_db.session();
    const std::string state(core::toString(outcome));
    long long id = ticketId;
    soci::row row;
    sql << "UPDATE queue_tickets SET state = :st, closed_at = now() WHERE id = :id"
           " AND state = 'called' RETURNING " + std::string(kColumns),
        soci::use(state), soci::use(id), soci::into(row);
    if (sql.got_data()) return ticketFrom(row);
    auto existing = find(ticketId);
    if (!existing) return existing.error();
    if (!*existing) {
      return core::makeError("queue.not_found", "no such ticket").with("id", std::to_string(ticketId));
    }
    return core::makeError("queue.bad_state", "only a called ticket can be closed")
        .with("state", std::string(core::toString((*existing)->state)))
        .with("ticket", (*existing)->label);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::vector<core::QueueLoad>> PgQueueRepository::load(const std::string& unitCode,
                                                                   const core::CivilDate& day) {
  try {
    const std::string date = day.toString();
    soci::rowset<soci::row> rows = (m_db.session().prepare
        << "SELECT service, count(*)::int, greatest(0, floor(extract(epoch FROM"
           " now() - min(issued_at))))::bigint FROM queue_tickets WHERE unit_code = :u"
           " AND day = CAST(:d AS date) AND state = 'waiting' GROUP BY service",
        soci::use(unitCode), soci::use(date));
    std::vector<core::QueueLoad> loads;
    for (const auto& row : rows) {
      auto service = core::parseServiceCode(row.get<std::string>(0));
      if (!service) continue;
      loads.push_back({*service, row.get<int>(1), std::chrono::seconds(row.get<long long>(2))});
    }
    std::sort(loads.begin(), loads.end(), [](const auto& a, const auto& b) {
      return serviceRank(a.service) < serviceRank(b.service);
    });
    return loads;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::optional<core::QueueTicket>> PgQueueRepository::current(
    const std::string& unitCode, const std::string& counter) {
  try {
    soci::row row;
    m_db.session() << select("unit_code = :u AND counter = :c AND state = 'called'"),
        soci::use(unitCode), soci::use(counter), soci::into(row);
    return optionalTicket(m_db.session(), row);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::vector<core::QueueTicket>> PgQueueRepository::tickets(
    const std::string& unitCode, const core::CivilDate& day) {
  try {
    const std::string date = day.toString();
    soci::rowset<soci::row> rows =
        (m_db.session().prepare << select("unit_code = :u AND day = CAST(:d AS date)") +
                                       " ORDER BY issued_at, id",
         soci::use(unitCode), soci::use(date));
    std::vector<core::QueueTicket> all;
    for (const auto& row : rows) all.push_back(ticketFrom(row));
    return all;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::optional<core::QueueTicket>> PgQueueRepository::find(std::int64_t ticketId) {
  try {
    long long id = ticketId;
    soci::row row;
    m_db.session() << select("id = :id"), soci::use(id), soci::into(row);
    return optionalTicket(m_db.session(), row);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

}  // namespace mws::storage
