#include "payload_factory.hpp"

#include <algorithm>
#include <string_view>

#include "name_pools.hpp"
#include "numbers.hpp"

namespace mws::demo {

namespace {

using core::ServiceCode;

struct Organisation {
  std::string_view name;
  std::string_view taxId;
};

constexpr std::string_view kStreets[] = {
    "Amir Temur",     "Alisher Navoiy",  "Bunyodkor",   "Mustaqillik",   "Bobur",
    "Mirzo Ulugʻbek", "Istiqlol",        "Qatortol",    "Furqat",        "Beshyogʻoch",
    "Lutfiy",         "Shota Rustaveli", "Oybek",       "Gʻafur Gʻulom", "Abdulla Qodiriy",
    "Zarqaynar",      "Nurafshon",       "Choʻpon ota",
};
constexpr Organisation kHotels[] = {
    {"Registon Plaza mehmonxonasi", "301245671"}, {"Ipak Yoʻli mehmonxonasi", "302377184"},
    {"Navroʻz Palace mehmonxonasi", "303418265"}, {"Afrosiyob mehmonxonasi", "304592736"},
    {"Orient Star Hotel", "305613847"},           {"Chorsu mehmonxonasi", "306724958"},
    {"Bogʻi Eram mehmonxonasi", "307835169"},     {"Silk Road Inn", "308946270"},
};
constexpr Organisation kEmployers[] = {
    {"Toshkent Tekstil MChJ", "201345672"},    {"Samarqand Qurilish Invest MChJ", "202456783"},
    {"Silk Road Logistics MChJ", "203567894"}, {"Navoiy Kon Texnika MChJ", "204678905"},
    {"Orient Agro MChJ", "205789016"},         {"Buxoro Charm MChJ", "206890127"},
    {"Fargʻona Energiya MChJ", "207901238"},   {"Yangi Asr Dasturlash MChJ", "208012349"},
};
constexpr Organisation kUniversities[] = {
    {"Ipak Yoʻli xalqaro tibbiyot universiteti", "401234565"},
    {"Sharq texnologiyalar universiteti", "402345676"},
    {"Zarafshon pedagogika instituti", "403456787"},
    {"Navbahor tibbiyot akademiyasi", "404567898"},
};
constexpr std::string_view kPositions[] = {
    "Muhandis",   "Quruvchi", "Oshpaz",    "Texnolog",   "Dasturchi",
    "Oʻqituvchi", "Shifokor", "Haydovchi", "Payvandchi", "Menejer",
};
constexpr std::string_view kCompatriotCountries[] = {"KAZ", "TJK", "KGZ", "TKM",
                                                     "AFG", "RUS", "TUR"};

const Organisation& pick(std::span<const Organisation> items, Random& rng) {
  return rng.pick(items);
}

core::Biometrics biometrics(Random& rng) {
  core::Biometrics b;
  b.photoSha256 = rng.hex(64);
  for (int i = 0; i < 10; ++i) b.fingerprintSha256.push_back(rng.hex(64));
  return b;
}

const core::Visa* currentVisa(const core::Person& person, std::optional<core::VisaKind> kind) {
  for (const core::Visa& visa : person.visas) {
    if (!kind || visa.kind == *kind) return &visa;
  }
  return nullptr;
}

const core::IdentityDocument* documentOf(const core::Person& person, core::DocumentKind kind) {
  for (const auto& document : person.documents) {
    if (document.kind == kind) return &document;
  }
  return nullptr;
}

}  // namespace

std::optional<CaseDraft> PayloadFactory::make(ServiceCode service, const core::Person& applicant,
                                              const UnitStaff& unit, const core::Person* owner,
                                              Random& rng) const {
  switch (service) {
    case ServiceCode::StayRegistration:
      return stayRegistration(applicant, unit, owner, m_world.today.addDays(-1), rng);
    case ServiceCode::ResidenceRegistration:
      return residence(applicant, unit, rng);
    case ServiceCode::EVisaExtension:
      return eVisaExtension(applicant, rng);
    case ServiceCode::VisaExtension:
      return visaExtension(applicant, rng);
    case ServiceCode::WorkConfirmation:
      return workConfirmation(unit, rng);
    case ServiceCode::StudentRegistration:
      return studentRegistration(applicant, unit, rng);
    case ServiceCode::IdCard:
      return idCard(applicant, rng);
    case ServiceCode::StatelessTravelDocument:
      return travelDocument(applicant, unit, rng);
    case ServiceCode::CompatriotInvitation:
      return compatriotInvitation(unit, rng);
    case ServiceCode::PermanentResidence:
      return permanentResidence(unit, rng);
    case ServiceCode::StayCancellation:  // the registration it will cancel, a day before
      return stayRegistration(applicant, unit, owner, m_world.today.addDays(-2), rng);
  }
  return std::nullopt;
}

std::optional<core::CivilDate> PayloadFactory::fileWithin(ServiceCode service, core::CivilDate from,
                                                          core::CivilDate to, Random& rng) const {
  const core::CivilDate lo = std::max(from, m_world.earliestFiling(service));
  const core::CivilDate hi = std::min(to, m_world.today.addDays(-1));
  if (hi < lo) return std::nullopt;
  return lo.addDays(rng.between(0, core::daysBetween(lo, hi)));
}

core::Address PayloadFactory::address(const std::string& regionCode, Random& rng) const {
  core::Address a;
  a.region = regionCode;
  a.district = rng.pick(m_world.districtsByRegion.at(regionCode));
  a.street = std::string(rng.pick(std::span<const std::string_view>(kStreets))) + " koʻchasi";
  a.house = std::to_string(rng.between(1, 150));
  if (rng.chance(60)) a.flat = std::to_string(rng.between(1, 120));
  return a;
}

core::Channel PayloadFactory::portalOr(ServiceCode service, const core::CivilDate& filedOn,
                                       core::Channel fallback, int percent, Random& rng) const {
  const core::ServiceDefinition* def = m_world.reference.find(service);
  const bool portal = def && def->portalFrom && *def->portalFrom <= filedOn;
  return portal && rng.chance(percent) ? core::Channel::Portal : fallback;
}

std::optional<CaseDraft> PayloadFactory::stayRegistration(const core::Person& applicant,
                                                          const UnitStaff& unit,
                                                          const core::Person* owner,
                                                          core::CivilDate lastFiling,
                                                          Random& rng) const {
  core::StayRegistrationPayload p;
  core::DateRange basis;
  if (const core::Visa* visa = currentVisa(applicant, std::nullopt)) {
    basis = {visa->validFrom, visa->validTo};
    p.basisNumber = visa->number;
  } else if (const auto* permit = documentOf(applicant, core::DocumentKind::ResidencePermit)) {
    basis = {permit->issuedOn, permit->expiresOn};
    p.basis = core::StayBasis::ResidencePermit;
    p.basisNumber = permit->fullNumber();
  } else {
    return std::nullopt;
  }
  auto filed =
      fileWithin(ServiceCode::StayRegistration, basis.from, std::min(basis.to, lastFiling), rng);
  if (!filed) return std::nullopt;
  p.period = {*filed, std::min(basis.to, filed->addDays(rng.between(3, 90)))};
  p.address = address(unit.regionCode, rng);
  if (owner && rng.chance(45)) {
    p.host = {
        core::HostKind::Person, owner->id, "",
        owner->latin.full(),    true,      "e-rozilik:ER" + digits(rng.next() % 100000000, 8)};
  } else {
    const Organisation& hotel = pick(kHotels, rng);
    p.host = {core::HostKind::Organisation, 0,    std::string(hotel.taxId),
              std::string(hotel.name),      true, "paper:" + std::to_string(rng.between(1, 9999))};
  }
  return CaseDraft{p, *filed, core::Channel::Counter};
}

std::optional<CaseDraft> PayloadFactory::residence(const core::Person& applicant,
                                                   const UnitStaff& unit, Random& rng) const {
  (void)applicant;
  auto filed = fileWithin(ServiceCode::ResidenceRegistration, m_world.today.addDays(-365),
                          m_world.today, rng);
  if (!filed) return std::nullopt;
  core::ResidenceRegistrationPayload p{address(unit.regionCode, rng), *filed, ""};
  return CaseDraft{p, *filed, core::Channel::Counter};
}

std::optional<CaseDraft> PayloadFactory::eVisaExtension(const core::Person& applicant,
                                                        Random& rng) const {
  const core::Visa* visa = currentVisa(applicant, core::VisaKind::EVisa);
  if (!visa || !visa->extensions.empty()) return std::nullopt;
  auto filed = fileWithin(ServiceCode::EVisaExtension, visa->validFrom, visa->validTo, rng);
  if (!filed) return std::nullopt;
  const core::ServiceDefinition* def = m_world.reference.find(ServiceCode::EVisaExtension);
  const int maxDays = def && def->maxExtensionDays > 0 ? def->maxExtensionDays : 30;
  core::EVisaExtensionPayload p{visa->number,
                                visa->validTo.addDays(rng.between(std::min(7, maxDays), maxDays))};
  return CaseDraft{p, *filed, core::Channel::Counter};
}

std::optional<CaseDraft> PayloadFactory::visaExtension(const core::Person& applicant,
                                                       Random& rng) const {
  const core::Visa* visa = currentVisa(applicant, core::VisaKind::Other);
  if (!visa || !visa->extensions.empty()) return std::nullopt;
  auto filed = fileWithin(ServiceCode::VisaExtension, visa->validFrom, visa->validTo, rng);
  if (!filed) return std::nullopt;
  core::VisaExtensionPayload p;
  p.visaNumber = visa->number;
  p.newValidTo = visa->validTo.addDays(rng.between(30, 180));
  core::Channel channel = core::Channel::Counter;
  if (rng.chance(25)) {
    const Organisation& org = rng.chance(50) ? pick(kUniversities, rng) : pick(kEmployers, rng);
    p.onSite = true;
    p.organisationTaxId = std::string(org.taxId);
    p.organisationName = std::string(org.name);
    p.contractNumber =
        "XSH-" + std::to_string(filed->year()) + "/" + std::to_string(rng.between(1, 999));
    channel = core::Channel::OnSite;
  }
  return CaseDraft{p, *filed, channel};
}

std::optional<CaseDraft> PayloadFactory::workConfirmation(const UnitStaff& unit,
                                                          Random& rng) const {
  auto filed =
      fileWithin(ServiceCode::WorkConfirmation, m_world.today.addDays(-365), m_world.today, rng);
  if (!filed) return std::nullopt;
  const Organisation& employer = pick(kEmployers, rng);
  core::WorkConfirmationPayload p;
  p.employer = {std::string(employer.taxId), std::string(employer.name),
                address(unit.regionCode, rng)};
  p.position = std::string(rng.pick(std::span<const std::string_view>(kPositions)));
  const core::CivilDate start = filed->addDays(rng.between(0, 14));
  p.period = {start, start.addDays(rng.between(90, 365) - 1)};
  return CaseDraft{p, *filed, core::Channel::Counter};
}

std::optional<CaseDraft> PayloadFactory::studentRegistration(const core::Person& applicant,
                                                             const UnitStaff& unit,
                                                             Random& rng) const {
  const core::Visa* visa = currentVisa(applicant, std::nullopt);
  if (!visa) return std::nullopt;
  auto filed = fileWithin(ServiceCode::StudentRegistration, visa->validFrom, visa->validTo, rng);
  if (!filed) return std::nullopt;
  const Organisation& uni = pick(kUniversities, rng);
  core::StudentRegistrationPayload p;
  p.university = {std::string(uni.taxId), std::string(uni.name), address(unit.regionCode, rng)};
  p.enrolmentNumber = "ENR-" + std::to_string(filed->year()) + "-" + digits(rng.next() % 100000, 5);
  p.visaNumber = visa->number;
  p.dormitory = {
      std::string(uni.name) + " " + std::to_string(rng.between(1, 4)) + "-son talabalar turar joyi",
      address(unit.regionCode, rng), std::string(uni.taxId)};
  const core::DateRange registration{*filed, std::min(visa->validTo, filed->addDays(300))};
  p.registration = registration;
  p.contract = core::DormitoryContract{
      "TTJ-" + digits(rng.next() % 1000000, 6),
      std::to_string(rng.between(1, 5)) + "-" + std::to_string(rng.between(1, 40)),
      {registration.from.addDays(-rng.between(0, 10)),
       registration.to.addDays(rng.between(0, 30))}};
  const core::Channel channel = rng.chance(30) ? core::Channel::OnSite : core::Channel::Counter;
  return CaseDraft{p, *filed, channel};
}

std::optional<CaseDraft> PayloadFactory::idCard(const core::Person& applicant, Random& rng) const {
  auto filed = fileWithin(ServiceCode::IdCard, m_world.today.addDays(-365), m_world.today, rng);
  if (!filed) return std::nullopt;
  core::IdCardPayload p;
  static constexpr core::IdCardReason kRenewals[] = {
      core::IdCardReason::Expiry, core::IdCardReason::Loss, core::IdCardReason::Damage,
      core::IdCardReason::DataChange};
  p.reason = applicant.holds(core::DocumentKind::IdCard)
                 ? rng.pick(std::span<const core::IdCardReason>(kRenewals))
                 : core::IdCardReason::FirstIssuance;
  p.urgent = rng.chance(15);
  p.biometrics = biometrics(rng);
  return CaseDraft{p, *filed, core::Channel::Counter};
}

std::optional<CaseDraft> PayloadFactory::travelDocument(const core::Person& applicant,
                                                        const UnitStaff& unit, Random& rng) const {
  auto filed = fileWithin(ServiceCode::StatelessTravelDocument, m_world.today.addDays(-365),
                          m_world.today, rng);
  if (!filed) return std::nullopt;
  core::StatelessTravelDocumentPayload p;
  p.urgent = rng.chance(10);
  p.biometrics = biometrics(rng);
  p.address = address(unit.regionCode, rng);
  if (const auto* previous = documentOf(applicant, core::DocumentKind::TravelDocument)) {
    p.previousDocumentNumber = previous->fullNumber();
  }
  return CaseDraft{
      p, *filed,
      portalOr(ServiceCode::StatelessTravelDocument, *filed, core::Channel::Counter, 20, rng)};
}

std::optional<CaseDraft> PayloadFactory::compatriotInvitation(const UnitStaff& unit,
                                                              Random& rng) const {
  auto filed = fileWithin(ServiceCode::CompatriotInvitation, m_world.today.addDays(-365),
                          m_world.today, rng);
  if (!filed) return std::nullopt;
  core::CompatriotInvitationPayload p;
  const int count = rng.between(1, 3);
  for (int i = 0; i < count; ++i) {
    const auto sex = rng.chance(50) ? core::Sex::Male : core::Sex::Female;
    const int age = i == 2 ? rng.between(3, 17) : rng.between(20, 70);
    p.invitees.push_back(
        {generateNames(NameOrigin::Uzbek, sex, false, rng).latin,
         m_world.today.addDays(-(age * 365 + rng.between(0, 364))),
         std::string(rng.pick(std::span<const std::string_view>(kCompatriotCountries))),
         i == 0   ? core::InviteeRelation::Compatriot
         : i == 1 ? core::InviteeRelation::Spouse
                  : core::InviteeRelation::Child});
  }
  const core::CivilDate arrival = filed->addDays(rng.between(20, 60));
  p.intendedStay = {arrival, arrival.addDays(rng.between(30, 90))};
  p.hostAddress = address(unit.regionCode, rng);
  return CaseDraft{
      p, *filed,
      portalOr(ServiceCode::CompatriotInvitation, *filed, core::Channel::Counter, 25, rng)};
}

std::optional<CaseDraft> PayloadFactory::permanentResidence(const UnitStaff& unit,
                                                            Random& rng) const {
  auto filed =
      fileWithin(ServiceCode::PermanentResidence, m_world.today.addDays(-365), m_world.today, rng);
  if (!filed) return std::nullopt;
  static constexpr std::string_view kReferences[] = {
      "Nikoh guvohnomasi I-TN ", "Vatandosh maqomi toʻgʻrisida maʼlumotnoma VM-",
      "Investitsiya shartnomasi INV-", "Mehnat shartnomasi MSh-", "Ariza A-"};
  const auto basis = static_cast<core::PermanentResidenceBasis>(rng.between(0, 4));
  core::PermanentResidencePayload p;
  p.basis = basis;
  p.basisReference =
      std::string(kReferences[static_cast<int>(basis)]) + digits(rng.next() % 10000000, 7);
  p.address = address(unit.regionCode, rng);
  p.residingSince = filed->addDays(-rng.between(365, 3650));
  return CaseDraft{p, *filed, core::Channel::Counter};
}

}  // namespace mws::demo
