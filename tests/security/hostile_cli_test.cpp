// Hostile input at the command line (issue 9): SQL-injection strings in the text fields,
// oversize fields, invalid UTF-8, NUL bytes, dates out of range, negative and overflowing
// ids, path traversal in file names, JSON nested past any sense. Each row is run through
// cli::run against a real database; each must end in a clear error (the exit status and
// the message are asserted) and leave the database as it was (every table's rows are
// checksummed before and after; the audit entries of sign-ins and lookups are the only
// writes a refused command may make).
// GCC 12 reports a false -Wrestrict inside std::string concatenation (GCC bug 105329).
#pragma GCC diagnostic ignored "-Wrestrict"
#include <soci/soci.h>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <ctime>
#include <sstream>

#include "hostile_support.hpp"
#include "mws/cli/cli.hpp"
#include "mws/core/domain/civil_date.hpp"
#include "cli_support.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;
namespace data = boost::unit_test::data;

namespace {

using test::CliRun;
using test::day;

const std::string kPassword = "long-enough-pw";

const std::string kInjection = "Robert'); DROP TABLE persons;--";

std::string stayPayload(const std::string& street, const std::string& from = day(0),
                        const std::string& to = day(5)) {
  return R"({"v":1,"address":{"region":"1726","district":"1726262","street":")" + street +
         R"(","house":"12","flat":"45"},"host":{"kind":"organisation","person_id":0,)"
         R"("tax_id":"301234567","name":"Hotel","consent_given":true,"consent_evidence":"p:1"},)"
         R"("period":{"from":")" + from + R"(","to":")" + to +
         R"("},"basis":"visa","basis_number":"EV0012345"})";
}

// One hostile command: its words (without --dsn), what standard input holds after the
// password (when it signs in), the exit status and a piece of the message it must print.
struct Row {
  std::string name;
  std::vector<std::string> words;
  bool signIn = true;
  std::string input;
  int exitCode = 1;
  std::string message;
};

std::ostream& operator<<(std::ostream& out, const Row& row) { return out << row.name; }

std::vector<std::string> personAdd(std::vector<std::string> overrides) {
  std::vector<std::string> words{"person", "add"};
  std::map<std::string, std::string> fields{
      {"--surname", "Karimov"}, {"--given", "Alisher"}, {"--birth", "1990-03-15"},
      {"--sex", "male"}, {"--status", "foreigner"}, {"--citizenship", "KAZ"}};
  std::vector<std::string> extra;
  for (std::size_t i = 0; i + 1 < overrides.size(); i += 2) {
    if (fields.count(overrides[i])) fields[overrides[i]] = overrides[i + 1];
    else extra.insert(extra.end(), {overrides[i], overrides[i + 1]});
  }
  for (const auto& [key, value] : fields) words.insert(words.end(), {key, value});
  words.insert(words.end(), extra.begin(), extra.end());
  return words;
}

