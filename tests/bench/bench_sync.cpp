// Cases pushed per second over mutual TLS on loopback: a unit database with N case
// snapshots in its outbox, mws::central on its own database, and the sync agent draining
// the outbox batch by batch (each batch one HTTPS request and one central transaction).
// For comparison, the same rows written by PostgreSQL's COPY into the same kind of table.
//
//   bench_sync [cases=20000] [batch sizes=100,500,1000]
//   bench_sync blobs [cases=100]      (blob MB/s: bench_sync_blobs.hpp)
//   bench_sync backlog [days=5] [per_day=400] [photo_kb=60] [print_kb=20]
//                                     (a five-day offline backlog: bench_sync_backlog.hpp)
// Both databases live on one throwaway cluster (tests/support, fsync off).

#include <soci/soci.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "bench_stats.hpp"
#include "bench_sync_backlog.hpp"
#include "bench_sync_blobs.hpp"
#include "mws/storage/outbox.hpp"
#include "mws/sync/central/cert_authority.hpp"
#include "mws/sync/central/central_server.hpp"
#include "mws/sync/client/sync_agent.hpp"
#include "mws/test/pg_cluster.hpp"

namespace {

namespace fs = std::filesystem;
using mws::bench::Stopwatch;

[[noreturn]] void die(const std::string& what, const mws::core::Error& error) {
  std::fprintf(stderr, "bench_sync: %s: %s %s\n", what.c_str(), error.code.c_str(),
               error.detail.c_str());
  std::exit(1);
}

std::string caseId(long long i) {
  char id[64];
  std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012llx", i & 0xffffffffffffLL);
  return id;
}

// About 1 KB, like a submitted visa extension with its fee and three history events.
std::string caseBody(const std::string& id, long long i) {
  std::ostringstream b;
  b << R"({"id":")" << id << R"(","unit":"BENCH-1","service":"VISA_EXT","person_id":)" << i
    << R"(,"channel":"counter","filed_on":"2026-11-21","state":"submitted","version":3,)"
    << R"("payload":{"format":1,"visa_number":"EV)" << 100000 + i
    << R"(","requested_days":30,"reason":"tourism","address":"Bishkek, Chui avenue 12"},)"
    << R"("fee":{"items":[{"item":"base","bcu_hundredths":150},{"item":"form","bcu_hundredths":20}],"total_som":1700},)"
    << R"("events":[)";
  const char* actions[] = {"open", "edit", "submit"};
  for (int e = 0; e < 3; ++e) {
    b << (e ? "," : "") << R"({"case_id":")" << id << R"(","seq":)" << e + 1 << R"(,"action":")"
      << actions[e] << R"(","from_state":"draft","to_state":")" << (e == 2 ? "submitted" : "draft")
      << R"(","actor_id":7,"actor_role":"officer","reason":"","at":"2026-11-21T10:0)" << e
      << R"(:00+06:00"})";
  }
  b << "]}";
  return b.str();
}

void fillOutbox(mws::storage::Database& db, long long cases) {
  soci::transaction tx(db.session());
  for (long long i = 1; i <= cases; ++i) {
    const std::string id = caseId(i);
    mws::storage::Outbox::append(db.session(), "case", id, "submit", caseBody(id, i));
  }
  tx.commit();
}

std::unique_ptr<mws::storage::Database> connect(const std::string& dsn) {
  auto db = mws::storage::Database::connect(dsn);
  if (!db) die("connect", db.error());
  return std::move(*db);
}

struct Run {
  double seconds = 0;
  long long pushed = 0;
  long long batches = 0;
};

Run pushOnce(const std::string& unitDsn, const std::string& url, const fs::path& pki,
             long long batch) {
  mws::sync::client::AgentOptions options;
  options.dsn = unitDsn;
  options.centralUrl = url;
  options.origin = {"BENCH-1", "counter-1"};
  options.batchEntries = batch;
  const auto files = mws::sync::central::issueUnitCertificate(pki, "BENCH-1");
  if (!files) die("issue", files.error());
  options.client.caFile = (pki / "ca.pem").string();
  options.client.certificateFile = files->certificate.string();
  options.client.privateKeyFile = files->key.string();
  mws::sync::client::SyncAgent agent(options);
  Stopwatch watch;
  const auto drained = agent.drainOnce();
  if (!drained) die("drain", drained.error());
  return {watch.elapsedMs() / 1000.0, drained->pushed, drained->batches};
}

