#include "mws/fingerprint/officer_sign_in.hpp"

namespace mws::fingerprint {

core::Result<OfficerIdentification> identifyOfficer(peripherals::FingerprintScanner& scanner,
                                                    const std::vector<OfficerTemplate>& gallery,
                                                    const peripherals::ScanOptions& options) {
  if (gallery.empty()) return core::makeError("fingerprint.empty_gallery");
  std::vector<peripherals::FingerprintTemplate> prints;
  prints.reserve(gallery.size());
  for (const auto& officer : gallery) prints.push_back(officer.print);
  auto found = scanner.identify(prints, options);
  if (!found.ok()) return found.error();
  OfficerIdentification identification{std::nullopt, found->quality, found->retries};
  if (found->matchIndex) {
    if (*found->matchIndex >= gallery.size()) {
      return core::makeError("fingerprint.device_error", "identify matched outside the gallery");
    }
    identification.officerId = gallery[*found->matchIndex].officerId;
  }
  return identification;
}

}  // namespace mws::fingerprint
