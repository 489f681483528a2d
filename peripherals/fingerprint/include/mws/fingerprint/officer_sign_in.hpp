#pragma once
// Officer biometric sign-in (issue 6): which of the unit's enrolled officers is on the
// scanner? One identify() over the gallery of their templates; an officer may have several
// fingers enrolled (one entry each). The result names the officer, or nobody.
//
// Errors: the scanner's own, and
//   fingerprint.empty_gallery  no officer has a template; nothing was scanned

#include <optional>
#include <string>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/peripherals/fingerprint_scanner.hpp"

namespace mws::fingerprint {

struct OfficerTemplate {
  std::string officerId;
  peripherals::FingerprintTemplate print;
};

struct OfficerIdentification {
  std::optional<std::string> officerId;  // empty: the finger matched no officer
  peripherals::FingerprintQuality quality;
  int retries = 0;
};

// Blocks while the finger is scanned (call from a worker); `scanner` must be open.
core::Result<OfficerIdentification> identifyOfficer(peripherals::FingerprintScanner& scanner,
                                                    const std::vector<OfficerTemplate>& gallery,
                                                    const peripherals::ScanOptions& options = {});

}  // namespace mws::fingerprint
