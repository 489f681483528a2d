#pragma once
// A five-day offline backlog of a busy unit (`bench_sync backlog [days=5] [per_day=400]
// [photo_kb=60] [print_kb=20]`): the counters work offline for `days` days, `per_day` cases
// a day, each with a portrait and ten fingerprints stored in the unit's BlobStore (sealed at
// rest); then the centre comes back and the sync agent drains it: every blob sealed to the
// centre's key and uploaded in chunks over one kept-alive mutual-TLS connection, then the
// cases. Timed: filling the backlog, and the drain from the first hello to the last
// acknowledgement. Reuses the mix helpers of bench_sync_blobs.hpp.

#include "bench_sync_blobs.hpp"

namespace mws::bench::backlog {

struct Shape {
  long long days = 5;
  long long perDay = 400;
  std::size_t photoBytes = 60 * 1000;
  std::size_t printBytes = 20 * 1000;
};

inline int run(const Shape& shape) {
  std::random_device device;
  storage::BlobKey key;
  for (auto& b : key.bytes) b = static_cast<unsigned char>(device() & 0xff);
  storage::BlobStore::installKey(key);
  auto& cluster = test::PgTestCluster::instance();
  const auto pki = std::filesystem::temp_directory_path() /
                   ("mws-bench-backlog-" + std::to_string(::getpid()));
  if (!sync::central::initAuthority(pki, {"127.0.0.1"})) return 1;
  auto unit = storage::Database::connect(cluster.cluster().dsn(cluster.createDatabase()));
  if (!unit) return 1;
  const blobs::Mix mix{"backlog", shape.days * shape.perDay, shape.photoBytes, 10, shape.printBytes};
  Stopwatch fill;
  const long long bytes = blobs::fillUnit(**unit, mix);  // offline: no centre yet
  const double fillSeconds = fill.elapsedMs() / 1000.0;
  if (!cluster.cluster().createDatabase("bench_backlog")) return 1;
  sync::central::ServerOptions options;
  options.port = 0;
  options.dsn = cluster.cluster().dsn("bench_backlog");
  options.tls = {(pki / "server.pem").string(), (pki / "server.key").string(),
                 (pki / "ca.pem").string()};
  sync::central::CentralServer server(options);  // the centre is back
  if (!server.start()) return 1;
  sync::client::SyncAgent agent(blobs::agentFor((*unit)->dsn(), server.port(), pki));
  Stopwatch watch;
  const auto drained = agent.drainOnce();
  const double seconds = watch.elapsedMs() / 1000.0;
  std::error_code ec;
  std::filesystem::remove_all(pki, ec);
  if (!drained || drained->left != 0) {
    std::fprintf(stderr, "bench_sync backlog: %s\n", drained ? "entries left" : drained.error().detail.c_str());
    return 1;
  }
  std::printf("| days | cases | blobs | MB | fill s | drain s | drain min | cases/s | blob MB/s |\n"
              "|---|---|---|---|---|---|---|---|---|\n");
  std::printf("| %lld | %lld | %lld | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n", shape.days,
              static_cast<long long>(drained->pushed), static_cast<long long>(drained->blobsUploaded),
              static_cast<double>(bytes) / 1e6, fillSeconds, seconds, seconds / 60.0,
              static_cast<double>(drained->pushed) / seconds,
              static_cast<double>(drained->blobBytesSent) / 1e6 / seconds);
  return 0;
}

}  // namespace mws::bench::backlog
