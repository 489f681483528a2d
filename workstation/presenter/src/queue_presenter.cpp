#include "mws/presenter/queue_presenter.hpp"

#include <algorithm>

#include "clock_today.hpp"

namespace mws::presenter {

QueuePresenter::QueuePresenter(Services& services, const core::User& user)
    : m_services(services),
      m_user(user),
      m_counter(services.workplace.counterName.empty() ? "counter" : services.workplace.counterName) {}

core::CivilDate QueuePresenter::today() const { return todayOf(m_services.clock); }

core::Status QueuePresenter::refresh() {
  if (m_services.queue == nullptr) {
    return core::makeError("queue.unavailable");
  }
  auto lines = m_services.queue->load(m_user.unitCode, today());
  if (!lines) {
    return lines.error();
  }
  auto current = m_services.queue->current(m_user.unitCode, m_counter);
  if (!current) {
    return current.error();
  }
  m_lines = std::move(*lines);
  std::sort(m_lines.begin(), m_lines.end(),
            [](const core::QueueLoad& a, const core::QueueLoad& b) { return a.longestWait > b.longestWait; });
  m_current = std::move(*current);
  return core::success();
}

core::Result<bool> QueuePresenter::callNext(std::optional<core::ServiceCode> service) {
  if (m_services.queue == nullptr) {
    return core::makeError("queue.unavailable");
  }
  if (m_current) {
    return core::makeError("queue.ticket_open").with("label", m_current->label);
  }
  auto called = m_services.queue->callNext(m_user.unitCode, service, m_counter, m_user.id);
  if (!called) {
    return called.error();
  }
  m_current = std::move(*called);
  auto refreshed = refresh();
  if (!refreshed) {
    return refreshed.error();
  }
  return m_current.has_value();
}

core::Status QueuePresenter::markServed() { return close(core::TicketState::Served); }

core::Status QueuePresenter::markNoShow() { return close(core::TicketState::NoShow); }

core::Status QueuePresenter::close(core::TicketState outcome) {
  if (!m_current) {
    return core::makeError("queue.no_ticket");
  }
  auto closed = m_services.queue->close(m_current->id, outcome);
  if (!closed) {
    return closed.error();
  }
  m_current.reset();
  return refresh();
}

int QueuePresenter::totalWaiting() const {
  int total = 0;
  for (const auto& line : m_lines) total += line.waiting;
  return total;
}

std::chrono::seconds QueuePresenter::longestWait() const {
  std::chrono::seconds longest{0};
  for (const auto& line : m_lines) longest = std::max(longest, line.longestWait);
  return longest;
}

WaitParts splitWait(std::chrono::seconds wait) {
  long minutes = static_cast<long>(std::max<long long>(0, wait.count()) / 60);
  return {minutes / 60, minutes % 60};
}

}  // namespace mws::presenter
