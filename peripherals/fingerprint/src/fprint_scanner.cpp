#include "mws/fingerprint/fprint_scanner.hpp"

#include <future>

#include "fprint_session.hpp"
#include "glib_thread.hpp"
#include "mws/fingerprint/fingerprint_quality.hpp"

namespace mws::fingerprint {
namespace {

using namespace std::chrono_literals;
using peripherals::RetryReason;
using peripherals::ScanPrompt;

constexpr auto kCancelGrace = 10s;  // how long a cancelled libfprint action may take to end

}  // namespace

FprintScanner::FprintScanner()
    : m_thread(std::make_unique<GlibThread>()), m_session(std::make_unique<FprintSession>()) {}

FprintScanner::~FprintScanner() {
  close();
  m_thread->call([this] { m_session.reset(); });
}

core::Result<std::vector<peripherals::FingerprintDevice>> FprintScanner::listDevices() {
  std::optional<core::Result<std::vector<peripherals::FingerprintDevice>>> listed;
  m_thread->call([&] { listed = m_session->listDevices(); });
  std::lock_guard lock(m_operation);
  if (listed->ok()) {
    m_lastDevices = listed->value();
  } else if (!m_lastDevices.empty()) {
    return m_lastDevices;  // the GUI loop holds GLib's default context: the list found before
  }
  return std::move(*listed);
}

core::Status FprintScanner::open(const std::string& deviceId) {
  std::unique_lock lock(m_operation, std::try_to_lock);
  if (!lock.owns_lock()) {
    return core::makeError("fingerprint.busy");
  }
  auto opened = std::make_shared<std::promise<core::Status>>();
  auto future = opened->get_future();
  m_thread->post([this, deviceId, opened] {
    m_session->open(deviceId, [opened](core::Status status) { opened->set_value(status); });
  });
  if (future.wait_for(kCancelGrace) != std::future_status::ready) {
    return core::makeError("fingerprint.timeout", "the device did not open");
  }
  auto status = future.get();
  if (status.ok()) {
    m_thread->call([this] {
      m_stages = m_session->enrollStages();
      m_driver = m_session->driver();
    });
    m_open = true;
  }
  return status;
}

void FprintScanner::close() {
  std::lock_guard lock(m_operation);
  auto closed = std::make_shared<std::promise<void>>();
  auto future = closed->get_future();
  m_thread->post([this, closed] { m_session->close([closed] { closed->set_value(); }); });
  future.wait_for(kCancelGrace);
  m_open = false;
  m_stages = 0;
}

bool FprintScanner::isOpen() const { return m_open; }

int FprintScanner::enrollStages() const { return m_stages; }

void FprintScanner::cancel() {
  m_cancelled = true;
  m_thread->post([this] { m_session->cancel(false); });
}

core::Result<ScanOutcome> FprintScanner::scanOnce(const ScanRequest& request,
                                                  std::chrono::steady_clock::time_point deadline) {
  auto state = std::make_shared<std::promise<ScanOutcome>>();
  auto future = state->get_future();
  m_thread->post([this, request, state] {
    m_session->start(request, [state](ScanOutcome outcome) { state->set_value(std::move(outcome)); });
  });
  if (future.wait_until(deadline) != std::future_status::ready) {
    m_thread->post([this] { m_session->cancel(true); });
    if (future.wait_for(kCancelGrace) != std::future_status::ready) {
      return core::makeError("fingerprint.timeout", "the driver did not end the scan");
    }
  }
  ScanOutcome outcome = future.get();
  if (outcome.error) {
    if (outcome.error->code == "fingerprint.disconnected") {
      m_open = false;
    }
    return *outcome.error;
  }
  return outcome;
}

}  // namespace mws::fingerprint
