// The new-case flow's service form, submission, receipt and drafts.
#include <set>

#include "mws/core/domain/case_rules.hpp"
#include "mws/presenter/new_case_flow.hpp"
#include "mws/presenter/person_form.hpp"

namespace mws::presenter {

using namespace core;

void NewCaseFlow::carryFrom(const FlowState& previous) {
  m_carried.clear();
  if (!previous.service || previous.service != m_state.service) return;
  for (const auto& [key, value] : previous.form) {
    for (const char* prefix : {"host.", "address.", "employer.", "university.", "dormitory."}) {
      if (key.rfind(prefix, 0) == 0) m_carried[key] = value;
    }
  }
}

void NewCaseFlow::startForm() {
  if (!m_state.service) return;
  for (const auto& [key, value] : m_carried) m_state.form.try_emplace(key, value);
  const FieldValues defaults =
      defaultValues(*m_state.service, m_stored.value_or(Person{}), m_reference, m_services.clock->today());
  for (const auto& [key, value] : defaults) m_state.form.try_emplace(key, value);
  if (m_state.service == ServiceCode::StayCancellation && m_state.form["registration_case_id"].empty()) {
    const auto registrations = registrationsInForce();
    if (!registrations.empty()) m_state.form["registration_case_id"] = registrations.front().caseId;
  }
  checkForm();
}

std::vector<NewCaseFlow::RegistrationChoice> NewCaseFlow::registrationsInForce() {
  std::vector<RegistrationChoice> found;
  if (!m_services.caseRepository || m_state.personId == 0) return found;
  const CaseQuery query{m_officer.unitCode, CaseState::Issued, ServiceCode::StayRegistration, {0, 20}};
  auto page = m_services.caseRepository->listOfPersons(query, {m_state.personId});  // newest first
  if (!page) return found;
  const CivilDate today = m_services.clock->today();
  for (const CaseSummary& summary : page->items) {
    auto loaded = m_services.caseRepository->load(summary.id);
    if (!loaded || !*loaded) continue;
    const auto* stay = std::get_if<StayRegistrationPayload>(&(*loaded)->payload);
    if (!stay || stay->period.to < today) continue;
    found.push_back({summary.id, summary.filedOn, stay->period, stay->address});
  }
  return found;
}

std::vector<FieldValues> NewCaseFlow::recentHosts(std::size_t limit) {
  std::vector<FieldValues> hosts;
  if (!m_services.caseRepository) return hosts;
  CaseQuery query{m_officer.unitCode, std::nullopt, ServiceCode::StayRegistration, {0, 40}};
  auto page = m_services.caseRepository->list(query);
  if (!page) return hosts;
  std::set<std::string> seen;
  for (const CaseSummary& summary : page->items) {
    auto loaded = m_services.caseRepository->load(summary.id);
    if (!loaded || !*loaded) continue;
    FieldValues host;
    for (const auto& [key, value] : fieldValues((*loaded)->payload)) {
      if (key.rfind("host.", 0) == 0 || key.rfind("address.", 0) == 0) host[key] = value;
    }
    if (!seen.insert(host["host.tax_id"] + "|" + host["host.name"]).second) continue;
    hosts.push_back(std::move(host));
    if (hosts.size() >= limit) break;
  }
  return hosts;
}

void NewCaseFlow::applyFields(const FieldValues& values) {
  for (const auto& [key, value] : values) m_state.form[key] = value;
  checkForm();
  changed();
}

void NewCaseFlow::setField(const std::string& key, const std::string& text) {
  if (m_state.form[key] == text) return;
  m_state.form[key] = text;
  checkForm();
  changed();
}

Result<CasePayload> NewCaseFlow::formPayload() const {
  if (!m_state.service) return makeError("flow.service_missing");
  auto payload = buildPayload(*m_state.service, m_state.form);
  if (payload) attachBiometrics(*payload, m_state.photoSha256, m_state.fingerprintSha256);
  return payload;
}

Result<CaseFacts> NewCaseFlow::facts(const CasePayload& payload, const Person& person) {
  CaseFacts facts;
  CaseRepository* cases = m_services.caseRepository;
  if (!cases || person.id == 0) return facts;
  auto residences = cases->findActiveResidenceRegistrations(person.id);
  if (!residences) return residences.error();
  facts.activeResidenceRegistrationIds = *residences;
  std::string related;
  if (const auto* e = std::get_if<EVisaExtensionPayload>(&payload)) {
    auto ids = cases->findEVisaExtensions(person.id, e->visaNumber);
    if (!ids) return ids.error();
    facts.eVisaExtensionCaseIds = *ids;
  } else if (std::holds_alternative<IdCardPayload>(payload)) {
    auto ids = cases->findFirstIdCardIssuances(person.id);
    if (!ids) return ids.error();
    facts.firstIdCardCaseIds = *ids;
  } else if (const auto* c = std::get_if<StayCancellationPayload>(&payload)) {
    related = c->registrationCaseId;
  } else if (const auto* r = std::get_if<ResidenceRegistrationPayload>(&payload)) {
    related = r->replacesCaseId;
  }
  if (!related.empty()) {
    auto loaded = cases->load(related);
    if (loaded && *loaded) facts.relatedCase = **loaded;
  }
  return facts;
}

Status NewCaseFlow::checkForm() {
  m_fee.reset();
  auto payload = formPayload();
  if (!payload) return m_formCheck = Status(payload.error());
  auto applicant = person();
  if (!applicant) return m_formCheck = Status(applicant.error());
  if (m_stored) applicant->id = m_stored->id;
  auto known = facts(*payload, *applicant);
  if (!known) return m_formCheck = Status(known.error());
  const CivilDate today = m_services.clock->today();
  RuleContext context{m_reference, *applicant, today, Channel::Counter, *known};
  auto checked = checkCaseRules(*payload, context);
  if (!checked) return m_formCheck = Status(checked.error());
  if (auto fee = computeFee(feeRequestFor(*checked, today), m_reference)) m_fee = *fee;
  return m_formCheck = success();
}

Status NewCaseFlow::submit() {
  if (m_state.personId == 0) return makeError("flow.person_missing");
  auto payload = formPayload();
  if (!payload) return payload.error();
  OpenCaseRequest request{m_state.flowId, m_state.personId, Channel::Counter, *payload,
                          CaseCapture{m_state.documentScanSha256, m_state.fingerQuality}};
  auto opened = m_services.cases->open(request, m_officer);
  if (!opened && opened.error().code != "case.exists") return opened.error();
  auto submitted = m_services.cases->submit(m_state.flowId, m_officer);
  if (!submitted) return submitted.error();
  m_case = *submitted;
  m_state.caseId = submitted->id;
  // The called ticket this case was started from is served now. The case is filed whatever
  // happens here: a ticket the officer already closed on the queue page stays as it is.
  if (m_state.ticketId != 0 && m_services.queue) {
    (void)m_services.queue->close(m_state.ticketId, TicketState::Served);
  }
  m_state.step = FlowStep::Receipt;
  if (m_services.drafts) m_services.drafts->discard(m_state.flowId);
  m_dirty = false;
  if (m_onChanged) m_onChanged();
  return success();
}

Result<std::string> NewCaseFlow::receiptPdf(PrintLanguage language, const FieldWording& word) {
  if (!m_services.receipts) return makeError("print.renderer_missing");
  auto data = receiptData(language, word);
  if (!data) return data.error();
  return m_services.receipts->renderPdf(*data);
}

Result<ReceiptData> NewCaseFlow::receiptData(PrintLanguage language, const FieldWording& word) {
  if (!m_case) return makeError("flow.not_submitted");
  ReceiptData data;
  data.language = language;
  data.caseId = m_case->id;
  data.service = m_case->service();
  data.state = m_case->state;
  data.unitCode = m_case->unitCode;
  data.unitName = m_services.workplace.unitName;
  if (m_stored) {
    data.personNameLatin = m_stored->latin.full();
    data.personNameCyrillic = m_stored->cyrillic.full();
    data.birthDate = m_stored->birthDate;
    if (!m_stored->documents.empty()) data.documentNumber = m_stored->documents.front().fullNumber();
  }
  data.filedOn = m_case->filedOn;
  data.fee = m_case->fee;
  for (const auto& [key, value] : m_state.form) {
    if (value.empty()) continue;
    data.details.push_back(word ? word(key, value) : std::pair<std::string, std::string>(key, value));
  }
  if (!m_state.photoSha256.empty() && m_services.blobs) {
    if (auto photo = m_services.blobs->get(m_state.photoSha256)) data.photoJpeg = *photo;
  }
  data.provisional = true;  // until the centre confirms it
  if (m_services.confirmations) {
    auto confirmed = m_services.confirmations->confirmedByCentre(m_case->id);
    data.provisional = !(confirmed && *confirmed);
  }
  data.officerName = m_officer.displayName;
  return data;
}

Status NewCaseFlow::saveDraft() {
  if (!m_services.drafts || m_state.step == FlowStep::Receipt) return success();
  FlowDraft draft{m_state.flowId, m_officer.id, m_officer.unitCode, encodeFlowState(m_state),
                  m_services.clock->now()};
  auto saved = m_services.drafts->save(draft);
  if (saved) m_dirty = false;
  return saved;
}

Status NewCaseFlow::discardDraft() {
  m_dirty = false;
  return m_services.drafts ? m_services.drafts->discard(m_state.flowId) : success();
}

}  // namespace mws::presenter
