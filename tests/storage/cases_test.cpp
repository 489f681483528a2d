#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include "domain_fixture.hpp"
#include "mws/storage/audit_chain.hpp"
#include "mws/storage/outbox.hpp"

using namespace mws;
using test::date;

namespace {
long long countOf(storage::Database& db, const std::string& sql) {
  long long n = -1;
  db.session() << sql, soci::into(n);
  return n;
}
std::string code(const core::Result<core::Case>& r) { return r.ok() ? "ok" : r.error().code; }
}  // namespace

BOOST_FIXTURE_TEST_SUITE(cases_on_postgresql, test::DomainFixture)

BOOST_AUTO_TEST_CASE(a_stay_registration_goes_from_draft_to_issued) {
  auto opened = service.open({"", foreigner.id, core::Channel::Counter, stayRegistration()}, officer);
  BOOST_REQUIRE_MESSAGE(opened.ok(), code(opened));
  const std::string id = opened->id;
  BOOST_TEST(code(service.submit(id, officer)) == "ok");
  BOOST_TEST(code(service.takeIntoReview(id, supervisor)) == "ok");
  BOOST_TEST(code(service.approve(id, supervisor)) == "ok");
  auto issued = service.issue(id, supervisor);
  BOOST_REQUIRE_MESSAGE(issued.ok(), code(issued));

  auto stored = cases.load(id);
  BOOST_REQUIRE(stored.ok() && stored->has_value());
  const core::Case& c = **stored;
  BOOST_TEST(core::toString(c.state) == "issued");
  BOOST_TEST(c.version == 5);
  BOOST_REQUIRE(c.history.size() == 5u);
  BOOST_TEST(core::toString(c.history[3].action) == "approve");
  BOOST_TEST(c.history[3].actorId == supervisor.id);
  BOOST_TEST((c.payload == core::CasePayload(stayRegistration())));

  // One outbox row per change, numbered without gaps (the person's add was number 1).
  BOOST_TEST(countOf(database(), "SELECT count(*) FROM outbox WHERE entity = 'case'") == 5);
  BOOST_TEST(countOf(database(), "SELECT max(seq) - min(seq) + 1 - count(*) FROM outbox") == 0);
  auto verified = storage::AuditChain::verify(database());
  BOOST_REQUIRE(verified.ok());
  BOOST_TEST(verified->entries == 10);  // 4 accounts, the person, 5 case steps
  BOOST_TEST(!verified->firstBroken.has_value());
}

BOOST_AUTO_TEST_CASE(the_submitter_never_approves_and_other_units_never_decide) {
  auto opened = service.open({"", foreigner.id, core::Channel::Counter, stayRegistration()}, officer);
  BOOST_REQUIRE(opened.ok());
  BOOST_REQUIRE(service.submit(opened->id, officer).ok());
  BOOST_TEST(code(service.takeIntoReview(opened->id, officer)) == "auth.forbidden");
  BOOST_TEST(code(service.takeIntoReview(opened->id, otherSupervisor)) == "auth.forbidden");
}

BOOST_AUTO_TEST_CASE(the_database_enforces_four_eyes_too) {
  auto opened = service.open({"", foreigner.id, core::Channel::Counter, stayRegistration()}, supervisor);
  BOOST_REQUIRE(opened.ok());
  BOOST_REQUIRE(service.submit(opened->id, supervisor).ok());
  // The core refuses: a supervisor who submitted may not review their own case.
  BOOST_TEST(code(service.takeIntoReview(opened->id, supervisor)) == "case.four_eyes");
  // And a client that writes around the core is stopped by the trigger.
  core::CaseChange change;
  change.transition = {opened->id, 2,
                       {core::CaseAction::TakeIntoReview, core::CaseState::Submitted,
                        core::CaseState::InReview, supervisor.id, core::Role::Supervisor, "", clock.now()}};
  auto forced = cases.apply(change, auditAs(supervisor, "case.take_into_review"));
  BOOST_REQUIRE(!forced.ok());
  BOOST_TEST(forced.error().code == "case.four_eyes");
  BOOST_TEST(core::toString((*cases.load(opened->id))->state) == "submitted");
}

