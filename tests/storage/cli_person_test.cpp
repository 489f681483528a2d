// `mws person add | find | show` through cli::run against a real database.
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "mws/cli/cli.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

const std::string kPassword = "long-enough-pw";

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

struct CliPersonFixture : test::DbFixture {
  CliPersonFixture() {
    BOOST_REQUIRE(run({"unit", "add", "TSH-01", "Tashkent, Chilonzor"}).code == 0);
    auto user = run({"user", "add", "--login", "o.aliyev", "--name", "Odil Aliyev", "--unit",
                     "TSH-01", "--no-forced-change", "--password-stdin"},
                    kPassword + "\n");
    BOOST_REQUIRE_MESSAGE(user.code == 0, user.err);
  }

  CliRun run(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.end(), {"--dsn", dsn});
    std::istringstream in(input);
    std::ostringstream out, err;
    int code = cli::run(args, in, out, err);
    return {code, out.str(), err.str()};
  }

  // Viewing and searching persons is signed in, like adding them.
  CliRun asOfficer(std::vector<std::string> args) {
    args.insert(args.end(), {"--as", "o.aliyev", "--password-stdin"});
    return run(args, kPassword + "\n");
  }

  CliRun add(std::vector<std::string> options, const std::string& password = kPassword) {
    options.insert(options.begin(), {"person", "add"});
    options.insert(options.end(), {"--as", "o.aliyev", "--password-stdin"});
    return run(options, password + "\n");
  }

  std::vector<std::string> karimov() const {
    return {"--surname",     "KARIMOV",
            "--given",       "ALISHER",
            "--birth",       "1990-03-15",
            "--sex",         "male",
            "--status",      "foreigner",
            "--citizenship", "KAZ",
            "--document",    "passport::N12345678:KAZ:2020-01-10:2030-01-09",
            "--document",    "residence_permit:RP:0042:UZB:2025-01-10:2027-01-09",
            "--visa",        "EV0012345:e_visa:single:2026-11-01:2026-11-30"};
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(cli_persons, CliPersonFixture)

BOOST_AUTO_TEST_CASE(a_person_is_added_with_both_name_forms_and_every_document) {
  auto added = add(karimov());
  BOOST_TEST(added.code == 0, added.err);
  BOOST_TEST(added.out == "person 1 added: KARIMOV ALISHER / КАРИМОВ АЛИШЕР\n");

  auto shown = asOfficer({"person", "show", "1"});
  BOOST_TEST(shown.code == 0);
  BOOST_TEST(shown.out.find("  born:             1990-03-15 (male)\n") != std::string::npos,
             shown.out);
  BOOST_TEST(
      shown.out.find("  document:         passport N12345678 (KAZ) 2020-01-10 to 2030-01-09\n") !=
      std::string::npos);
  BOOST_TEST(shown.out.find("  document:         residence_permit RP0042 (UZB)") !=
             std::string::npos);
  BOOST_TEST(
      shown.out.find("  visa:             EV0012345 e_visa single 2026-11-01 to 2026-11-30\n") !=
      std::string::npos);

  auto json = asOfficer({"person", "show", "1", "--json"});
  BOOST_TEST(json.out.rfind(
                 R"({"id":1,"latin":{"surname":"KARIMOV","given_name":"ALISHER","patronymic":""},)",
                 0) == 0,
             json.out);
  BOOST_TEST(json.out.find(R"("personal_number":null)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(persons_are_found_by_document_number_and_name_in_either_script) {
  BOOST_REQUIRE(add(karimov()).code == 0);
  auto byDocument = asOfficer({"person", "find", "--document", "N12345678"});
  BOOST_TEST(byDocument.code == 0);
  BOOST_TEST(byDocument.out == "1  KARIMOV ALISHER / КАРИМОВ АЛИШЕР  1990-03-15  foreigner KAZ\n");
  for (const char* typed : {"Каримов", "karimov", "Karimo"}) {
    auto byName = asOfficer({"person", "find", "--name", typed, "--birth", "1990-03-15"});
    BOOST_TEST(byName.out == byDocument.out, typed);
  }
  auto json = asOfficer({"person", "find", "--name", "Karimov", "--json"});
  BOOST_TEST(json.out.rfind(R"([{"id":1,)", 0) == 0);

  auto none = asOfficer({"person", "find", "--document", "X0000000"});
  BOOST_TEST(none.code == 1);
  BOOST_TEST(none.out.empty());
  BOOST_TEST(none.err == "mws: no person matches\n");
  BOOST_TEST(asOfficer({"person", "find", "--name", "Karimov", "--document", "N12345678"}).code == 2);
}

BOOST_AUTO_TEST_CASE(a_citizen_is_found_by_personal_number) {
  auto added = add({"--surname-cyr", "Рахимов", "--given-cyr", "Анвар", "--birth", "1990-03-15",
                    "--sex", "male", "--status", "citizen", "--citizenship", "UZB",
                    "--personal-number", "31503901234567"});
  BOOST_TEST(added.code == 0, added.err);
  auto found = asOfficer({"person", "find", "--personal-number", "31503901234567"});
  BOOST_TEST(found.code == 0);
  BOOST_TEST(found.out == "1  Raximov Anvar / Рахимов Анвар  1990-03-15  citizen UZB\n");
}

BOOST_AUTO_TEST_CASE(invalid_persons_are_refused_and_bad_options_are_usage_errors) {
  auto wrongStatus = add({"--surname", "Karimov", "--given", "Alisher", "--birth", "1990-03-15",
                          "--sex", "male", "--status", "citizen", "--citizenship", "KAZ"});
  BOOST_TEST(wrongStatus.code == 1);
  BOOST_TEST(wrongStatus.err ==
             "mws: refused: the status does not fit the citizenship (citizens hold UZB, "
             "stateless persons XXA) (citizenship=KAZ, status=citizen)\n");
  auto mismatch =
      add({"--surname", "Karimov", "--given", "Alisher", "--birth", "1991-03-15", "--sex", "male",
           "--status", "citizen", "--citizenship", "UZB", "--personal-number", "31503901234567"});
  BOOST_TEST(
      mismatch.err.rfind(
          "mws: refused: the personal number does not agree with the birth date and sex", 0) == 0);

  auto badDate = add({"--surname", "Karimov", "--given", "Alisher", "--birth", "15.03.1990",
                      "--sex", "male", "--status", "foreigner", "--citizenship", "KAZ"});
  BOOST_TEST(badDate.code == 2);
  BOOST_TEST(badDate.err == "mws: --birth is a date YYYY-MM-DD, not '15.03.1990'\n");
  auto badVisa = add({"--surname", "K", "--given", "A", "--birth", "1990-03-15", "--sex", "male",
                      "--status", "foreigner", "--citizenship", "KAZ", "--visa",
                      "EV1:evisa:single:2026-01-01:2026-02-01"});
  BOOST_TEST(badVisa.code == 2);
  BOOST_TEST(badVisa.err == "mws: a visa kind is e_visa or other, not 'evisa'\n");

  auto wrongPassword = add(karimov(), "not-the-password");
  BOOST_TEST(wrongPassword.code == 1);
  BOOST_TEST(wrongPassword.err == "mws: refused: wrong login or password\n");
  BOOST_TEST(asOfficer({"person", "show", "1"}).err == "mws: refused: no such person (person_id=1)\n");
}

BOOST_AUTO_TEST_CASE(the_same_document_twice_is_refused) {
  BOOST_REQUIRE(add(karimov()).code == 0);
  auto again = add(karimov());
  BOOST_TEST(again.code == 1);
  BOOST_TEST(again.err.rfind("mws: refused: another person holds that document already", 0) == 0,
             again.err);
}

BOOST_AUTO_TEST_SUITE_END()
