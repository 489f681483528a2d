#pragma once
// The core's FingerVerifier (the sign-in's second factor) over a fingerprint scanner: opens
// the scanner when it is closed, runs one 1:1 verify of the account's enrolled finger and
// answers match / no match with the live impression's quality. Also turns an Enrolment into
// the core's EnrolledFinger and back.

#include "mws/core/ports/finger_verifier.hpp"
#include "mws/peripherals/fingerprint_scanner.hpp"

namespace mws::fingerprint {

class ScannerFingerVerifier final : public core::FingerVerifier {
public:
  // `scanner` must outlive the verifier; `options` give the timeout and the quality gate
  // (their progress listener is replaced by the prompt of each verify).
  explicit ScannerFingerVerifier(peripherals::FingerprintScanner& scanner,
                                 peripherals::ScanOptions options = {});

  core::Result<core::FingerVerdict> verify(const core::EnrolledFinger& stored,
                                           const core::FingerPrompt& prompt) override;
  void cancel() override { m_scanner.cancel(); }

private:
  peripherals::FingerprintScanner& m_scanner;
  peripherals::ScanOptions m_options;
};

// "place_finger", "remove_finger", "retry".
std::string promptName(const peripherals::ScanProgress& progress);

core::EnrolledFinger toEnrolledFinger(const peripherals::FingerprintTemplate& print);
// "fingerprint.bad_template" when the finger's name is not one of the ten.
core::Result<peripherals::FingerprintTemplate> toTemplate(const core::EnrolledFinger& finger);

}  // namespace mws::fingerprint
