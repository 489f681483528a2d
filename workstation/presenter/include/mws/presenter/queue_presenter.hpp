#pragma once
// The logic of the queue page: the unit's waiting lines per service, the ticket this
// counter has called, call next / served / no-show. No wx: the panel shows what it holds.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/queue.hpp"
#include "mws/core/result.hpp"
#include "mws/presenter/services.hpp"

namespace mws::presenter {

class QueuePresenter {
public:
  // The counter is services.workplace.counterName ("counter" when not configured).
  QueuePresenter(Services& services, const core::User& user);

  // Reloads the waiting lines and this counter's open ticket (two short queries).
  core::Status refresh();
  // Calls the longest-waiting ticket (of `service`, or of any service). Refused with
  // "queue.ticket_open" (params label) while this counter still has a called ticket;
  // true when a ticket was called, false when nobody waits.
  core::Result<bool> callNext(std::optional<core::ServiceCode> service = std::nullopt);
  // Closes the called ticket; "queue.no_ticket" when there is none.
  core::Status markServed();
  core::Status markNoShow();

  const std::vector<core::QueueLoad>& lines() const { return m_lines; }
  int totalWaiting() const;
  std::chrono::seconds longestWait() const;
  const std::optional<core::QueueTicket>& current() const { return m_current; }
  const std::string& counter() const { return m_counter; }

private:
  core::Status close(core::TicketState outcome);
  core::CivilDate today() const;

  Services& m_services;
  core::User m_user;
  std::string m_counter;
  std::vector<core::QueueLoad> m_lines;
  std::optional<core::QueueTicket> m_current;
};

// "4 min", "1 h 05 min" style split of a wait for the view: whole minutes and hours.
struct WaitParts {
  long hours = 0;
  long minutes = 0;
};
WaitParts splitWait(std::chrono::seconds wait);

}  // namespace mws::presenter
