#pragma once
// The machine's identity towards the centre (OpenSSL): its key pair, the certificate request
// `mws onboard` sends to the centre's CA, and the checks `mws onboard --install-cert` and
// `mws doctor` make on the certificate the CA issued. Errors carry paths, never key bytes.

#include <filesystem>
#include <string>

#include "mws/core/result.hpp"

namespace mws::cli {

struct CertificateFacts {
  std::string commonName;      // the unit code for a unit certificate
  std::string notAfter;        // "2028-11-21 19:50:00 UTC"
  long daysLeft = 0;           // whole days until notAfter (negative once expired)
  bool notYetValid = false;
};

// cert.unreadable (param "file") when the file holds no PEM certificate.
core::Result<CertificateFacts> readCertificate(const std::filesystem::path& certFile);

// cert.key_unreadable (param "file"), cert.key_mismatch when the key is not the one the
// certificate was issued for.
core::Status checkKeyMatches(const std::filesystem::path& certFile,
                             const std::filesystem::path& keyFile);

// cert.ca_unreadable (param "file"), cert.not_issued_by_ca (detail: OpenSSL's reason) when
// the certificate does not verify against the CA file (chain, signature, validity, purpose).
core::Status checkIssuedBy(const std::filesystem::path& certFile,
                           const std::filesystem::path& caFile);

// A new ECDSA P-256 key (written with mode 0600) and a SHA-256 signed request for it with
// O = Migration Officer Workstation, OU = mws-unit, CN = unit. cert.failed (detail) when a
// file cannot be written; nothing is left half-written.
core::Status makeKeyAndRequest(const std::string& unit, const std::filesystem::path& keyFile,
                               const std::filesystem::path& requestFile);

// A unit code the centre accepts: 2-32 characters of A-Z, 0-9 and '-'.
bool isUnitCode(const std::string& code);

}  // namespace mws::cli
