// Sign-in latency (issue 9): AuthService::signIn with the production argon2id parameters
// (libsodium, OWASP: 19 MiB, 2 iterations, 1 lane) against a real PostgreSQL database, each
// run including the account lookup, the hash verification and the audit-chain append.
// Usage: bench_signin [RUNS]   (default 50)
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_stats.hpp"
#include "mws/core/auth/auth_service.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/test/pg_cluster.hpp"

namespace {

[[noreturn]] void die(const char* what, const mws::core::Error& error) {
  std::fprintf(stderr, "bench_signin: %s: %s %s\n", what, error.code.c_str(), error.detail.c_str());
  std::exit(1);
}

std::vector<double> measure(mws::core::AuthService& auth, int runs, const std::string& password) {
  std::vector<double> samples;
  for (int i = 0; i < runs; ++i) {
    mws::bench::Stopwatch watch;
    auto signedIn = auth.signIn("bench.officer", password);
    samples.push_back(watch.elapsedMs());
    if (signedIn.ok() != (password == "bench-password-1")) die("sign-in", signedIn.error());
  }
  return samples;
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 50;
  auto& cluster = mws::test::PgTestCluster::instance();
  auto db = mws::storage::Database::connect(cluster.cluster().dsn(cluster.createDatabase()));
  if (!db) die("connect", db.error());
  mws::storage::PgUnitRepository units(**db);
  if (auto added = units.add({"BEN-01", "Benchmark unit"}); !added) die("unit", added.error());
  mws::storage::PgUserRepository users(**db);
  mws::security::SodiumPasswordHasher hasher;  // the production parameters
  // A lock would end the wrong-password runs early: allow them all.
  mws::core::AuthService auth(users, hasher, mws::core::LockoutPolicy{runs + 1, std::chrono::seconds(1)});
  auto added = auth.addUser({"bench.officer", "Bench Officer", mws::core::Role::Officer, "BEN-01",
                             "bench-password-1"});
  if (!added) die("user", added.error());

  const auto good = mws::bench::summarise(measure(auth, runs, "bench-password-1"));
  const auto bad = mws::bench::summarise(measure(auth, runs, "wrong-password-1"));
  mws::bench::printTable({{"signIn, right password", good, "argon2id m=19 MiB t=2 p=1", "", ""},
                          {"signIn, wrong password", bad, "same work, audited", "", ""}});
  return 0;
}
