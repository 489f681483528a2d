#pragma once
// A small certificate authority for pilots and tests: one directory holds the CA's key
// and certificate, the centre's server certificate, and a certificate per unit. Keys are
// ECDSA P-256, certificates SHA-256 signed; key files are written with mode 0600.
//
//   D/ca.pem  D/ca.key          the authority (10 years)
//   D/server.pem  D/server.key  the centre, for the host names and addresses given
//   D/units/U.pem  D/units/U.key  unit U (2 years): CN = U, OU = kUnitCertificateOu

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/result.hpp"

namespace mws::sync::central {

// The organisational unit that marks a unit's client certificate.
inline constexpr std::string_view kUnitCertificateOu = "mws-unit";

struct IssuedFiles {
  std::filesystem::path certificate;
  std::filesystem::path key;
};

// Creates the authority and the centre's certificate (valid for `serverNames`: DNS names
// or IP addresses, e.g. {"127.0.0.1", "localhost"}). ca.already_exists when D/ca.pem
// exists; ca.failed (detail) when a file cannot be written or OpenSSL fails.
core::Result<IssuedFiles> initAuthority(const std::filesystem::path& dir,
                                        const std::vector<std::string>& serverNames);

// Issues (or re-issues) unit U's client certificate, signed by the authority in `dir`.
// ca.bad_unit unless U is an origin code; ca.missing when the authority is absent.
core::Result<IssuedFiles> issueUnitCertificate(const std::filesystem::path& dir,
                                               const std::string& unit);

}  // namespace mws::sync::central
