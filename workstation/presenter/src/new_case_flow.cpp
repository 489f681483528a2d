#include "mws/presenter/new_case_flow.hpp"

#include <algorithm>
#include <array>

#include "mws/core/domain/transliteration.hpp"
#include "mws/core/domain/uuid.hpp"
#include "mws/presenter/person_form.hpp"

namespace mws::presenter {
namespace {

using namespace core;

constexpr std::array<std::pair<FlowStep, std::string_view>, 9> kStepNames{{
    {FlowStep::Service, "service"},
    {FlowStep::Document, "document"},
    {FlowStep::Match, "match"},
    {FlowStep::Person, "person"},
    {FlowStep::Photo, "photo"},
    {FlowStep::Fingerprints, "fingerprints"},
    {FlowStep::Form, "form"},
    {FlowStep::Review, "review"},
    {FlowStep::Receipt, "receipt"},
}};

// The failed checks and broken fields of an MRZ, comma-separated.
std::string mrzProblems(const MrzDocument& mrz) {
  std::string out;
  auto add = [&out](const std::string& field) {
    if (out.find(field) != std::string::npos) return;
    out += (out.empty() ? "" : ",") + field;
  };
  for (const MrzCheck& check : mrz.checks) {
    if (!check.passed) add(check.field);
  }
  for (const MrzIssue& issue : mrz.issues) add(issue.field);
  return out;
}

// Persons are looked up through PersonAccess: the officer's right is checked (auth.forbidden
// otherwise) and each search and view is in the audit chain.
Result<std::vector<Person>> findPersons(Services& services, const User& officer, PersonLookup lookup) {
  if (!services.personAccess) return makeError("flow.person_access_missing");
  return services.personAccess->find(lookup, officer, Disclosure::Display);
}

}  // namespace

std::string_view toString(FlowStep step) {
  for (const auto& [s, name] : kStepNames) {
    if (s == step) return name;
  }
  return "service";
}

std::optional<FlowStep> parseFlowStep(std::string_view text) {
  for (const auto& [s, name] : kStepNames) {
    if (name == text) return s;
  }
  return std::nullopt;
}

NewCaseFlow::NewCaseFlow(Services& services, const User& officer, PortraitCapture* portraits,
                         TenPrintCapture* tenPrints)
    : NewCaseFlow(services, officer, FlowState{}, portraits, tenPrints) {
  m_state.flowId = generateUuidV4();
}

NewCaseFlow::NewCaseFlow(Services& services, const User& officer, FlowState state,
                         PortraitCapture* portraits, TenPrintCapture* tenPrints)
    : m_services(services),
      m_officer(officer),
      m_portraits(portraits),
      m_tenPrints(tenPrints),
      m_state(std::move(state)) {
  loadReference();
  if (!m_state.mrzLines.empty()) {
    auto parsed = parseMrz(m_state.mrzLines, {m_services.clock->today(), nullptr});
    if (parsed) m_mrz = *parsed;
    if (m_state.step == FlowStep::Match) searchCandidates();
  }
  if (m_state.personId > 0) {
    if (m_services.personAccess) {
      auto found = m_services.personAccess->view(m_state.personId, m_officer, Disclosure::Display);
      if (found) m_stored = *found;
    }
  }
  if (m_state.service && !m_state.form.empty()) checkForm();
}

Status NewCaseFlow::loadReference() {
  auto loaded = m_services.reference->load();
  m_reference = loaded ? *loaded : defaultReferenceData();
  return loaded ? success() : Status(loaded.error());
}

bool NewCaseFlow::isSkipped(FlowStep step) const {
  switch (step) {
    case FlowStep::Match: return m_candidates.empty();
    case FlowStep::Photo:
    case FlowStep::Fingerprints:
      return !m_state.service || !needsBiometrics(*m_state.service, m_reference);
    default: return false;
  }
}

std::vector<FlowStep> NewCaseFlow::steps() const {
  std::vector<FlowStep> out;
  for (const auto& [step, name] : kStepNames) {
    if (step == FlowStep::Match || !isSkipped(step)) out.push_back(step);
  }
  return out;
}

FlowStep NewCaseFlow::following(FlowStep step, int direction) const {
  int i = static_cast<int>(step);
  const int last = static_cast<int>(FlowStep::Receipt);
  do {
    i += direction;
  } while (i > 0 && i < last && isSkipped(static_cast<FlowStep>(i)));
  return static_cast<FlowStep>(std::clamp(i, 0, last));
}

void NewCaseFlow::changed() {
  m_dirty = true;
  if (m_onChanged) m_onChanged();
}

Status NewCaseFlow::chooseService(ServiceCode service, std::int64_t ticketId) {
  if (m_state.service != service) m_state.form.clear();
  m_state.service = service;
  m_state.ticketId = ticketId;
  m_state.step = FlowStep::Document;
  changed();
  return success();
}

Status NewCaseFlow::acceptMrzText(const std::string& text) { return acceptMrzLines(splitMrzText(text)); }

Status NewCaseFlow::acceptMrzLines(const std::vector<std::string>& lines, const std::string& scanJpeg) {
  auto parsed = parseMrz(lines, {m_services.clock->today(), nullptr});
  if (!parsed) return parsed.error();
  if (!parsed->valid()) return makeError("mrz.check_failed").with("fields", mrzProblems(*parsed));
  std::string scan;
  if (!scanJpeg.empty()) {
    if (!m_services.blobs) return makeError("flow.blobs_missing");
    auto sha = m_services.blobs->put(scanJpeg);
    if (!sha) return sha.error();
    scan = *sha;
  }
  m_state.documentScanSha256 = scan;
  m_mrz = *parsed;
  m_state.mrzLines = parsed->lines;
  m_state.person = personValuesFromMrz(*parsed);
  m_state.personId = 0;
  m_stored.reset();
  if (auto searched = searchCandidates(); !searched) return searched;
  m_state.step = m_candidates.empty() ? FlowStep::Person : FlowStep::Match;
  changed();
  return success();
}

Status NewCaseFlow::searchCandidates() {
  m_candidates.clear();
  const std::string number = m_state.person["document.series"] + m_state.person["document.number"];
  if (!number.empty()) {
    auto found = findPersons(m_services, m_officer, {PersonLookup::By::Document, number, {}, {}});
    if (!found) return found.error();
    if (!found->empty()) {
      m_candidates.push_back(found->front());
      m_state.personId = found->front().id;  // the same document: preselected
      m_stored = found->front();
      return success();
    }
  }
  PersonLookup byName{PersonLookup::By::Name,
                      m_state.person["latin.surname"] + " " + m_state.person["latin.given_name"], {}, {0, 8}};
  if (auto birth = CivilDate::parse(m_state.person["birth_date"])) byName.birthDate = *birth;
  if (normaliseName(byName.text).empty() || !byName.birthDate) return success();
  auto found = findPersons(m_services, m_officer, byName);
  if (!found) return found.error();
  m_candidates = std::move(*found);
  return success();
}

Status NewCaseFlow::choosePerson(std::int64_t personId) {
  auto it = std::find_if(m_candidates.begin(), m_candidates.end(),
                         [personId](const Person& p) { return p.id == personId; });
  if (it == m_candidates.end()) return makeError("person.not_found").with("person_id", std::to_string(personId));
  m_stored = *it;
  m_state.personId = personId;
  changed();
  return success();
}

void NewCaseFlow::chooseNewPerson() {
  m_stored.reset();
  m_state.personId = 0;
  if (m_mrz) m_state.person = personValuesFromMrz(*m_mrz);
  changed();
}

void NewCaseFlow::setPersonField(const std::string& key, const std::string& text) {
  if (m_state.person[key] == text) return;
  m_state.person[key] = text;
  changed();
}

Result<Person> NewCaseFlow::person() const {
  return buildPerson(m_state.person, m_stored.value_or(Person{}));
}

Status NewCaseFlow::storePerson() {
  auto built = person();
  if (!built) return built.error();
  const CivilDate today = m_services.clock->today();
  if (auto valid = validatePerson(*built, m_reference.countries, today); !valid) return valid;
  const AuditContext audit{m_officer, m_state.personId ? "person.update" : "person.add",
                           m_services.clock->now()};
  if (m_state.personId == 0) {
    auto added = m_services.persons->add(*built, audit);
    if (!added) return added.error();
    m_stored = *added;
    m_state.personId = added->id;
  } else if (!m_stored || *m_stored != *built) {
    if (auto updated = m_services.persons->update(*built, audit); !updated) return updated;
    m_stored = *built;
  }
  m_state.person = personValues(*m_stored, today);
  return success();
}

Status NewCaseFlow::takePortrait(const CapturedPortrait& portrait) {
  if (!m_services.blobs) return makeError("flow.blobs_missing");
  auto sha = m_services.blobs->put(portrait.jpeg);
  if (!sha) return sha.error();
  m_state.photoSha256 = *sha;
  changed();
  return success();
}

Status NewCaseFlow::takeFingerprints(const std::vector<CapturedFinger>& fingers) {
  if (!m_services.blobs) return makeError("flow.blobs_missing");
  std::vector<std::string> hashes;
  std::vector<FingerQuality> qualities;
  for (const CapturedFinger& finger : fingers) {
    qualities.push_back({finger.finger, finger.templateBytes.empty() ? 0.0 : finger.quality, finger.exception});
    if (finger.templateBytes.empty()) continue;  // an exception: nothing to store
    auto sha = m_services.blobs->put(finger.templateBytes);
    if (!sha) return sha.error();
    hashes.push_back(*sha);
  }
  m_state.fingerprintSha256 = hashes;
  m_state.fingerQuality = qualities;
  changed();
  return success();
}

Status NewCaseFlow::leaveStep() {
  switch (m_state.step) {
    case FlowStep::Service:
      return m_state.service ? success() : Status(makeError("flow.service_missing"));
    case FlowStep::Document:
      if (!m_mrz) chooseNewPerson();  // no document read: the details are typed
      return success();
    case FlowStep::Match:
      if (m_state.personId == 0 && m_candidates.size() > 1) return makeError("flow.choose_person");
      if (m_state.personId == 0) chooseNewPerson();
      else if (m_stored) m_state.person = personValues(*m_stored, m_services.clock->today());
      return success();
    case FlowStep::Person: {
      auto stored = storePerson();
      if (stored) startForm();
      return stored;
    }
    case FlowStep::Photo:
      return m_state.photoSha256.empty() ? Status(makeError("flow.photo_missing")) : success();
    case FlowStep::Fingerprints:
      return m_state.fingerprintSha256.empty() ? Status(makeError("flow.fingerprints_missing"))
                                               : success();
    case FlowStep::Form: return checkForm();
    case FlowStep::Review: return submit();
    case FlowStep::Receipt: return makeError("flow.finished");
  }
  return success();
}

Status NewCaseFlow::next() {
  const FlowStep from = m_state.step;
  auto left = leaveStep();
  if (!left) {
    if (m_onChanged) m_onChanged();
    return left;
  }
  if (m_state.step == from) m_state.step = following(from, +1);
  if (m_state.step == FlowStep::Form) checkForm();  // with the photo and prints taken since
  changed();
  return success();
}

bool NewCaseFlow::canGoBack() const {
  return m_state.step != FlowStep::Service && m_state.step != FlowStep::Receipt;
}

void NewCaseFlow::back() {
  if (!canGoBack()) return;
  m_state.step = following(m_state.step, -1);
  changed();
}

}  // namespace mws::presenter
