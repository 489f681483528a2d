// The new-case flow looks persons up through core::PersonAccess (issue 9): each search and
// view of the flow is in the audit chain with the officer, the kind of lookup and the ids
// found, never the document number or the name; an account whose role may not search persons
// is refused with auth.forbidden and the chain does not grow.
#include <soci/soci.h>

#include <boost/test/unit_test.hpp>

#include "flow_fixture.hpp"
#include "mws/presenter/new_case_flow.hpp"

using namespace mws;

namespace {

struct AuditRow {
  std::string login, action, details;
};

struct FlowAccessFixture : test::FlowFixture {
  std::vector<AuditRow> personEntries() {
    std::vector<AuditRow> out;
    soci::rowset<soci::row> rows = (database().session().prepare
        << "SELECT actor_login, action, details FROM audit_log"
           " WHERE action IN ('person.search', 'person.view', 'person.export') ORDER BY seq");
    for (const auto& row : rows) out.push_back({row.get<std::string>(0), row.get<std::string>(1), row.get<std::string>(2)});
    return out;
  }
  static std::string joined(const std::vector<std::string>& lines) { return lines[0] + "\n" + lines[1] + "\n"; }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(flow_access, FlowAccessFixture)

BOOST_AUTO_TEST_CASE(the_flows_document_search_is_in_the_audit_chain_without_the_number) {
  presenter::NewCaseFlow flow(services, officer);
  BOOST_REQUIRE(flow.chooseService(core::ServiceCode::StayRegistration).ok());
  BOOST_REQUIRE(flow.acceptMrzText(joined(foreignerMrz())).ok());
  BOOST_REQUIRE_EQUAL(flow.candidates().size(), 1u);
  const auto entries = personEntries();
  BOOST_REQUIRE_EQUAL(entries.size(), 1u);
  BOOST_TEST(entries[0].login == "o.aliyev");
  BOOST_TEST(entries[0].action == "person.search");
  BOOST_TEST(entries[0].details == "by=document results=1 ids=" + std::to_string(foreigner.id));
  BOOST_TEST(entries[0].details.find("N12345678") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_new_passport_is_searched_by_name_and_birth_date_and_both_are_audited) {
  presenter::NewCaseFlow flow(services, officer);
  BOOST_REQUIRE(flow.chooseService(core::ServiceCode::StayRegistration).ok());
  const auto renewed = test::passportMrz("KAZ", "KARIMOV", "ALISHER", "N99999999", "900315", 'M', "340109");
  BOOST_REQUIRE(flow.acceptMrzText(joined(renewed)).ok());
  BOOST_REQUIRE_EQUAL(flow.candidates().size(), 1u);  // the same person under the old passport
  BOOST_TEST(flow.candidates().front().id == foreigner.id);
  const auto entries = personEntries();
  BOOST_REQUIRE_EQUAL(entries.size(), 2u);
  BOOST_TEST(entries[0].details == "by=document results=0");
  BOOST_TEST(entries[1].details == "by=name results=1 ids=" + std::to_string(foreigner.id));
  for (const auto& entry : entries) BOOST_TEST(entry.details.find("KARIMOV") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_draft_reopened_on_a_chosen_person_records_the_view) {
  presenter::FlowState state;
  state.flowId = "6f1c1a52-0d3e-4b8a-9a51-3c2f6e7d8a90";
  state.service = core::ServiceCode::StayRegistration;
  state.step = presenter::FlowStep::Person;
  state.personId = foreigner.id;
  presenter::NewCaseFlow flow(services, officer, state);
  const auto entries = personEntries();
  BOOST_REQUIRE_EQUAL(entries.size(), 1u);
  BOOST_TEST(entries[0].action == "person.view");
  BOOST_TEST(entries[0].login == "o.aliyev");
}

BOOST_AUTO_TEST_CASE(a_role_without_person_search_is_refused_and_nothing_is_recorded) {
  const core::User admin = addUser("a.admin", "Aziz Admin", core::Role::UnitAdmin);
  presenter::NewCaseFlow flow(services, admin);
  BOOST_REQUIRE(flow.chooseService(core::ServiceCode::StayRegistration).ok());
  const auto refused = flow.acceptMrzText(joined(foreignerMrz()));
  BOOST_TEST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "auth.forbidden");
  BOOST_TEST(refused.error().params.at("right") == "person.search");
  BOOST_TEST(flow.candidates().empty());
  BOOST_TEST(personEntries().empty());
}

BOOST_AUTO_TEST_SUITE_END()
