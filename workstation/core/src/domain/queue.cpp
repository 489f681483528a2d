#include "mws/core/domain/queue.hpp"

#include <cstdio>

#include "enum_names.hpp"

namespace mws::core {

namespace {

constexpr detail::NameTable<TicketState, 4> kTicketStates{{
    {TicketState::Waiting, "waiting"},
    {TicketState::Called, "called"},
    {TicketState::Served, "served"},
    {TicketState::NoShow, "no_show"},
}};

// The two letters a ticket of each service starts with (what the hall display shows).
constexpr detail::NameTable<ServiceCode, 11> kPrefixes{{
    {ServiceCode::StayRegistration, "RS"},
    {ServiceCode::StayCancellation, "CS"},
    {ServiceCode::ResidenceRegistration, "RR"},
    {ServiceCode::EVisaExtension, "EV"},
    {ServiceCode::VisaExtension, "VE"},
    {ServiceCode::WorkConfirmation, "WC"},
    {ServiceCode::StudentRegistration, "SR"},
    {ServiceCode::IdCard, "ID"},
    {ServiceCode::StatelessTravelDocument, "TD"},
    {ServiceCode::CompatriotInvitation, "CI"},
    {ServiceCode::PermanentResidence, "PR"},
}};

}  // namespace

std::string_view toString(TicketState state) { return detail::nameOf(kTicketStates, state); }

std::optional<TicketState> parseTicketState(std::string_view text) {
  return detail::parseName(kTicketStates, text);
}

std::string ticketLabel(ServiceCode service, int number) {
  char digits[16];
  std::snprintf(digits, sizeof digits, "%03d", number);
  return std::string(detail::nameOf(kPrefixes, service)) + "-" + digits;
}

}  // namespace mws::core
