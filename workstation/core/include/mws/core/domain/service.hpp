#pragma once
// The services (case types) of DESIGN §2 and the channels a case can be filed through.

#include <array>
#include <optional>
#include <string_view>

namespace mws::core {

enum class ServiceCode {
  StayRegistration,         // STAY_REG
  StayCancellation,         // STAY_CANCEL
  ResidenceRegistration,    // RESIDENCE_REG
  EVisaExtension,           // EVISA_EXT
  VisaExtension,            // VISA_EXT
  WorkConfirmation,         // WORK_CONFIRM
  StudentRegistration,      // STUDENT_REG
  IdCard,                   // ID_CARD
  StatelessTravelDocument,  // STATELESS_TRAVEL_DOC
  CompatriotInvitation,     // COMPATRIOT_INVITE
  PermanentResidence,       // PERMANENT_RESIDENCE
};

inline constexpr std::array<ServiceCode, 11> kAllServices{
    ServiceCode::StayRegistration,   ServiceCode::StayCancellation,
    ServiceCode::ResidenceRegistration, ServiceCode::EVisaExtension,
    ServiceCode::VisaExtension,      ServiceCode::WorkConfirmation,
    ServiceCode::StudentRegistration, ServiceCode::IdCard,
    ServiceCode::StatelessTravelDocument, ServiceCode::CompatriotInvitation,
    ServiceCode::PermanentResidence,
};

// "STAY_REG", "EVISA_EXT", ... (the codes of DESIGN §2, used in storage and the CLI).
std::string_view toString(ServiceCode service);
std::optional<ServiceCode> parseServiceCode(std::string_view text);

// Counter: at the unit; OnSite: a counter laptop at a university or employer;
// Portal: my.gov.uz / public service centres (only where reference data allows it).
enum class Channel { Counter, OnSite, Portal };
std::string_view toString(Channel channel);
std::optional<Channel> parseChannel(std::string_view text);

}  // namespace mws::core
