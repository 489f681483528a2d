#pragma once
// mws-central ca sign --csr FILE --unit CODE --dir D: the pilot CA signs a unit's own
// certificate request (made by `mws onboard` on the machine, whose private key never leaves
// it) and writes D/units/CODE.pem.

#include <Poco/Util/AbstractConfiguration.h>

#include <filesystem>
#include <iosfwd>

#include "mws/core/result.hpp"

namespace mws::sync::central {

// Signs the request in `csrFile` as unit `unit`'s client certificate (2 years, clientAuth,
// O = Migration Officer Workstation, OU = mws-unit, CN = unit) with the authority in `dir`.
// ca.bad_unit, ca.missing, ca.bad_request (unreadable, bad signature, or a request whose CN
// is another unit), ca.failed. Returns the certificate's path.
core::Result<std::filesystem::path> signUnitRequest(const std::filesystem::path& dir,
                                                    const std::string& unit,
                                                    const std::filesystem::path& csrFile);

// The command: options bound in `config` as ca.dir, ca.unit, ca.csr. Exit status 0, 64
// usage, 65 a bad request, 73 cannot create.
int runCaSign(const Poco::Util::AbstractConfiguration& config, std::ostream& out,
              std::ostream& err);

}  // namespace mws::sync::central
