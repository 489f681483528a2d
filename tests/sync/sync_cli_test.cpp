// mws sync status and mws sync now, as IT runs them, against a centre over mutual TLS.

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "mws/cli/cli.hpp"
#include "sync_fixture.hpp"

using namespace mws::sync::test;

namespace {

struct CliFixture : mws::test::DbFixture {
  CliFixture() : server(secureOptions()) {
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
    config = pki.writeUnitConfig("UNIT-C", server.port(), "counter-9");
  }
  mws::sync::central::ServerOptions secureOptions() const {
    auto options = centralOptions(centralDb.dsn);
    options.tls = pki.serverFiles();
    return options;
  }
  int run(const std::string& verb) {
    out.str("");
    err.str("");
    std::istringstream in;
    return mws::cli::run({"--dsn", dsn, "--config", config.string(), "sync", verb}, in, out, err);
  }

  Pki pki;
  CentralDb centralDb;
  mws::sync::central::CentralServer server;
  std::filesystem::path config;
  std::ostringstream out;
  std::ostringstream err;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(sync_cli, CliFixture)

BOOST_AUTO_TEST_CASE(status_counts_what_is_left_and_now_pushes_it) {
  addCases(database(), 12, "UNIT-C");
  BOOST_TEST(run("status") == 0);
  BOOST_TEST(out.str().find("outbox: 12 of 12 entries not yet acknowledged") != std::string::npos,
             out.str());
  BOOST_TEST(run("now") == 0, err.str());
  BOOST_TEST(out.str() == "pushed 12 entries in 1 batches; 0 left\n");
  BOOST_TEST(centralDb.cases() == 12);
  BOOST_TEST(run("status") == 0);
  BOOST_TEST(out.str().find("outbox: 0 of 12") != std::string::npos, out.str());
}

BOOST_AUTO_TEST_CASE(now_with_the_centre_down_fails_in_words_and_keeps_the_outbox) {
  addCases(database(), 3, "UNIT-C");
  server.stop();
  BOOST_TEST(run("now") == 1);
  BOOST_TEST(err.str().find("127.0.0.1") != std::string::npos, err.str());
  BOOST_TEST(unsentIn(database()) == 3);
}

BOOST_AUTO_TEST_CASE(sync_without_a_verb_or_daemon_is_a_usage_error) {
  BOOST_TEST(run("") == 2);
}

BOOST_AUTO_TEST_SUITE_END()
