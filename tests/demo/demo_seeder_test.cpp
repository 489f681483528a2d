#include "mws/demo/demo_seeder.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <map>
#include <set>

#include "mws/core/auth/auth_service.hpp"
#include "mws/core/domain/reference_data.hpp"
#include "mws/core/domain/transliteration.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/audit_chain.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "mws/storage/pg_person_repository.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

const core::CivilDate kToday = *core::CivilDate::parse("2026-11-21");

demo::DemoOptions options(std::int64_t persons, std::int64_t cases, std::uint64_t seed = 42) {
  return demo::DemoOptions{persons, cases, seed, kToday};
}

std::vector<std::string> column(storage::Database& db, const std::string& query) {
  std::vector<std::string> values;
  soci::rowset<std::string> rows = db.session().prepare << query;
  for (const auto& value : rows) values.push_back(value);
  return values;
}

long long scalar(storage::Database& db, const std::string& query) {
  long long value = 0;
  db.session() << query, soci::into(value);
  return value;
}

struct SeededDemo : test::DbFixture {
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> lastProgress;

  SeededDemo() {
    auto seeded =
        demo::seedDemo(database(), options(200, 300),
                       [this](std::string_view stage, std::int64_t done, std::int64_t total) {
                         lastProgress[std::string(stage)] = {done, total};
                       });
    if (!seeded) BOOST_FAIL("seedDemo: " + seeded.error().code + ": " + seeded.error().detail);
  }

