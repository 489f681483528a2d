#pragma once
// The case pages' world on a throwaway database: a unit with two officers and two
// supervisors, a foreign person on a valid e-visa, the real PostgreSQL repositories and the
// CaseService, and the Services bundle the pages take. Dates follow the wall clock, as in
// the workstation. No wx in here: the presenter tests use it too.
#include <boost/test/unit_test.hpp>

#include <chrono>

#include "mws/core/auth/auth_service.hpp"
#include "mws/core/domain/case_service.hpp"
#include "mws/presenter/services.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/blob_port_adapter.hpp"
#include "mws/storage/audit_trail.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "mws/storage/pg_dashboard_source.hpp"
#include "mws/storage/pg_person_repository.hpp"
#include "mws/storage/pg_queue_repository.hpp"
#include "mws/storage/pg_reference_data_repository.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/test/pg_cluster.hpp"

namespace mws::test {

// The wall clock, optionally turned back by whole days (to file cases on earlier days).
class WallClock : public core::Clock {
public:
  int daysBack = 0;
  std::chrono::system_clock::time_point now() override {
    return std::chrono::system_clock::now() - std::chrono::days(daysBack);
  }
  core::CivilDate today() override { return core::CivilDate::fromDays(std::chrono::floor<std::chrono::days>(now())); }
};

inline storage::BlobKey testBlobKey() {
  storage::BlobKey key;
  for (std::size_t i = 0; i < key.bytes.size(); ++i) key.bytes[i] = static_cast<unsigned char>(7 * i + 1);
  return key;
}

struct CasePagesFixture : DbFixture {
  storage::PgUnitRepository units{database()};
  storage::PgUserRepository users{database()};
  storage::PgPersonRepository persons{database()};
  storage::PgCaseRepository cases{database()};
  storage::PgReferenceDataRepository reference{database()};
  storage::PgQueueRepository queue{database()};
  storage::BlobPortAdapter blobs{database(), testBlobKey()};
  storage::PgDashboardSource dashboard{database()};
  WallClock clock;
  core::CaseService service{cases, persons, reference, clock};
  storage::PgAuditTrail auditTrail{database()};
  core::PersonAccess personAccess{persons, auditTrail, clock};  // the flow's person lookups
  core::User officer, officer2, supervisor, supervisor2;
  core::Person foreigner;
  presenter::Services services;

  CasePagesFixture() {
    BOOST_REQUIRE(units.add({"TSH-01", "Tashkent, Chilonzor"}).ok());
    officer = addUser("o.aliyev", "Oybek Aliyev", core::Role::Officer);
    officer2 = addUser("o.karimova", "Nodira Karimova", core::Role::Officer);
    supervisor = addUser("s.rahimov", "Sardor Rahimov", core::Role::Supervisor);
    supervisor2 = addUser("s.yusupova", "Dilnoza Yusupova", core::Role::Supervisor);
    foreigner = addPerson(makeForeigner());
    services.cases = &service;
    services.caseRepository = &cases;
    services.persons = &persons;
    services.personAccess = &personAccess;
    services.reference = &reference;
    services.queue = &queue;
    services.blobs = &blobs;
    services.users = &users;
    services.dashboard = &dashboard;
    services.clock = &clock;
    services.workplace = {"TSH-01", "Tashkent, Chilonzor", "Counter 3", "private database"};
  }

  core::CivilDate today() { return clock.today(); }

  core::User addUser(const std::string& login, const std::string& displayName, core::Role role) {
    security::SodiumPasswordHasher hasher({1, 8192});
    core::AuthService auth(users, hasher);
    auto user = auth.addUser({login, displayName, role, "TSH-01", "long-enough-pw"});
    BOOST_REQUIRE(user.ok());
    return *user;
  }

  core::Person addPerson(const core::Person& person) {
    auto added = persons.add(person, {officer, "person.add", clock.now()});
    if (!added) BOOST_FAIL("cannot add a test person: " + added.error().code);
    return *added;
  }

  core::Person makeForeigner() {
    core::Person p;
    p.latin = {"KARIMOV", "ALISHER", ""};
    p.cyrillic = {"Каримов", "Алишер", ""};
    p.birthDate = *core::CivilDate::parse("1990-03-15");
    p.sex = core::Sex::Male;
    p.status = core::PersonStatus::Foreigner;
    p.citizenship = "KAZ";
    p.documents.push_back({core::DocumentKind::Passport, "", "N12345678", "KAZ", "MVD RK",
                           today().addDays(-1000), today().addDays(2000)});
    p.visas.push_back({"EV0012345", core::VisaKind::EVisa, core::VisaEntries::Single, today().addDays(-20),
                       today().addDays(9), {}});
    return p;
  }

  core::StayRegistrationPayload stayRegistration(const core::Person& person, const std::string& visa) {
    core::StayRegistrationPayload p;
    p.address = {"TK", "TK-CHI", "Bunyodkor", "12", "45"};
    p.host.kind = core::HostKind::Organisation;
    p.host.taxId = "301234567";
    p.host.name = "Hotel Chilonzor";
    p.host.consentGiven = true;
    p.host.consentEvidence = "paper:17";
    p.period = {today(), today().addDays(7)};
    p.basis = core::StayBasis::Visa;
    p.basisNumber = visa;
    (void)person;
    return p;
  }

  // A stay registration of the foreigner opened (and submitted, unless `submit` is false)
  // by `by`.
  core::Case stayCase(const core::User& by, bool submit = true) {
    auto opened = service.open({"", foreigner.id, core::Channel::Counter, stayRegistration(foreigner, "EV0012345")}, by);
    if (!opened) BOOST_FAIL("cannot open the test case: " + opened.error().code);
    if (!submit) return *opened;
    auto submitted = service.submit(opened->id, by);
    if (!submitted) BOOST_FAIL("cannot submit the test case: " + submitted.error().code);
    return *submitted;
  }
};

}  // namespace mws::test
