// A role cannot do what it may not (issue 9): every right of the rights table is exercised
// through the real service (CaseService, PersonAccess, AuthService, verifyAudit) against the
// real PostgreSQL fixture, by each role of the unit and, where a right acts on something of a
// unit, by a user of another unit whose role has the right. A refusal is "auth.forbidden"
// naming the right and the unit, and writes nothing (the audit chain does not grow); an
// allowed action is recorded in the audit chain.
#include <soci/soci.h>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "../storage/domain_fixture.hpp"
#include "mws/core/auth/case_access.hpp"
#include "mws/core/auth/person_access.hpp"
#include "mws/core/auth/recorded_work.hpp"
#include "mws/core/auth/rights.hpp"
#include "mws/storage/audit_trail.hpp"

using namespace mws;
namespace data = boost::unit_test::data;

namespace {

std::vector<std::string> rightNames() {
  std::vector<std::string> names;
  for (core::Right right : core::kAllRights) names.emplace_back(core::toString(right));
  return names;
}

struct RightsFixture : test::DomainFixture {
  storage::PgAuditTrail trail{database()};
  core::PersonAccess access{persons, trail, clock};
  core::CaseAccess caseAccess{cases, trail, clock};
  security::SodiumPasswordHasher cheapHasher{{1, 8192}};
  core::AuthService auth{users, cheapHasher};
  core::User unitAdmin, it, otherUnitAdmin;
  int serial = 0;

  RightsFixture() {
    unitAdmin = addUser("a.admin", core::Role::UnitAdmin, "TSH-01");
    it = addUser("i.it", core::Role::It, "TSH-01");
    otherUnitAdmin = addUser("a.samadmin", core::Role::UnitAdmin, "SAM-01");
  }

  long long auditRows() {
    long long n = 0;
    database().session() << "SELECT count(*) FROM audit_log", soci::into(n);
    return n;
  }

  std::string draft() {
    auto opened = service.open({"", foreigner.id, core::Channel::Counter, stayRegistration()}, officer);
    BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().code));
    return opened->id;
  }
  std::string submitted() {
    auto id = draft();
    BOOST_REQUIRE(service.submit(id, officer).ok());
    return id;
  }
  std::string inReview() {
    auto id = submitted();
    BOOST_REQUIRE(service.takeIntoReview(id, supervisor).ok());
    return id;
  }
  std::string approved() {
    auto id = inReview();
    BOOST_REQUIRE(service.approve(id, supervisor).ok());
    return id;
  }

  core::Person newPerson() {
    core::Person p = makeForeigner();
    p.documents.front().number = "N9" + std::to_string(1000000 + ++serial);
    p.visas.front().number = "EV9" + std::to_string(1000000 + serial);
    return p;
  }

  static core::Status status(const core::Error* error) {
    return error ? core::Status(*error) : core::success();
  }
  template <typename T>
  static core::Status status(const core::Result<T>& result) {
    return result.ok() ? core::success() : core::Status(result.error());
  }

  // Prepares what the right acts on (outside the measured part) and exercises the right.
  core::Status exercise(core::Right right, const core::User& actor) {
    using core::Right;
    switch (right) {
      case Right::CaseOpen:
        return status(service.open({"", foreigner.id, core::Channel::Counter, stayRegistration()}, actor));
      case Right::CaseEdit: return act(draft(), [&](auto& id) { return status(service.edit(id, stayRegistration(), actor)); });
      case Right::CaseSubmit: return act(draft(), [&](auto& id) { return status(service.submit(id, actor)); });
      case Right::CaseReview: return act(submitted(), [&](auto& id) { return status(service.takeIntoReview(id, actor)); });
      case Right::CaseDecide: return act(inReview(), [&](auto& id) { return status(service.approve(id, actor)); });
      case Right::CaseIssue: return act(approved(), [&](auto& id) { return status(service.issue(id, actor)); });
      case Right::CaseCancel:
        return act(draft(), [&](auto& id) { return status(service.cancel(id, actor, "applicant left")); });
      case Right::PersonCreate: return status(access.add(newPerson(), actor));
      case Right::PersonView: return status(access.view(foreigner.id, actor, core::Disclosure::Display));
      case Right::PersonSearch:
        return status(access.find({core::PersonLookup::By::Document, "N12345678", {}, {}}, actor,
                                  core::Disclosure::Display));
      case Right::Export: return status(access.view(foreigner.id, actor, core::Disclosure::Export));
      case Right::UserManage:
        return status(auth.addUser({"n.user" + std::to_string(++serial), "New User",
                                    core::Role::Officer, "TSH-01", "long-enough-pw"}, actor));
      case Right::AuditVerify: return status(core::verifyAudit(trail, clock, actor));
      case Right::CaseView:
        return act(draft(), [&](auto& id) { return status(caseAccess.view(id, actor, core::Disclosure::Display)); });
      case Right::SyncRun: return machineWork(right, actor, "sync.now");
      case Right::DeviceManage: return machineWork(right, actor, "machine.doctor");
      case Right::UnitManage: return machineWork(right, actor, "machine.onboard_request");
    }
    return core::makeError("test.unknown_right");
  }

  // Work on the machine of unit TSH-01, as the CLI's sync, doctor and onboard do it.
  core::Status machineWork(core::Right right, const core::User& actor, const std::string& action) {
    return core::authorizeWork(trail, clock, actor, {right}, "TSH-01", {action, "machine", "TSH-01", ""});
  }

  template <typename Step>
  core::Status act(const std::string& id, Step step) {
    m_before = auditRows();  // the preparation's own entries do not count
    return step(id);
  }

  core::Status attempt(core::Right right, const core::User& actor, long long& written) {
    m_before = -1;
    const long long start = auditRows();
    auto result = exercise(right, actor);
    written = auditRows() - (m_before >= 0 ? m_before : start);
    return result;
  }

  long long m_before = -1;
};

