#include "mws/presenter/case_view_presenter.hpp"

#include <algorithm>

#include "mws/core/auth/person_access.hpp"
#include "mws/core/auth/rights.hpp"
#include "mws/core/domain/case_rules.hpp"
#include "mws/core/domain/rules.hpp"

namespace mws::presenter {
namespace {

const core::Biometrics* biometricsOf(const core::CasePayload& payload) {
  if (const auto* card = std::get_if<core::IdCardPayload>(&payload)) return &card->biometrics;
  if (const auto* doc = std::get_if<core::StatelessTravelDocumentPayload>(&payload)) return &doc->biometrics;
  return nullptr;
}

std::vector<std::string> rulesFor(core::ServiceCode service) {
  const std::string prefix = std::string(core::toString(service)) + "-";
  std::vector<std::string> ids;
  for (const auto& rule : core::ruleCatalogue()) {
    const std::string id(rule.id);
    if (id.rfind("SERVICE-", 0) == 0 || id.rfind(prefix, 0) == 0 || id == "FEE-1") ids.push_back(id);
  }
  return ids;
}

template <typename T>
void dropId(std::vector<T>& ids, const std::string& own) {
  ids.erase(std::remove(ids.begin(), ids.end(), own), ids.end());
}

// The facts the rules need, as CaseService loads them (the case itself left out).
core::Result<core::CaseFacts> loadFacts(core::CaseRepository& cases, const core::Case& item) {
  core::CaseFacts facts;
  const auto& payload = item.payload;
  core::Result<std::vector<std::string>> ids = std::vector<std::string>{};
  if (std::holds_alternative<core::ResidenceRegistrationPayload>(payload)) {
    ids = cases.findActiveResidenceRegistrations(item.personId);
    if (ids) facts.activeResidenceRegistrationIds = *ids;
  } else if (const auto* ext = std::get_if<core::EVisaExtensionPayload>(&payload)) {
    ids = cases.findEVisaExtensions(item.personId, ext->visaNumber);
    if (ids) facts.eVisaExtensionCaseIds = *ids;
  } else if (const auto* card = std::get_if<core::IdCardPayload>(&payload);
             card && card->reason == core::IdCardReason::FirstIssuance) {
    ids = cases.findFirstIdCardIssuances(item.personId);
    if (ids) facts.firstIdCardCaseIds = *ids;
  } else if (const auto* cancel = std::get_if<core::StayCancellationPayload>(&payload)) {
    auto related = cases.load(cancel->registrationCaseId);
    if (!related) return related.error();
    facts.relatedCase = *related;
  }
  if (!ids) return ids.error();
  dropId(facts.activeResidenceRegistrationIds, item.id);
  dropId(facts.eVisaExtensionCaseIds, item.id);
  dropId(facts.firstIdCardCaseIds, item.id);
  return facts;
}

}  // namespace

CaseViewPresenter::CaseViewPresenter(Services& services, const core::User& user, std::string caseId)
    : m_services(services), m_user(user), m_caseId(std::move(caseId)) {}

core::Status CaseViewPresenter::load() {
  if (m_services.caseRepository == nullptr) return core::makeError("case.unavailable");
  auto found = m_services.caseRepository->load(m_caseId);
  if (!found) return found.error();
  if (!found->has_value()) return core::makeError("case.not_found").with("case_id", m_caseId);
  // The check that counts for what a role sees: the case of the account's own unit, for a
  // role that may look at cases.
  if (auto allowed = core::authorize(m_user, core::Right::CaseView, (*found)->unitCode); !allowed) {
    return allowed;
  }
  m_evidence = CaseEvidence{};
  m_evidence.item = std::move(**found);
  m_evidence.fields = describePayload(m_evidence.item.payload);
  if (m_services.personAccess != nullptr) {
    // Opening a case shows its person: a person view, checked for the role and audited.
    auto person = m_services.personAccess->view(m_evidence.item.personId, m_user,
                                                core::Disclosure::Display);
    if (!person) return person.error();
    m_evidence.person = std::move(*person);
  } else if (m_services.persons != nullptr) {
    auto person = m_services.persons->findById(m_evidence.item.personId);
    if (!person) return person.error();
    m_evidence.person = std::move(*person);
  }
  auto biometrics = loadBiometrics();
  if (!biometrics) return biometrics;
  loadDocumentScan();
  m_evidence.fingers = m_evidence.item.capture.fingers;
  loadActorNames();
  m_evidence.rules = checkRules();
  return core::success();
}

void CaseViewPresenter::loadDocumentScan() {
  const std::string& sha = m_evidence.item.capture.documentScanSha256;
  if (sha.empty() || m_services.blobs == nullptr) return;
  auto scan = m_services.blobs->get(sha);
  if (scan) {
    m_evidence.documentScan = std::move(*scan);
  } else {
    m_evidence.documentScanError = scan.error();
  }
}

void CaseViewPresenter::loadActorNames() {
  if (m_services.users == nullptr) return;
  std::vector<std::int64_t> ids{m_evidence.item.openedBy};
  for (const auto& event : m_evidence.item.history) ids.push_back(event.actorId);
  for (std::int64_t id : ids) {
    if (id == 0 || m_evidence.actorNames.contains(id)) continue;
    auto user = m_services.users->findById(id);
    if (user && *user) m_evidence.actorNames[id] = (*user)->displayName;
  }
}

std::string CaseViewPresenter::actorName(std::int64_t userId) const {
  auto it = m_evidence.actorNames.find(userId);
  return it == m_evidence.actorNames.end() ? std::string() : it->second;
}

core::Status CaseViewPresenter::loadBiometrics() {
  const core::Biometrics* bio = biometricsOf(m_evidence.item.payload);
  if (bio == nullptr) return core::success();
  m_evidence.fingerprintsReferenced = static_cast<int>(bio->fingerprintSha256.size());
  if (m_services.blobs == nullptr) return core::success();
  if (!bio->photoSha256.empty()) {
    auto photo = m_services.blobs->get(bio->photoSha256);
    if (photo) {
      m_evidence.portrait = std::move(*photo);
    } else {
      m_evidence.portraitError = photo.error();
    }
  }
  for (const auto& sha : bio->fingerprintSha256) {
    if (m_services.blobs->get(sha)) ++m_evidence.fingerprintsHeld;
  }
  return core::success();
}

RuleCheck CaseViewPresenter::checkRules() {
  RuleCheck check;
  const core::Case& item = m_evidence.item;
  check.ruleIds = rulesFor(item.service());
  if (m_services.reference == nullptr || !m_evidence.person) return check;
  auto reference = m_services.reference->load();
  if (!reference) return check;
  auto facts = loadFacts(*m_services.caseRepository, item);
  if (!facts) return check;
  core::RuleContext context{*reference, *m_evidence.person, item.filedOn, item.channel, std::move(*facts)};
  auto checked = core::checkCaseRules(item.payload, context);
  check.ran = true;
  check.passed = checked.ok();
  if (!checked) check.refusal = checked.error();
  return check;
}

bool CaseViewPresenter::isSupervisor() const { return m_user.role == core::Role::Supervisor; }

bool CaseViewPresenter::canDecide(Decision decision) const {
  const core::CaseState state = m_evidence.item.state;
  if (decision == Decision::Issue) {
    return m_services.cases != nullptr && state == core::CaseState::Approved &&
           core::roleHas(m_user.role, core::Right::CaseIssue);
  }
  if (!isSupervisor() || m_services.cases == nullptr) return false;
  switch (decision) {
    case Decision::TakeIntoReview:
      return state == core::CaseState::Submitted;
    case Decision::Approve:
      return state == core::CaseState::Submitted || state == core::CaseState::InReview;
    case Decision::Reject:
    case Decision::Return:
      return state == core::CaseState::InReview || state == core::CaseState::Submitted;
    case Decision::Issue:
      break;
  }
  return false;
}

core::Result<core::Case> CaseViewPresenter::apply(Decision decision, const std::string& reason) {
  auto& service = *m_services.cases;
  switch (decision) {
    case Decision::TakeIntoReview:
      return service.takeIntoReview(m_caseId, m_user);
    case Decision::Approve:
      return service.approve(m_caseId, m_user);
    case Decision::Reject:
      return service.reject(m_caseId, m_user, reason);
    case Decision::Return:
      return service.returnForCorrection(m_caseId, m_user, reason);
    case Decision::Issue:
      return service.issue(m_caseId, m_user);
  }
  return core::makeError("case.unknown_decision");
}

core::Status CaseViewPresenter::decide(Decision decision, const std::string& reason) {
  if (m_services.cases == nullptr) return core::makeError("case.unavailable");
  const bool needsReason = decision == Decision::Reject || decision == Decision::Return;
  const bool blank = reason.find_first_not_of(" \t\r\n") == std::string::npos;
  if (needsReason && blank) {
    return core::refusal("CASE-4", "case.reason_required")
        .with("action", decision == Decision::Reject ? "reject" : "return");
  }
  const bool decides = decision != Decision::TakeIntoReview && decision != Decision::Issue;
  if (decides && m_evidence.item.state == core::CaseState::Submitted) {
    auto taken = apply(Decision::TakeIntoReview, "");
    if (!taken) return taken.error();
  }
  auto applied = apply(decision, reason);
  auto reloaded = load();
  if (!applied) return applied.error();
  return reloaded;
}

core::ReceiptData CaseViewPresenter::receiptData(core::PrintLanguage language,
                                                 const std::string& officerName) const {
  const core::Case& item = m_evidence.item;
  core::ReceiptData data;
  data.kind = item.state == core::CaseState::Issued ? core::ReceiptData::Kind::Certificate
                                                    : core::ReceiptData::Kind::Receipt;
  data.language = language;
  data.caseId = item.id;
  data.service = item.service();
  data.state = item.state;
  data.unitCode = item.unitCode;
  data.unitName = m_services.workplace.unitName;
  if (m_evidence.person) {
    data.personNameLatin = m_evidence.person->latin.full();
    data.personNameCyrillic = m_evidence.person->cyrillic.full();
    data.birthDate = m_evidence.person->birthDate;
    if (!m_evidence.person->documents.empty()) data.documentNumber = m_evidence.person->documents.front().fullNumber();
  }
  data.filedOn = item.filedOn;
  data.fee = item.fee;
  data.photoJpeg = m_evidence.portrait;
  data.provisional = true;  // until the centre has confirmed every change of this case
  if (m_services.confirmations != nullptr) {
    auto confirmed = m_services.confirmations->confirmedByCentre(item.id);
    data.provisional = !(confirmed && *confirmed);
  }
  data.officerName = officerName;
  return data;
}

}  // namespace mws::presenter
