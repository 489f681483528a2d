// WinBioScanner: see the header. Windows only; this file is not compiled on Linux and has
// not been compiled yet (no Windows build machine in this project's CI).
#include "mws/fingerprint/winbio_scanner.hpp"

#ifdef _WIN32

#define NOMINMAX
#include <windows.h>
#include <winbio.h>

#include <chrono>
#include <cstring>
#include <string>

#include "mws/fingerprint/fingerprint_quality.hpp"

#pragma comment(lib, "winbio.lib")

namespace mws::fingerprint {
namespace {

using peripherals::FingerCapture;
using peripherals::Frame;

core::Error error(const char* code, HRESULT hr, const char* what) {
  char text[32];
  std::snprintf(text, sizeof text, "0x%08lX", static_cast<unsigned long>(hr));
  return core::makeError(code, std::string(what) + " failed with HRESULT " + text);
}

// WinBio's errors to the interface's codes.
core::Error translate(HRESULT hr, const char* what) {
  switch (hr) {
    case WINBIO_E_CANCELED: return core::makeError("fingerprint.cancelled", what);
    case WINBIO_E_DEVICE_BUSY: return core::makeError("fingerprint.busy", what);
    case WINBIO_E_DEVICE_FAILURE: return error("fingerprint.disconnected", hr, what);
    case WINBIO_E_BAD_CAPTURE: return core::makeError("fingerprint.retry_exhausted", what).with("reason", "general");
    case E_ACCESSDENIED:
      return error("fingerprint.unavailable", hr,
                   "raw capture refused: run elevated or keep the window in the foreground");
    default: return error("fingerprint.device_error", hr, what);
  }
}

std::string narrow(const wchar_t* text) {
  if (text == nullptr || *text == 0) return {};
  const int size = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
  std::string out(static_cast<std::size_t>(size > 0 ? size - 1 : 0), '\0');
  if (size > 1) WideCharToMultiByte(CP_UTF8, 0, text, -1, out.data(), size, nullptr, nullptr);
  return out;
}

// The image of an ANSI INCITS 381-2004 record inside a WINBIO_BIR: the standard data block
// holds a WINBIO_ANSI_381_HEADER, then one WINBIO_ANSI_381_RECORD followed by its pixels
// (8 bits per pixel for the scanners WinBio supports in raw mode).
core::Result<Frame> decodeAnsi381(const WINBIO_BIR* bir, SIZE_T birSize) {
  const WINBIO_BIR_DATA& block = bir->StandardDataBlock;
  if (block.Size == 0 || block.Offset + block.Size > birSize) {
    return core::makeError("fingerprint.device_error", "the sample has no standard data block");
  }
  const auto* base = reinterpret_cast<const std::uint8_t*>(bir) + block.Offset;
  const auto* header = reinterpret_cast<const WINBIO_ANSI_381_HEADER*>(base);
  const auto* record =
      reinterpret_cast<const WINBIO_ANSI_381_RECORD*>(base + sizeof(WINBIO_ANSI_381_HEADER));
  const int width = record->HorizontalLineLength;
  const int height = record->VerticalLineLength;
  const std::size_t pixels = std::size_t(width) * std::size_t(height);
  const std::size_t used = sizeof(WINBIO_ANSI_381_HEADER) + sizeof(WINBIO_ANSI_381_RECORD) + pixels;
  if (width <= 0 || height <= 0 || header->ImageBitDepth != 8 || used > block.Size) {
    return core::makeError("fingerprint.device_error", "the sample is not an 8-bit ANSI 381 image");
  }
  Frame frame = peripherals::makeFrame(width, height, peripherals::PixelFormat::Gray8);
  const auto* source = base + sizeof(WINBIO_ANSI_381_HEADER) + sizeof(WINBIO_ANSI_381_RECORD);
  for (int y = 0; y < height; ++y) std::memcpy(frame.row(y), source + std::size_t(y) * width, width);
  frame.captured = std::chrono::steady_clock::now();
  return frame;
}

core::Error notSupported(const char* operation) {
  return core::makeError("fingerprint.not_supported",
                         "WinBio raw sessions give images only; no matcher is wired on Windows yet")
      .with("operation", operation);
}

}  // namespace

WinBioScanner::WinBioScanner() = default;

WinBioScanner::~WinBioScanner() { close(); }

core::Result<std::vector<peripherals::FingerprintDevice>> WinBioScanner::listDevices() {
  WINBIO_UNIT_SCHEMA* units = nullptr;
  SIZE_T count = 0;
  const HRESULT hr = WinBioEnumBiometricUnits(WINBIO_TYPE_FINGERPRINT, &units, &count);
  if (FAILED(hr)) return translate(hr, "WinBioEnumBiometricUnits");
  std::vector<peripherals::FingerprintDevice> devices;
  for (SIZE_T i = 0; i < count; ++i) {
    devices.push_back({std::to_string(units[i].UnitId), "winbio",
                       narrow(units[i].Manufacturer) + " " + narrow(units[i].Model)});
  }
  if (units != nullptr) WinBioFree(units);
  return devices;
}

core::Status WinBioScanner::open(const std::string& deviceId) {
  std::lock_guard lock(m_mutex);
  if (m_session != 0) return core::success();
  auto devices = listDevices();
  if (!devices) return devices.error();
  if (devices->empty()) return core::makeError("fingerprint.not_found").with("device", deviceId);
  std::uint32_t unit = 0;
  for (const auto& device : *devices) {
    if (deviceId.empty() || device.id == deviceId) {
      unit = static_cast<std::uint32_t>(std::stoul(device.id));
      break;
    }
  }
  if (unit == 0) return core::makeError("fingerprint.not_found").with("device", deviceId);
  // The system pool with raw access, as Microsoft's "Capturing a sample" example: the unit
  // is chosen by the finger placed; the id asked for is remembered for the status screen.
  WINBIO_SESSION_HANDLE session = 0;
  const HRESULT hr = WinBioOpenSession(WINBIO_TYPE_FINGERPRINT, WINBIO_POOL_SYSTEM, WINBIO_FLAG_RAW,
                                       nullptr, 0, WINBIO_DB_DEFAULT, &session);
  if (FAILED(hr)) return translate(hr, "WinBioOpenSession");
  m_session = session;
  m_unitId = unit;
  return core::success();
}

void WinBioScanner::close() {
  std::lock_guard lock(m_mutex);
  if (m_session == 0) return;
  WinBioCloseSession(m_session);
  m_session = 0;
  m_unitId = 0;
}

bool WinBioScanner::isOpen() const {
  std::lock_guard lock(m_mutex);
  return m_session != 0;
}

int WinBioScanner::enrollStages() const { return isOpen() ? 1 : 0; }

core::Result<Frame> WinBioScanner::captureImage(const peripherals::ScanOptions& options) {
  if (options.progress) options.progress({peripherals::ScanPrompt::PlaceFinger, {}, 0, 0});
  WINBIO_UNIT_ID unit = 0;
  PWINBIO_BIR sample = nullptr;
  SIZE_T sampleSize = 0;
  WINBIO_REJECT_DETAIL reject = 0;
  // Blocks until a finger was placed, WinBioCancel() or the device failed. The timeout of
  // ScanOptions is enforced by cancel() from the caller's watchdog (WinBio has none).
  const HRESULT hr = WinBioCaptureSample(m_session, WINBIO_NO_PURPOSE_AVAILABLE, WINBIO_DATA_FLAG_RAW,
                                         &unit, &sample, &sampleSize, &reject);
  if (FAILED(hr)) {
    if (sample != nullptr) WinBioFree(sample);
    if (hr == WINBIO_E_BAD_CAPTURE && options.progress) {
      options.progress({peripherals::ScanPrompt::Retry, peripherals::RetryReason::General, 0, 0});
    }
    return translate(hr, "WinBioCaptureSample");
  }
  auto frame = decodeAnsi381(sample, sampleSize);
  WinBioFree(sample);
  if (options.progress) options.progress({peripherals::ScanPrompt::RemoveFinger, {}, 0, 0});
  return frame;
}

core::Result<FingerCapture> WinBioScanner::capture(peripherals::FingerPosition finger,
                                                   const peripherals::ScanOptions& options) {
  if (!isOpen()) return core::makeError("fingerprint.not_open");
  if (m_busy.exchange(true)) return core::makeError("fingerprint.busy");
  m_cancelled = false;
  FingerCapture result;
  result.finger = finger;
  core::Result<FingerCapture> outcome = core::makeError("fingerprint.retry_exhausted").with("reason", "low_quality");
  for (int attempt = 0; attempt <= options.maxRetries && !m_cancelled; ++attempt) {
    auto image = captureImage(options);
    if (!image) {
      if (image.error().code == "fingerprint.retry_exhausted") continue;  // a bad capture: again
      outcome = image.error();
      break;
    }
    result.quality = assessQuality(*image);
    result.retries = attempt;
    if (result.quality.score >= options.minQuality) {
      result.image = std::move(*image);
      result.print = {finger, "winbio", {}};  // images only: no template without a matcher
      outcome = result;
      break;
    }
    if (options.progress) {
      options.progress({peripherals::ScanPrompt::Retry, peripherals::RetryReason::LowQuality, 0, 0});
    }
  }
  if (m_cancelled) outcome = core::makeError("fingerprint.cancelled");
  m_busy = false;
  return outcome;
}

core::Result<peripherals::Enrolment> WinBioScanner::enroll(peripherals::FingerPosition,
                                                           const peripherals::ScanOptions&) {
  return notSupported("enroll");
}

core::Result<peripherals::VerifyResult> WinBioScanner::verify(const peripherals::FingerprintTemplate&,
                                                              const peripherals::ScanOptions&) {
  return notSupported("verify");
}

core::Result<peripherals::IdentifyResult> WinBioScanner::identify(
    const std::vector<peripherals::FingerprintTemplate>&, const peripherals::ScanOptions&) {
  return notSupported("identify");
}

void WinBioScanner::cancel() {
  m_cancelled = true;
  std::lock_guard lock(m_mutex);
  if (m_session != 0) WinBioCancel(m_session);
}

}  // namespace mws::fingerprint

#endif  // _WIN32
