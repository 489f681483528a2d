#pragma once
// A case: one application for one service by one person, owned by the unit that opened it
// (single writer, DESIGN §5), identified by a client-generated UUID.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/case_payloads.hpp"
#include "mws/core/domain/civil_date.hpp"
#include "mws/core/domain/fees.hpp"
#include "mws/core/domain/service.hpp"

namespace mws::core {

// draft -> submitted -> in_review -> approved | rejected | returned; approved -> issued;
// returned is editable like a draft and is submitted again; cancelled ends any open case.
enum class CaseState { Draft, Submitted, InReview, Approved, Rejected, Returned, Issued, Cancelled };
std::string_view toString(CaseState state);
std::optional<CaseState> parseCaseState(std::string_view text);

enum class CaseAction { Open, Edit, Submit, TakeIntoReview, Approve, Reject, Return, Issue, Cancel };
std::string_view toString(CaseAction action);  // "open", "take_into_review", ...
std::optional<CaseAction> parseCaseAction(std::string_view text);

// One entry of a case's history; storage keeps them in order with the audit chain.
struct CaseEvent {
  CaseAction action = CaseAction::Open;
  CaseState from = CaseState::Draft;
  CaseState to = CaseState::Draft;
  std::int64_t actorId = 0;
  Role actorRole = Role::Officer;
  std::string reason;  // required for reject, return and cancel
  std::chrono::system_clock::time_point at;

  friend bool operator==(const CaseEvent&, const CaseEvent&) = default;
};

// One finger as the ten-print session left it: its quality score (0–100) when captured, or
// the exception that replaced it ("amputated", "bandaged", "unreadable").
struct FingerQuality {
  std::string finger;  // "right-thumb" …
  double quality = 0;
  std::string exception;

  friend bool operator==(const FingerQuality&, const FingerQuality&) = default;
};

// What the counter captured beside the payload, for the supervisor's review: the page image
// the document was read from (a sealed blob) and each finger's quality.
struct CaseCapture {
  std::string documentScanSha256;  // empty when the document was typed
  std::vector<FingerQuality> fingers;

  friend bool operator==(const CaseCapture&, const CaseCapture&) = default;
};

struct Case {
  std::string id;        // UUID v4, generated at the counter
  std::string unitCode;  // the owning unit
  std::int64_t personId = 0;
  Channel channel = Channel::Counter;
  CivilDate filedOn;
  CaseState state = CaseState::Draft;
  CasePayload payload;
  FeeQuote fee;
  std::int64_t openedBy = 0;
  // Optimistic concurrency: storage increments it on every change and refuses a change
  // made against an older version ("case.concurrent_update").
  std::int64_t version = 0;
  std::vector<CaseEvent> history;  // oldest first, the Open event included
  CaseCapture capture{};           // set when the case is opened

  ServiceCode service() const { return serviceOf(payload); }

  friend bool operator==(const Case&, const Case&) = default;
};

// Draft and returned cases may be edited and submitted.
bool isEditable(CaseState state);
// Rejected, issued and cancelled cases take no further step (an issued registration can
// still be cancelled, which ends it).
bool isClosed(CaseState state);
// A registration in this state counts as active (everything but rejected and cancelled).
bool countsAsActiveRegistration(CaseState state);
// Registrations stay in force after issuance until they are cancelled.
bool isRegistrationService(ServiceCode service);

}  // namespace mws::core