// COPY of the same rows into a table shaped like the centre's received_entries.
double copySeconds(mws::storage::Database& central, const std::string& unitDsn) {
  central.session() << "CREATE TABLE copy_target (LIKE received_entries)";
  auto unit = connect(unitDsn);
  soci::session& u = unit->session();
  u << "COPY (SELECT 'BENCH-1', 'copy', seq, entity, entity_id, action, body, now() FROM outbox)"
       " TO '/tmp/mws_bench_sync.copy'";
  Stopwatch watch;
  central.session() << "COPY copy_target FROM '/tmp/mws_bench_sync.copy'";
  return watch.elapsedMs() / 1000.0;
}

// A fresh unit database with `cases` entries, a fresh centre, one drain; then the COPY.
Run benchBatch(mws::test::PgTestCluster& cluster, const fs::path& pki, long long cases,
               long long batch, double& copy) {
  const std::string unitDsn = cluster.cluster().dsn(cluster.createDatabase());
  fillOutbox(*connect(unitDsn), cases);
  const std::string centralName = "bench_central_" + std::to_string(batch);
  if (auto made = cluster.cluster().createDatabase(centralName); !made) die("create", made.error());
  mws::sync::central::ServerOptions options;
  options.host = "127.0.0.1";
  options.port = 0;
  options.dsn = cluster.cluster().dsn(centralName);
  options.tls = {(pki / "server.pem").string(), (pki / "server.key").string(),
                 (pki / "ca.pem").string()};
  mws::sync::central::CentralServer server(options);
  if (auto started = server.start(); !started) die("start", started.error());
  const Run run = pushOnce(unitDsn, "https://127.0.0.1:" + std::to_string(server.port()), pki, batch);
  server.stop();
  copy = copySeconds(*connect(options.dsn), unitDsn);
  return run;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "backlog") {
    mws::bench::backlog::Shape shape;
    if (argc > 2) shape.days = std::atoll(argv[2]);
    if (argc > 3) shape.perDay = std::atoll(argv[3]);
    if (argc > 4) shape.photoBytes = static_cast<std::size_t>(std::atoll(argv[4])) * 1000;
    if (argc > 5) shape.printBytes = static_cast<std::size_t>(std::atoll(argv[5])) * 1000;
    return mws::bench::backlog::run(shape);
  }
  if (argc > 1 && std::string(argv[1]) == "blobs") {
    return mws::bench::blobs::run(argc > 2 ? std::atoll(argv[2]) : 100);
  }
  const long long cases = argc > 1 ? std::atoll(argv[1]) : 20000;
  std::vector<long long> batches{100, 500, 1000};
  if (argc > 2) {
    batches.clear();
    std::stringstream list(argv[2]);
    for (std::string item; std::getline(list, item, ',');) batches.push_back(std::atoll(item.c_str()));
  }
  auto& cluster = mws::test::PgTestCluster::instance();
  const fs::path pki = fs::temp_directory_path() / ("mws-bench-pki-" + std::to_string(::getpid()));
  if (auto ca = mws::sync::central::initAuthority(pki, {"127.0.0.1"}); !ca) die("ca", ca.error());
  std::printf("cases per run: %lld (about %zu bytes each)\n", cases, caseBody(caseId(1), 1).size());
  std::printf("| batch | cases | batches | seconds | cases/s | target | verdict |\n|---|---|---|---|---|---|---|\n");
  double lastCopy = 0;
  double lastRate = 0;
  for (const long long batch : batches) {
    const Run run = benchBatch(cluster, pki, cases, batch, lastCopy);
    lastRate = static_cast<double>(run.pushed) / run.seconds;
    std::printf("| %lld | %lld | %lld | %.2f | %.0f | >= 1,000 | %s |\n", batch, run.pushed,
                run.batches, run.seconds, lastRate, lastRate >= 1000 ? "met" : "NOT met");
  }
  std::printf("\nCOPY of the same %lld rows into a received_entries-shaped table: %.2f s (%.0f rows/s);"
              " the last push ran at %.0f %% of that rate\n",
              cases, lastCopy, static_cast<double>(cases) / lastCopy,
              100.0 * lastRate / (static_cast<double>(cases) / lastCopy));
  std::error_code ec;
  fs::remove_all(pki, ec);
  fs::remove("/tmp/mws_bench_sync.copy", ec);
  return 0;
}
