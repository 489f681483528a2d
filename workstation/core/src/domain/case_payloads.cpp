#include "mws/core/domain/case_payloads.hpp"

#include "enum_names.hpp"

namespace mws::core {

namespace {

constexpr detail::NameTable<StayBasis, 2> kStayBases{{
    {StayBasis::Visa, "visa"},
    {StayBasis::ResidencePermit, "residence_permit"},
}};

constexpr detail::NameTable<CancellationRequester, 2> kRequesters{{
    {CancellationRequester::Owner, "owner"},
    {CancellationRequester::RegisteredPerson, "registered_person"},
}};

constexpr detail::NameTable<IdCardReason, 5> kIdCardReasons{{
    {IdCardReason::FirstIssuance, "first_issuance"},
    {IdCardReason::Expiry, "expiry"},
    {IdCardReason::Loss, "loss"},
    {IdCardReason::Damage, "damage"},
    {IdCardReason::DataChange, "data_change"},
}};

constexpr detail::NameTable<InviteeRelation, 5> kRelations{{
    {InviteeRelation::Compatriot, "compatriot"},
    {InviteeRelation::Spouse, "spouse"},
    {InviteeRelation::Child, "child"},
    {InviteeRelation::Parent, "parent"},
    {InviteeRelation::Sibling, "sibling"},
}};

constexpr detail::NameTable<PermanentResidenceBasis, 5> kResidenceBases{{
    {PermanentResidenceBasis::Family, "family"},
    {PermanentResidenceBasis::Compatriot, "compatriot"},
    {PermanentResidenceBasis::Investment, "investment"},
    {PermanentResidenceBasis::Employment, "employment"},
    {PermanentResidenceBasis::Other, "other"},
}};

// The variant's alternatives are declared in the order of ServiceCode.
static_assert(std::variant_size_v<CasePayload> == kAllServices.size());
static_assert(std::is_same_v<std::variant_alternative_t<3, CasePayload>, EVisaExtensionPayload>);
static_assert(std::is_same_v<std::variant_alternative_t<10, CasePayload>, PermanentResidencePayload>);

}  // namespace

ServiceCode serviceOf(const CasePayload& payload) {
  return static_cast<ServiceCode>(payload.index());
}

std::string_view toString(StayBasis basis) { return detail::nameOf(kStayBases, basis); }
std::optional<StayBasis> parseStayBasis(std::string_view text) {
  return detail::parseName(kStayBases, text);
}

std::string_view toString(CancellationRequester requester) {
  return detail::nameOf(kRequesters, requester);
}
std::optional<CancellationRequester> parseCancellationRequester(std::string_view text) {
  return detail::parseName(kRequesters, text);
}

std::string_view toString(IdCardReason reason) { return detail::nameOf(kIdCardReasons, reason); }
std::optional<IdCardReason> parseIdCardReason(std::string_view text) {
  return detail::parseName(kIdCardReasons, text);
}

std::string_view toString(InviteeRelation relation) { return detail::nameOf(kRelations, relation); }
std::optional<InviteeRelation> parseInviteeRelation(std::string_view text) {
  return detail::parseName(kRelations, text);
}

std::string_view toString(PermanentResidenceBasis basis) {
  return detail::nameOf(kResidenceBases, basis);
}
std::optional<PermanentResidenceBasis> parsePermanentResidenceBasis(std::string_view text) {
  return detail::parseName(kResidenceBases, text);
}

}  // namespace mws::core
