#include "mws/storage/blob_store.hpp"

#include <Poco/SHA2Engine.h>
#include <soci/soci.h>

namespace mws::storage {

namespace {

// Bytes travel as hex text (decode/encode in SQL): SOCI binds text, not bytea.
std::string toHex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    hex.push_back(kDigits[b >> 4]);
    hex.push_back(kDigits[b & 0x0f]);
  }
  return hex;
}

int nibble(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

std::string fromHex(const std::string& hex) {
  std::string bytes;
  bytes.reserve(hex.size() / 2);
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(static_cast<char>((nibble(hex[i]) << 4) | nibble(hex[i + 1])));
  }
  return bytes;
}

core::Error notFound(const std::string& sha256) {
  return core::makeError("storage.blob_not_found", "no blob with this hash is stored")
      .with("sha256", sha256);
}

}  // namespace

std::string BlobStore::sha256Of(std::string_view bytes) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string BlobStore::putIn(soci::session& sql, std::string_view bytes) {
  const std::string sha256 = sha256Of(bytes);
  const std::string hex = toHex(bytes);
  long long size = static_cast<long long>(bytes.size());
  sql << "INSERT INTO blobs(sha256, bytes, size) VALUES (:h, decode(:b, 'hex'), :s)"
         " ON CONFLICT (sha256) DO NOTHING",
      soci::use(sha256), soci::use(hex), soci::use(size);
  return sha256;
}

core::Result<std::string> BlobStore::put(std::string_view bytes) {
  try {
    return putIn(m_db.session(), bytes);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::string> BlobStore::get(const std::string& sha256) {
  const auto bytes = size(sha256);
  if (!bytes) return bytes.error();
  if (!*bytes) return notFound(sha256);
  return read(sha256, 0, **bytes);
}

core::Result<std::string> BlobStore::read(const std::string& sha256, std::int64_t offset,
                                          std::int64_t length) {
  try {
    std::string hex;
    soci::indicator ind = soci::i_null;
    long long from = offset + 1;  // substring counts from 1
    long long count = length;
    m_db.session() << "SELECT encode(substring(bytes FROM :o FOR :n), 'hex') FROM blobs"
                      " WHERE sha256 = :h",
        soci::use(from), soci::use(count), soci::use(sha256), soci::into(hex, ind);
    if (!m_db.session().got_data() || ind != soci::i_ok) return notFound(sha256);
    return fromHex(hex);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::optional<std::int64_t>> BlobStore::size(const std::string& sha256) {
  try {
    long long bytes = 0;
    m_db.session() << "SELECT size FROM blobs WHERE sha256 = :h", soci::use(sha256),
        soci::into(bytes);
    if (!m_db.session().got_data()) return std::optional<std::int64_t>{};
    return std::optional<std::int64_t>{bytes};
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<bool> BlobStore::has(const std::string& sha256) {
  const auto bytes = size(sha256);
  if (!bytes) return bytes.error();
  return bytes->has_value();
}

}  // namespace mws::storage
