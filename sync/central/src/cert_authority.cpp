#include "mws/sync/central/cert_authority.hpp"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <cstdio>
#include <memory>

#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::central {

namespace {

namespace fs = std::filesystem;

struct Deleter {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
  void operator()(X509* p) const { X509_free(p); }
  void operator()(FILE* p) const { std::fclose(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter>;
using Cert = std::unique_ptr<X509, Deleter>;
using File = std::unique_ptr<FILE, Deleter>;

constexpr long kDay = 24L * 3600L;

core::Error failed(const std::string& what) {
  return core::makeError("ca.failed", what);
}

struct Subject {
  std::string commonName;
  std::string unit;  // the OU; empty for the CA and the server
};

bool addExtension(X509* cert, X509* issuer, int nid, const std::string& value) {
  X509V3_CTX ctx;
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
  if (ext == nullptr) return false;
  const bool added = X509_add_ext(cert, ext, -1) == 1;
  X509_EXTENSION_free(ext);
  return added;
}

bool setName(X509* cert, const Subject& subject) {
  X509_NAME* name = X509_get_subject_name(cert);
  auto add = [name](const char* field, const std::string& value) {
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(value.c_str()), -1, -1,
                                      0) == 1;
  };
  if (!add("O", "Migration Officer Workstation")) return false;
  if (!subject.unit.empty() && !add("OU", subject.unit)) return false;
  return add("CN", subject.commonName);
}

// A certificate for `key`, with its validity, serial and name; the issuer is set later.
Cert newCertificate(EVP_PKEY* key, const Subject& subject, long days) {
  Cert cert(X509_new());
  unsigned char serial[16];
  if (!cert || RAND_bytes(serial, sizeof serial) != 1) return nullptr;
  serial[0] &= 0x7f;  // positive
  BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
  const bool ok = bn != nullptr && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get())) &&
                  X509_set_version(cert.get(), 2) == 1 &&
                  X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) != nullptr &&
                  X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * kDay) != nullptr &&
                  X509_set_pubkey(cert.get(), key) == 1 && setName(cert.get(), subject);
  BN_free(bn);
  return ok ? std::move(cert) : nullptr;
}

bool writePem(const fs::path& path, bool secret, auto write) {
  File file(std::fopen(path.c_str(), "w"));
  if (!file) return false;
  if (secret) ::chmod(path.c_str(), 0600);
  return write(file.get()) == 1;
}

core::Status save(const fs::path& certPath, const fs::path& keyPath, X509* cert, EVP_PKEY* key) {
  const bool keyOk = writePem(keyPath, true, [key](FILE* f) {
    return PEM_write_PrivateKey(f, key, nullptr, nullptr, 0, nullptr, nullptr);
  });
  const bool certOk = keyOk && writePem(certPath, false, [cert](FILE* f) {
                        return PEM_write_X509(f, cert);
                      });
  if (!certOk) return failed("cannot write " + certPath.string() + " or " + keyPath.string());
  return core::success();
}

// Signs a new certificate for a new key: self-signed when `issuer` is null.
using Extensions = std::vector<std::pair<int, std::string>>;

core::Status issue(const Subject& subject, long days, const Extensions& extensions, X509* issuer, EVP_PKEY* issuerKey, const IssuedFiles& out) {
  Key key(EVP_EC_gen("P-256"));
  if (!key) return failed("cannot generate a key");
  Cert cert = newCertificate(key.get(), subject, days);
  if (!cert) return failed("cannot build the certificate of " + subject.commonName);
  X509* signer = issuer != nullptr ? issuer : cert.get();
  if (X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) != 1) {
    return failed("cannot set the issuer");
  }
  for (const auto& [nid, value] : extensions) {
    if (!addExtension(cert.get(), signer, nid, value)) return failed("bad extension " + value);
  }
  EVP_PKEY* signingKey = issuerKey != nullptr ? issuerKey : key.get();
  if (X509_sign(cert.get(), signingKey, EVP_sha256()) == 0) return failed("cannot sign");
  return save(out.certificate, out.key, cert.get(), key.get());
}

std::string altNames(const std::vector<std::string>& names) {
  std::string text;
  for (const auto& name : names) {
    if (!text.empty()) text.push_back(',');
    const bool ip = name.find_first_not_of("0123456789.") == std::string::npos ||
                    name.find(':') != std::string::npos;
    text.append(ip ? "IP:" : "DNS:").append(name);
  }
  return text;
}

template <typename T, typename Read>
std::unique_ptr<T, Deleter> readPem(const fs::path& path, Read read) {
  File file(std::fopen(path.c_str(), "r"));
  if (!file) return nullptr;
  return std::unique_ptr<T, Deleter>(read(file.get(), nullptr, nullptr, nullptr));
}

}  // namespace

core::Result<IssuedFiles> initAuthority(const fs::path& dir, const std::vector<std::string>& serverNames) {
  if (fs::exists(dir / "ca.pem")) {
    return core::makeError("ca.already_exists", (dir / "ca.pem").string() + " exists");
  }
  if (serverNames.empty()) return failed("the server certificate needs a name");
  std::error_code ec;
  fs::create_directories(dir / "units", ec);
  if (ec) return failed("cannot create " + dir.string() + ": " + ec.message());
  const IssuedFiles ca{dir / "ca.pem", dir / "ca.key"};
  if (auto made = issue({"mws pilot CA", {}}, 3650,
                        {{NID_basic_constraints, "critical,CA:TRUE"},
                         {NID_key_usage, "critical,keyCertSign,cRLSign"}},
                        nullptr, nullptr, ca);
      !made) {
    return made.error();
  }
  const auto caCert = readPem<X509>(ca.certificate, PEM_read_X509);
  const auto caKey = readPem<EVP_PKEY>(ca.key, PEM_read_PrivateKey);
  if (!caCert || !caKey) return failed("cannot read back the authority");
  const IssuedFiles server{dir / "server.pem", dir / "server.key"};
  if (auto made = issue({serverNames.front(), {}}, 825,
                        {{NID_basic_constraints, "critical,CA:FALSE"},
                         {NID_ext_key_usage, "serverAuth"},
                         {NID_subject_alt_name, altNames(serverNames)}},
                        caCert.get(), caKey.get(), server);
      !made) {
    return made.error();
  }
  return ca;
}

core::Result<IssuedFiles> issueUnitCertificate(const fs::path& dir, const std::string& unit) {
  if (!protocol::isValidOrigin(unit)) {
    return core::makeError("ca.bad_unit", "a unit code is 1-64 characters of A-Z a-z 0-9 - _ .")
        .with("unit", unit);
  }
  const auto caCert = readPem<X509>(dir / "ca.pem", PEM_read_X509);
  const auto caKey = readPem<EVP_PKEY>(dir / "ca.key", PEM_read_PrivateKey);
  if (!caCert || !caKey) return core::makeError("ca.missing", "no authority in " + dir.string());
  std::error_code ec;
  fs::create_directories(dir / "units", ec);
  const IssuedFiles files{dir / "units" / (unit + ".pem"), dir / "units" / (unit + ".key")};
  if (auto made = issue({unit, std::string(kUnitCertificateOu)}, 730,
                        {{NID_basic_constraints, "critical,CA:FALSE"},
                         {NID_ext_key_usage, "clientAuth"}},
                        caCert.get(), caKey.get(), files);
      !made) {
    return made.error();
  }
  return files;
}

}  // namespace mws::sync::central