std::vector<Row> personRows() {
  const std::string names = "a name holds only letters";
  return {
      {"surname_sql", personAdd({"--surname", kInjection}), true, "", 1, names},
      {"given_sql", personAdd({"--given", "' OR '1'='1"}), true, "", 1, names},
      {"patronymic_sql", personAdd({"--patronymic", "x; DELETE FROM users"}), true, "", 1, names},
      {"surname_cyr_sql", personAdd({"--surname-cyr", "Каримов'); --", "--given-cyr", "Алишер"}), true, "", 1, names},
      {"surname_oversize", personAdd({"--surname", std::string(300, 'A')}), true, "", 1, "too long"},
      {"given_oversize_bytes", personAdd({"--given", std::string(5000, 'B')}), true, "", 1, "too long"},
      {"surname_invalid_utf8", personAdd({"--surname", "Kar\xff" "imov"}), true, "", 1, "not valid UTF-8"},
      {"given_overlong_utf8", personAdd({"--given", "Ali\xc0\xafsher"}), true, "", 1, "not valid UTF-8"},
      {"given_surrogate_utf8", personAdd({"--given", "Ali\xed\xa0\x80sher"}), true, "", 1, "not valid UTF-8"},
      {"citizenship_sql", personAdd({"--citizenship", "KAZ' OR 1=1--"}), true, "", 1, "not a known country"},
      {"document_number_sql",
       personAdd({"--document", "passport::N1' OR '1'='1:KAZ:2020-01-10:2030-01-09"}), true, "", 1,
       "a document number is 1-20"},
      {"document_state_sql",
       personAdd({"--document", "passport::N7654321:KAZ'--:2020-01-10:2030-01-09"}), true, "", 1,
       "the issuing state is not a known country"},
      {"visa_number_sql", personAdd({"--visa", "EV1' OR 1=1:e_visa:single:2026-11-01:2026-12-01"}),
       true, "", 1, "a visa number is 1-20"},
      {"personal_number_sql", personAdd({"--personal-number", "1; DELETE FROM persons"}), true, "", 1,
       "a personal number has 14 digits"},
      {"birth_year_1", personAdd({"--birth", "0001-01-01"}), true, "", 1, "the date is out of range"},
      {"birth_far_future", personAdd({"--birth", "9999-12-31"}), true, "", 1, "in the future"},
      {"birth_not_a_day", personAdd({"--birth", "1990-02-30"}), true, "", 2, "--birth is a date"},
      {"birth_sql", personAdd({"--birth", "'; DROP TABLE persons;--"}), true, "", 2, "--birth is a date"},
      {"document_expiry_5_digits",
       personAdd({"--document", "passport::N12345679:KAZ:2020-01-10:99999-01-09"}), true, "", 2,
       "is a date"},
      {"document_issued_year_1000",
       personAdd({"--document", "passport::N12345679:KAZ:1000-01-10:2030-01-09"}), true, "", 1,
       "the date is out of range"},
      {"visa_until_9999", personAdd({"--visa", "EV77:e_visa:single:2026-11-01:9999-01-01"}), true, "",
       1, "the date is out of range"},
      {"sex_sql", personAdd({"--sex", "male' --"}), true, "", 2, "--sex"},
      {"status_sql", personAdd({"--status", "citizen; DROP TABLE cases"}), true, "", 2, "--status"},
      {"document_kind_sql", personAdd({"--document", "passport'--::N1:KAZ:2020-01-10:2030-01-09"}),
       true, "", 2, "document"},
  };
}

std::vector<Row> lookupRows() {
  return {
      {"show_negative_id", {"person", "show", "-1"}, true, "", 2, "usage: mws person show"},
      {"show_sql_id", {"person", "show", "1 OR 1=1"}, true, "", 2, "usage: mws person show"},
      {"show_overflowing_id", {"person", "show", "99999999999999999999"}, true, "", 2, "usage"},
      {"find_document_sql", {"person", "find", "--document", "' OR '1'='1"}, true, "", 1,
       "no person matches"},
      {"find_name_sql", {"person", "find", "--name", kInjection}, true, "", 1, "no person matches"},
      {"find_birth_zero", {"person", "find", "--name", "Karimov", "--birth", "0000-00-00"}, true, "",
       2, "--birth is a date"},
      {"sign_in_login_sql", {"person", "show", "1", "--as", "o.aliyev' --", "--password-stdin"}, false, kPassword + "\n",
       1, "wrong login or password"},
  };
}

