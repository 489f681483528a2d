#pragma once
// The service payload of a demo case, shaped so that it passes the core's rules on its
// filing date: periods inside the visa or permit, extensions within the limits, addresses
// in the unit's region, complete biometrics.

#include <optional>

#include "demo_world.hpp"
#include "mws/core/domain/case_payloads.hpp"
#include "person_factory.hpp"
#include "random.hpp"

namespace mws::demo {

struct CaseDraft {
  core::CasePayload payload;
  core::CivilDate filedOn;
  core::Channel channel = core::Channel::Counter;
};

class PayloadFactory {
 public:
  explicit PayloadFactory(const DemoWorld& world) : m_world(world) {}

  // A draft of `service` for `applicant` at `unit`; empty when the applicant cannot apply
  // (no visa to extend, no permit to register a stay on, ...). For STAY_CANCEL it is the
  // STAY_REG draft to be cancelled later, filed two days before today at the latest (the
  // cancellation needs the registration's case; see CaseFactory). `owner` (may be null) is
  // a citizen who can host a stay at home.
  std::optional<CaseDraft> make(core::ServiceCode service, const core::Person& applicant,
                                const UnitStaff& unit, const core::Person* owner,
                                Random& rng) const;

  // A stay registration filed no later than `lastFiling` (for one that is cancelled later).
  std::optional<CaseDraft> stayRegistration(const core::Person& applicant, const UnitStaff& unit,
                                            const core::Person* owner, core::CivilDate lastFiling,
                                            Random& rng) const;

  // A filing date in [from, to] that is also inside the service's availability and before
  // the demo's today.
  std::optional<core::CivilDate> fileWithin(core::ServiceCode service, core::CivilDate from,
                                            core::CivilDate to, Random& rng) const;

  core::Address address(const std::string& regionCode, Random& rng) const;

 private:
  std::optional<CaseDraft> residence(const core::Person& applicant, const UnitStaff& unit,
                                     Random& rng) const;
  std::optional<CaseDraft> eVisaExtension(const core::Person& applicant, Random& rng) const;
  std::optional<CaseDraft> visaExtension(const core::Person& applicant, Random& rng) const;
  std::optional<CaseDraft> workConfirmation(const UnitStaff& unit, Random& rng) const;
  std::optional<CaseDraft> studentRegistration(const core::Person& applicant, const UnitStaff& unit,
                                               Random& rng) const;
  std::optional<CaseDraft> idCard(const core::Person& applicant, Random& rng) const;
  std::optional<CaseDraft> travelDocument(const core::Person& applicant, const UnitStaff& unit,
                                          Random& rng) const;
  std::optional<CaseDraft> compatriotInvitation(const UnitStaff& unit, Random& rng) const;
  std::optional<CaseDraft> permanentResidence(const UnitStaff& unit, Random& rng) const;
  core::Channel portalOr(core::ServiceCode service, const core::CivilDate& filedOn,
                         core::Channel fallback, int percent, Random& rng) const;

  const DemoWorld& m_world;
};

}  // namespace mws::demo
