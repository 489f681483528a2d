#include "mws/storage/blob_store.hpp"

#include <Poco/SHA2Engine.h>
#include <soci/soci.h>
#include <sodium.h>

#include <mutex>
#include <stdexcept>

#include "sealing.hpp"

namespace mws::storage {

namespace {

using sealing::fromHex;
using sealing::seal;
using sealing::toHex;
using sealing::unseal;

std::mutex& keyMutex() {
  static std::mutex mutex;
  return mutex;
}

std::optional<BlobKey>& installedKey() {
  static std::optional<BlobKey> key;
  return key;
}

std::optional<BlobKey> currentKey() {
  std::lock_guard lock(keyMutex());
  return installedKey();
}

const unsigned char* bytesOf(std::string_view text) {
  return reinterpret_cast<const unsigned char*>(text.data());
}

core::Error keyMissing() {
  return core::makeError("storage.blob_key_missing", "no blob key is installed");
}

core::Error corrupt(const std::string& sha256) {
  return core::makeError("storage.blob_corrupt", "the blob's seal does not open")
      .with("sha256", sha256);
}

core::Error sent(const std::string& sha256) {
  return core::makeError("storage.blob_sent",
                         "the blob was sealed to the centre when it was sent; this workstation "
                         "cannot read it back")
      .with("sha256", sha256);
}

bool isHexKey(const std::string& key) {
  if (key.size() != 2 * crypto_box_PUBLICKEYBYTES) return false;
  for (const char c : key) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
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

BlobStore::BlobStore(Database& db) : m_db(db), m_key(currentKey()) {}

void BlobStore::installKey(const BlobKey& key) {
  std::lock_guard lock(keyMutex());
  installedKey() = key;
}

std::optional<BlobKey> BlobStore::sharedKey() { return currentKey(); }

std::string BlobStore::putIn(soci::session& sql, std::string_view bytes) {
  const auto key = currentKey();
  if (!key) throw std::runtime_error("no blob key is installed");
  return putIn(sql, *key, bytes);
}

// A row written before encryption (sealed = false) is replaced by its sealed form.
std::string BlobStore::putIn(soci::session& sql, const BlobKey& key, std::string_view bytes) {
  const std::string sha256 = sha256Of(bytes);
  const std::string hex = toHex(seal(key, sha256, bytes));
  long long size = static_cast<long long>(bytes.size());
  sql << "INSERT INTO blobs(sha256, bytes, size, sealed) VALUES (:h, decode(:b, 'hex'), :s, true)"
         " ON CONFLICT (sha256) DO UPDATE SET bytes = EXCLUDED.bytes, sealed = true"
         " WHERE NOT blobs.sealed",
      soci::use(sha256), soci::use(hex), soci::use(size);
  return sha256;
}

core::Result<std::string> BlobStore::put(std::string_view bytes) {
  if (!m_key) return keyMissing();
  try {
    return putIn(m_db.session(), *m_key, bytes);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::string> BlobStore::open(const std::string& sha256) {
  if (!m_key) return keyMissing();
  try {
    std::string hex;
    int sealed = 0;
    int toCentre = 0;
    soci::indicator ind = soci::i_null;
    m_db.session() << "SELECT encode(bytes, 'hex'), sealed::int, (bytes IS NULL)::int"
                      " FROM blobs WHERE sha256 = :h",
        soci::use(sha256), soci::into(hex, ind), soci::into(sealed), soci::into(toCentre);
    if (!m_db.session().got_data()) return notFound(sha256);
    if (toCentre || ind != soci::i_ok) return sent(sha256);
    if (!sealed) return fromHex(hex);
    auto plain = unseal(*m_key, sha256, fromHex(hex));
    if (!plain) return corrupt(sha256);
    return std::move(*plain);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::string> BlobStore::get(const std::string& sha256) { return open(sha256); }

// Opens the whole seal (authenticated as a whole) and hands out the asked range.
core::Result<std::string> BlobStore::read(const std::string& sha256, std::int64_t offset,
                                          std::int64_t length) {
  auto plain = open(sha256);
  if (!plain) return plain.error();
  if (offset < 0 || length < 0 || static_cast<std::size_t>(offset) >= plain->size()) {
    return std::string();
  }
  return plain->substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(length));
}

core::Result<std::string> BlobStore::sealTo(const std::string& centreKey, std::string_view plain) {
  if (!isHexKey(centreKey)) {
    return core::makeError("storage.bad_centre_key", "the centre's key is not 64 hex digits");
  }
  if (sodium_init() < 0) return core::makeError("storage.crypto_failed", "libsodium cannot start");
  const std::string key = fromHex(centreKey);
  std::string box(plain.size() + crypto_box_SEALBYTES, '\0');
  crypto_box_seal(reinterpret_cast<unsigned char*>(box.data()), bytesOf(plain), plain.size(),
                  bytesOf(key));
  return box;
}

core::Result<std::int64_t> BlobStore::sealForCentre(const std::string& sha256,
                                                    const std::string& centreKey) {
  if (!isHexKey(centreKey)) {
    return core::makeError("storage.bad_centre_key", "the centre's key is not 64 hex digits");
  }
  try {
    soci::transaction tx(m_db.session());
    std::string current;
    soci::indicator ind = soci::i_null;
    long long stored = 0;
    m_db.session() << "SELECT centre_key, coalesce(length(centre_bytes), 0) FROM blobs"
                      " WHERE sha256 = :h FOR UPDATE",
        soci::use(sha256), soci::into(current, ind), soci::into(stored);
    if (!m_db.session().got_data()) return notFound(sha256);
    if (ind == soci::i_ok && current == centreKey) return static_cast<std::int64_t>(stored);
    if (ind == soci::i_ok) {
      return core::makeError("storage.blob_sealed_elsewhere",
                             "the blob is sealed to another centre key")
          .with("sha256", sha256)
          .with("centre_key", current);
    }
    auto plain = open(sha256);
    if (!plain) return plain.error();
    auto box = sealTo(centreKey, *plain);
    if (!box) return box.error();
    const std::string hex = toHex(*box);
    m_db.session() << "UPDATE blobs SET centre_bytes = decode(:b, 'hex'), centre_key = :k,"
                      " sent_at = now() WHERE sha256 = :h",
        soci::use(hex), soci::use(centreKey), soci::use(sha256);
    tx.commit();
    return static_cast<std::int64_t>(box->size());
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::string> BlobStore::readSealed(const std::string& sha256,
                                                const std::string& centreKey,
                                                std::int64_t offset, std::int64_t length) {
  try {
    std::string hex;
    soci::indicator ind = soci::i_null;
    long long from = offset + 1;
    long long count = length;
    m_db.session() << "SELECT encode(substring(centre_bytes FROM :o FOR :n), 'hex') FROM blobs"
                      " WHERE sha256 = :h AND centre_key = :k",
        soci::use(from), soci::use(count), soci::use(sha256), soci::use(centreKey),
        soci::into(hex, ind);
    if (!m_db.session().got_data() || ind != soci::i_ok) return notFound(sha256);
    return fromHex(hex);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::int64_t> BlobStore::dropReadableSentBefore(
    std::chrono::system_clock::time_point cutoff) {
  try {
    const std::string at = std::to_string(
        std::chrono::duration_cast<std::chrono::microseconds>(cutoff.time_since_epoch()).count());
    soci::statement st = (m_db.session().prepare
        << "UPDATE blobs SET bytes = NULL WHERE bytes IS NOT NULL AND centre_bytes IS NOT NULL"
           " AND sent_at <= to_timestamp(CAST(:t AS double precision) / 1e6)",
        soci::use(at));
    st.execute(true);
    return static_cast<std::int64_t>(st.get_affected_rows());
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
