#pragma once
// The unit's electronic queue: applicants take a ticket for a service at the kiosk (or the
// officer issues one), an officer calls the next ticket to a counter and marks it served or
// a no-show. Ticket numbers run per service per day ("RS-007": the service's prefix and
// the day's sequence).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/domain/civil_date.hpp"
#include "mws/core/domain/service.hpp"

namespace mws::core {

enum class TicketState { Waiting, Called, Served, NoShow };
std::string_view toString(TicketState state);
std::optional<TicketState> parseTicketState(std::string_view text);

struct QueueTicket {
  std::int64_t id = 0;
  std::string unitCode;
  ServiceCode service = ServiceCode::StayRegistration;
  CivilDate day;
  int number = 0;                 // 1, 2, … per (unit, service, day)
  std::string label;              // what the screen and the printout show, e.g. "RS-007"
  TicketState state = TicketState::Waiting;
  std::chrono::system_clock::time_point issuedAt;
  std::optional<std::chrono::system_clock::time_point> calledAt;
  std::optional<std::chrono::system_clock::time_point> closedAt;  // served or no-show
  std::string counter;            // the counter that called it
  std::int64_t calledBy = 0;      // the officer's account id

  friend bool operator==(const QueueTicket&, const QueueTicket&) = default;
};

// The waiting line of one service right now.
struct QueueLoad {
  ServiceCode service = ServiceCode::StayRegistration;
  int waiting = 0;
  std::chrono::seconds longestWait{0};  // of the ticket waiting longest; 0 when none waits

  friend bool operator==(const QueueLoad&, const QueueLoad&) = default;
};

// The ticket label: the service's two-letter prefix and the number on three digits.
std::string ticketLabel(ServiceCode service, int number);

}  // namespace mws::core
