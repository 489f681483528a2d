#pragma once
// The service-specific part of a case, one struct per service of DESIGN §2. Plain data;
// the rules live in src/domain/rules_*.cpp, the flat serialisation in payload_codec.hpp.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "mws/core/domain/address.hpp"
#include "mws/core/domain/civil_date.hpp"
#include "mws/core/domain/organisation.hpp"
#include "mws/core/domain/person.hpp"
#include "mws/core/domain/service.hpp"

namespace mws::core {

// What a stay registration rests on.
enum class StayBasis { Visa, ResidencePermit };

struct StayRegistrationPayload {
  Address address;
  Host host;
  DateRange period;
  StayBasis basis = StayBasis::Visa;
  std::string basisNumber;  // visa number, or the residence permit's series+number

  friend bool operator==(const StayRegistrationPayload&, const StayRegistrationPayload&) = default;
};

enum class CancellationRequester { Owner, RegisteredPerson };

struct StayCancellationPayload {
  std::string registrationCaseId;   // the STAY_REG case being cancelled
  CancellationRequester requester = CancellationRequester::RegisteredPerson;
  std::int64_t requesterPersonId = 0;
  std::string requesterDocumentNumber;  // the identity document shown (series+number)

  friend bool operator==(const StayCancellationPayload&, const StayCancellationPayload&) = default;
};

struct ResidenceRegistrationPayload {
  Address address;
  CivilDate from;
  std::string replacesCaseId;  // the active RESIDENCE_REG this one ends; empty if none

  friend bool operator==(const ResidenceRegistrationPayload&,
                         const ResidenceRegistrationPayload&) = default;
};

struct EVisaExtensionPayload {
  std::string visaNumber;
  CivilDate newValidTo;

  friend bool operator==(const EVisaExtensionPayload&, const EVisaExtensionPayload&) = default;
};

struct VisaExtensionPayload {
  std::string visaNumber;
  CivilDate newValidTo;
  bool onSite = false;             // served at the organisation's premises
  std::string organisationTaxId;   // on-site: the paying university or employer
  std::string organisationName;
  std::string contractNumber;      // on-site: the service contract

  friend bool operator==(const VisaExtensionPayload&, const VisaExtensionPayload&) = default;
};

struct WorkConfirmationPayload {
  Employer employer;
  std::string position;
  DateRange period;

  friend bool operator==(const WorkConfirmationPayload&, const WorkConfirmationPayload&) = default;
};

struct DormitoryContract {
  std::string number;
  std::string room;
  DateRange period;

  friend bool operator==(const DormitoryContract&, const DormitoryContract&) = default;
};

// Composite: the stay registration and the dormitory contract are created together.
struct StudentRegistrationPayload {
  University university;
  std::string enrolmentNumber;
  std::string visaNumber;
  Dormitory dormitory;
  std::optional<DateRange> registration;      // both present, or the case is refused
  std::optional<DormitoryContract> contract;

  friend bool operator==(const StudentRegistrationPayload&,
                         const StudentRegistrationPayload&) = default;
};

enum class IdCardReason { FirstIssuance, Expiry, Loss, Damage, DataChange };

struct Biometrics {
  std::string photoSha256;                   // content address of the portrait blob
  std::vector<std::string> fingerprintSha256;

  friend bool operator==(const Biometrics&, const Biometrics&) = default;
};

struct IdCardPayload {
  IdCardReason reason = IdCardReason::FirstIssuance;
  bool urgent = false;
  Biometrics biometrics;
  // Decided by the rules when the case is opened (ID_CARD-1), not entered by the officer.
  bool freeESignature = false;
  bool oneIdRegistration = false;

  friend bool operator==(const IdCardPayload&, const IdCardPayload&) = default;
};

struct StatelessTravelDocumentPayload {
  bool urgent = false;
  Biometrics biometrics;
  Address address;
  std::string previousDocumentNumber;

  friend bool operator==(const StatelessTravelDocumentPayload&,
                         const StatelessTravelDocumentPayload&) = default;
};

enum class InviteeRelation { Compatriot, Spouse, Child, Parent, Sibling };

struct Invitee {
  PersonName latin;
  CivilDate birthDate;
  std::string citizenship;  // alpha-3
  InviteeRelation relation = InviteeRelation::Compatriot;

  friend bool operator==(const Invitee&, const Invitee&) = default;
};

struct CompatriotInvitationPayload {
  std::vector<Invitee> invitees;
  DateRange intendedStay;
  Address hostAddress;

  friend bool operator==(const CompatriotInvitationPayload&,
                         const CompatriotInvitationPayload&) = default;
};

enum class PermanentResidenceBasis { Family, Compatriot, Investment, Employment, Other };

struct PermanentResidencePayload {
  PermanentResidenceBasis basis = PermanentResidenceBasis::Family;
  std::string basisReference;  // marriage certificate, investment agreement, ...
  Address address;
  CivilDate residingSince;

  friend bool operator==(const PermanentResidencePayload&,
                         const PermanentResidencePayload&) = default;
};

using CasePayload =
    std::variant<StayRegistrationPayload, StayCancellationPayload, ResidenceRegistrationPayload,
                 EVisaExtensionPayload, VisaExtensionPayload, WorkConfirmationPayload,
                 StudentRegistrationPayload, IdCardPayload, StatelessTravelDocumentPayload,
                 CompatriotInvitationPayload, PermanentResidencePayload>;

ServiceCode serviceOf(const CasePayload& payload);

std::string_view toString(StayBasis basis);
std::optional<StayBasis> parseStayBasis(std::string_view text);
std::string_view toString(CancellationRequester requester);
std::optional<CancellationRequester> parseCancellationRequester(std::string_view text);
std::string_view toString(IdCardReason reason);
std::optional<IdCardReason> parseIdCardReason(std::string_view text);
std::string_view toString(InviteeRelation relation);
std::optional<InviteeRelation> parseInviteeRelation(std::string_view text);
std::string_view toString(PermanentResidenceBasis basis);
std::optional<PermanentResidenceBasis> parsePermanentResidenceBasis(std::string_view text);

}  // namespace mws::core
