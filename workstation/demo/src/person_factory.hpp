#pragma once
// Demo persons: citizens with ID cards and passports, foreigners with passports of their
// country and e-visas or visas, stateless persons and permanent residents with Uzbek
// residence permits. All documents and visas are valid on the demo's today.

#include <cstdint>

#include "demo_world.hpp"
#include "mws/core/domain/person.hpp"
#include "name_pools.hpp"
#include "random.hpp"

namespace mws::demo {

enum class Profile {
  CitizenWithCard,
  CitizenPassportOnly,  // still on the old passport: due for a first ID card
  ForeignerEVisa,
  ForeignerVisa,
  ForeignerVisaFree,
  Stateless,
  PermanentResident,
};

struct DemoPerson {
  core::Person person;
  Profile profile = Profile::CitizenWithCard;
  std::uint32_t usedServices = 0;  // bit per core::ServiceCode the person has a case of
  bool settled = false;            // became a permanent resident: no later cases
  std::uint32_t caseCount = 0;     // cases made for the person so far (case ids)
};

class PersonFactory {
 public:
  explicit PersonFactory(const DemoWorld& world) : m_world(world) {}

  // The person with database id `id`. The first persons of a run (runOrdinal 0..6) take
  // each profile once, so that even a small demo has every kind of applicant.
  DemoPerson make(std::int64_t id, std::int64_t runOrdinal, Random& rng) const;

 private:
  core::CivilDate birthDate(int minAge, int maxAge, Random& rng) const;
  void addDocuments(DemoPerson& demo, Random& rng) const;
  void addCitizenDocuments(DemoPerson& demo, Random& rng) const;
  void addForeignPassport(core::Person& person, Random& rng) const;
  void addVisa(core::Person& person, bool electronic, Random& rng) const;
  void addResidencePermit(core::Person& person, Random& rng) const;
  void addTravelDocument(core::Person& person, Random& rng) const;
  core::CivilDate issueDate(const core::Person& person, int maxYearsAgo, Random& rng) const;

  const DemoWorld& m_world;
};

}  // namespace mws::demo
