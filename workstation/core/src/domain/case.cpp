#include "mws/core/domain/case.hpp"

#include "enum_names.hpp"

namespace mws::core {

namespace {

constexpr detail::NameTable<CaseState, 8> kStates{{
    {CaseState::Draft, "draft"},
    {CaseState::Submitted, "submitted"},
    {CaseState::InReview, "in_review"},
    {CaseState::Approved, "approved"},
    {CaseState::Rejected, "rejected"},
    {CaseState::Returned, "returned"},
    {CaseState::Issued, "issued"},
    {CaseState::Cancelled, "cancelled"},
}};

constexpr detail::NameTable<CaseAction, 9> kActions{{
    {CaseAction::Open, "open"},
    {CaseAction::Edit, "edit"},
    {CaseAction::Submit, "submit"},
    {CaseAction::TakeIntoReview, "take_into_review"},
    {CaseAction::Approve, "approve"},
    {CaseAction::Reject, "reject"},
    {CaseAction::Return, "return"},
    {CaseAction::Issue, "issue"},
    {CaseAction::Cancel, "cancel"},
}};

}  // namespace

std::string_view toString(CaseState state) { return detail::nameOf(kStates, state); }
std::optional<CaseState> parseCaseState(std::string_view text) {
  return detail::parseName(kStates, text);
}

std::string_view toString(CaseAction action) { return detail::nameOf(kActions, action); }
std::optional<CaseAction> parseCaseAction(std::string_view text) {
  return detail::parseName(kActions, text);
}

bool isEditable(CaseState state) {
  return state == CaseState::Draft || state == CaseState::Returned;
}

bool isClosed(CaseState state) {
  return state == CaseState::Rejected || state == CaseState::Issued ||
         state == CaseState::Cancelled;
}

bool countsAsActiveRegistration(CaseState state) {
  return state != CaseState::Rejected && state != CaseState::Cancelled;
}

bool isRegistrationService(ServiceCode service) {
  return service == ServiceCode::StayRegistration ||
         service == ServiceCode::ResidenceRegistration ||
         service == ServiceCode::StudentRegistration;
}

}  // namespace mws::core