std::vector<Row> caseRows() {
  const std::vector<std::string> open{"case", "open", "STAY_REG", "--person", "1", "--payload", "-"};
  return {
      {"payload_nul", open, true, stayPayload("x\\u0000y"), 1, "holds a NUL character"},
      {"payload_invalid_utf8", open, true, stayPayload("x\xfe" "y"), 1, "invalid UTF-8"},
      {"payload_nested", open, true, std::string(100000, '['), 1, "nesting deeper than 32"},
      {"payload_nested_in_field", open, true,
       stayPayload("x").replace(stayPayload("x").find("\"x\""), 3, std::string(5000, '[') + std::string(5000, ']')),
       1, "nesting deeper than 32"},
      {"payload_oversize", open, true, stayPayload(std::string(2 * 1024 * 1024, 'A')), 1,
       "larger than 1 MiB"},
      {"payload_field_oversize", open, true, stayPayload(std::string(70 * 1024, 'A')), 1,
       "the text is too long"},
      {"payload_date_5_digits", open, true, stayPayload("B", day(0), "99999-11-25"), 1,
       "not a date YYYY-MM-DD"},
      {"payload_date_year_0", open, true, stayPayload("B", "0000-01-01", day(5)), 1,
       "not a date YYYY-MM-DD"},
      {"payload_number_overflow", open, true,
       stayPayload("B").replace(stayPayload("B").find("\"person_id\":0"), 13,
                                "\"person_id\":99999999999999999999999"),
       1, "payload"},
      {"open_negative_person", {"case", "open", "STAY_REG", "--person", "-5", "--payload", "-"}, true,
       stayPayload("B"), 2, "usage: mws case open"},
      {"open_sql_person",
       {"case", "open", "STAY_REG", "--person", "1; DROP TABLE cases", "--payload", "-"}, true,
       stayPayload("B"), 2, "usage: mws case open"},
      {"open_sql_service", {"case", "open", "STAY_REG'; --", "--person", "1", "--payload", "-"}, true,
       stayPayload("B"), 2, "unknown service"},
      {"open_traversal_id",
       {"case", "open", "STAY_REG", "--person", "1", "--payload", "-", "--id", "../../etc/passwd"},
       true, stayPayload("B"), 1, "a case id is a UUID version 4"},
      {"open_traversal_payload_file",
       {"case", "open", "STAY_REG", "--person", "1", "--payload", "../../../../../../etc/passwd"}, true,
       "", 1, "payload"},
      {"submit_sql_id", {"case", "submit", "'; DROP TABLE cases;--"}, true, "", 2, "not a case id"},
      {"cancel_reason_invalid_utf8", {"case", "cancel", "@draft", "--reason", "left\xff"}, true, "", 1,
       "not valid UTF-8"},
      {"cancel_reason_oversize", {"case", "cancel", "@draft", "--reason", std::string(100000, 'r')},
       true, "", 1, "the text is too long"},
  };
}

std::vector<Row> accountRows() {
  const auto add = [](std::vector<std::string> extra) {
    std::vector<std::string> words{"user", "add", "--login", "n.new", "--name", "New", "--unit",
                                   "TSH-01", "--password-stdin"};
    for (std::size_t i = 0; i + 1 < extra.size(); i += 2) {
      auto it = std::find(words.begin(), words.end(), extra[i]);
      if (it != words.end()) *(it + 1) = extra[i + 1];
      else words.insert(words.end(), {extra[i], extra[i + 1]});
    }
    return words;
  };
  return {
      {"login_sql", add({"--login", "admin'; DROP TABLE users;--"}), false, kPassword + "\n", 1,
       "the login may use only"},
      {"login_oversize", add({"--login", std::string(200, 'a')}), false, kPassword + "\n", 1,
       "3 to 32 characters"},
      {"display_name_invalid_utf8", add({"--name", "New\xc3"}), false, kPassword + "\n", 1,
       "not valid UTF-8"},
      {"display_name_oversize", add({"--name", std::string(10000, 'N')}), false, kPassword + "\n", 1,
       "too long"},
      {"unit_sql", add({"--unit", "TSH-01' OR '1'='1"}), false, kPassword + "\n", 1, "no such unit"},
      {"role_sql", add({"--role", "officer'--"}), false, kPassword + "\n", 2, "--role is one of"},
      {"unit_code_sql", {"unit", "add", "X'); DROP TABLE units;--", "Name"}, false, "", 1,
       "a unit code is"},
      {"unit_name_invalid_utf8", {"unit", "add", "NEW-01", "Bad\xe2\x82"}, false, "", 1,
       "not valid UTF-8"},
  };
}

