#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include "domain_fixture.hpp"
#include "mws/core/domain/transliteration.hpp"

using namespace mws;
using test::date;

BOOST_FIXTURE_TEST_SUITE(persons_on_postgresql, test::DomainFixture)

BOOST_AUTO_TEST_CASE(a_person_is_found_by_document_number_exactly) {
  auto found = persons.findByDocumentNumber("N12345678");
  BOOST_REQUIRE(found.ok() && found->has_value());
  BOOST_TEST((*found)->id == foreigner.id);
  BOOST_TEST(((**found) == foreigner));
  BOOST_TEST(!persons.findByDocumentNumber("N1234567")->has_value());
}

BOOST_AUTO_TEST_CASE(names_are_found_in_either_script) {
  for (const char* typed : {"Каримов", "KARIMOV", "karimov ", "Karimo"}) {
    auto page = persons.search({core::normaliseName(typed), std::nullopt, {0, 10}});
    BOOST_REQUIRE(page.ok());
    BOOST_TEST_CONTEXT(typed) {
      BOOST_REQUIRE(page->items.size() == 1u);
      BOOST_TEST(page->items.front().id == foreigner.id);
    }
  }
  auto wrongBirth = persons.search({core::normaliseName("Karimov"), date("1991-03-15"), {0, 10}});
  BOOST_TEST(wrongBirth->items.empty());
}

