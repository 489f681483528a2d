// `mws case ...` and `mws audit verify` driven through cli::run against a real database:
// every service of DESIGN §2 from open to issued, and the refusals an officer meets.
#include <soci/soci.h>

#include <boost/test/unit_test.hpp>
#include <ctime>
#include <sstream>

#include "mws/cli/cli.hpp"
#include "mws/core/domain/civil_date.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

const std::string kPassword = "long-enough-pw";
const std::string kAddress =
    R"({"region":"1726","district":"1726262","street":"Bunyodkor","house":"12","flat":"45"})";
const std::string kSha(64, 'a');

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

// A day relative to the machine's local date, as the CLI files cases on it.
std::string day(int offset) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  auto today = core::CivilDate::make(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                                     static_cast<unsigned>(local.tm_mday));
  return today->addDays(offset).toString();
}

std::string period(int from, int to) {
  return R"({"from":")" + day(from) + R"(","to":")" + day(to) + R"("})";
}

std::string secondWord(const std::string& line) {
  std::istringstream words(line);
  std::string first, second;
  words >> first >> second;
  return second;
}

bool oneLine(const std::string& text) {
  return !text.empty() && text.find('\n') == text.size() - 1;
}

struct CliCaseFixture : test::DbFixture {
  std::int64_t foreigner = 0;  // KAZ, passport, an e-visa and another visa
  std::int64_t citizen = 0;    // UZB, a passport and no ID card yet
  std::int64_t stateless = 0;  // XXA

  CliCaseFixture() {
    BOOST_REQUIRE(run({"unit", "add", "TSH-01", "Tashkent, Chilonzor"}).code == 0);
    BOOST_REQUIRE(run({"unit", "add", "SAM-01", "Samarkand"}).code == 0);
    addUser("o.aliyev", "officer", "TSH-01");
    addUser("s.rahimov", "supervisor", "TSH-01");
    addUser("s.tursunov", "supervisor", "SAM-01");
    foreigner = addPerson({"--surname", "Karimov", "--given", "Alisher", "--birth", "1990-03-15",
                           "--sex", "male", "--status", "foreigner", "--citizenship", "KAZ",
                           "--document", "passport::N12345678:KAZ:2020-01-10:2030-01-09", "--visa",
                           "EV0012345:e_visa:single:" + day(-20) + ":" + day(9), "--visa",
                           "V7654321:other:multiple:" + day(-30) + ":" + day(300)});
    citizen = addPerson({"--surname", "Rahimov", "--given", "Anvar", "--birth", "1985-06-01",
                         "--sex", "male", "--status", "citizen", "--citizenship", "UZB",
                         "--document", "passport:FA:1234567:UZB:2020-01-10:2030-01-09"});
    stateless = addPerson({"--surname", "Ivanov", "--given", "Pyotr", "--birth", "1970-01-20",
                           "--sex", "male", "--status", "stateless", "--citizenship", "XXA",
                           "--document", "travel_document::XA12345:XXA:2021-01-10:2031-01-09"});
  }

