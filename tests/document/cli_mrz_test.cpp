// `mws mrz parse` as scripts call it: JSON on stdout, exit 0 / 1 / 2.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "mws/cli/cli.hpp"

namespace {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

CliRun mwsCli(std::vector<std::string> args) {
  std::istringstream in;
  std::ostringstream out, err;
  const int code = mws::cli::run(args, in, out, err);
  return {code, out.str(), err.str()};
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const char* kTd3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
const char* kTd3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

}  // namespace

BOOST_AUTO_TEST_SUITE(mrz_parse_command)

BOOST_AUTO_TEST_CASE(the_td3_specimen_passes_every_check_as_json) {
  auto run = mwsCli({"mrz", "parse", kTd3Line1, kTd3Line2, "--json"});
  BOOST_TEST(run.code == 0, run.err);
  BOOST_TEST(run.out.front() == '{');
  BOOST_TEST(contains(run.out, "\"format\":\"TD3\""));
  BOOST_TEST(contains(run.out, "\"valid\":true"));
  BOOST_TEST(contains(run.out, "\"surname\":\"ERIKSSON\""));
  BOOST_TEST(contains(run.out, "\"given_names\":\"ANNA MARIA\""));
  BOOST_TEST(contains(run.out, "\"birth_date\":\"1974-08-12\""));
  BOOST_TEST(contains(run.out, "\"expiry_date\":\"2012-04-15\""));
  BOOST_TEST(contains(run.out, "\"document_number\":\"L898902C3\""));
  BOOST_TEST(!contains(run.out, "\"passed\":false"));
  BOOST_TEST(run.err.empty());
}

BOOST_AUTO_TEST_CASE(every_icao_specimen_format_exits_zero) {
  const std::vector<std::vector<std::string>> specimens{
      {"I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"},
      {"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"},
      {"V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"},
      {"V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"}};
  const std::vector<std::string> formats{"TD1", "TD2", "MRV-A", "MRV-B"};
  for (std::size_t i = 0; i < specimens.size(); ++i) {
    std::vector<std::string> args{"mrz", "parse"};
    args.insert(args.end(), specimens[i].begin(), specimens[i].end());
    args.push_back("--json");
    auto run = mwsCli(args);
    BOOST_TEST(run.code == 0, formats[i] << ": " << run.err);
    BOOST_TEST(contains(run.out, "\"format\":\"" + formats[i] + "\""));
  }
}

BOOST_AUTO_TEST_CASE(a_failing_check_exits_one_and_says_where) {
  auto run = mwsCli({"mrz", "parse", kTd3Line1,
                     "L898902C36UTO7408122F1204158ZE184226B<<<<<10", "--json"});
  BOOST_TEST(run.code == 1);
  BOOST_TEST(contains(run.out, "\"valid\":false"));
  BOOST_TEST(contains(run.out, "{\"field\":\"expiry_date\",\"line\":2,\"column\":28,"
                               "\"expected\":\"9\",\"found\":\"8\",\"passed\":false}"));
}

BOOST_AUTO_TEST_CASE(text_output_names_the_failed_check) {
  auto run = mwsCli({"mrz", "parse", kTd3Line1, "L898902C37UTO7408122F1204159ZE184226B<<<<<10"});
  BOOST_TEST(run.code == 1);
  BOOST_TEST(contains(run.out, "check document_number (line 2, column 10): FAILED, expected 6"));
}

BOOST_AUTO_TEST_CASE(text_that_is_not_an_mrz_exits_two_with_one_line) {
  auto run = mwsCli({"mrz", "parse", "hello", "world", "--json"});
  BOOST_TEST(run.code == 2);
  BOOST_TEST(run.out.empty());
  BOOST_TEST(run.err.rfind("mws: not an MRZ: ", 0) == 0u);
  BOOST_TEST(run.err.find('\n') == run.err.size() - 1);

  auto one = mwsCli({"mrz", "parse", kTd3Line1});
  BOOST_TEST(one.code == 2);
  auto lower = mwsCli({"mrz", "parse", "p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<", kTd3Line2});
  BOOST_TEST(lower.code == 2);
  BOOST_TEST(contains(lower.err, "line 1, column 1"));
}

BOOST_AUTO_TEST_SUITE_END()
