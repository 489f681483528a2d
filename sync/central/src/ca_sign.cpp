#include "ca_sign.hpp"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>
#include <ostream>

#include "mws/sync/central/cert_authority.hpp"
#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::central {
namespace {

namespace fs = std::filesystem;

struct Deleter {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
  void operator()(X509* p) const { X509_free(p); }
  void operator()(X509_REQ* p) const { X509_REQ_free(p); }
  void operator()(BIGNUM* p) const { BN_free(p); }
  void operator()(FILE* p) const { std::fclose(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter>;
using Cert = std::unique_ptr<X509, Deleter>;
using Request = std::unique_ptr<X509_REQ, Deleter>;
using File = std::unique_ptr<FILE, Deleter>;

constexpr long kDay = 24L * 3600L;
constexpr long kUnitDays = 730;

template <typename T>
std::unique_ptr<T, Deleter> readPem(const fs::path& path, T* (*read)(FILE*, T**, pem_password_cb*, void*)) {
  File file(std::fopen(path.c_str(), "r"));
  if (!file) return nullptr;
  std::unique_ptr<T, Deleter> value(read(file.get(), nullptr, nullptr, nullptr));
  ERR_clear_error();
  return value;
}

core::Error badRequest(const std::string& what) {
  return core::makeError("ca.bad_request", what);
}

std::string commonNameOf(X509_NAME* name) {
  char text[256] = {};
  X509_NAME_get_text_by_NID(name, NID_commonName, text, sizeof text);
  return text;
}

// The request must be signed by the key it carries (proof of possession) and name the unit.
core::Result<Key> checkedPublicKey(X509_REQ* request, const std::string& unit) {
  Key key(X509_REQ_get_pubkey(request));
  if (!key) return badRequest("the request carries no public key");
  if (X509_REQ_verify(request, key.get()) != 1) {
    ERR_clear_error();
    return badRequest("the request's signature does not verify");
  }
  const std::string named = commonNameOf(X509_REQ_get_subject_name(request));
  if (named != unit) return badRequest("the request is for unit '" + named + "', not '" + unit + "'");
  return key;
}

bool setSerialAndValidity(X509* cert) {
  unsigned char serial[16];
  if (RAND_bytes(serial, sizeof serial) != 1) return false;
  serial[0] &= 0x7f;
  std::unique_ptr<BIGNUM, Deleter> bn(BN_bin2bn(serial, sizeof serial, nullptr));
  return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr &&
         X509_set_version(cert, 2) == 1 &&
         X509_gmtime_adj(X509_getm_notBefore(cert), -3600) != nullptr &&
         X509_gmtime_adj(X509_getm_notAfter(cert), kUnitDays * kDay) != nullptr;
}

bool setSubject(X509* cert, const std::string& unit) {
  X509_NAME* name = X509_get_subject_name(cert);
  auto add = [name](const char* field, const std::string& value) {
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(value.c_str()), -1,
                                      -1, 0) == 1;
  };
  return add("O", "Migration Officer Workstation") &&
         add("OU", std::string(kUnitCertificateOu)) && add("CN", unit);
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value) {
  X509V3_CTX ctx;
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
  if (ext == nullptr) return false;
  const bool added = X509_add_ext(cert, ext, -1) == 1;
  X509_EXTENSION_free(ext);
  return added;
}

// The subject comes from --unit, never from the request: the CA decides what it certifies.
Cert buildCertificate(EVP_PKEY* publicKey, const std::string& unit, X509* ca, EVP_PKEY* caKey) {
  Cert cert(X509_new());
  const bool ok = cert && setSerialAndValidity(cert.get()) && setSubject(cert.get(), unit) &&
                  X509_set_issuer_name(cert.get(), X509_get_subject_name(ca)) == 1 &&
                  X509_set_pubkey(cert.get(), publicKey) == 1 &&
                  addExtension(cert.get(), ca, NID_basic_constraints, "critical,CA:FALSE") &&
                  addExtension(cert.get(), ca, NID_ext_key_usage, "clientAuth") &&
                  X509_sign(cert.get(), caKey, EVP_sha256()) != 0;
  ERR_clear_error();
  return ok ? std::move(cert) : nullptr;
}

}  // namespace

core::Result<fs::path> signUnitRequest(const fs::path& dir, const std::string& unit,
                                       const fs::path& csrFile) {
  if (!protocol::isValidOrigin(unit)) {
    return core::makeError("ca.bad_unit", "a unit code is 1-64 characters of A-Z a-z 0-9 - _ .")
        .with("unit", unit);
  }
  const auto ca = readPem<X509>(dir / "ca.pem", PEM_read_X509);
  const auto caKey = readPem<EVP_PKEY>(dir / "ca.key", PEM_read_PrivateKey);
  if (!ca || !caKey) return core::makeError("ca.missing", "no authority in " + dir.string());
  const auto request = readPem<X509_REQ>(csrFile, PEM_read_X509_REQ);
  if (!request) return badRequest("no PEM certificate request in " + csrFile.string());
  auto publicKey = checkedPublicKey(request.get(), unit);
  if (!publicKey) return publicKey.error();
  const Cert cert = buildCertificate(publicKey->get(), unit, ca.get(), caKey.get());
  if (!cert) return core::makeError("ca.failed", "cannot sign the certificate of " + unit);
  std::error_code ec;
  fs::create_directories(dir / "units", ec);
  const fs::path out = dir / "units" / (unit + ".pem");
  File file(std::fopen(out.c_str(), "w"));
  if (!file || PEM_write_X509(file.get(), cert.get()) != 1) {
    return core::makeError("ca.failed", "cannot write " + out.string());
  }
  return out;
}

int runCaSign(const Poco::Util::AbstractConfiguration& config, std::ostream& out,
              std::ostream& err) {
  const std::string dir = config.getString("ca.dir", "");
  const std::string unit = config.getString("ca.unit", "");
  const std::string csr = config.getString("ca.csr", "");
  if (dir.empty() || unit.empty() || csr.empty()) {
    err << "usage: mws-central ca sign --csr FILE --unit U --dir D\n";
    return 64;
  }
  const auto signedFile = signUnitRequest(dir, unit, csr);
  if (!signedFile) {
    err << "mws-central: " << signedFile.error().code << ": " << signedFile.error().detail << "\n";
    return signedFile.error().code == "ca.bad_request" || signedFile.error().code == "ca.bad_unit" ? 65 : 73;
  }
  out << signedFile->string() << "\n";
  return 0;
}

}  // namespace mws::sync::central