  std::vector<core::Person> allPersons() {
    storage::PgPersonRepository repository(database());
    std::vector<core::Person> out;
    for (const auto& id : column(database(), "SELECT id::text FROM persons ORDER BY id")) {
      auto found = repository.findById(std::stoll(id));
      BOOST_REQUIRE(found.ok() && found->has_value());
      out.push_back(**found);
    }
    return out;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(demo_seeder, SeededDemo)

BOOST_AUTO_TEST_CASE(every_person_has_latin_and_cyrillic_names_and_passes_validation) {
  const auto persons = allPersons();
  BOOST_TEST(persons.size() == 200u);
  const auto reference = core::defaultReferenceData();
  std::set<core::PersonStatus> statuses;
  for (const core::Person& p : persons) {
    BOOST_TEST_CONTEXT("person " << p.id << " " << p.latin.full() << " / " << p.cyrillic.full()) {
      BOOST_TEST((core::detectScript(p.latin.full()) == core::Script::Latin));
      BOOST_TEST((core::detectScript(p.cyrillic.full()) == core::Script::Cyrillic));
      BOOST_TEST(core::validatePerson(p, reference.countries, kToday).ok());
      BOOST_TEST(!p.documents.empty());
    }
    statuses.insert(p.status);
  }
  BOOST_TEST(statuses.size() == 4u);
  BOOST_TEST((lastProgress["persons"] == std::pair<std::int64_t, std::int64_t>{200, 200}));
  BOOST_TEST((lastProgress["cases"] == std::pair<std::int64_t, std::int64_t>{300, 300}));
}

BOOST_AUTO_TEST_CASE(citizens_have_personal_numbers_and_uzbek_documents) {
  for (const core::Person& p : allPersons()) {
    if (p.status != core::PersonStatus::Citizen) continue;
    BOOST_TEST_CONTEXT("person " << p.id) {
      BOOST_REQUIRE(p.personalNumber.has_value());
      BOOST_TEST(core::checkPersonalNumberAgrees(*p.personalNumber, p.birthDate, p.sex).ok());
      for (const auto& d : p.documents) {
        BOOST_TEST(d.issuingState == "UZB");
        BOOST_TEST((d.series == "AA" || d.series == "AB" || d.series == "AC" || d.series == "AD"));
        BOOST_TEST(d.number.size() == 7u);
      }
    }
  }
  BOOST_TEST(scalar(database(), "SELECT count(*) FROM persons WHERE citizenship = 'XXA'") > 0);
  BOOST_TEST(scalar(database(), "SELECT count(*) FROM person_visas WHERE kind = 'e_visa'") > 0);
  BOOST_TEST(scalar(database(), "SELECT count(*) FROM person_visas WHERE kind = 'other'") > 0);
}

BOOST_AUTO_TEST_CASE(cases_cover_every_service_and_every_state) {
  BOOST_TEST(scalar(database(), "SELECT count(*) FROM cases") == 300);
  const auto services = column(database(), "SELECT DISTINCT service FROM cases ORDER BY 1");
  const auto states = column(database(), "SELECT DISTINCT state FROM cases ORDER BY 1");
  for (core::ServiceCode service : core::kAllServices) {
    const std::string code(core::toString(service));
    BOOST_TEST((std::find(services.begin(), services.end(), code) != services.end()), code);
  }
  for (const char* state : {"draft", "submitted", "in_review", "approved", "rejected", "returned",
                            "issued", "cancelled"}) {
    BOOST_TEST((std::find(states.begin(), states.end(), state) != states.end()), state);
  }
  BOOST_TEST(scalar(database(), "SELECT count(DISTINCT unit_code) FROM cases") == 3);
}

BOOST_AUTO_TEST_CASE(every_case_loads_and_its_history_ends_in_its_state) {
  storage::PgCaseRepository repository(database());
  for (const auto& id : column(database(), "SELECT id::text FROM cases")) {
    auto loaded = repository.load(id);
    BOOST_TEST_CONTEXT("case " << id) {
      BOOST_REQUIRE(loaded.ok() && loaded->has_value());
      const core::Case& c = **loaded;
      BOOST_TEST((c.history.back().to == c.state));
      BOOST_TEST(c.version == static_cast<std::int64_t>(c.history.size()));
      BOOST_TEST((c.history.front().action == core::CaseAction::Open));
    }
  }
}

BOOST_AUTO_TEST_CASE(no_one_reviews_or_approves_a_case_they_opened_or_submitted) {
  BOOST_TEST(scalar(database(),
                    "SELECT count(*) FROM case_events d JOIN case_events s ON s.case_id = d.case_id"
                    " AND s.action IN ('open', 'submit') AND s.actor_id = d.actor_id"
                    " WHERE d.action IN ('take_into_review', 'approve')") == 0);
  BOOST_TEST(scalar(database(),
                    "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id"
                    " JOIN users u ON u.id = e.actor_id"
                    " WHERE e.action IN ('take_into_review', 'approve', 'reject', 'return')"
                    " AND (u.role <> 'supervisor' OR u.unit_code <> c.unit_code)") == 0);
  BOOST_TEST(scalar(database(), "SELECT count(*) FROM case_events WHERE action = 'approve'") > 0);
}

BOOST_AUTO_TEST_CASE(a_seeded_citizen_is_found_by_name_in_both_scripts_and_by_document) {
  storage::PgPersonRepository repository(database());
  int checked = 0;
  for (const core::Person& p : allPersons()) {
    if (p.status != core::PersonStatus::Citizen) continue;
    BOOST_TEST_CONTEXT("person " << p.id << " " << p.latin.full() << " / " << p.cyrillic.full()) {
      for (const std::string& typed : {p.cyrillic.surname + " " + p.cyrillic.givenName,
                                       p.latin.surname + " " + p.latin.givenName}) {
        auto page = repository.search({core::normaliseName(typed), std::nullopt, {0, 200}});
        BOOST_REQUIRE(page.ok());
        bool found = false;
        for (const auto& item : page->items) found = found || item.id == p.id;
        BOOST_TEST(found, "search for " << typed);
      }
      auto byDocument = repository.findByDocumentNumber(p.documents.front().fullNumber());
      BOOST_REQUIRE(byDocument.ok() && byDocument->has_value());
      BOOST_TEST((*byDocument)->id == p.id);
    }
    if (++checked == 40) break;
  }
  BOOST_TEST(checked == 40);
}

BOOST_AUTO_TEST_CASE(the_audit_chain_holds_and_records_the_seeding) {
  auto verified = storage::AuditChain::verify(database());
  BOOST_REQUIRE(verified.ok());
  BOOST_TEST(!verified->firstBroken.has_value());
  BOOST_TEST(verified->entries >= 1);
  BOOST_TEST(column(database(), "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").front() ==
             "demo.seed");
}

BOOST_AUTO_TEST_CASE(demo_accounts_sign_in_with_the_demo_password) {
  storage::PgUserRepository users(database());
  security::SodiumPasswordHasher hasher;
  core::AuthService auth(users, hasher);
  for (const demo::DemoAccount& account : demo::demoAccounts()) {
    auto user = auth.signIn(std::string(account.login), std::string(demo::kDemoPassword));
    BOOST_TEST_CONTEXT(account.login) {
      BOOST_REQUIRE(user.ok());
      BOOST_TEST((user->role == account.role));
      BOOST_TEST(user->unitCode == account.unitCode);
    }
  }
}

BOOST_AUTO_TEST_CASE(seeding_again_with_the_same_seed_adds_more_data) {
  auto again = demo::seedDemo(database(), options(200, 300), nullptr);
  BOOST_REQUIRE_MESSAGE(again.ok(),
                        (again.ok() ? "" : again.error().code + ": " + again.error().detail));
  BOOST_TEST(scalar(database(), "SELECT count(*) FROM persons") == 400);
  BOOST_TEST(scalar(database(), "SELECT count(*) FROM cases") == 600);
  BOOST_TEST(scalar(database(), "SELECT count(*) FROM users") ==
             static_cast<long long>(demo::demoAccounts().size()));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(demo_seeder_options)

BOOST_AUTO_TEST_CASE(the_same_seed_gives_the_same_data_on_a_fresh_database) {
  const std::string fingerprint =
      "SELECT md5(string_agg(concat_ws('|', id, name_key, surname_cyrillic, birth_date,"
      " personal_number), ',' ORDER BY id)) FROM persons";
  const std::string cases =
      "SELECT md5(string_agg(concat_ws('|', id, service, state, payload::text, person_id),"
      " ',' ORDER BY id)) FROM cases";
  std::vector<std::string> prints;
  for (int run = 0; run < 2; ++run) {
    test::DbFixture fresh;
    BOOST_REQUIRE(demo::seedDemo(fresh.database(), options(60, 80, 7), nullptr).ok());
    prints.push_back(column(fresh.database(), fingerprint).front() +
                     column(fresh.database(), cases).front());
  }
  BOOST_TEST(prints[0] == prints[1]);
  test::DbFixture other;
  BOOST_REQUIRE(demo::seedDemo(other.database(), options(60, 80, 8), nullptr).ok());
  BOOST_TEST(column(other.database(), fingerprint).front() +
                 column(other.database(), cases).front() !=
             prints[0]);
}

BOOST_FIXTURE_TEST_CASE(cases_need_persons_of_the_same_run, test::DbFixture) {
  auto refused = demo::seedDemo(database(), options(0, 10), nullptr);
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "demo.invalid_options");
  BOOST_TEST(refused.error().params.at("field") == "cases");
}

BOOST_AUTO_TEST_SUITE_END()
