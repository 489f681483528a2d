#include "unit_certificate.hpp"

#include <fcntl.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <memory>

namespace mws::cli {
namespace {

namespace fs = std::filesystem;

struct Deleter {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
  void operator()(X509* p) const { X509_free(p); }
  void operator()(X509_REQ* p) const { X509_REQ_free(p); }
  void operator()(X509_STORE* p) const { X509_STORE_free(p); }
  void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
  void operator()(FILE* p) const { std::fclose(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter>;
using Cert = std::unique_ptr<X509, Deleter>;
using Request = std::unique_ptr<X509_REQ, Deleter>;
using File = std::unique_ptr<FILE, Deleter>;

Cert loadCertificate(const fs::path& path) {
  File file(std::fopen(path.c_str(), "r"));
  if (!file) return nullptr;
  return Cert(PEM_read_X509(file.get(), nullptr, nullptr, nullptr));
}

Key loadKey(const fs::path& path) {
  File file(std::fopen(path.c_str(), "r"));
  if (!file) return nullptr;
  return Key(PEM_read_PrivateKey(file.get(), nullptr, nullptr, nullptr));
}

std::string commonNameOf(X509* cert) {
  char name[256] = {};
  X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, name, sizeof name);
  return name;
}

std::string timeText(const ASN1_TIME* at) {
  std::tm tm{};
  if (ASN1_TIME_to_tm(at, &tm) != 1) return "?";
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S UTC", &tm);
  return text;
}

std::string openSslReason() {
  const unsigned long code = ERR_get_error();
  char text[256] = "unknown OpenSSL error";
  if (code != 0) ERR_error_string_n(code, text, sizeof text);
  ERR_clear_error();
  return text;
}

core::Error failed(const std::string& what) {
  return core::makeError("cert.failed", what + ": " + openSslReason());
}

// Writes `write(FILE*)` to a new file at `path` created with `mode` (no window where the
// key is readable by others); removes it when writing fails.
bool writeNew(const fs::path& path, mode_t mode, auto write) {
  ::unlink(path.c_str());
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, mode);
  if (fd < 0) return false;
  File file(::fdopen(fd, "w"));
  if (!file) {
    ::close(fd);
    return false;
  }
  const bool ok = write(file.get()) == 1 && std::fflush(file.get()) == 0;
  file.reset();
  if (!ok) ::unlink(path.c_str());
  return ok;
}

bool setSubject(X509_NAME* name, const std::string& unit) {
  auto add = [name](const char* field, const std::string& value) {
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(value.c_str()), -1,
                                      -1, 0) == 1;
  };
  return add("O", "Migration Officer Workstation") && add("OU", "mws-unit") && add("CN", unit);
}

}  // namespace

core::Result<CertificateFacts> readCertificate(const fs::path& certFile) {
  const Cert cert = loadCertificate(certFile);
  if (!cert) {
    ERR_clear_error();
    return core::makeError("cert.unreadable", "no PEM certificate in " + certFile.string())
        .with("file", certFile.string());
  }
  CertificateFacts facts;
  facts.commonName = commonNameOf(cert.get());
  facts.notAfter = timeText(X509_get0_notAfter(cert.get()));
  int days = 0, seconds = 0;
  if (ASN1_TIME_diff(&days, &seconds, nullptr, X509_get0_notAfter(cert.get())) == 1) {
    facts.daysLeft = days;
    if (days == 0 && seconds < 0) facts.daysLeft = -1;
  }
  facts.notYetValid = X509_cmp_current_time(X509_get0_notBefore(cert.get())) > 0;
  return facts;
}

core::Status checkKeyMatches(const fs::path& certFile, const fs::path& keyFile) {
  const Cert cert = loadCertificate(certFile);
  if (!cert) return core::makeError("cert.unreadable").with("file", certFile.string());
  const Key key = loadKey(keyFile);
  if (!key) {
    ERR_clear_error();
    return core::makeError("cert.key_unreadable", "no PEM private key in " + keyFile.string())
        .with("file", keyFile.string());
  }
  if (X509_check_private_key(cert.get(), key.get()) != 1) {
    ERR_clear_error();
    return core::makeError("cert.key_mismatch",
                           certFile.string() + " was not issued for the key " + keyFile.string());
  }
  return core::success();
}

core::Status checkIssuedBy(const fs::path& certFile, const fs::path& caFile) {
  const Cert cert = loadCertificate(certFile);
  if (!cert) return core::makeError("cert.unreadable").with("file", certFile.string());
  std::unique_ptr<X509_STORE, Deleter> store(X509_STORE_new());
  if (!store || X509_STORE_load_file(store.get(), caFile.c_str()) != 1) {
    ERR_clear_error();
    return core::makeError("cert.ca_unreadable", "no CA certificate in " + caFile.string())
        .with("file", caFile.string());
  }
  std::unique_ptr<X509_STORE_CTX, Deleter> ctx(X509_STORE_CTX_new());
  if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), cert.get(), nullptr) != 1) {
    return failed("cannot set up the verification");
  }
  X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_CLIENT);
  if (X509_verify_cert(ctx.get()) != 1) {
    const int why = X509_STORE_CTX_get_error(ctx.get());
    ERR_clear_error();
    return core::makeError("cert.not_issued_by_ca", X509_verify_cert_error_string(why))
        .with("ca", caFile.string());
  }
  return core::success();
}

core::Status makeKeyAndRequest(const std::string& unit, const fs::path& keyFile,
                               const fs::path& requestFile) {
  Key key(EVP_EC_gen("P-256"));
  Request request(X509_REQ_new());
  if (!key || !request) return failed("cannot generate the key");
  const bool built = X509_REQ_set_version(request.get(), 0) == 1 &&
                     setSubject(X509_REQ_get_subject_name(request.get()), unit) &&
                     X509_REQ_set_pubkey(request.get(), key.get()) == 1 &&
                     X509_REQ_sign(request.get(), key.get(), EVP_sha256()) > 0;
  if (!built) return failed("cannot build the certificate request");
  std::error_code ec;
  fs::create_directories(keyFile.parent_path(), ec);
  fs::create_directories(requestFile.parent_path(), ec);
  const bool keyWritten = writeNew(keyFile, 0600, [&](FILE* f) {
    return PEM_write_PrivateKey(f, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
  });
  if (!keyWritten) return failed("cannot write " + keyFile.string());
  const bool requestWritten = writeNew(requestFile, 0644, [&](FILE* f) {
    return PEM_write_X509_REQ(f, request.get());
  });
  if (!requestWritten) {
    ::unlink(keyFile.c_str());
    return failed("cannot write " + requestFile.string());
  }
  return core::success();
}

bool isUnitCode(const std::string& code) {
  if (code.size() < 2 || code.size() > 32) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

}  // namespace mws::cli
