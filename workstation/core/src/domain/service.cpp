#include "mws/core/domain/service.hpp"

#include "enum_names.hpp"

namespace mws::core {

namespace {

constexpr detail::NameTable<ServiceCode, 11> kServices{{
    {ServiceCode::StayRegistration, "STAY_REG"},
    {ServiceCode::StayCancellation, "STAY_CANCEL"},
    {ServiceCode::ResidenceRegistration, "RESIDENCE_REG"},
    {ServiceCode::EVisaExtension, "EVISA_EXT"},
    {ServiceCode::VisaExtension, "VISA_EXT"},
    {ServiceCode::WorkConfirmation, "WORK_CONFIRM"},
    {ServiceCode::StudentRegistration, "STUDENT_REG"},
    {ServiceCode::IdCard, "ID_CARD"},
    {ServiceCode::StatelessTravelDocument, "STATELESS_TRAVEL_DOC"},
    {ServiceCode::CompatriotInvitation, "COMPATRIOT_INVITE"},
    {ServiceCode::PermanentResidence, "PERMANENT_RESIDENCE"},
}};

constexpr detail::NameTable<Channel, 3> kChannels{{
    {Channel::Counter, "counter"},
    {Channel::OnSite, "on_site"},
    {Channel::Portal, "portal"},
}};

}  // namespace

std::string_view toString(ServiceCode service) { return detail::nameOf(kServices, service); }
std::optional<ServiceCode> parseServiceCode(std::string_view text) {
  return detail::parseName(kServices, text);
}

std::string_view toString(Channel channel) { return detail::nameOf(kChannels, channel); }
std::optional<Channel> parseChannel(std::string_view text) {
  return detail::parseName(kChannels, text);
}

}  // namespace mws::core