  CliRun run(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.end(), {"--dsn", dsn});
    std::istringstream in(input);
    std::ostringstream out, err;
    int code = cli::run(args, in, out, err);
    return {code, out.str(), err.str()};
  }

  // Signed in as `login`: the password is the first line of standard input, `rest` follows.
  CliRun as(const std::string& login, std::vector<std::string> args, const std::string& rest = {}) {
    args.insert(args.end(), {"--as", login, "--password-stdin"});
    return run(args, kPassword + "\n" + rest);
  }

  void addUser(const std::string& login, const std::string& role, const std::string& unit) {
    auto added = run({"user", "add", "--login", login, "--name", login, "--unit", unit, "--role",
                      role, "--no-forced-change", "--password-stdin"},
                     kPassword + "\n");
    BOOST_REQUIRE_MESSAGE(added.code == 0, added.err);
  }

  std::int64_t addPerson(std::vector<std::string> options) {
    options.insert(options.begin(), {"person", "add"});
    auto added = as("o.aliyev", options);
    BOOST_REQUIRE_MESSAGE(added.code == 0, added.err);
    return std::stoll(secondWord(added.out));
  }

  CliRun tryOpen(const std::string& service, std::int64_t person, const std::string& payload,
                 const std::string& login = "o.aliyev") {
    return as(login,
              {"case", "open", service, "--person", std::to_string(person), "--payload", "-"},
              payload);
  }

  std::string open(const std::string& service, std::int64_t person, const std::string& payload,
                   const std::string& login = "o.aliyev") {
    auto opened = tryOpen(service, person, payload, login);
    BOOST_REQUIRE_MESSAGE(opened.code == 0, service + ": " + opened.err);
    BOOST_TEST(opened.out.find(" opened: draft, " + service + ", fee ") != std::string::npos,
               opened.out);
    return secondWord(opened.out);
  }

  void step(const std::string& verb, const std::string& id, const std::string& login,
            const std::string& expected, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"case", verb, id};
    args.insert(args.end(), extra.begin(), extra.end());
    auto moved = as(login, args);
    BOOST_TEST(moved.code == 0, verb + ": " + moved.err);
    BOOST_TEST(moved.out == "case " + id + ": " + expected + "\n");
  }

  void driveToIssued(const std::string& id) {
    step("submit", id, "o.aliyev", "draft -> submitted");
    step("review", id, "s.rahimov", "submitted -> in_review");
    step("approve", id, "s.rahimov", "in_review -> approved");
    step("issue", id, "s.rahimov", "approved -> issued");
  }

  std::string show(const std::string& what, const std::string& id) {
    // Persons and cases are shown to a signed-in account (and the view is audited).
    auto shown = as("o.aliyev", {what, "show", id});
    BOOST_TEST(shown.code == 0, shown.err);
    return shown.out;
  }

  std::string stayRegistration() const {
    return R"({"v":1,"address":)" + kAddress +
           R"(,"host":{"kind":"organisation","person_id":0,"tax_id":"301234567","name":"Hotel Chilonzor",)"
           R"("consent_given":true,"consent_evidence":"paper:17"},"period":)" +
           period(0, 7) + R"(,"basis":"visa","basis_number":"EV0012345"})";
  }

  static std::string evisaExtension(int newValidTo) {
    return R"({"v":1,"service":"EVISA_EXT","visa_number":"EV0012345","new_valid_to":")" +
           day(newValidTo) + R"("})";
  }

  static std::string biometrics() {
    return R"({"photo_sha256":")" + kSha + R"(","fingerprint_sha256":[")" + kSha + R"(",")" +
           std::string(64, 'b') + R"("]})";
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(cli_cases, CliCaseFixture)

BOOST_AUTO_TEST_CASE(registrations_go_from_open_to_issued) {
  const std::string stay = open("STAY_REG", foreigner, stayRegistration());
  driveToIssued(stay);
  const std::string cancel =
      open("STAY_CANCEL", foreigner,
           R"({"v":1,"registration_case_id":")" + stay +
               R"(","requester":"registered_person",)"
               R"("requester_person_id":)" +
               std::to_string(foreigner) + R"(,"requester_document_number":"N12345678"})");
  driveToIssued(cancel);
  BOOST_TEST(show("case", stay).find("  state:    cancelled (version 6)\n") != std::string::npos);

  const std::string residence = open(
      "RESIDENCE_REG", citizen,
      R"({"v":1,"address":)" + kAddress + R"(,"from":")" + day(0) + R"(","replaces_case_id":""})");
  driveToIssued(residence);

  const std::string student = open(
      "STUDENT_REG", foreigner,
      R"({"v":1,"university":{"tax_id":"201234567","name":"TATU","address":)" + kAddress +
          R"(},"enrolment_number":"S-1","visa_number":"V7654321","dormitory":{"name":"Dormitory 3",)"
          R"("address":)" +
          kAddress + R"(,"owner_tax_id":"201234567"},"registration":)" + period(0, 100) +
          R"(,"contract":{"number":"DC-9","room":"310","period":)" + period(0, 180) + "}}");
  driveToIssued(student);
}

BOOST_AUTO_TEST_CASE(visas_and_work_go_from_open_to_issued) {
  const std::string evisa = open("EVISA_EXT", foreigner, evisaExtension(29));
  driveToIssued(evisa);
  BOOST_TEST(show("person", std::to_string(foreigner))
                 .find("EV0012345 e_visa single " + day(-20) + " to " + day(29) +
                       " (extended 1x)") != std::string::npos);
  const std::string visa = open(
      "VISA_EXT", foreigner,
      R"({"v":1,"visa_number":"V7654321","new_valid_to":")" + day(330) +
          R"(","on_site":false,"organisation_tax_id":"","organisation_name":"","contract_number":""})");
  driveToIssued(visa);
  const std::string work =
      open("WORK_CONFIRM", foreigner,
           R"({"v":1,"employer":{"tax_id":"301234567","name":"Artel","address":)" + kAddress +
               R"(},"position":"engineer","period":)" + period(1, 200) + "}");
  driveToIssued(work);
}

