#pragma once
// The service rules of DESIGN §2, as pure functions over a payload, the person, reference
// data and facts the CaseService loads from the repositories beforehand.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "mws/core/domain/case.hpp"
#include "mws/core/domain/fees.hpp"
#include "mws/core/domain/person.hpp"
#include "mws/core/domain/reference_data.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

// What the repositories know that the rules need (the case under check is excluded).
struct CaseFacts {
  std::vector<std::string> activeResidenceRegistrationIds;  // RESIDENCE_REG-1
  std::vector<std::string> eVisaExtensionCaseIds;           // EVISA_EXT-1: same visa, not
                                                            // rejected or cancelled
  std::vector<std::string> firstIdCardCaseIds;              // ID_CARD-3: pending or issued
  std::optional<Case> relatedCase;  // STAY_CANCEL: the registration; RESIDENCE_REG: replaced
};

struct RuleContext {
  const ReferenceData& reference;
  const Person& person;
  CivilDate filedOn;
  Channel channel = Channel::Counter;
  CaseFacts facts;
};

// Availability (SERVICE-1/2), applicant status (SERVICE-3) and the service's own rules.
// Returns the payload with the fields the rules decide filled in (ID_CARD-1: free
// e-signature and OneID registration). Every refusal names its rule in params["rule"].
Result<CasePayload> checkCaseRules(const CasePayload& payload, const RuleContext& context);

// The fee request for a checked payload: variant (urgent / on-site), payer (the
// organisation for on-site visa extensions, VISA_EXT-1) and waived items (ID_CARD-1).
FeeRequest feeRequestFor(const CasePayload& payload, const CivilDate& filedOn);

// Changes to persons that issuing a case brings about, applied by storage in the same
// transaction as the transition.
struct ExtendVisaEffect {
  std::int64_t personId = 0;
  std::string visaNumber;
  VisaExtension extension;

  friend bool operator==(const ExtendVisaEffect&, const ExtendVisaEffect&) = default;
};
struct MarkOneIdRegistrationEffect {
  std::int64_t personId = 0;

  friend bool operator==(const MarkOneIdRegistrationEffect&,
                         const MarkOneIdRegistrationEffect&) = default;
};
struct SetPersonStatusEffect {
  std::int64_t personId = 0;
  PersonStatus status = PersonStatus::PermanentResident;

  friend bool operator==(const SetPersonStatusEffect&, const SetPersonStatusEffect&) = default;
};
using CaseEffect = std::variant<ExtendVisaEffect, MarkOneIdRegistrationEffect, SetPersonStatusEffect>;

// What issuing `issued` changes besides its own state (the visa extension recorded, the
// OneID mark, a new permanent resident's status).
std::vector<CaseEffect> effectsOfIssuing(const Case& issued, const Person& person);

// The case whose registration issuing `issued` ends (STAY_CANCEL: the stay registration;
// RESIDENCE_REG: the one it replaces); empty when none.
std::string registrationEndedBy(const Case& issued);

}  // namespace mws::core