BOOST_AUTO_TEST_CASE(a_russian_passport_name_is_found_by_its_cyrillic_spelling) {
  core::Person russian = makeForeigner();
  russian.latin = {"FEDOROV", "IURII", ""};  // ICAO transliteration in the passport
  russian.cyrillic = {"Фёдоров", "Юрий", ""};
  russian.citizenship = "RUS";
  russian.documents = {{core::DocumentKind::Passport, "", "752345678", "RUS", "MVD",
                        date("2021-01-01"), date("2031-01-01")}};
  russian.visas.clear();
  auto added = persons.add(russian, auditAs(officer, "person.add"));
  BOOST_REQUIRE(added.ok());
  for (const char* typed : {"Фёдоров", "Фёдоров Юрий", "Федоров", "FEDOROV", "Fyodorov"}) {
    auto page = persons.search({core::normaliseName(typed), std::nullopt, {0, 10}});
    BOOST_REQUIRE(page.ok());
    BOOST_TEST_CONTEXT(typed) {
      BOOST_REQUIRE(page->items.size() == 1u);
      BOOST_TEST(page->items.front().id == added->id);
      BOOST_TEST(page->total == 1);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_misspelt_surname_is_corrected_to_a_known_one) {
  auto page = persons.search({core::normaliseName("Karimiv"), std::nullopt, {0, 10}});
  BOOST_REQUIRE(page.ok());
  BOOST_REQUIRE(page->items.size() == 1u);
  BOOST_TEST(page->items.front().id == foreigner.id);
  auto nothing = persons.search({core::normaliseName("Zzyzx"), std::nullopt, {0, 10}});
  BOOST_TEST(nothing->items.empty());
  BOOST_TEST(nothing->total == 0);
}

BOOST_AUTO_TEST_CASE(search_results_come_in_pages_in_name_order) {
  for (const char* given : {"BOBUR", "ANVAR", "DILSHOD"}) {
    core::Person p = makeForeigner();
    p.latin.givenName = given;
    p.cyrillic = {};
    p.documents.front().number = std::string("N9") + given;
    p.visas.clear();
    core::completeNameForms(p);
    BOOST_REQUIRE(persons.add(p, auditAs(officer, "person.add")).ok());
  }
  auto first = persons.search({"KARIMOV", std::nullopt, {0, 2}});
  auto second = persons.search({"KARIMOV", std::nullopt, {2, 2}});
  BOOST_REQUIRE(first.ok() && second.ok());
  BOOST_TEST(first->total == 4);
  BOOST_REQUIRE(first->items.size() == 2u);
  BOOST_REQUIRE(second->items.size() == 2u);
  BOOST_TEST(first->items[0].latin.givenName == "ALISHER");
  BOOST_TEST(first->items[1].latin.givenName == "ANVAR");
  BOOST_TEST(second->items[0].latin.givenName == "BOBUR");
  BOOST_TEST(second->items[1].latin.givenName == "DILSHOD");
}

BOOST_AUTO_TEST_CASE(the_personal_number_finds_a_citizen) {
  core::Person citizen = makeForeigner();
  citizen.status = core::PersonStatus::Citizen;
  citizen.citizenship = "UZB";
  citizen.personalNumber = "31503901234567";
  citizen.documents = {{core::DocumentKind::IdCard, "AD", "1234567", "UZB", "TSH-01",
                        date("2022-01-01"), date("2032-01-01")}};
  citizen.visas.clear();
  BOOST_REQUIRE(persons.add(citizen, auditAs(officer, "person.add")).ok());
  auto found = persons.findByPersonalNumber("31503901234567");
  BOOST_REQUIRE(found.ok() && found->has_value());
  BOOST_TEST((*found)->documents.front().fullNumber() == "AD1234567");
  auto again = persons.add(citizen, auditAs(officer, "person.add"));
  BOOST_REQUIRE(!again.ok());
  BOOST_TEST(again.error().code == "person.duplicate_personal_number");
}

BOOST_AUTO_TEST_CASE(a_second_person_with_the_same_passport_is_refused_whole) {
  core::Person twin = makeForeigner();
  twin.latin.givenName = "BOBUR";
  auto added = persons.add(twin, auditAs(officer, "person.add"));
  BOOST_REQUIRE(!added.ok());
  BOOST_TEST(added.error().code == "person.duplicate_document");
  long long count = 0;
  database().session() << "SELECT count(*) FROM persons", soci::into(count);
  BOOST_TEST(count == 1);
}

BOOST_AUTO_TEST_CASE(an_update_replaces_documents_and_writes_the_outbox) {
  core::Person changed = foreigner;
  changed.documents.front().expiresOn = date("2031-01-09");
  BOOST_REQUIRE(persons.update(changed, auditAs(officer, "person.update")).ok());
  BOOST_TEST((*persons.findById(foreigner.id))->documents.front().expiresOn.toString() == "2031-01-09");
  long long rows = 0;
  database().session() << "SELECT count(*) FROM outbox WHERE entity = 'person' AND entity_id = '"
                       << foreigner.id << "'", soci::into(rows);
  BOOST_TEST(rows == 2);
  core::Person ghost = foreigner;
  ghost.id = 424242;
  BOOST_TEST(persons.update(ghost, auditAs(officer, "person.update")).error().code == "person.not_found");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(database_errors, test::DomainFixture)

// An error's detail goes to the logs: the server's words stay, the statement's bound values
// and the key values of a constraint violation do not.
BOOST_AUTO_TEST_CASE(a_database_error_keeps_no_personal_data_in_its_detail) {
  auto& sql = database().session();
  sql << "CREATE TEMP TABLE names_once (name text PRIMARY KEY)";
  const std::string secret = "Karimov-Secret";
  sql << "INSERT INTO names_once VALUES (:n)", soci::use(secret);
  try {
    sql << "INSERT INTO names_once VALUES (:n)", soci::use(secret);
    BOOST_FAIL("the duplicate was accepted");
  } catch (const std::exception& e) {
    BOOST_TEST(std::string(e.what()).find(secret) != std::string::npos);  // SOCI's own text has it
    const core::Error error = storage::databaseError("db.query_failed", e);
    BOOST_TEST(error.detail.find(secret) == std::string::npos, error.detail);
    BOOST_TEST(error.detail.find("duplicate key") != std::string::npos, error.detail);
    BOOST_TEST(error.params.at("sqlstate") == "23505");
  }
}

BOOST_AUTO_TEST_SUITE_END()
