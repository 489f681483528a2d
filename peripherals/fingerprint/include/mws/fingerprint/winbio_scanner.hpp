#pragma once
// Windows only (compiled when WIN32; NOT compiled or tested on the Linux build machine):
// a FingerprintScanner over the Windows Biometric Framework (winbio.dll), the counterpart of
// FprintScanner, which is Linux-only because libfprint is.
//
// What it does: lists the system pool's fingerprint units (WinBioEnumBiometricUnits), opens
// a raw session on the system pool (WinBioOpenSession, WINBIO_FLAG_RAW), and captures one impression as an
// 8-bit grey image from the ANSI INCITS 381 record WinBioCaptureSample returns; quality is
// assessed by the same assessQuality as on Linux, and an impression below
// ScanOptions::minQuality is retried.
//
// What it does not do yet: enroll(), verify() and identify() answer
// "fingerprint.not_supported". WinBio matches only against its own enrolment database
// (WinBioEnrollBegin / WinBioVerify, tied to Windows accounts), which cannot hold the
// templates this program stores for applicants; a matcher over the captured images has to
// be chosen first (docs/windows-build.md). Raw capture needs the process to run elevated
// or to hold the foreground window (WINBIO_E_... access denied otherwise).
//
// Threading: as FprintScanner — operations block the caller; cancel() may come from any
// thread (WinBioCancel).

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "mws/peripherals/fingerprint_scanner.hpp"

namespace mws::fingerprint {

class WinBioScanner final : public peripherals::FingerprintScanner {
 public:
  WinBioScanner();
  ~WinBioScanner() override;
  WinBioScanner(const WinBioScanner&) = delete;
  WinBioScanner& operator=(const WinBioScanner&) = delete;

  core::Result<std::vector<peripherals::FingerprintDevice>> listDevices() override;
  core::Status open(const std::string& deviceId = {}) override;
  void close() override;
  bool isOpen() const override;
  int enrollStages() const override;

  core::Result<peripherals::FingerCapture> capture(peripherals::FingerPosition finger,
                                                   const peripherals::ScanOptions& options) override;
  core::Result<peripherals::Enrolment> enroll(peripherals::FingerPosition finger,
                                              const peripherals::ScanOptions& options) override;
  core::Result<peripherals::VerifyResult> verify(const peripherals::FingerprintTemplate& stored,
                                                 const peripherals::ScanOptions& options) override;
  core::Result<peripherals::IdentifyResult> identify(
      const std::vector<peripherals::FingerprintTemplate>& gallery,
      const peripherals::ScanOptions& options) override;
  void cancel() override;

 private:
  // One raw sample from the open unit, decoded to a grey image.
  core::Result<peripherals::Frame> captureImage(const peripherals::ScanOptions& options);

  mutable std::mutex m_mutex;
  std::uint32_t m_session = 0;  // WINBIO_SESSION_HANDLE; 0 when closed
  std::uint32_t m_unitId = 0;   // WINBIO_UNIT_ID of the opened unit
  std::atomic<bool> m_busy{false};
  std::atomic<bool> m_cancelled{false};
};

}  // namespace mws::fingerprint
