#include "mws/fingerprint/scanner_finger_verifier.hpp"

namespace mws::fingerprint {

ScannerFingerVerifier::ScannerFingerVerifier(peripherals::FingerprintScanner& scanner,
                                             peripherals::ScanOptions options)
    : m_scanner(scanner), m_options(std::move(options)) {}

std::string promptName(const peripherals::ScanProgress& progress) {
  switch (progress.prompt) {
    case peripherals::ScanPrompt::PlaceFinger: return "place_finger";
    case peripherals::ScanPrompt::RemoveFinger: return "remove_finger";
    case peripherals::ScanPrompt::Retry: return "retry";
  }
  return "place_finger";
}

core::EnrolledFinger toEnrolledFinger(const peripherals::FingerprintTemplate& print) {
  return {std::string(peripherals::fingerName(print.finger)), print.driver,
          std::string(print.data.begin(), print.data.end())};
}

core::Result<peripherals::FingerprintTemplate> toTemplate(const core::EnrolledFinger& finger) {
  const auto position = peripherals::parseFinger(finger.finger);
  if (!position) return core::makeError("fingerprint.bad_template", "an unknown finger name");
  return peripherals::FingerprintTemplate{
      *position, finger.driver, std::vector<std::uint8_t>(finger.data.begin(), finger.data.end())};
}

core::Result<core::FingerVerdict> ScannerFingerVerifier::verify(const core::EnrolledFinger& stored,
                                                                const core::FingerPrompt& prompt) {
  auto print = toTemplate(stored);
  if (!print) return print.error();
  if (!m_scanner.isOpen()) {
    if (auto opened = m_scanner.open(); !opened) return opened.error();
  }
  peripherals::ScanOptions options = m_options;
  options.progress = [prompt](const peripherals::ScanProgress& progress) {
    if (prompt) prompt(promptName(progress));
  };
  auto verdict = m_scanner.verify(*print, options);
  if (!verdict) return verdict.error();
  return core::FingerVerdict{verdict->match, verdict->quality.score};
}

}  // namespace mws::fingerprint
