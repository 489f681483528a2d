// `mws finger session` through mws::cli::run on the simulated scanner: the files it writes,
// declared exceptions, and a written template that `mws finger verify` accepts.
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "fingerprint_fixture.hpp"
#include "mws/cli/cli.hpp"

namespace {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

CliRun runMws(std::vector<std::string> words, const std::filesystem::path& config) {
  words.push_back("--config=" + config.string());
  std::istringstream in;
  std::ostringstream out, err;
  const int code = mws::cli::run(words, in, out, err);
  return {code, out.str(), err.str()};
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream file(path);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(finger_cli)

BOOST_AUTO_TEST_CASE(a_session_writes_prints_images_and_the_declared_exceptions) {
  const auto dir = mws::test::freshFingerprintDir("finger_cli_session");
  const auto config = dir / "mws.ini";
  std::ofstream(config) << "[devices]\nfingerprint = simulated\n";
  const auto out = dir / "prints";
  auto run = runMws({"finger", "session", "--out", out.string(), "--finger", "right-thumb",
                     "--finger", "right-index=bandaged", "--finger", "left-index"},
                    config);
  BOOST_TEST_REQUIRE(run.code == 0, run.err);
  BOOST_TEST(run.out == "captured 2 of 3 fingers to " + out.string() + "\n");
  BOOST_TEST(std::filesystem::exists(out / "right-thumb.tpl"));
  BOOST_TEST(std::filesystem::exists(out / "left-index.pgm"));
  BOOST_TEST(!std::filesystem::exists(out / "right-index.tpl"));
  BOOST_TEST(slurp(out / "left-index.pgm").rfind("P5\n256 320\n255\n", 0) == 0u);
  const auto summary = slurp(out / "session.txt");
  BOOST_TEST(summary.find("right-index\texception\tbandaged\t0\n") != std::string::npos);
  BOOST_TEST(summary.rfind("right-thumb\tcaptured\t", 0) == 0u);
  BOOST_TEST(run.err.find("right-index: place") == std::string::npos);

  auto verify =
      runMws({"finger", "verify", "--template", (out / "left-index.tpl").string()}, config);
  BOOST_TEST(verify.code == 0, verify.err);
  BOOST_TEST(verify.out.rfind("match (left-index", 0) == 0u);

  auto bad =
      runMws({"finger", "session", "--out", out.string(), "--finger", "right-index=lost"}, config);
  BOOST_TEST(bad.code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
