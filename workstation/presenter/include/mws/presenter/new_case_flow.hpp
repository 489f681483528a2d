#pragma once
// The "New case" step flow (issue 7): service → document (MRZ) → match persons → person
// details → photo → fingerprints (the two only for services that take biometrics) → service
// form (rules checked as the officer types) → review → submit → receipt. No wx: the panel
// shows state() and calls the actions; every action answers with a Status whose error code
// (and params["rule"] for a refusal) the UI words. The default path is Enter, Enter, …:
// next() moves on with what the step holds.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/case.hpp"
#include "mws/core/domain/ports/receipt_renderer.hpp"
#include "mws/core/domain/reference_data.hpp"
#include "mws/core/mrz/mrz.hpp"
#include "mws/presenter/capture_ports.hpp"
#include "mws/presenter/service_form.hpp"
#include "mws/presenter/services.hpp"

namespace mws::presenter {

enum class FlowStep { Service, Document, Match, Person, Photo, Fingerprints, Form, Review, Receipt };
std::string_view toString(FlowStep step);
std::optional<FlowStep> parseFlowStep(std::string_view text);

// Everything the flow holds; what a draft saves.
struct FlowState {
  std::string flowId;  // UUID v4; the case id on submit
  FlowStep step = FlowStep::Service;
  std::optional<core::ServiceCode> service;
  std::int64_t ticketId = 0;
  std::vector<std::string> mrzLines;  // as read or typed (the document step)
  std::int64_t personId = 0;          // the stored person chosen, 0 for a new one
  FieldValues person;                 // person-details texts
  FieldValues form;                   // service-form texts
  std::string photoSha256;
  std::vector<std::string> fingerprintSha256;
  std::string documentScanSha256{};   // the page the MRZ was read from (a blob); empty when typed
  std::vector<core::FingerQuality> fingerQuality{};  // per finger, as the session left it
  std::string caseId;                 // after submit

  friend bool operator==(const FlowState&, const FlowState&) = default;
};

// Serialised for DraftStore: {"v":1,"step":…,"service":…,"person":{…},"form":{…},
// "payload":<the core payload codec's JSON when the form builds one>,…}.
std::string encodeFlowState(const FlowState& state);
// "draft.malformed" when the text is not what encodeFlowState wrote.
core::Result<FlowState> decodeFlowState(const std::string& json);

class NewCaseFlow {
public:
  // The services must outlive the flow; `captures` may be null (no camera / scanner).
  NewCaseFlow(Services& services, const core::User& officer, PortraitCapture* portraits = nullptr,
              TenPrintCapture* tenPrints = nullptr);
  // Reopens a saved flow (a draft).
  NewCaseFlow(Services& services, const core::User& officer, FlowState state,
              PortraitCapture* portraits = nullptr, TenPrintCapture* tenPrints = nullptr);

  const FlowState& state() const { return m_state; }
  FlowStep step() const { return m_state.step; }
  const core::User& officer() const { return m_officer; }
  // The steps this flow goes through (photo and fingerprints only with biometrics).
  std::vector<FlowStep> steps() const;
  bool isSkipped(FlowStep step) const;

  // Service step. Moves on to the document step.
  core::Status chooseService(core::ServiceCode service, std::int64_t ticketId = 0);

  // Document step: text typed or wedge-scanned (2 or 3 lines), or lines a reader found.
  // "mrz.*" codes when it is not an MRZ; "mrz.check_failed" (params fields) when a check
  // digit fails. A valid MRZ fills the person texts and searches the stored persons.
  core::Status acceptMrzText(const std::string& text);
  // `scanJpeg`: the page the reader found the lines on, kept as the case's document scan
  // (a blob); typed lines keep none.
  core::Status acceptMrzLines(const std::vector<std::string>& lines, const std::string& scanJpeg = {});
  const std::optional<core::MrzDocument>& mrz() const { return m_mrz; }

  // Match step: stored persons found by the document number, else by name and birth date.
  const std::vector<core::Person>& candidates() const { return m_candidates; }
  core::Status choosePerson(std::int64_t personId);  // one of the candidates
  void chooseNewPerson();

