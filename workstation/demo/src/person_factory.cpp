#include "person_factory.hpp"

#include <algorithm>
#include <array>

#include "numbers.hpp"

namespace mws::demo {

namespace {

using core::DocumentKind;

constexpr int kProfileWeights[] = {44, 14, 13, 13, 9, 3, 4};

// Weights by NameOrigin: Uzbek, Russian, Kazakh, Tajik, Koryo, Korean, Chinese, Turkish, Indian.
constexpr int kCitizenOrigins[] = {80, 7, 4, 5, 4, 0, 0, 0, 0};
constexpr int kForeignOrigins[] = {0, 16, 12, 14, 0, 10, 14, 16, 18};
constexpr int kStatelessOrigins[] = {40, 20, 15, 25, 0, 0, 0, 0, 0};
constexpr int kResidentOrigins[] = {0, 25, 15, 20, 0, 10, 10, 20, 0};

struct PassportFormat {
  std::string_view country;
  std::string_view prefix;
  int digits;
  std::string_view authority;
};

constexpr PassportFormat kPassports[] = {
    {"RUS", "7", 8, "FMS 77001"}, {"KAZ", "N", 8, "MVD RK"}, {"TJK", "4", 8, "VKD RT"},
    {"KOR", "M", 8, "MOFA"},      {"CHN", "E", 8, "MPS"},    {"TUR", "U", 8, "NVI"},
    {"IND", "K", 7, "MEA"},
};

core::PersonStatus statusOf(Profile profile) {
  switch (profile) {
    case Profile::CitizenWithCard:
    case Profile::CitizenPassportOnly:
      return core::PersonStatus::Citizen;
    case Profile::Stateless:
      return core::PersonStatus::Stateless;
    case Profile::PermanentResident:
      return core::PersonStatus::PermanentResident;
    default:
      return core::PersonStatus::Foreigner;
  }
}

std::span<const int> originWeights(core::PersonStatus status) {
  switch (status) {
    case core::PersonStatus::Citizen:
      return kCitizenOrigins;
    case core::PersonStatus::Stateless:
      return kStatelessOrigins;
    case core::PersonStatus::PermanentResident:
      return kResidentOrigins;
    case core::PersonStatus::Foreigner:
      break;
  }
  return kForeignOrigins;
}

std::uint64_t powerOfTen(int exponent) {
  std::uint64_t value = 1;
  for (int i = 0; i < exponent; ++i) value *= 10;
  return value;
}

std::string uzbekAuthority(Random& rng) {
  return "IIV " + digits(rng.between(20000, 29999), 5);
}

}  // namespace

DemoPerson PersonFactory::make(std::int64_t id, std::int64_t runOrdinal, Random& rng) const {
  DemoPerson demo;
  demo.profile = runOrdinal < 7 ? static_cast<Profile>(runOrdinal)
                                : static_cast<Profile>(rng.weighted(kProfileWeights));
  core::Person& p = demo.person;
  p.id = id;
  p.status = statusOf(demo.profile);
  const auto origin = static_cast<NameOrigin>(rng.weighted(originWeights(p.status)));
  const bool citizen = p.status == core::PersonStatus::Citizen;
  const bool stateless = p.status == core::PersonStatus::Stateless;
  p.sex = rng.chance(demo.profile == Profile::ForeignerVisaFree ? 75 : 50) ? core::Sex::Male
                                                                           : core::Sex::Female;
  GeneratedNames names = generateNames(origin, p.sex, citizen || stateless, rng);
  p.latin = std::move(names.latin);
  p.cyrillic = std::move(names.cyrillic);
  p.citizenship = citizen ? "UZB" : stateless ? "XXA" : std::string(originCountry(origin));
  const bool student = origin == NameOrigin::Indian && demo.profile == Profile::ForeignerVisa;
  p.birthDate = citizen   ? birthDate(18, 85, rng)
                : student ? birthDate(18, 27, rng)
                          : birthDate(20, 65, rng);
  const bool resident = citizen || stateless || demo.profile == Profile::PermanentResident;
  if (citizen || (resident && rng.chance(80))) {
    const auto serial =
        static_cast<std::uint32_t>(scramble(static_cast<std::uint64_t>(id), 1000000, 1));
    p.personalNumber = personalNumber(p.birthDate, p.sex, serial);
  }
  addDocuments(demo, rng);
  return demo;
}

void PersonFactory::addDocuments(DemoPerson& demo, Random& rng) const {
  core::Person& p = demo.person;
  switch (demo.profile) {
    case Profile::CitizenWithCard:
    case Profile::CitizenPassportOnly:
      addCitizenDocuments(demo, rng);
      break;
    case Profile::ForeignerEVisa:
    case Profile::ForeignerVisa:
      addForeignPassport(p, rng);
      addVisa(p, demo.profile == Profile::ForeignerEVisa, rng);
      break;
    case Profile::ForeignerVisaFree:
      addForeignPassport(p, rng);
      break;
    case Profile::Stateless:
      addResidencePermit(p, rng);
      if (rng.chance(60)) addTravelDocument(p, rng);
      break;
    case Profile::PermanentResident:
      addForeignPassport(p, rng);
      addResidencePermit(p, rng);
      break;
  }
}

core::CivilDate PersonFactory::birthDate(int minAge, int maxAge, Random& rng) const {
  const int span = maxAge - minAge;
  const int age = minAge + (rng.between(0, span) + rng.between(0, span)) / 2;
  const int daysBack = age * 365 + age / 4 + rng.between(0, 364);
  return m_world.today.addDays(-daysBack);
}

core::CivilDate PersonFactory::issueDate(const core::Person& person, int maxYearsAgo,
                                         Random& rng) const {
  const core::CivilDate adult = person.birthDate.addDays(16 * 365 + 4);
  const core::CivilDate latest = m_world.today.addDays(-1);
  core::CivilDate earliest = std::max(adult, m_world.today.addDays(-maxYearsAgo * 365));
  if (earliest > latest) earliest = latest;
  return earliest.addDays(rng.between(0, core::daysBetween(earliest, latest)));
}

void PersonFactory::addCitizenDocuments(DemoPerson& demo, Random& rng) const {
  core::Person& p = demo.person;
  auto uzbekDocument = [&](DocumentKind kind, int slot) {
    const std::uint64_t v = scramble(2 * static_cast<std::uint64_t>(p.id) + slot, 40000000, 2);
    const core::CivilDate issued = issueDate(p, 9, rng);
    p.documents.push_back({kind, std::string("A") + "ABCD"[v / 10000000], digits(v % 10000000, 7),
                           "UZB", uzbekAuthority(rng), issued, issued.addDays(3652)});
  };
  if (demo.profile == Profile::CitizenWithCard) {
    uzbekDocument(DocumentKind::IdCard, 0);
    if (rng.chance(35)) uzbekDocument(DocumentKind::Passport, 1);
  } else {
    uzbekDocument(DocumentKind::Passport, 1);
  }
}

void PersonFactory::addForeignPassport(core::Person& person, Random& rng) const {
  const auto* format =
      std::find_if(std::begin(kPassports), std::end(kPassports),
                   [&](const PassportFormat& f) { return f.country == person.citizenship; });
  const PassportFormat fallback{person.citizenship, "P", 8, "MFA"};
  const PassportFormat& f = format == std::end(kPassports) ? fallback : *format;
  const std::uint64_t v = scramble(static_cast<std::uint64_t>(person.id), powerOfTen(f.digits), 3);
  const core::CivilDate issued = issueDate(person, 9, rng);
  person.documents.push_back({DocumentKind::Passport, "",
                              std::string(f.prefix) + digits(v, f.digits), person.citizenship,
                              std::string(f.authority), issued, issued.addDays(3652)});
}

void PersonFactory::addVisa(core::Person& person, bool electronic, Random& rng) const {
  const auto id = static_cast<std::uint64_t>(person.id);
  core::Visa visa;
  visa.kind = electronic ? core::VisaKind::EVisa : core::VisaKind::Other;
  visa.number = (electronic ? "EV" : "V") + digits(scramble(id, 1000000000, 4), 9);
  static constexpr std::array<int, 3> kDurations{90, 180, 365};
  const int duration = electronic ? 30 : kDurations[rng.index(kDurations.size())];
  visa.validFrom = m_world.today.addDays(-rng.between(1, electronic ? 25 : duration - 15));
  visa.validTo = visa.validFrom.addDays(duration - 1);
  visa.entries = duration == 365  ? core::VisaEntries::Multiple
                 : rng.chance(70) ? core::VisaEntries::Single
                                  : core::VisaEntries::Double;
  person.visas.push_back(visa);
}

void PersonFactory::addResidencePermit(core::Person& person, Random& rng) const {
  const auto id = static_cast<std::uint64_t>(person.id);
  const core::CivilDate issued = m_world.today.addDays(-rng.between(30, 4 * 365));
  person.documents.push_back({DocumentKind::ResidencePermit, "VR",
                              digits(scramble(id, 10000000, 5), 7), "UZB", uzbekAuthority(rng),
                              issued, issued.addDays(5 * 365)});
}

void PersonFactory::addTravelDocument(core::Person& person, Random& rng) const {
  const auto id = static_cast<std::uint64_t>(person.id);
  const core::CivilDate issued = m_world.today.addDays(-rng.between(30, 4 * 365));
  person.documents.push_back({DocumentKind::TravelDocument, "XS",
                              digits(scramble(id, 10000000, 6), 7), "UZB", uzbekAuthority(rng),
                              issued, issued.addDays(3652)});
}

}  // namespace mws::demo
