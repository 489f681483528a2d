#pragma once
// Fixtures of the push and agent tests: a unit database with outbox entries, the centre's
// own database on the same throwaway cluster, a pilot CA made at test time, and a
// CentralServer over them on 127.0.0.1.

#include <fstream>
#include <soci/soci.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <thread>

#include "central_fixture.hpp"
#include "mws/storage/outbox.hpp"
#include "mws/sync/central/cert_authority.hpp"
#include "mws/sync/central/central_server.hpp"
#include "mws/sync/client/sync_agent.hpp"
#include "mws/test/pg_cluster.hpp"

namespace mws::sync::test {

inline std::string randomUuid() {
  static std::mt19937_64 random{std::random_device{}()};
  static const char* hex = "0123456789abcdef";
  std::string id;
  for (int i = 0; i < 32; ++i) {
    if (i == 8 || i == 12 || i == 16 || i == 20) id.push_back('-');
    id.push_back(hex[random() % 16]);
  }
  return id;
}

// Appends `count` case snapshots of `unit` to the outbox, in one transaction.
inline void addCases(storage::Database& db, int count, const std::string& unit) {
  soci::transaction tx(db.session());
  for (int i = 0; i < count; ++i) {
    const std::string id = randomUuid();
    storage::Outbox::append(db.session(), "case", id, "submit",
                            R"({"id":")" + id + R"(","unit":")" + unit +
                                R"(","service":"VISA_EXT","state":"submitted","version":2,)"
                                R"("payload":{"days":30},"fee":{"total":1500}})");
  }
  tx.commit();
}

inline std::int64_t unsentIn(storage::Database& db) {
  auto n = storage::Outbox::countUnsent(db);
  BOOST_REQUIRE(n.ok());
  return *n;
}

// The centre's own database, empty until a CentralServer migrates it.
struct CentralDb {
  CentralDb() {
    static int counter = 0;
    name = "central_" + std::to_string(++counter);
    auto& cluster = mws::test::PgTestCluster::instance().cluster();
    const auto made = cluster.createDatabase(name);
    BOOST_REQUIRE_MESSAGE(made.ok(), (made.ok() ? "" : made.error().detail));
    dsn = cluster.dsn(name);
  }
  ~CentralDb() { mws::test::PgTestCluster::instance().dropDatabase(name); }

  long long scalar(const std::string& query) const {
    auto db = storage::Database::connect(dsn);
    BOOST_REQUIRE(db.ok());
    long long value = 0;
    (*db)->session() << query, soci::into(value);
    return value;
  }
  long long cases() const { return scalar("SELECT count(*) FROM cases"); }
  long long entries() const { return scalar("SELECT count(*) FROM received_entries"); }

  std::string name;
  std::string dsn;
};

// A pilot CA in a fresh directory, with certificates for the centre and the given units.
struct Pki {
  Pki() {
    dir = mws::test::outputDir() / ("pki-" + randomUuid().substr(0, 8));
    const auto made = central::initAuthority(dir, {"127.0.0.1", "localhost"});
    BOOST_REQUIRE_MESSAGE(made.ok(), (made.ok() ? "" : made.error().detail));
  }
  ~Pki() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  client::ClientOptions clientFor(const std::string& unit) const {
    const auto files = central::issueUnitCertificate(dir, unit);
    BOOST_REQUIRE(files.ok());
    client::ClientOptions options;
    options.connectTimeout = std::chrono::milliseconds(1000);
    options.ioTimeout = std::chrono::milliseconds(3000);
    options.caFile = (dir / "ca.pem").string();
    options.certificateFile = files->certificate.string();
    options.privateKeyFile = files->key.string();
    return options;
  }
  // An mws.ini in the PKI directory for `unit` pushing to the centre on `port` over mutual
  // TLS (a certificate is issued for the unit); `extra` goes first (e.g. "[log]\nlevel = none\n").
  std::filesystem::path writeUnitConfig(const std::string& unit, std::uint16_t port,
                                        const std::string& source,
                                        const std::string& extra = {}) const {
    const auto files = central::issueUnitCertificate(dir, unit);
    BOOST_REQUIRE(files.ok());
    const auto config = dir / "mws.ini";
    std::ofstream(config) << extra << "[unit]\ncode = " << unit
                          << "\n[central]\nurl = https://127.0.0.1:" << port
                          << "\nsource = " << source << "\nca_file = " << (dir / "ca.pem").string()
                          << "\ncert_file = " << files->certificate.string()
                          << "\nkey_file = " << files->key.string() << "\n";
    return config;
  }
  central::TlsFiles serverFiles() const {
    return {(dir / "server.pem").string(), (dir / "server.key").string(),
            (dir / "ca.pem").string()};
  }

  std::filesystem::path dir;
};

inline central::ServerOptions centralOptions(const std::string& dsn, std::uint16_t port = 0) {
  central::ServerOptions options = loopbackOptions();
  options.dsn = dsn;
  options.port = port;
  options.ioTimeoutSeconds = 5;
  return options;
}

inline client::AgentOptions agentOptions(const std::string& dsn, const std::string& url,
                                         const std::string& unit) {
  client::AgentOptions options;
  options.dsn = dsn;
  options.centralUrl = url;
  options.origin = {unit, "counter-1"};
  options.client.connectTimeout = std::chrono::milliseconds(1000);
  options.client.ioTimeout = std::chrono::milliseconds(3000);
  options.batchEntries = 50;
  options.idlePoll = std::chrono::milliseconds(100);
  options.backoffMin = std::chrono::milliseconds(50);
  options.backoffMax = std::chrono::milliseconds(400);
  return options;
}

// Polls `condition` every 20 ms for at most `limit`; true when it came true.
inline bool waitUntil(const std::function<bool()>& condition,
                      std::chrono::milliseconds limit = std::chrono::milliseconds(20000)) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return condition();
}

}  // namespace mws::sync::test