  // Person step.
  void setPersonField(const std::string& key, const std::string& text);
  core::Result<core::Person> person() const;  // built from the texts (not stored)

  // Photo and fingerprint steps: the capture is stored as a blob when taken.
  PortraitCapture* portraits() const { return m_portraits; }
  TenPrintCapture* tenPrints() const { return m_tenPrints; }
  core::Status takePortrait(const CapturedPortrait& portrait);
  core::Status takeFingerprints(const std::vector<CapturedFinger>& fingers);

  // What the previous case of the same service at this counter had for its host, address,
  // employer, university or dormitory: the next form starts with it (a hotel's counter
  // registers guest after guest at the same host). Other fields are not carried.
  void carryFrom(const FlowState& previous);

  // The hosts of the unit's recent stay registrations with their address, newest first, each
  // once (by tax id and name): the form offers them (Ctrl+H), so a known hotel is not typed.
  std::vector<FieldValues> recentHosts(std::size_t limit = 9);
  // Sets several form fields at once (a recent host) and checks the rules once.
  void applyFields(const FieldValues& values);

  // A stay registration a cancellation may name (STAY_CANCEL's registration_case_id).
  struct RegistrationChoice {
    std::string caseId;
    core::CivilDate filedOn;
    core::DateRange period;
    core::Address address;
  };
  // The person's issued stay registrations in this unit whose period has not ended, newest
  // first: the cancellation form offers them, the newest preselected. Empty for a person
  // new to the records or when none is in force (the officer then types the case number).
  std::vector<RegistrationChoice> registrationsInForce();

  // Form step: the texts, and the rules checked on them as they stand (the last result).
  void setField(const std::string& key, const std::string& text);
  core::Status checkForm();
  const core::Status& formCheck() const { return m_formCheck; }
  std::optional<core::FeeQuote> feeQuote() const { return m_fee; }

  // Moves to the next step when the current one is complete (its check's error otherwise);
  // on the review step it submits. back() returns to the previous step that is not skipped.
  core::Status next();
  void back();
  bool canGoBack() const;

  // Submit: CaseService open + submit with the flow id as the case id.
  core::Status submit();
  const std::optional<core::Case>& submitted() const { return m_case; }
  // The receipt PDF of the submitted case (ReceiptRenderer). `word` turns a form field and
  // its text into the label and value printed (the UI's words); without it the keys print.
  using FieldWording = std::function<std::pair<std::string, std::string>(const std::string& key,
                                                                         const std::string& text)>;
  core::Result<std::string> receiptPdf(core::PrintLanguage language, const FieldWording& word = {});
  // What that receipt prints (for printing its pages); provisional unless the centre has
  // confirmed the case (Services::confirmations; provisional when it is not wired).
  core::Result<core::ReceiptData> receiptData(core::PrintLanguage language, const FieldWording& word = {});

  // Drafts: the state changed since the last save (every action that changes it sets it).
  bool dirty() const { return m_dirty; }
  core::Status saveDraft();
  core::Status discardDraft();
  // Called after every change of state (the panel refreshes); may be empty.
  void setOnChanged(std::function<void()> onChanged) { m_onChanged = std::move(onChanged); }

private:
  core::Status leaveStep();
  core::Status storePerson();
  core::Status searchCandidates();
  core::Result<core::CaseFacts> facts(const core::CasePayload& payload, const core::Person& person);
  core::Result<core::CasePayload> formPayload() const;
  void startForm();
  void changed();
  FlowStep following(FlowStep step, int direction) const;
  core::Status loadReference();

  Services& m_services;
  core::User m_officer;
  PortraitCapture* m_portraits;
  TenPrintCapture* m_tenPrints;
  FlowState m_state;
  core::ReferenceData m_reference;
  std::optional<core::MrzDocument> m_mrz;
  std::vector<core::Person> m_candidates;
  std::optional<core::Person> m_stored;  // the chosen stored person as loaded
  core::Status m_formCheck = core::success();
  std::optional<core::FeeQuote> m_fee;
  std::optional<core::Case> m_case;
  FieldValues m_carried;
  bool m_dirty = false;
  std::function<void()> m_onChanged;
};

}  // namespace mws::presenter