BOOST_AUTO_TEST_CASE(documents_and_status_go_from_open_to_issued) {
  const std::string card =
      open("ID_CARD", citizen,
           R"({"v":1,"reason":"first_issuance","urgent":false,"biometrics":)" + biometrics() +
               R"(,"free_e_signature":false,"one_id_registration":false})");
  const std::string shown = show("case", card);
  BOOST_TEST(
      shown.find("            e_signature 0.10 BCU waived (ID_CARD-1)\n") != std::string::npos,
      shown);
  driveToIssued(card);
  BOOST_TEST(show("person", std::to_string(citizen)).find("  OneID registration pending\n") !=
             std::string::npos);

  const std::string travel =
      open("STATELESS_TRAVEL_DOC", stateless,
           R"({"v":1,"urgent":true,"biometrics":)" + biometrics() + R"(,"address":)" + kAddress +
               R"(,"previous_document_number":"XA12345"})");
  driveToIssued(travel);
  const std::string invite = open(
      "COMPATRIOT_INVITE", citizen,
      R"({"v":1,"invitees":[{"latin":{"surname":"Rahimov","given_name":"Bahrom","patronymic":""},)"
      R"("birth_date":"1960-02-02","citizenship":"KAZ","relation":"compatriot"}],"intended_stay":)" +
          period(10, 40) + R"(,"host_address":)" + kAddress + "}");
  driveToIssued(invite);
  const std::string residence =
      open("PERMANENT_RESIDENCE", foreigner,
           R"({"v":1,"basis":"family","basis_reference":"marriage certificate 77","address":)" +
               kAddress + R"(,"residing_since":"2020-02-29"})");
  driveToIssued(residence);
  BOOST_TEST(show("person", std::to_string(foreigner))
                 .find("  status:           permanent_resident, citizenship KAZ\n") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_returned_case_is_edited_and_submitted_again) {
  const std::string id = open("STAY_REG", foreigner, stayRegistration());
  step("submit", id, "o.aliyev", "draft -> submitted");
  step("review", id, "s.rahimov", "submitted -> in_review");
  step("return", id, "s.rahimov", "in_review -> returned",
       {"--reason", "the flat number is wrong"});
  std::string corrected = stayRegistration();
  corrected.replace(corrected.find("\"45\""), 4, "\"46\"");
  auto edited = as("o.aliyev", {"case", "edit", id, "--payload", "-"}, corrected);
  BOOST_TEST(edited.code == 0, edited.err);
  BOOST_TEST(edited.out.rfind("case " + id + " edited: returned, fee 0.05 BCU = ", 0) == 0,
             edited.out);
  step("submit", id, "o.aliyev", "returned -> submitted");
  step("review", id, "s.rahimov", "submitted -> in_review");
  step("reject", id, "s.rahimov", "in_review -> rejected", {"--reason", "host withdrew consent"});

  const std::string shown = show("case", id);
  BOOST_TEST(shown.find("return: in_review -> returned by s.rahimov (supervisor)") != std::string::npos, shown);
  BOOST_TEST(shown.find("(supervisor), reason: the flat number is wrong\n") != std::string::npos,
             shown);
  BOOST_TEST(shown.find("\"flat\":\"46\"") != std::string::npos);
  auto json = as("o.aliyev", {"case", "show", id, "--json"});
  BOOST_TEST(json.out.rfind(
                 "{\"id\":\"" + id + "\",\"service\":\"STAY_REG\",\"state\":\"rejected\"", 0) == 0);

  auto rejected = as("o.aliyev", {"case", "list", "--unit", "TSH-01", "--state", "rejected"});
  BOOST_TEST(rejected.code == 0);
  BOOST_TEST(
      rejected.out.rfind(id + "  rejected  STAY_REG  person " + std::to_string(foreigner), 0) == 0);
  BOOST_TEST(as("o.aliyev", {"case", "list", "--state", "issued"}).out.empty());
  BOOST_TEST(as("o.aliyev", {"case", "list", "--service", "STAY_REG", "--json"}).out.find("\"id\":\"" + id) !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(four_eyes_and_unit_refusals_are_one_clear_line) {
  const std::string own = open("STAY_REG", foreigner, stayRegistration(), "s.rahimov");
  step("submit", own, "s.rahimov", "draft -> submitted");
  auto review = as("s.rahimov", {"case", "review", own});
  BOOST_TEST(review.code == 1);
  BOOST_TEST(review.err.rfind(
                 "mws: refused: whoever opened or submitted a case may not review or approve it "
                 "[rule CASE-1: Four-eyes: whoever opened or submitted a case never reviews or "
                 "approves it.] (action=",
                 0) == 0,
             review.err);
  BOOST_TEST(oneLine(review.err));

  const std::string id = open("STAY_REG", foreigner, stayRegistration());
  step("submit", id, "o.aliyev", "draft -> submitted");
  auto byOfficer = as("o.aliyev", {"case", "review", id});
  BOOST_TEST(byOfficer.code == 1);
  BOOST_TEST(byOfficer.err ==
             "mws: refused: this account may not do that: the role officer lacks the right "
             "case.review (right=case.review, role=officer, unit=TSH-01, user_unit=TSH-01)\n");
  auto otherUnit = as("s.tursunov", {"case", "review", id});
  BOOST_TEST(otherUnit.err ==
             "mws: refused: this account may not do that: the supervisor of unit SAM-01 may not "
             "case.review in unit TSH-01 (right=case.review, role=supervisor, unit=TSH-01, "
             "user_unit=SAM-01)\n");
  auto early = as("s.rahimov", {"case", "approve", id});
  BOOST_TEST(
      early.err.rfind(
          "mws: refused: that step is not allowed in the case's present state [rule CASE-5: ", 0) ==
      0);
}

BOOST_AUTO_TEST_CASE(an_evisa_extended_twice_is_refused_citing_the_rule) {
  const std::string first = open("EVISA_EXT", foreigner, evisaExtension(20));
  auto second = tryOpen("EVISA_EXT", foreigner, evisaExtension(25));
  BOOST_TEST(second.code == 1);
  BOOST_TEST(second.out.empty());
  BOOST_TEST(second.err ==
             "mws: refused: the electronic visa has been extended already (once only) "
             "[rule EVISA_EXT-1: An electronic visa is extended once only.] "
             "(max_extensions=1, previous_case_id=" +
                 first + ")\n");
  auto noVisa =
      tryOpen("STAY_REG", foreigner,
              stayRegistration().replace(stayRegistration().find("EV0012345"), 9, "EV0000000"));
  BOOST_TEST(noVisa.err.rfind(
                 "mws: refused: the person holds no such visa or residence permit [rule PERSON-1: ",
                 0) == 0);
}

BOOST_AUTO_TEST_CASE(a_wrong_password_is_refused_and_changes_nothing) {
  auto run1 = run({"case", "open", "STAY_REG", "--person", std::to_string(foreigner), "--payload",
                   "-", "--as", "o.aliyev", "--password-stdin"},
                  "not-the-password\n" + stayRegistration());
  BOOST_TEST(run1.code == 1);
  BOOST_TEST(run1.err == "mws: refused: wrong login or password\n");
  BOOST_TEST(as("o.aliyev", {"case", "list"}).out.empty());
  auto noActor = run({"case", "submit", "0b6e1c2a-4f3d-4a1b-9c8d-7e6f5a4b3c2d"});
  BOOST_TEST(noActor.code == 2);
  BOOST_TEST(noActor.err == "mws: say who acts with --as LOGIN\n");
  auto noPassword =
      run({"case", "submit", "0b6e1c2a-4f3d-4a1b-9c8d-7e6f5a4b3c2d", "--as", "o.aliyev"});
  BOOST_TEST(noPassword.code == 2);
  BOOST_TEST(noPassword.err.rfind("mws: no terminal to ask for the password", 0) == 0);
}

BOOST_AUTO_TEST_CASE(the_format_version_and_service_may_be_left_out_of_a_payload) {
  auto bare = tryOpen("EVISA_EXT", foreigner,
                      R"({"visa_number":"EV0012345","new_valid_to":")" + day(10) + R"("})");
  BOOST_TEST(bare.code == 0, bare.err);
  BOOST_TEST(bare.out.find(" opened: draft, EVISA_EXT, fee ") != std::string::npos, bare.out);
}

BOOST_AUTO_TEST_CASE(bad_payloads_and_services_are_refused) {
  auto broken = tryOpen("STAY_REG", foreigner, R"({"v":1,"address":)");
  BOOST_TEST(broken.code == 1);
  BOOST_TEST(broken.err.rfind("mws: refused: the payload is not a JSON object", 0) == 0,
             broken.err);
  BOOST_TEST(oneLine(broken.err));
  auto missing = tryOpen("EVISA_EXT", foreigner, R"({"v":1,"visa_number":"EV0012345"})");
  BOOST_TEST(missing.err ==
             "mws: refused: a payload field is missing or invalid: missing (field=new_valid_to)\n");

  auto unknown = tryOpen("FOO_BAR", foreigner, evisaExtension(5));
  BOOST_TEST(unknown.code == 2);
  BOOST_TEST(
      unknown.err.rfind("mws: unknown service 'FOO_BAR' (one of STAY_REG, STAY_CANCEL, ", 0) == 0);
  auto mismatch = tryOpen("VISA_EXT", foreigner, evisaExtension(5));
  BOOST_TEST(mismatch.code == 2);
  BOOST_TEST(mismatch.err == "mws: the payload is for EVISA_EXT, not VISA_EXT\n");
  auto portal = as("o.aliyev",
                   {"case", "open", "EVISA_EXT", "--person", std::to_string(foreigner), "--payload",
                    "-", "--channel", "portal"},
                   evisaExtension(5));
  BOOST_TEST(
      portal.err.rfind(
          "mws: refused: the service cannot be filed through that channel yet [rule SERVICE-2: ",
          0) == 0);
}

BOOST_AUTO_TEST_CASE(a_case_filed_before_its_effective_date_is_refused) {
  database().session() << "UPDATE service_catalogue SET effective_from = '" + day(30) +
                              "' WHERE service = 'EVISA_EXT'";
  auto early = tryOpen("EVISA_EXT", foreigner, evisaExtension(5));
  BOOST_TEST(early.code == 1);
  BOOST_TEST(early.err ==
             "mws: refused: the service is not yet in force on the filing date [rule SERVICE-1: "
             "A case filed before its service's effective date is refused.] (effective_from=" +
                 day(30) + ", filed_on=" + day(0) + ", service=EVISA_EXT)\n");
}

BOOST_AUTO_TEST_CASE(reject_return_and_cancel_need_a_reason) {
  const std::string id = open("STAY_REG", foreigner, stayRegistration());
  step("submit", id, "o.aliyev", "draft -> submitted");
  step("review", id, "s.rahimov", "submitted -> in_review");
  auto reject = as("s.rahimov", {"case", "reject", id});
  BOOST_TEST(reject.code == 1);
  BOOST_TEST(reject.err ==
             "mws: refused: this step needs a reason (--reason) [rule CASE-4: Rejecting, returning "
             "and cancelling a case need a reason.] (action=reject)\n");
  auto blank = as("s.rahimov", {"case", "cancel", id, "--reason", "  "});
  BOOST_TEST(
      blank.err.rfind("mws: refused: this step needs a reason (--reason) [rule CASE-4: ", 0) == 0);
  step("cancel", id, "s.rahimov", "in_review -> cancelled",
       {"--reason", "applicant left the country"});
  BOOST_TEST(run({"case", "show", "not-a-uuid"}).code == 2);
  auto gone = as("s.rahimov", {"case", "show", "0b6e1c2a-4f3d-4a1b-9c8d-7e6f5a4b3c2d"});
  BOOST_TEST(gone.err ==
             "mws: refused: no such case (case_id=0b6e1c2a-4f3d-4a1b-9c8d-7e6f5a4b3c2d)\n");
}

BOOST_AUTO_TEST_CASE(audit_verify_names_the_first_tampered_entry) {
  const std::string id = open("STAY_REG", foreigner, stayRegistration());
  step("submit", id, "o.aliyev", "draft -> submitted");
  auto intact = run({"audit", "verify"});
  BOOST_TEST(intact.code == 0, intact.err);
  // 3 accounts, 3 persons, open, submit + 5 sign-ins
  BOOST_TEST(intact.out == "audit chain intact: 13 entries\n");

  database().session() << "UPDATE audit_log SET actor_login = 'someone.else' WHERE seq = 7";
  auto broken = run({"audit", "verify"});
  BOOST_TEST(broken.code == 1);
  BOOST_TEST(broken.out.empty());
  BOOST_TEST(broken.err ==
             "mws: audit chain broken at entry 7 (hash): the entry was changed after it was "
             "written; 6 entries before it hold\n");
}

BOOST_AUTO_TEST_SUITE_END()
