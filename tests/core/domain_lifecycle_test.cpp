#include <boost/test/unit_test.hpp>

#include "mws/core/domain/case_lifecycle.hpp"
#include "mws/core/domain/rules.hpp"

using namespace mws::core;

namespace {

const User kOfficer{1, "a.officer", "A", Role::Officer, "U01", "", true};
const User kOtherOfficer{2, "b.officer", "B", Role::Officer, "U01", "", true};
const User kSupervisor{3, "c.super", "C", Role::Supervisor, "U01", "", true};
const User kForeignSupervisor{4, "d.super", "D", Role::Supervisor, "U02", "", true};
const User kIt{5, "e.it", "E", Role::It, "U01", "", true};

Case draftCase(CasePayload payload = IdCardPayload{}) {
  Case c;
  c.id = "0b6e1c2a-4f3d-4a1b-9c8d-7e6f5a4b3c2d";
  c.unitCode = "U01";
  c.payload = std::move(payload);
  c.openedBy = kOfficer.id;
  c.history.push_back({CaseAction::Open, CaseState::Draft, CaseState::Draft, kOfficer.id,
                       Role::Officer, "", {}});
  return c;
}

Result<CaseEvent> step(Case& c, CaseAction action, const User& actor, const std::string& reason = {}) {
  auto event = planTransition(c, action, actor, reason, {});
  if (event) {
    c.state = event->to;
    c.history.push_back(*event);
  }
  return event;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(domain_lifecycle)

BOOST_AUTO_TEST_CASE(a_case_goes_from_draft_to_issued) {
  Case c = draftCase();
  BOOST_TEST(step(c, CaseAction::Submit, kOfficer).ok());
  BOOST_TEST(step(c, CaseAction::TakeIntoReview, kSupervisor).ok());
  BOOST_TEST(step(c, CaseAction::Approve, kSupervisor).ok());
  auto issued = step(c, CaseAction::Issue, kOtherOfficer);
  BOOST_TEST_REQUIRE(issued.ok());
  BOOST_TEST((issued->from == CaseState::Approved));
  BOOST_TEST((c.state == CaseState::Issued));
  BOOST_TEST(issued->actorId == kOtherOfficer.id);
}

BOOST_AUTO_TEST_CASE(a_returned_case_is_edited_and_submitted_again) {
  Case c = draftCase();
  step(c, CaseAction::Submit, kOfficer);
  step(c, CaseAction::TakeIntoReview, kSupervisor);
  BOOST_TEST(step(c, CaseAction::Return, kSupervisor, "photo too dark").ok());
  BOOST_TEST((c.state == CaseState::Returned));
  BOOST_TEST(isEditable(c.state));
  BOOST_TEST(step(c, CaseAction::Edit, kOfficer).ok());
  BOOST_TEST(step(c, CaseAction::Submit, kOfficer).ok());
  BOOST_TEST((c.state == CaseState::Submitted));
}

BOOST_AUTO_TEST_CASE(four_eyes_the_submitter_never_approves) {
  Case c = draftCase();
  c.openedBy = kSupervisor.id;  // a supervisor working a counter
  c.history[0].actorId = kSupervisor.id;
  step(c, CaseAction::Submit, kSupervisor);
  auto review = step(c, CaseAction::TakeIntoReview, kSupervisor);
  BOOST_TEST(review.error().code == "case.four_eyes");
  BOOST_TEST(review.error().params.at("rule") == "CASE-1");
  c.state = CaseState::InReview;
  auto approve = step(c, CaseAction::Approve, kSupervisor);
  BOOST_TEST(approve.error().code == "case.four_eyes");
  BOOST_TEST(approve.error().params.at("action") == "approve");
}

BOOST_AUTO_TEST_CASE(four_eyes_counts_every_earlier_submitter) {
  Case c = draftCase();
  c.history.push_back({CaseAction::Submit, CaseState::Returned, CaseState::Submitted,
                       kSupervisor.id, Role::Supervisor, "", {}});
  c.state = CaseState::InReview;
  BOOST_TEST(submittersOf(c).contains(kSupervisor.id));
  BOOST_TEST(step(c, CaseAction::Approve, kSupervisor).error().code == "case.four_eyes");
}

BOOST_AUTO_TEST_CASE(only_a_supervisor_decides) {
  Case c = draftCase();
  step(c, CaseAction::Submit, kOfficer);
  auto review = step(c, CaseAction::TakeIntoReview, kOtherOfficer);
  BOOST_TEST(review.error().code == "case.supervisor_required");
  BOOST_TEST(review.error().params.at("rule") == "CASE-2");
  step(c, CaseAction::TakeIntoReview, kSupervisor);
  for (auto action : {CaseAction::Approve, CaseAction::Reject, CaseAction::Return}) {
    BOOST_TEST(step(c, action, kOtherOfficer, "r").error().code == "case.supervisor_required");
  }
}

BOOST_AUTO_TEST_CASE(only_the_owning_unit_acts) {
  Case c = draftCase();
  step(c, CaseAction::Submit, kOfficer);
  auto review = step(c, CaseAction::TakeIntoReview, kForeignSupervisor);
  BOOST_TEST(review.error().code == "case.wrong_unit");
  BOOST_TEST(review.error().params.at("case_unit") == "U01");
  BOOST_TEST(review.error().params.at("actor_unit") == "U02");
  BOOST_TEST(step(c, CaseAction::TakeIntoReview, kIt).error().code == "case.role_not_allowed");
  User disabled = kSupervisor;
  disabled.active = false;
  BOOST_TEST(step(c, CaseAction::TakeIntoReview, disabled).error().code == "case.actor_inactive");
}

BOOST_AUTO_TEST_CASE(reject_return_and_cancel_need_a_reason) {
  Case c = draftCase();
  step(c, CaseAction::Submit, kOfficer);
  step(c, CaseAction::TakeIntoReview, kSupervisor);
  for (auto action : {CaseAction::Reject, CaseAction::Return, CaseAction::Cancel}) {
    auto refused = step(c, action, kSupervisor, "  ");
    BOOST_TEST(refused.error().code == "case.reason_required");
    BOOST_TEST(refused.error().params.at("rule") == "CASE-4");
  }
  auto rejected = step(c, CaseAction::Reject, kSupervisor, "forged document");
  BOOST_TEST_REQUIRE(rejected.ok());
  BOOST_TEST(rejected->reason == "forged document");
}

BOOST_AUTO_TEST_CASE(illegal_transitions_are_refused) {
  Case c = draftCase();
  auto approve = step(c, CaseAction::Approve, kSupervisor);
  BOOST_TEST(approve.error().code == "case.illegal_transition");
  BOOST_TEST(approve.error().params.at("from") == "draft");
  BOOST_TEST(step(c, CaseAction::Issue, kOfficer).error().code == "case.illegal_transition");
  c.state = CaseState::Rejected;
  BOOST_TEST(step(c, CaseAction::Submit, kOfficer).error().code == "case.illegal_transition");
  BOOST_TEST(step(c, CaseAction::Cancel, kSupervisor, "x").error().code == "case.illegal_transition");
  c.state = CaseState::Submitted;
  BOOST_TEST(step(c, CaseAction::Edit, kOfficer).error().params.at("rule") == "CASE-5");
}

BOOST_AUTO_TEST_CASE(cancelling_follows_the_state_and_the_role) {
  Case c = draftCase();
  BOOST_TEST(step(c, CaseAction::Cancel, kOfficer, "applicant left").ok());
  c = draftCase();
  c.state = CaseState::InReview;
  BOOST_TEST(step(c, CaseAction::Cancel, kOfficer, "x").error().code == "case.supervisor_required");
  BOOST_TEST(step(c, CaseAction::Cancel, kSupervisor, "x").ok());
  c = draftCase();  // an issued ID card cannot be "cancelled" as a case
  c.state = CaseState::Issued;
  BOOST_TEST(step(c, CaseAction::Cancel, kSupervisor, "x").error().code == "case.illegal_transition");
  c = draftCase(StayRegistrationPayload{});  // an issued registration can be ended
  c.state = CaseState::Issued;
  BOOST_TEST(step(c, CaseAction::Cancel, kSupervisor, "host request").ok());
}

BOOST_AUTO_TEST_CASE(states_and_actions_have_stable_names) {
  BOOST_TEST(toString(CaseState::InReview) == "in_review");
  BOOST_TEST((parseCaseState("returned") == CaseState::Returned));
  BOOST_TEST(toString(CaseAction::TakeIntoReview) == "take_into_review");
  BOOST_TEST((parseCaseAction("approve") == CaseAction::Approve));
  BOOST_TEST(!parseCaseAction("approved").has_value());
}

BOOST_AUTO_TEST_CASE(every_rule_cited_is_in_the_catalogue) {
  for (const char* id : {"CASE-1", "CASE-2", "CASE-3", "CASE-4", "CASE-5", "EVISA_EXT-1",
                         "STUDENT_REG-1", "ID_CARD-1", "RESIDENCE_REG-1", "SERVICE-1"}) {
    BOOST_TEST_REQUIRE(findRule(id) != nullptr, id);
    BOOST_TEST(!findRule(id)->description.empty());
  }
  BOOST_TEST(findRule("NOPE-1") == nullptr);
  std::set<std::string_view> ids;
  for (const auto& rule : ruleCatalogue()) {
    BOOST_TEST(ids.insert(rule.id).second, rule.id);
  }
}

BOOST_AUTO_TEST_SUITE_END()
