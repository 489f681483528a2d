#include "mws/fingerprint/ten_print_session.hpp"

#include <algorithm>
#include <array>

namespace mws::fingerprint {
namespace {

using peripherals::FingerPosition;

constexpr std::array<std::string_view, 5> kStatusNames = {"pending", "skipped", "captured",
                                                          "failed", "exception"};
constexpr std::array<std::string_view, 3> kExceptionNames = {"amputated", "bandaged", "unreadable"};

core::Error fingerError(std::string code, FingerPosition finger) {
  return core::makeError(std::move(code)).with("finger", std::string(fingerName(finger)));
}

// Errors that say something about the finger rather than about the scanner or the officer.
bool isFingerVerdict(const core::Error& error) {
  return error.code == "fingerprint.retry_exhausted";
}

}  // namespace

std::string_view fingerStatusName(FingerStatus status) {
  return kStatusNames[static_cast<std::size_t>(status)];
}

std::string_view fingerExceptionName(FingerException exception) {
  return kExceptionNames[static_cast<std::size_t>(exception)];
}

std::optional<FingerException> parseFingerException(std::string_view name) {
  for (std::size_t i = 0; i < kExceptionNames.size(); ++i) {
    if (kExceptionNames[i] == name) return static_cast<FingerException>(i);
  }
  return std::nullopt;
}

TenPrintSession::TenPrintSession(peripherals::FingerprintScanner& scanner, TenPrintConfig config)
    : m_scanner(scanner), m_config(std::move(config)) {
  for (const auto finger : m_config.fingers) {
    if (!find(finger)) m_records.push_back(FingerRecord{finger, {}, 0, 0, {}, {}, {}});
  }
}

FingerRecord* TenPrintSession::find(FingerPosition finger) {
  auto it = std::find_if(m_records.begin(), m_records.end(),
                         [finger](const FingerRecord& r) { return r.finger == finger; });
  return it == m_records.end() ? nullptr : &*it;
}

const FingerRecord* TenPrintSession::record(FingerPosition finger) const {
  auto it = std::find_if(m_records.begin(), m_records.end(),
                         [finger](const FingerRecord& r) { return r.finger == finger; });
  return it == m_records.end() ? nullptr : &*it;
}

core::Status TenPrintSession::declareException(FingerPosition finger, FingerException exception) {
  FingerRecord* record = find(finger);
  if (!record) return fingerError("fingerprint.not_in_session", finger);
  record->status = FingerStatus::Exception;
  record->exception = exception;
  record->capture.reset();
  notify(TenPrintEvent::Kind::Changed, *record);
  return core::success();
}

core::Status TenPrintSession::skip(FingerPosition finger) {
  FingerRecord* record = find(finger);
  if (!record) return fingerError("fingerprint.not_in_session", finger);
  if (record->status == FingerStatus::Pending || record->status == FingerStatus::Failed) {
    record->status = FingerStatus::Skipped;
    notify(TenPrintEvent::Kind::Changed, *record);
  }
  return core::success();
}

core::Status TenPrintSession::redo(FingerPosition finger) {
  FingerRecord* record = find(finger);
  if (!record) return fingerError("fingerprint.not_in_session", finger);
  record->status = FingerStatus::Pending;
  record->capture.reset();
  record->exception.reset();
  record->error.clear();
  notify(TenPrintEvent::Kind::Changed, *record);
  return core::success();
}

std::optional<FingerPosition> TenPrintSession::next() const {
  for (const auto& record : m_records) {
    if (record.status == FingerStatus::Pending) return record.finger;
  }
  return std::nullopt;
}

core::Status TenPrintSession::run() {
  m_cancelled = false;
  for (auto& record : m_records) {
    if (record.status != FingerStatus::Pending) continue;
    if (m_cancelled) return core::makeError("fingerprint.cancelled");
    if (auto scanned = scanRecord(record); !scanned.ok()) return scanned;
  }
  return core::success();
}

core::Result<FingerStatus> TenPrintSession::captureFinger(FingerPosition finger) {
  FingerRecord* record = find(finger);
  if (!record) return fingerError("fingerprint.not_in_session", finger);
  if (record->status == FingerStatus::Exception) {
    return fingerError("fingerprint.finger_excepted", finger);
  }
  m_cancelled = false;
  if (auto scanned = scanRecord(*record); !scanned.ok()) return scanned.error();
  return record->status;
}

void TenPrintSession::cancel() {
  m_cancelled = true;
  m_scanner.cancel();
}

// Captures one finger and settles its status; an error is returned only when it is not a
// verdict on the finger (the finger is then Pending again, with the error code noted).
core::Status TenPrintSession::scanRecord(FingerRecord& record) {
  record.status = FingerStatus::Pending;
  record.capture.reset();
  record.exception.reset();
  record.error.clear();
  ++record.attempts;
  notify(TenPrintEvent::Kind::Started, record);
  auto capture = m_scanner.capture(record.finger, scanOptions(record.finger));
  if (!capture.ok()) {
    settleError(record, capture.error());
    notify(TenPrintEvent::Kind::Changed, record);
    if (isFingerVerdict(capture.error())) return core::success();
    return capture.error();
  }
  record.retries += capture->retries;
  record.capture = std::move(capture.value());
  record.status = FingerStatus::Captured;
  notify(TenPrintEvent::Kind::Changed, record);
  return core::success();
}

void TenPrintSession::settleError(FingerRecord& record, const core::Error& error) {
  record.error = error.code;
  if (!isFingerVerdict(error)) return;  // stays Pending: run() again resumes here
  record.retries += m_config.maxRetries;
  if (m_config.exhaustedIsUnreadable) {
    record.status = FingerStatus::Exception;
    record.exception = FingerException::Unreadable;
  } else {
    record.status = FingerStatus::Failed;
  }
}

peripherals::ScanOptions TenPrintSession::scanOptions(FingerPosition finger) const {
  peripherals::ScanOptions options;
  options.timeout = m_config.timeoutPerFinger;
  options.maxRetries = m_config.maxRetries;
  options.minQuality = m_config.minQuality;
  if (m_listener) {
    options.progress = [listener = m_listener, finger](const peripherals::ScanProgress& p) {
      TenPrintEvent event;
      event.kind = TenPrintEvent::Kind::Prompt;
      event.finger = finger;
      event.prompt = p;
      listener(event);
    };
  }
  return options;
}

void TenPrintSession::notify(TenPrintEvent::Kind kind, const FingerRecord& record) const {
  if (!m_listener) return;
  TenPrintEvent event;
  event.kind = kind;
  event.finger = record.finger;
  event.status = record.status;
  event.exception = record.exception;
  event.quality = record.capture ? record.capture->quality.score : 0;
  event.retries = record.retries;
  m_listener(event);
}

bool TenPrintSession::complete() const {
  return std::all_of(m_records.begin(), m_records.end(), [](const FingerRecord& r) {
    return r.status == FingerStatus::Captured || r.status == FingerStatus::Exception;
  });
}

core::Result<TenPrintResult> TenPrintSession::result() const {
  TenPrintResult result;
  std::string open;
  for (const auto& record : m_records) {
    if (record.status == FingerStatus::Exception) {
      result.fingers.push_back({record.finger, record.exception, {}, {}, {}, record.retries});
    } else if (record.status == FingerStatus::Captured) {
      const auto& c = *record.capture;
      result.fingers.push_back(
          {record.finger, std::nullopt, c.image, c.print, c.quality, record.retries});
    } else {
      if (!open.empty()) open += ',';
      open += fingerName(record.finger);
    }
  }
  if (!open.empty()) return core::makeError("fingerprint.session_incomplete").with("fingers", open);
  return result;
}

}  // namespace mws::fingerprint
