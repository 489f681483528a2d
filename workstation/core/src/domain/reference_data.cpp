#include "mws/core/domain/reference_data.hpp"

#include <algorithm>

#include "enum_names.hpp"
#include "mws/core/domain/rules.hpp"

namespace mws::core {

namespace {

constexpr detail::NameTable<FeeVariant, 3> kVariants{{
    {FeeVariant::Standard, "standard"},
    {FeeVariant::Urgent, "urgent"},
    {FeeVariant::OnSite, "on_site"},
}};

}  // namespace

std::string_view toString(FeeVariant variant) { return detail::nameOf(kVariants, variant); }
std::optional<FeeVariant> parseFeeVariant(std::string_view text) {
  return detail::parseName(kVariants, text);
}

const ServiceDefinition* ReferenceData::find(ServiceCode service) const {
  auto it = std::find_if(services.begin(), services.end(),
                         [&](const ServiceDefinition& def) { return def.service == service; });
  return it == services.end() ? nullptr : &*it;
}

std::optional<std::int64_t> ReferenceData::bcuValueOn(const CivilDate& date) const {
  const BcuRate* best = nullptr;
  for (const BcuRate& rate : bcuRates) {
    if (rate.effectiveFrom <= date && (!best || best->effectiveFrom < rate.effectiveFrom)) {
      best = &rate;
    }
  }
  return best ? std::optional<std::int64_t>(best->som) : std::nullopt;
}

Status checkServiceAvailable(const ReferenceData& data, ServiceCode service, Channel channel,
                             const CivilDate& filedOn) {
  const std::string name(toString(service));
  const ServiceDefinition* def = data.find(service);
  if (!def) {
    return refusal("SERVICE-1", "service.not_in_catalogue").with("service", name);
  }
  if (filedOn < def->effectiveFrom) {
    return refusal("SERVICE-1", "service.not_yet_effective")
        .with("service", name)
        .with("effective_from", def->effectiveFrom.toString())
        .with("filed_on", filedOn.toString());
  }
  if (channel == Channel::Portal && (!def->portalFrom || filedOn < *def->portalFrom)) {
    return refusal("SERVICE-2", "service.channel_not_available")
        .with("service", name)
        .with("channel", std::string(toString(channel)))
        .with("available_from", def->portalFrom ? def->portalFrom->toString() : "");
  }
  return success();
}

}  // namespace mws::core