// The right a refusal names: a role without PersonView is refused that before Export.
std::string refusedRight(core::Right right, core::Role role) {
  if (right == core::Right::Export && !core::roleHas(role, core::Right::PersonView)) {
    return "person.view";
  }
  return std::string(core::toString(right));
}

// Rights that act on something belonging to a unit (a case, an account); the others act in
// the actor's own unit by construction (a new case is filed by the actor's unit, persons
// are shared by the units, the audit chain is the database's).
bool unitScoped(core::Right right) {
  return right != core::Right::CaseOpen && right != core::Right::PersonCreate &&
         right != core::Right::PersonView && right != core::Right::PersonSearch &&
         right != core::Right::Export && right != core::Right::AuditVerify;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rights)

BOOST_AUTO_TEST_CASE(the_role_table_is_what_the_decree_asks) {
  using core::Right;
  using core::Role;
  BOOST_TEST(core::roleHas(Role::Officer, Right::CaseOpen));
  BOOST_TEST(!core::roleHas(Role::Officer, Right::CaseDecide));
  BOOST_TEST(core::roleHas(Role::Supervisor, Right::CaseDecide));
  BOOST_TEST(core::roleHas(Role::UnitAdmin, Right::UserManage));
  BOOST_TEST(!core::roleHas(Role::Supervisor, Right::UserManage));
  for (Right right : {Right::SyncRun, Right::DeviceManage, Right::UnitManage}) {
    BOOST_TEST(core::roleHas(Role::It, right), "IT looks after the machines");
    BOOST_TEST(core::roleHas(Role::UnitAdmin, right));
    BOOST_TEST(!core::roleHas(Role::Officer, right));
    BOOST_TEST(!core::roleHas(Role::Supervisor, right));
  }
  BOOST_TEST(core::roleHas(Role::Officer, Right::CaseView));
  for (Right right : {Right::PersonView, Right::PersonSearch, Right::Export, Right::CaseOpen, Right::CaseView}) {
    BOOST_TEST(!core::roleHas(Role::It, right), "IT reads no personal data");
    BOOST_TEST(!core::roleHas(Role::UnitAdmin, right));
  }
  for (Right right : core::kAllRights) {
    BOOST_TEST((core::parseRight(core::toString(right)) == right));
  }
}

BOOST_DATA_TEST_CASE_F(RightsFixture, each_right_is_granted_and_refused_by_the_table,
                       data::make(rightNames()), rightName) {
  const core::Right right = *core::parseRight(rightName);
  for (const core::User* actor : {&officer, &supervisor, &unitAdmin, &it}) {
    BOOST_TEST_CONTEXT(rightName << " by " << core::toString(actor->role)) {
      long long written = 0;
      auto result = attempt(right, *actor, written);
      if (core::roleHas(actor->role, right)) {
        BOOST_TEST(result.ok(), (result.ok() ? "" : result.error().code));
        BOOST_TEST(written >= 1, "an allowed action is in the audit chain");
      } else {
        BOOST_TEST_REQUIRE(!result.ok());
        BOOST_TEST(result.error().code == "auth.forbidden");
        BOOST_TEST(result.error().params.at("right") == refusedRight(right, actor->role));
        BOOST_TEST(result.error().params.at("role") == core::toString(actor->role));
        BOOST_TEST(written == 0, "a refusal writes nothing");
      }
    }
  }
}

BOOST_DATA_TEST_CASE_F(RightsFixture, a_unit_scoped_right_is_refused_in_another_unit,
                       data::make(rightNames()), rightName) {
  const core::Right right = *core::parseRight(rightName);
  if (!unitScoped(right)) {
    BOOST_TEST(!unitScoped(right));  // acts in the actor's own unit: nothing to cross
    return;
  }
  const bool adminWork = right == core::Right::UserManage || right == core::Right::SyncRun ||
                         right == core::Right::DeviceManage || right == core::Right::UnitManage;
  const core::User& stranger = adminWork ? otherUnitAdmin : otherSupervisor;
  BOOST_TEST_REQUIRE(core::roleHas(stranger.role, right));
  long long written = 0;
  auto result = attempt(right, stranger, written);
  BOOST_TEST_REQUIRE(!result.ok());
  BOOST_TEST(result.error().code == "auth.forbidden");
  BOOST_TEST(result.error().params.at("right") == rightName);
  BOOST_TEST(result.error().params.at("unit") == "TSH-01");
  BOOST_TEST(result.error().params.at("user_unit") == "SAM-01");
  BOOST_TEST(written == 0);
}

BOOST_FIXTURE_TEST_CASE(a_unit_admin_may_not_create_an_it_account, RightsFixture) {
  auto made = auth.addUser({"x.it", "X", core::Role::It, "TSH-01", "long-enough-pw"}, unitAdmin);
  BOOST_TEST_REQUIRE(!made.ok());
  BOOST_TEST(made.error().code == "auth.role_not_grantable");
  BOOST_TEST(auth.addUser({"y.it", "Y", core::Role::It, "TSH-01", "long-enough-pw"}, it).error().code ==
             "auth.forbidden");  // IT has no UserManage: accounts are the unit's
  BOOST_TEST(auth.resetPassword("o.aliyev", "another-password", true, otherUnitAdmin).error().code ==
             "auth.forbidden");
  BOOST_TEST(auth.unlock("o.aliyev", officer).error().code == "auth.forbidden");
  BOOST_TEST(auth.unlock("o.aliyev", unitAdmin).ok());
}

BOOST_AUTO_TEST_SUITE_END()
