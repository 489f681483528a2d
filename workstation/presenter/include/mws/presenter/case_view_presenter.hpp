#pragma once
// The logic of the case dialog: one case with all its evidence (person, documents, the
// service's fields, fee, history, portrait, fingerprints, the rules checked again with
// today's facts) and, for a supervisor, the decisions. No wx: the dialog words the codes.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/case.hpp"
#include "mws/core/domain/person.hpp"
#include "mws/core/domain/ports/receipt_renderer.hpp"
#include "mws/core/result.hpp"
#include "mws/presenter/services.hpp"

namespace mws::presenter {

// One field of a service payload. `key` names it for the view ("address", "host.name",
// "period", "basis", ...); the view words both the key and, for codes, the value.
struct PayloadField {
  enum class Kind { Text, Code, Date, Period, Flag, Number };
  std::string key;
  Kind kind = Kind::Text;
  std::string text;  // Text: as typed; Code: the enumeration's text form ("visa")
  core::CivilDate date;
  core::DateRange period;
  bool flag = false;
  std::int64_t number = 0;
};

std::vector<PayloadField> describePayload(const core::CasePayload& payload);

// The rules of the case's service checked again now (CaseService does the same on submit,
// approve and issue).
struct RuleCheck {
  bool ran = false;                  // false when the facts could not be loaded
  bool passed = false;
  std::optional<core::Error> refusal;  // params["rule"] names the rule
  std::vector<std::string> ruleIds;  // the catalogue's rules that apply to this service
};

struct CaseEvidence {
  core::Case item;
  std::optional<core::Person> person;
  std::vector<PayloadField> fields;
  std::string portrait;               // image bytes (JPEG/PNG); empty when none
  std::optional<core::Error> portraitError;
  int fingerprintsReferenced = 0;     // fingerprint blobs the payload names
  int fingerprintsHeld = 0;           // of them, found in the blob store
  // The page the document was read from (JPEG); empty when typed or not held any more.
  std::string documentScan;
  std::optional<core::Error> documentScanError;  // referenced but not readable here
  std::vector<core::FingerQuality> fingers;       // each finger's quality as captured
  RuleCheck rules;
  // Who acted on the case: display names by user id (the opener and every event's actor).
  std::map<std::int64_t, std::string> actorNames;
};

// Issue hands an approved case to the applicant (an officer's or a supervisor's step).
enum class Decision { TakeIntoReview, Approve, Reject, Return, Issue };

class CaseViewPresenter {
public:
  CaseViewPresenter(Services& services, const core::User& user, std::string caseId);

  // Loads everything; "case.not_found" when the case does not exist.
  core::Status load();
  const CaseEvidence& evidence() const { return m_evidence; }

  bool isSupervisor() const;
  // The decision is offered for this user and the case's state (Issue: an approved case and
  // a role with Right::CaseIssue; CaseService checks again and has the last word).
  bool canDecide(Decision decision) const;
  // Applies the decision through CaseService and reloads. Approving a submitted case takes
  // it into review first. Reject and return need a reason ("case.reason_required").
  core::Status decide(Decision decision, const std::string& reason = {});

  // What the receipt prints, but for the worded details (the view fills them).
  core::ReceiptData receiptData(core::PrintLanguage language, const std::string& officerName) const;

  // The display name of the user with this id; empty when unknown here.
  std::string actorName(std::int64_t userId) const;

private:
  core::Status loadBiometrics();
  void loadDocumentScan();
  void loadActorNames();
  RuleCheck checkRules();
  core::Result<core::Case> apply(Decision decision, const std::string& reason);

  Services& m_services;
  core::User m_user;
  std::string m_caseId;
  CaseEvidence m_evidence;
};

}  // namespace mws::presenter