BOOST_AUTO_TEST_CASE(a_failure_mid_case_leaves_neither_case_nor_outbox_nor_audit) {
  core::Case broken;
  broken.id = core::generateUuidV4();
  broken.unitCode = "TSH-01";
  broken.personId = foreigner.id;
  broken.filedOn = date("2026-11-21");
  broken.payload = stayRegistration();
  broken.openedBy = officer.id;
  // The open event names an actor that does not exist: its insert fails after the case row.
  broken.history.push_back({core::CaseAction::Open, core::CaseState::Draft, core::CaseState::Draft,
                            999999, core::Role::Officer, "", clock.now()});
  const long long outboxBefore = countOf(database(), "SELECT count(*) FROM outbox");
  const long long auditBefore = countOf(database(), "SELECT count(*) FROM audit_log");
  auto created = cases.create(broken, auditAs(officer, "case.open"));
  BOOST_REQUIRE(!created.ok());
  BOOST_TEST(countOf(database(), "SELECT count(*) FROM cases") == 0);
  BOOST_TEST(countOf(database(), "SELECT count(*) FROM outbox") == outboxBefore);
  BOOST_TEST(countOf(database(), "SELECT count(*) FROM audit_log") == auditBefore);
}

BOOST_AUTO_TEST_CASE(a_change_against_an_old_version_is_refused) {
  auto opened = service.open({"", foreigner.id, core::Channel::Counter, stayRegistration()}, officer);
  BOOST_REQUIRE(opened.ok());
  BOOST_REQUIRE(service.submit(opened->id, officer).ok());
  core::CaseChange stale;
  stale.transition = {opened->id, 1,
                      {core::CaseAction::Cancel, core::CaseState::Draft, core::CaseState::Cancelled,
                       officer.id, core::Role::Officer, "applicant left", clock.now()}};
  auto result = cases.apply(stale, auditAs(officer, "case.cancel"));
  BOOST_REQUIRE(!result.ok());
  BOOST_TEST(result.error().code == "case.concurrent_update");
  BOOST_TEST(result.error().params.at("actual") == "2");
}

BOOST_AUTO_TEST_CASE(an_evisa_is_extended_once_only) {
  core::EVisaExtensionPayload extension{"EV0012345", date("2026-12-20")};
  auto first = service.open({"", foreigner.id, core::Channel::Counter, extension}, officer);
  BOOST_REQUIRE_MESSAGE(first.ok(), code(first));
  BOOST_REQUIRE(service.submit(first->id, officer).ok());
  BOOST_REQUIRE(service.takeIntoReview(first->id, supervisor).ok());
  BOOST_REQUIRE(service.approve(first->id, supervisor).ok());
  auto issued = service.issue(first->id, supervisor);
  BOOST_REQUIRE_MESSAGE(issued.ok(), code(issued));
  auto person = persons.findById(foreigner.id);
  BOOST_REQUIRE(person.ok() && person->has_value());
  BOOST_TEST((*person)->visas.front().validTo.toString() == "2026-12-20");
  BOOST_REQUIRE((*person)->visas.front().extensions.size() == 1u);

  auto second = service.open({"", foreigner.id, core::Channel::Counter,
                              core::EVisaExtensionPayload{"EV0012345", date("2026-12-30")}}, officer);
  BOOST_REQUIRE(!second.ok());
  BOOST_TEST(second.error().params.at("rule").rfind("EVISA_EXT", 0) == 0);
}

BOOST_AUTO_TEST_CASE(the_audit_chain_names_the_first_edited_or_removed_entry) {
  auto opened = service.open({"", foreigner.id, core::Channel::Counter, stayRegistration()}, officer);
  BOOST_REQUIRE(opened.ok());
  BOOST_REQUIRE(service.submit(opened->id, officer).ok());
  BOOST_REQUIRE(storage::AuditChain::verify(database())->entries == 7);  // 4 accounts first

  database().session() << "UPDATE audit_log SET actor_login = 'someone.else' WHERE seq = 2";
  auto edited = storage::AuditChain::verify(database());
  BOOST_REQUIRE(edited.ok());
  BOOST_REQUIRE(edited->firstBroken.has_value());
  BOOST_TEST(*edited->firstBroken == 2);
  BOOST_TEST(edited->problem == "hash");
}

BOOST_AUTO_TEST_CASE(removing_the_newest_audit_entry_is_detected) {
  auto opened = service.open({"", foreigner.id, core::Channel::Counter, stayRegistration()}, officer);
  BOOST_REQUIRE(opened.ok());
  database().session() << "DELETE FROM audit_log WHERE seq = 6";  // the newest: 4 accounts, the person
  auto verified = storage::AuditChain::verify(database());
  BOOST_REQUIRE(verified->firstBroken.has_value());
  BOOST_TEST(verified->problem == "head");
}

