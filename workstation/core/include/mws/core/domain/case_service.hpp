#pragma once
// The application service the CLI and the UI call to work cases: it loads what the rules
// need from the repositories, applies the rules and the life cycle, and persists each
// action as one atomic change through the ports.

#include <cstdint>
#include <string>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/case.hpp"
#include "mws/core/domain/ports/case_repository.hpp"
#include "mws/core/domain/ports/clock.hpp"
#include "mws/core/domain/ports/person_repository.hpp"
#include "mws/core/domain/ports/reference_data_repository.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

struct OpenCaseRequest {
  std::string caseId;  // a client-generated UUID v4; generated when empty
  std::int64_t personId = 0;
  Channel channel = Channel::Counter;
  CasePayload payload;
  CaseCapture capture{};  // the document scan and finger qualities, when captured
};

class CaseService {
public:
  CaseService(CaseRepository& cases, PersonRepository& persons,
              ReferenceDataRepository& reference, Clock& clock);

  // Validates the payload against the rules and opens a draft filed today by the actor's
  // unit. Codes: "case.bad_id", "person.not_found", the CASE-2 actor codes, every rule code.
  Result<Case> open(const OpenCaseRequest& request, const User& actor);
  // Replaces the payload of a draft or returned case (rules checked again).
  Result<Case> edit(const std::string& caseId, const CasePayload& payload, const User& actor);
  // The rules are checked again with current facts on submit, approve and issue.
  Result<Case> submit(const std::string& caseId, const User& actor);
  Result<Case> takeIntoReview(const std::string& caseId, const User& actor);
  Result<Case> approve(const std::string& caseId, const User& actor);
  Result<Case> reject(const std::string& caseId, const User& actor, const std::string& reason);
  Result<Case> returnForCorrection(const std::string& caseId, const User& actor,
                                   const std::string& reason);
  // Issues the case, applies its effects and ends the registration it cancels or replaces.
  Result<Case> issue(const std::string& caseId, const User& actor);
  Result<Case> cancel(const std::string& caseId, const User& actor, const std::string& reason);

private:
  struct Checked {
    CasePayload payload;
    FeeQuote fee;
  };

  Result<Case> transition(const std::string& caseId, CaseAction action, const User& actor,
                          const std::string& reason);
  Result<Case> loadCase(const std::string& caseId);
  Result<Person> loadPerson(std::int64_t personId);
  Result<CaseFacts> loadFacts(const CasePayload& payload, const Person& person,
                              const std::string& ownId);
  Result<Checked> evaluate(const CasePayload& payload, const Person& person,
                           const CivilDate& filedOn, Channel channel, const std::string& ownId);
  Result<CaseChange> buildChange(const Case& subject, const CaseEvent& event, const Person& person);

  CaseRepository& m_cases;
  PersonRepository& m_persons;
  ReferenceDataRepository& m_reference;
  Clock& m_clock;
};

}  // namespace mws::core
