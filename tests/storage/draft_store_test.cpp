// Drafts of the new-case flow: an upsert per save, newest first per officer, sealed at rest.
#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include "domain_fixture.hpp"
#include "mws/core/domain/uuid.hpp"
#include "mws/storage/pg_draft_store.hpp"

using namespace mws;
using std::chrono::sys_days;
using std::chrono::system_clock;

namespace {

std::string code(const core::Status& s) { return s.ok() ? "ok" : s.error().code; }

storage::BlobKey testKey(unsigned char fill) {
  storage::BlobKey key;
  key.bytes.fill(fill);
  return key;
}

struct DraftFixture : test::DomainFixture {
  storage::PgDraftStore drafts{database(), testKey(7)};
  system_clock::time_point at = sys_days{std::chrono::year{2026} / 11 / 21} + std::chrono::hours(9);

  core::FlowDraft draft(const core::User& who, const std::string& content, int minute) {
    return {core::generateUuidV4(), who.id, who.unitCode, content, at + std::chrono::minutes(minute)};
  }
  std::string tableText() {
    std::string all;
    soci::rowset<std::string> rows = (database().session().prepare
        << "SELECT encode(content, 'escape') || ' ' || encode(content, 'hex') FROM flow_drafts");
    for (const auto& row : rows) all += row;
    return all;
  }
};

const std::string kContent =
    R"({"step":"person","surname":"KARIMOVA","given":"NODIRA","document":"AA1234567","cyr":"Каримова"})";

}  // namespace

BOOST_FIXTURE_TEST_SUITE(flow_drafts, DraftFixture)

BOOST_AUTO_TEST_CASE(save_replaces_the_draft_and_list_gives_the_newest_first) {
  auto first = draft(officer, kContent, 0);
  auto second = draft(officer, R"({"step":"photo"})", 5);
  BOOST_TEST(code(drafts.save(first)) == "ok");
  BOOST_TEST(code(drafts.save(second)) == "ok");
  first.content = R"({"step":"review"})";
  first.savedAt = at + std::chrono::minutes(9);
  BOOST_TEST(code(drafts.save(first)) == "ok");
  BOOST_TEST(code(drafts.save(draft(officer2, "{}", 1))) == "ok");

  auto mine = drafts.listFor(officer.id);
  BOOST_REQUIRE(mine.ok());
  BOOST_REQUIRE(mine->size() == 2u);
  BOOST_TEST(((*mine)[0] == first));
  BOOST_TEST(((*mine)[1] == second));
  long long rows = 0;
  database().session() << "SELECT count(*) FROM flow_drafts", soci::into(rows);
  BOOST_TEST(rows == 3);

  BOOST_TEST(code(drafts.discard(first.id)) == "ok");
  BOOST_TEST(code(drafts.discard(first.id)) == "ok");
  mine = drafts.listFor(officer.id);
  BOOST_REQUIRE(mine.ok());
  BOOST_REQUIRE(mine->size() == 1u);
  BOOST_TEST((*mine)[0].id == second.id);
}

BOOST_AUTO_TEST_CASE(the_stored_bytes_are_not_the_plaintext) {
  BOOST_TEST(code(drafts.save(draft(officer, kContent, 0))) == "ok");
  const std::string stored = tableText();
  BOOST_TEST(!stored.empty());
  for (const char* secret : {"KARIMOVA", "NODIRA", "AA1234567", "step"}) {
    BOOST_TEST(stored.find(secret) == std::string::npos, secret << " is readable in the table");
  }
  // The Cyrillic name, as the hex of its UTF-8 bytes.
  BOOST_TEST(stored.find("d09ad0b0d180d0b8d0bcd0bed0b2d0b0") == std::string::npos);
  long long length = 0;
  database().session() << "SELECT length(content) FROM flow_drafts", soci::into(length);
  BOOST_TEST(length == static_cast<long long>(kContent.size() + 41));
}

BOOST_AUTO_TEST_CASE(a_draft_cannot_be_taken_over_or_read_under_another_key) {
  auto mine = draft(officer, kContent, 0);
  BOOST_TEST(code(drafts.save(mine)) == "ok");
  auto taken = mine;
  taken.officerId = officer2.id;
  BOOST_TEST(code(drafts.save(taken)) == "draft.not_yours");
  // Moving the row to another officer in the database breaks the seal.
  long long other = officer2.id;
  database().session() << "UPDATE flow_drafts SET officer_id = :o", soci::use(other);
  BOOST_TEST(drafts.listFor(officer2.id).error().code == "storage.draft_corrupt");
  long long own = officer.id;  // named: SOCI binds by reference
  database().session() << "UPDATE flow_drafts SET officer_id = :o", soci::use(own);
  storage::PgDraftStore otherKey(database(), testKey(9));
  BOOST_TEST(otherKey.listFor(officer.id).error().code == "storage.draft_corrupt");
  BOOST_TEST(drafts.listFor(officer.id)->front().content == kContent);
}

BOOST_AUTO_TEST_CASE(bad_ids_and_unknown_officers_are_refused) {
  auto bad = draft(officer, "{}", 0);
  bad.id = "not-a-uuid";
  BOOST_TEST(code(drafts.save(bad)) == "draft.bad_id");
  BOOST_TEST(code(drafts.discard("x")) == "draft.bad_id");
  auto unknownOfficer = draft(officer, "{}", 0);
  unknownOfficer.officerId = 999999;
  BOOST_TEST(code(drafts.save(unknownOfficer)) == "db.query_failed");
  auto none = drafts.listFor(officer.id);
  BOOST_REQUIRE(none.ok());
  BOOST_TEST(none->empty());
}

BOOST_AUTO_TEST_CASE(a_store_made_before_the_key_is_loaded_uses_the_installed_key) {
  storage::PgDraftStore installed(database());  // as the application makes it
  storage::BlobStore::installKey(testKey(7));
  auto mine = draft(officer, kContent, 0);
  BOOST_TEST(code(installed.save(mine)) == "ok");
  auto read = drafts.listFor(officer.id);  // the same key, given explicitly
  BOOST_REQUIRE(read.ok());
  BOOST_REQUIRE(read->size() == 1u);
  BOOST_TEST(read->front().content == kContent);
}

BOOST_AUTO_TEST_SUITE_END()
