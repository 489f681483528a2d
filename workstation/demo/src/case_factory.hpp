#pragma once
// Demo cases for a batch of demo persons: every service of DESIGN §2 and every state, with
// payloads that pass the rules, fees from the fee table, histories from the life cycle and
// the effects of issuing (visa extended, OneID mark, permanent residence) applied to the
// persons before they are written.

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "case_history.hpp"
#include "demo_world.hpp"
#include "mws/core/domain/case.hpp"
#include "mws/core/domain/case_rules.hpp"
#include "payload_factory.hpp"
#include "person_factory.hpp"
#include "random.hpp"

namespace mws::demo {

class CaseFactory {
 public:
  CaseFactory(const DemoWorld& world, std::uint64_t seed)
      : m_world(world), m_payloads(world), m_seed(seed) {}

  // Exactly `count` cases for `persons`. `firstOrdinal` numbers the first one within the
  // run: ordinals 0..10 take each service once and 0..7 each state once, so that even a
  // small demo shows them all. "demo.generator" when a generated case breaks a rule.
  core::Result<std::vector<core::Case>> make(std::vector<DemoPerson>& persons, std::int64_t count,
                                             std::int64_t firstOrdinal, Random& rng) const;

 private:
  struct Groups {
    std::vector<std::size_t> citizens, foreigners, stateless, residents;
  };
  struct Batch {
    std::vector<DemoPerson>& persons;
    Groups groups;
    std::vector<core::Case> cases;
  };
  struct Choice {
    std::size_t person;
    CaseDraft draft;
  };

  core::Status addCase(Batch& batch, core::ServiceCode service, core::CaseState target,
                       Random& rng) const;
  core::Status addCancellation(Batch& batch, core::CaseState target, Random& rng) const;
  std::optional<Choice> findApplicant(Batch& batch, core::ServiceCode service,
                                      const UnitStaff& unit, Random& rng) const;
  core::Result<core::Case> fileCase(DemoPerson& applicant, const CaseDraft& draft,
                                    const UnitStaff& unit, const core::CaseFacts& facts,
                                    core::CaseState target, Random& rng) const;
  core::StayCancellationPayload cancellationOf(const core::Case& registration, const Batch& batch,
                                               const DemoPerson& applicant, Random& rng) const;
  const core::Person* owner(const Batch& batch, Random& rng) const;
  std::string caseId(DemoPerson& applicant) const;

  const DemoWorld& m_world;
  PayloadFactory m_payloads;
  std::uint64_t m_seed;
};

}  // namespace mws::demo