BOOST_AUTO_TEST_CASE(one_residence_registration_in_force_is_a_database_constraint) {
  for (int i = 0; i < 2; ++i) {
    database().session()
        << "INSERT INTO cases(id, unit_code, service, person_id, channel, filed_on, state,"
           " payload, fee, opened_by, version) VALUES (gen_random_uuid(), 'TSH-01',"
           " 'RESIDENCE_REG', " << foreigner.id << ", 'counter', '2026-11-21', 'draft', '{}', '{}', "
        << officer.id << ", 1)";
  }
  database().session() << "UPDATE cases SET state = 'issued' WHERE id = (SELECT min(id::text)::uuid FROM cases)";
  BOOST_CHECK_THROW(database().session() << "UPDATE cases SET state = 'issued' WHERE state = 'draft'",
                    soci::soci_error);
}

BOOST_AUTO_TEST_CASE(the_free_first_id_card_is_granted_once_per_person) {
  core::Person citizen;
  citizen.latin = {"TOSHMATOV", "ANVAR", ""};
  citizen.birthDate = date("1990-07-01");
  citizen.status = core::PersonStatus::Citizen;
  citizen.citizenship = "UZB";
  citizen.documents.push_back({core::DocumentKind::Passport, "FA", "1234567", "UZB", "",
                               date("2020-01-01"), date("2030-01-01")});
  core::completeNameForms(citizen);
  auto stored = persons.add(citizen, auditAs(officer, "person.add"));
  BOOST_REQUIRE(stored.ok());
  const std::string sha(64, 'a');
  core::IdCardPayload card{core::IdCardReason::FirstIssuance, false, {sha, {sha, sha}}, false, false};
  auto first = service.open({"", stored->id, core::Channel::Counter, card}, officer);
  BOOST_REQUIRE_MESSAGE(first.ok(), code(first));
  BOOST_TEST(std::get<core::IdCardPayload>(first->payload).freeESignature);
  auto second = service.open({"", stored->id, core::Channel::Counter, card}, officer2);
  BOOST_REQUIRE(!second.ok());
  BOOST_TEST(second.error().code == "id_card.not_first_issuance");
  BOOST_TEST(second.error().params.at("previous_case_id") == first->id);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(case_list_by_person, test::DomainFixture)

BOOST_AUTO_TEST_CASE(a_list_restricted_to_persons_holds_only_their_cases) {
  core::Person other = makeForeigner();
  other.latin = {"TURSUNOVA", "MALIKA", ""};
  other.cyrillic = {"Турсунова", "Малика", ""};
  other.documents.front().number = "N87654321";
  other.visas.front().number = "EV0054321";
  auto added = persons.add(other, auditAs(officer, "person.add"));
  BOOST_REQUIRE_MESSAGE(added.ok(), (added.ok() ? std::string() : added.error().code));
  for (std::int64_t personId : {foreigner.id, foreigner.id, added->id}) {
    auto payload = stayRegistration();
    if (personId == added->id) payload.basisNumber = "EV0054321";
    auto opened = service.open({"", personId, core::Channel::Counter, payload}, officer);
    BOOST_REQUIRE_MESSAGE(opened.ok(), code(opened));
  }
  auto all = cases.list({"TSH-01", std::nullopt, std::nullopt, {0, 50}});
  BOOST_REQUIRE(all.ok());
  BOOST_TEST(all->total == 3);

  core::CaseQuery query{"TSH-01", std::nullopt, std::nullopt, {0, 50}};
  auto theirs = cases.listOfPersons(query, {added->id});
  BOOST_REQUIRE(theirs.ok());
  BOOST_TEST(theirs->total == 1);
  BOOST_REQUIRE(theirs->items.size() == 1u);
  BOOST_TEST(theirs->items.front().personId == added->id);

  BOOST_TEST(cases.listOfPersons(query, {foreigner.id, added->id})->total == 3);
  BOOST_TEST(cases.listOfPersons(query, {})->total == 0);
  query.state = core::CaseState::Submitted;
  BOOST_TEST(cases.listOfPersons(query, {foreigner.id})->total == 0);
}

BOOST_AUTO_TEST_SUITE_END()
