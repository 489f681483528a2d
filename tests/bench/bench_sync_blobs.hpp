#pragma once
// Blob upload rate over mutual TLS on loopback (`bench_sync blobs [cases=100]`): a unit
// database whose outbox holds cases that reference blobs in its BlobStore, mws::central on
// its own database, and the sync agent's drainOnce() uploading every blob in 256 KiB chunks
// (one HTTPS request on a fresh TLS connection each, plus one status request per blob)
// before pushing the cases. Two mixes: large document scans, and a busy unit's cases (a
// portrait and ten fingerprints each).

#include <soci/soci.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>

#include "bench_stats.hpp"
#include "mws/storage/blob_store.hpp"
#include "mws/storage/outbox.hpp"
#include "mws/sync/central/cert_authority.hpp"
#include "mws/sync/central/central_server.hpp"
#include "mws/sync/client/sync_agent.hpp"
#include "mws/test/pg_cluster.hpp"

namespace mws::bench::blobs {

struct Mix {
  const char* name;
  long long cases;
  std::size_t photoBytes;
  int prints;
  std::size_t printBytes;
};

inline std::string randomBlob(std::mt19937_64& random, std::size_t size) {
  std::string bytes(size, '\0');
  for (auto& c : bytes) c = static_cast<char>(random() & 0xff);
  return bytes;
}

// Cases that each reference their own blobs; returns the blob bytes stored.
inline long long fillUnit(storage::Database& db, const Mix& mix) {
  std::mt19937_64 random(42);
  long long bytes = 0;
  for (long long i = 0; i < mix.cases; ++i) {
    soci::transaction tx(db.session());
    const std::string photo = storage::BlobStore::putIn(db.session(), randomBlob(random, mix.photoBytes));
    std::string prints;
    for (int p = 0; p < mix.prints; ++p) {
      prints += (p ? ",\"" : "\"") +
                storage::BlobStore::putIn(db.session(), randomBlob(random, mix.printBytes)) + "\"";
    }
    char id[64];
    std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012llx", i + 1);
    storage::Outbox::append(db.session(), "case", id, "submit",
                            std::string(R"({"id":")") + id + R"(","unit":"BENCH-1","state":"submitted",)"
                            R"("version":1,"payload":{"biometrics":{"photo_sha256":")" + photo +
                                R"(","fingerprint_sha256":[)" + prints + "]}}}");
    tx.commit();
    bytes += static_cast<long long>(mix.photoBytes + mix.prints * mix.printBytes);
  }
  return bytes;
}

inline sync::client::AgentOptions agentFor(const std::string& dsn, std::uint16_t port,
                                           const std::filesystem::path& pki) {
  sync::client::AgentOptions options;
  options.dsn = dsn;
  options.centralUrl = "https://127.0.0.1:" + std::to_string(port);
  options.origin = {"BENCH-1", "counter-1"};
  const auto files = sync::central::issueUnitCertificate(pki, "BENCH-1");
  options.client.caFile = (pki / "ca.pem").string();
  options.client.certificateFile = files ? files->certificate.string() : "";
  options.client.privateKeyFile = files ? files->key.string() : "";
  return options;
}

// One mix on a fresh unit and centre database; prints one table row.
inline bool runMix(test::PgTestCluster& cluster, const std::filesystem::path& pki, const Mix& mix) {
  auto unit = storage::Database::connect(cluster.cluster().dsn(cluster.createDatabase()));
  if (!unit) return false;
  const long long bytes = fillUnit(**unit, mix);
  const std::string central = std::string("bench_blobs_") + mix.name;
  if (!cluster.cluster().createDatabase(central)) return false;
  sync::central::ServerOptions options;
  options.port = 0;
  options.dsn = cluster.cluster().dsn(central);
  options.tls = {(pki / "server.pem").string(), (pki / "server.key").string(),
                 (pki / "ca.pem").string()};
  sync::central::CentralServer server(options);
  if (!server.start()) return false;
  sync::client::SyncAgent agent(agentFor((*unit)->dsn(), server.port(), pki));
  Stopwatch watch;
  const auto drained = agent.drainOnce();
  const double seconds = watch.elapsedMs() / 1000.0;
  if (!drained) {
    std::fprintf(stderr, "bench_sync blobs: %s %s\n", drained.error().code.c_str(),
                 drained.error().detail.c_str());
    return false;
  }
  std::printf("| %s | %lld | %lld | %.1f | %.2f | %.1f | %.0f |\n", mix.name, static_cast<long long>(drained->pushed),
              static_cast<long long>(drained->blobsUploaded), static_cast<double>(bytes) / 1e6, seconds,
              static_cast<double>(drained->blobBytesSent) / 1e6 / seconds,
              static_cast<double>(drained->pushed) / seconds);
  return true;
}

inline int run(long long cases) {
  // Blobs are sealed at rest: this process holds one random installation key.
  std::random_device device;
  storage::BlobKey key;
  for (auto& b : key.bytes) b = static_cast<unsigned char>(device() & 0xff);
  storage::BlobStore::installKey(key);
  auto& cluster = test::PgTestCluster::instance();
  const auto pki = std::filesystem::temp_directory_path() / ("mws-bench-blobs-" + std::to_string(::getpid()));
  if (!sync::central::initAuthority(pki, {"127.0.0.1"})) return 1;
  std::printf("| mix | cases | blobs | MB | seconds | blob MB/s | cases/s |\n|---|---|---|---|---|---|---|\n");
  const Mix scans{"scans_4MiB", cases / 5 > 0 ? cases / 5 : 1, 4 * 1024 * 1024, 0, 0};
  const Mix busy{"portrait_400KB_10x25KB", cases, 400 * 1000, 10, 25 * 1000};
  const bool ok = runMix(cluster, pki, scans) && runMix(cluster, pki, busy);
  std::error_code ec;
  std::filesystem::remove_all(pki, ec);
  return ok ? 0 : 1;
}

}  // namespace mws::bench::blobs