std::vector<Row> allRows() {
  std::vector<Row> rows;
  for (auto part : {personRows(), lookupRows(), caseRows(), accountRows()}) {
    rows.insert(rows.end(), part.begin(), part.end());
  }
  return rows;
}

struct HostileCli : test::DbFixture {
  std::string draftId;

  HostileCli() {
    BOOST_REQUIRE(run({"unit", "add", "TSH-01", "Tashkent"}, "").code == 0);
    BOOST_REQUIRE(run({"user", "add", "--login", "o.aliyev", "--name", "O", "--unit", "TSH-01",
                       "--no-forced-change", "--password-stdin"},
                      kPassword + "\n")
                      .code == 0);
    auto person = as(personAdd({"--document", "passport::N12345678:KAZ:2020-01-10:2030-01-09",
                                "--visa", "EV0012345:e_visa:single:" + day(-20) + ":" + day(9)}),
                     "");
    BOOST_REQUIRE_MESSAGE(person.code == 0, person.err);
    auto opened = as({"case", "open", "STAY_REG", "--person", "1", "--payload", "-"}, stayPayload("B"));
    BOOST_REQUIRE_MESSAGE(opened.code == 0, opened.err);
    draftId = opened.out.substr(5, 36);
  }

  CliRun run(std::vector<std::string> args, const std::string& input) {
    args.insert(args.end(), {"--dsn", dsn, "--log-level", "none"});
    return test::runCli(args, input);
  }
  CliRun as(std::vector<std::string> args, const std::string& rest) {
    args.insert(args.end(), {"--as", "o.aliyev", "--password-stdin"});
    return run(args, kPassword + "\n" + rest);
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(hostile_cli)

BOOST_AUTO_TEST_CASE(the_table_holds_enough_rows) { BOOST_TEST(allRows().size() >= 50u); }

BOOST_DATA_TEST_CASE_F(HostileCli, each_row_is_refused_clearly_and_changes_nothing,
                       data::make(allRows()), row) {
  const std::string before = test::workstationSnapshot(database());
  std::vector<std::string> words = row.words;
  std::replace(words.begin(), words.end(), std::string("@draft"), draftId);
  auto result = row.signIn ? as(words, row.input) : run(words, row.input);
  BOOST_TEST(result.code == row.exitCode, result.err);
  BOOST_TEST(result.err.find(row.message) != std::string::npos, result.err);
  BOOST_TEST(std::count(result.err.begin(), result.err.end(), '\n') == 1, "one line: " << result.err);
  BOOST_TEST(result.err.find("root:") == std::string::npos, "no file content is echoed");
  BOOST_TEST(result.err.find("INSERT") == std::string::npos, "no SQL is echoed: " << result.err);
  BOOST_TEST(test::workstationSnapshot(database()) == before);
}

BOOST_FIXTURE_TEST_CASE(injection_in_free_text_is_stored_as_text_and_runs_nothing, HostileCli) {
  // A street or a host's name may hold quotes: it is kept literally, as data.
  const std::string street = "O'Brien St.'); DROP TABLE cases;--";
  auto opened = as({"case", "open", "STAY_REG", "--person", "1", "--payload", "-"}, stayPayload(street));
  BOOST_REQUIRE_MESSAGE(opened.code == 0, opened.err);
  std::string stored;
  const std::string id = opened.out.substr(5, 36);
  database().session() << "SELECT payload->'address'->>'street' FROM cases WHERE id = :id::uuid",
      soci::use(id), soci::into(stored);
  BOOST_TEST(stored == street);
  long long cases = 0;
  database().session() << "SELECT count(*) FROM cases", soci::into(cases);
  BOOST_TEST(cases == 2);
}

BOOST_AUTO_TEST_SUITE_END()
