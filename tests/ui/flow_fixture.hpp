#pragma once
// The screens' service bundle over a throwaway PostgreSQL database: a unit with an officer
// and a supervisor, a foreigner holding a passport and a valid visa, the real repositories,
// the CaseService and the sealed blob store. Shared by the flow presenter and UI tests.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "mws/core/auth/auth_service.hpp"
#include "mws/core/domain/case_service.hpp"
#include "mws/presenter/new_case_flow.hpp"
#include "mws/presenter/services.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/blob_store.hpp"
#include "mws/storage/audit_trail.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "mws/storage/pg_person_repository.hpp"
#include "mws/storage/pg_reference_data_repository.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/test/pg_cluster.hpp"

namespace mws::test {

class FlowClock : public core::Clock {
public:
  explicit FlowClock(core::CivilDate today) : m_today(today) {}
  std::chrono::system_clock::time_point now() override { return m_now += std::chrono::seconds(1); }
  core::CivilDate today() override { return m_today; }
  core::CivilDate m_today;
  std::chrono::system_clock::time_point m_now = std::chrono::sys_days{std::chrono::year{2026} / 11 / 21};
};

// The unit database's blob store as the core's port.
class StoreBlobs : public core::BlobPort {
public:
  explicit StoreBlobs(storage::Database& db) : m_store(db, key()) {}
  core::Result<std::string> put(std::string_view bytes) override { return m_store.put(bytes); }
  core::Result<std::string> get(const std::string& sha256) override { return m_store.get(sha256); }

private:
  static storage::BlobKey key() {
    storage::BlobKey k;
    for (std::size_t i = 0; i < k.bytes.size(); ++i) k.bytes[i] = static_cast<unsigned char>(i * 7 + 1);
    return k;
  }
  storage::BlobStore m_store;
};

inline core::CivilDate day(const char* text) { return *core::CivilDate::parse(text); }

// ICAO 9303 check digit (weights 7, 3, 1; '<' is 0, A is 10).
inline char mrzCheck(const std::string& field) {
  static const int weights[] = {7, 3, 1};
  int sum = 0;
  for (std::size_t i = 0; i < field.size(); ++i) {
    const char c = field[i];
    const int v = c == '<' ? 0 : (c >= 'A' && c <= 'Z') ? c - 'A' + 10 : c - '0';
    sum += v * weights[i % 3];
  }
  return static_cast<char>('0' + sum % 10);
}

// A passport's two MRZ lines (TD3) with every check digit right.
inline std::vector<std::string> passportMrz(const std::string& state, const std::string& surname,
                                            const std::string& given, const std::string& number,
                                            const std::string& birth, char sex,
                                            const std::string& expiry) {
  std::string line1 = "P<" + state + surname + "<<" + given;
  line1.resize(44, '<');
  std::string doc = number;
  doc.resize(9, '<');
  std::string optional(14, '<');
  std::string line2 = doc + mrzCheck(doc) + state + birth + mrzCheck(birth) + sex + expiry +
                      mrzCheck(expiry) + optional + mrzCheck(optional);
  line2 += mrzCheck(line2.substr(0, 10) + line2.substr(13, 7) + line2.substr(21, 22));
  return {line1, line2};
}

// A stay registration's form at a hotel of the test's district, complete.
inline void fillStayForm(presenter::NewCaseFlow& flow) {
  flow.setField("address.region", "TK");
  flow.setField("address.district", "TK-CHI");
  flow.setField("address.street", "Bunyodkor");
  flow.setField("address.house", "12");
  flow.setField("host.tax_id", "301234567");
  flow.setField("host.name", "Hotel Chilonzor");
  flow.setField("host.consent_given", "true");
  flow.setField("host.consent_evidence", "paper:17");
}

struct FlowFixture : DbFixture {
  storage::PgUnitRepository units{database()};
  storage::PgUserRepository users{database()};
  storage::PgPersonRepository persons{database()};
  storage::PgCaseRepository cases{database()};
  storage::PgReferenceDataRepository reference{database()};
  StoreBlobs blobs{database()};
  FlowClock clock{day("2026-11-21")};
  security::SodiumPasswordHasher hasher{{1, 8192}};
  core::AuthService auth{users, hasher};
  core::CaseService caseService{cases, persons, reference, clock};
  storage::PgAuditTrail auditTrail{database()};
  core::PersonAccess personAccess{persons, auditTrail, clock};  // the flow's person lookups
  presenter::Services services;
  core::User officer, supervisor;
  core::Person foreigner;

  static constexpr const char* kPassword = "officer-pass-1";

  FlowFixture() {
    BOOST_REQUIRE(units.add({"TSH-01", "Tashkent, Chilonzor"}).ok());
    officer = addUser("o.aliyev", "Otabek Aliyev", core::Role::Officer);
    supervisor = addUser("s.rahimov", "Sardor Rahimov", core::Role::Supervisor);
    auto added = persons.add(makeForeigner(), {officer, "person.add", clock.now()});
    if (!added.ok()) BOOST_FAIL("cannot add the test person: " + added.error().code);
    foreigner = *added;
    services.auth = &auth;
    services.cases = &caseService;
    services.caseRepository = &cases;
    services.persons = &persons;
    services.personAccess = &personAccess;
    services.reference = &reference;
    services.blobs = &blobs;
    services.users = &users;
    services.clock = &clock;
    services.workplace = {"TSH-01", "Tashkent, Chilonzor", "Counter 3", "test cluster"};
  }

  core::User addUser(const std::string& login, const std::string& display, core::Role role) {
    auto user = auth.addUser({login, display, role, "TSH-01", kPassword});
    BOOST_REQUIRE(user.ok());
    return *user;
  }

  static core::Person makeForeigner() {
    core::Person p;
    p.latin = {"KARIMOV", "ALISHER", ""};
    p.cyrillic = {"Каримов", "Алишер", ""};
    p.birthDate = day("1990-03-15");
    p.sex = core::Sex::Male;
    p.status = core::PersonStatus::Foreigner;
    p.citizenship = "KAZ";
    p.documents.push_back({core::DocumentKind::Passport, "", "N12345678", "KAZ", "MVD RK",
                           day("2020-01-10"), day("2030-01-09")});
    p.visas.push_back({"EV0012345", core::VisaKind::EVisa, core::VisaEntries::Single,
                       day("2026-11-01"), day("2026-12-20"), {}});
    return p;
  }

  // The MRZ of the foreigner's passport.
  static std::vector<std::string> foreignerMrz() {
    return passportMrz("KAZ", "KARIMOV", "ALISHER", "N12345678", "900315", 'M', "300109");
  }
};

}  // namespace mws::test
