#pragma once
// A database with a unit, officers, supervisors and a foreign person holding an e-visa, and
// the CaseService wired to the real PostgreSQL repositories.
#include <boost/test/unit_test.hpp>

#include "mws/core/auth/auth_service.hpp"
#include "mws/core/domain/uuid.hpp"
#include "mws/core/domain/case_service.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "mws/storage/pg_person_repository.hpp"
#include "mws/storage/pg_reference_data_repository.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/test/pg_cluster.hpp"

namespace mws::test {

class FixedClock : public core::Clock {
public:
  explicit FixedClock(core::CivilDate today) : m_today(today) {}
  std::chrono::system_clock::time_point now() override { return m_now += std::chrono::seconds(1); }
  core::CivilDate today() override { return m_today; }
  core::CivilDate m_today;
  std::chrono::system_clock::time_point m_now = std::chrono::sys_days{std::chrono::year{2026} / 11 / 21};
};

inline core::CivilDate date(const char* text) { return *core::CivilDate::parse(text); }

struct DomainFixture : DbFixture {
  storage::PgUnitRepository units{database()};
  storage::PgUserRepository users{database()};
  storage::PgPersonRepository persons{database()};
  storage::PgCaseRepository cases{database()};
  storage::PgReferenceDataRepository reference{database()};
  FixedClock clock{date("2026-11-21")};
  core::CaseService service{cases, persons, reference, clock};
  core::User officer, officer2, supervisor, otherSupervisor;
  core::Person foreigner;

  DomainFixture() {
    BOOST_REQUIRE(units.add({"TSH-01", "Tashkent, Chilonzor"}).ok());
    BOOST_REQUIRE(units.add({"SAM-01", "Samarkand"}).ok());
    officer = addUser("o.aliyev", core::Role::Officer, "TSH-01");
    officer2 = addUser("o.karimova", core::Role::Officer, "TSH-01");
    supervisor = addUser("s.rahimov", core::Role::Supervisor, "TSH-01");
    otherSupervisor = addUser("s.tursunov", core::Role::Supervisor, "SAM-01");
    auto added = persons.add(makeForeigner(), auditAs(officer, "person.add"));
    if (!added.ok()) BOOST_FAIL("cannot add the test person: " + added.error().code);
    foreigner = *added;
  }

  core::User addUser(const std::string& login, core::Role role, const std::string& unit) {
    security::SodiumPasswordHasher hasher({1, 8192});
    core::AuthService auth(users, hasher);
    auto user = auth.addUser({login, login, role, unit, "long-enough-pw"});
    BOOST_REQUIRE(user.ok());
    return *user;
  }

  core::AuditContext auditAs(const core::User& actor, const std::string& action) {
    return {actor, action, clock.now()};
  }

  static core::Person makeForeigner() {
    core::Person p;
    p.latin = {"KARIMOV", "ALISHER", ""};
    p.cyrillic = {"Каримов", "Алишер", ""};
    p.birthDate = date("1990-03-15");
    p.sex = core::Sex::Male;
    p.status = core::PersonStatus::Foreigner;
    p.citizenship = "KAZ";
    p.documents.push_back({core::DocumentKind::Passport, "", "N12345678", "KAZ", "MVD RK",
                           date("2020-01-10"), date("2030-01-09")});
    p.visas.push_back({"EV0012345", core::VisaKind::EVisa, core::VisaEntries::Single,
                       date("2026-11-01"), date("2026-11-30"), {}});
    return p;
  }

  core::StayRegistrationPayload stayRegistration() {
    core::StayRegistrationPayload p;
    p.address = {"TK", "TK-CHI", "Bunyodkor", "12", "45"};
    p.host.kind = core::HostKind::Organisation;
    p.host.taxId = "301234567";
    p.host.name = "Hotel Chilonzor";
    p.host.consentGiven = true;
    p.host.consentEvidence = "paper:17";
    p.period = {date("2026-11-21"), date("2026-11-28")};
    p.basis = core::StayBasis::Visa;
    p.basisNumber = "EV0012345";
    return p;
  }
};

}  // namespace mws::test
