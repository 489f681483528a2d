#pragma once
// Test doubles of the domain's ports, held in memory with the contract the PostgreSQL storage
// has: one call = one atomic change (all or nothing), optimistic versions
// ("case.concurrent_update" with params case_id, expected, actual), "case.exists" on a taken
// id, one issued RESIDENCE_REG per person (the unique index), payloads and fees kept in
// their JSON form (as the jsonb columns keep them) and read back through the codec.

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "mws/core/domain/payload_codec.hpp"
#include "mws/core/domain/ports/case_repository.hpp"
#include "mws/core/domain/ports/clock.hpp"
#include "mws/core/domain/ports/person_repository.hpp"
#include "mws/core/domain/ports/reference_data_repository.hpp"

namespace mws::core::testing {

// Today is set by the test; now() is 09:00 of today plus one second per call.
class FixedClock : public Clock {
 public:
  explicit FixedClock(CivilDate today) : m_today(today) {}
  void setToday(CivilDate today) { m_today = today; }
  std::chrono::system_clock::time_point now() override {
    return m_today.days() + std::chrono::hours(9) + std::chrono::seconds(++m_ticks);
  }
  CivilDate today() override { return m_today; }

 private:
  CivilDate m_today;
  int m_ticks = 0;
};

class InMemoryReferenceData : public ReferenceDataRepository {
 public:
  ReferenceData data = defaultReferenceData();  // tests may change limits and dates
  Result<ReferenceData> load() override { return data; }
};

class InMemoryPersonRepository : public PersonRepository {
 public:
  Result<Person> add(const Person& person, const AuditContext& audit) override {
    auto unique = checkUnique(person);
    if (!unique) return unique.error();
    Person stored = person;
    stored.id = ++m_lastId;
    m_persons[stored.id] = stored;
    audits.push_back(audit);
    return stored;
  }
  Status update(const Person& person, const AuditContext& audit) override {
    if (!m_persons.contains(person.id)) {
      return makeError("person.not_found").with("person_id", std::to_string(person.id));
    }
    auto unique = checkUnique(person);
    if (!unique) return unique;
    m_persons[person.id] = person;
    audits.push_back(audit);
    return success();
  }
  Result<std::optional<Person>> findById(std::int64_t id) override {
    auto found = m_persons.find(id);
    return found == m_persons.end() ? std::optional<Person>()
                                    : std::optional<Person>(found->second);
  }
  Result<std::optional<Person>> findByDocumentNumber(const std::string& fullNumber) override {
    return findIf([&](const Person& p) {
      return std::any_of(p.documents.begin(), p.documents.end(),
                         [&](const IdentityDocument& d) { return d.fullNumber() == fullNumber; });
    });
  }
  Result<std::optional<Person>> findByPersonalNumber(const std::string& number) override {
    return findIf([&](const Person& p) { return p.personalNumber == number; });
  }
  // Prefix match on the name key (no fuzzy match), exact birth date, by id.
  Result<Page<Person>> search(const PersonQuery& query) override {
    Page<Person> page;
    for (const auto& [id, person] : m_persons) {
      const bool name = personNameKey(person).starts_with(query.nameKey);
      const bool born = !query.birthDate || person.birthDate == *query.birthDate;
      if (!name || !born) continue;
      if (page.total >= query.page.offset && page.total < query.page.offset + query.page.limit) {
        page.items.push_back(person);
      }
      ++page.total;
    }
    return page;
  }

  // For the case repository's effects: the stored record, or nullptr.
  Person* stored(std::int64_t id) {
    auto found = m_persons.find(id);
    return found == m_persons.end() ? nullptr : &found->second;
  }
  std::map<std::int64_t, Person>& all() { return m_persons; }

  std::vector<AuditContext> audits;

 private:
  template <typename Predicate>
  Result<std::optional<Person>> findIf(Predicate predicate) {
    for (const auto& [id, person] : m_persons) {
      if (predicate(person)) return std::optional<Person>(person);
    }
    return std::optional<Person>();
  }

  // UNIQUE (personal_number), (issuing_state, kind, full_number) and visas (number).
  Status checkUnique(const Person& person) const {
    for (const auto& [id, other] : m_persons) {
      if (id == person.id) continue;
      if (person.personalNumber && person.personalNumber == other.personalNumber) {
        return makeError("person.duplicate_personal_number");
      }
      for (const IdentityDocument& mine : person.documents) {
        for (const IdentityDocument& theirs : other.documents) {
          if (mine.issuingState == theirs.issuingState && mine.kind == theirs.kind &&
              mine.fullNumber() == theirs.fullNumber()) {
            return makeError("person.duplicate_document");
          }
        }
      }
    }
    return success();
  }

  std::map<std::int64_t, Person> m_persons;
  std::int64_t m_lastId = 0;
};

class InMemoryCaseRepository : public CaseRepository {
 public:
  explicit InMemoryCaseRepository(InMemoryPersonRepository& persons) : m_persons(persons) {}

  // Runs once, just before the next write, as another writer would (a concurrent update).
  std::function<void()> beforeNextWrite;
  std::vector<AuditContext> audits;

  Status create(const Case& newCase, const AuditContext& audit) override {
    runHook();
    if (find(newCase.id)) return makeError("case.exists").with("case_id", newCase.id);
    if (!m_persons.stored(newCase.personId)) {
      return makeError("case.reference_missing", "an actor, unit or person does not exist");
    }
    Stored row{newCase, encodePayload(newCase.payload), encodeFeeQuote(newCase.fee)};
    row.record.version = 1;
    m_cases.push_back(std::move(row));
    audits.push_back(audit);
    return success();
  }

  Status updatePayload(const CaseTransition& edit, const CasePayload& payload, const FeeQuote& fee,
                       const AuditContext& audit) override {
    runHook();
    Stored* row = find(edit.caseId);
    if (!row) return makeError("case.not_found").with("case_id", edit.caseId);
    auto current = checkVersion(row->record.version, edit);
    if (!current) return current;
    row->record.payload = payload;
    row->record.fee = fee;
    row->payloadJson = encodePayload(payload);
    row->feeJson = encodeFeeQuote(fee);
    step(row->record, edit.event);
    audits.push_back(audit);
    return success();
  }

  // Stages every transition and effect on copies, checks the invariants, then commits.
  Status apply(const CaseChange& change, const AuditContext& audit) override {
    runHook();
    std::map<std::string, Case> cases;
    std::map<std::int64_t, Person> persons;
    std::vector<CaseTransition> all = change.linked;
    all.push_back(change.transition);
    for (const CaseTransition& transition : all) {
      auto staged = stage(cases, transition);
      if (!staged) return staged;
    }
    for (const CaseEffect& effect : change.effects) {
      auto applied = applyEffect(persons, effect);
      if (!applied) return applied;
    }
    auto invariant = checkOneResidenceInForce(cases);
    if (!invariant) return invariant;
    for (auto& [id, staged] : cases) find(id)->record = std::move(staged);
    for (auto& [id, person] : persons) m_persons.all()[id] = std::move(person);
    audits.push_back(audit);
    return success();
  }

  Result<std::optional<Case>> load(const std::string& caseId) override {
    const Stored* row = find(caseId);
    if (!row) return std::optional<Case>();
    auto loaded = read(*row);
    if (!loaded) return loaded.error();
    return std::optional<Case>(std::move(*loaded));
  }

  // By unit (all units when empty), state and service, in the order the cases were opened.
  Result<Page<CaseSummary>> list(const CaseQuery& query) override {
    return listCases(query, nullptr);
  }
  Result<Page<CaseSummary>> listOfPersons(const CaseQuery& query,
                                          const std::vector<std::int64_t>& personIds) override {
    return listCases(query, &personIds);
  }
  Result<Page<CaseSummary>> listCases(const CaseQuery& query,
                                      const std::vector<std::int64_t>* personIds) {
    Page<CaseSummary> page;
    for (const Stored& row : m_cases) {
      const Case& c = row.record;
      if ((!query.unitCode.empty() && c.unitCode != query.unitCode) ||
          (query.state && c.state != *query.state) ||
          (query.service && c.service() != *query.service) ||
          (personIds &&
           std::find(personIds->begin(), personIds->end(), c.personId) == personIds->end())) {
        continue;
      }
      if (page.total >= query.page.offset && page.total < query.page.offset + query.page.limit) {
        page.items.push_back(
            {c.id, c.unitCode, c.service(), c.personId, c.state, c.filedOn, c.version});
      }
      ++page.total;
    }
    return page;
  }

  Result<std::vector<std::string>> findActiveResidenceRegistrations(
      std::int64_t personId) override {
    return idsWhere([&](const Case& c) {
      return c.personId == personId && c.service() == ServiceCode::ResidenceRegistration &&
             countsAsActiveRegistration(c.state);
    });
  }

  Result<std::vector<std::string>> findFirstIdCardIssuances(std::int64_t personId) override {
    return idsWhere([&](const Case& c) {
      const auto* card = std::get_if<IdCardPayload>(&c.payload);
      return c.personId == personId && card && card->reason == IdCardReason::FirstIssuance &&
             c.state != CaseState::Rejected && c.state != CaseState::Cancelled;
    });
  }

  Result<std::vector<std::string>> findEVisaExtensions(std::int64_t personId,
                                                       const std::string& visaNumber) override {
    return idsWhere([&](const Case& c) {
      const auto* ext = std::get_if<EVisaExtensionPayload>(&c.payload);
      return c.personId == personId && ext && ext->visaNumber == visaNumber &&
             c.state != CaseState::Rejected && c.state != CaseState::Cancelled;
    });
  }

  std::size_t size() const { return m_cases.size(); }
  // The stored JSON of a case's payload (as the jsonb column would hold it).
  const std::string& payloadJson(const std::string& caseId) { return find(caseId)->payloadJson; }

 private:
  // A row: the case's columns, with payload and fee also as their JSON text (load() reads
  // them back from the JSON, the queries use the columns).
  struct Stored {
    Case record;
    std::string payloadJson;
    std::string feeJson;
  };

  void runHook() {
    if (auto hook = std::exchange(beforeNextWrite, nullptr)) hook();
  }

  Stored* find(const std::string& id) {
    auto found = std::find_if(m_cases.begin(), m_cases.end(),
                              [&](const Stored& row) { return row.record.id == id; });
    return found == m_cases.end() ? nullptr : &*found;
  }

  static Result<Case> read(const Stored& row) {
    Case c = row.record;
    auto payload = decodePayload(row.payloadJson);
    if (!payload) return payload.error();
    auto fee = decodeFeeQuote(row.feeJson);
    if (!fee) return fee.error();
    c.payload = std::move(*payload);
    c.fee = std::move(*fee);
    return c;
  }

  template <typename Predicate>
  std::vector<std::string> idsWhere(Predicate predicate) {
    std::vector<std::string> ids;
    for (const Stored& row : m_cases) {
      if (predicate(row.record)) ids.push_back(row.record.id);
    }
    return ids;
  }

  static Status checkVersion(std::int64_t actual, const CaseTransition& transition) {
    if (actual == transition.expectedVersion) return success();
    return makeError("case.concurrent_update")
        .with("case_id", transition.caseId)
        .with("expected", std::to_string(transition.expectedVersion))
        .with("actual", std::to_string(actual));
  }

  static void step(Case& c, const CaseEvent& event) {
    c.state = event.to;
    c.history.push_back(event);
    ++c.version;
  }

  Status stage(std::map<std::string, Case>& staged, const CaseTransition& transition) {
    Stored* row = find(transition.caseId);
    if (!row) return makeError("case.not_found").with("case_id", transition.caseId);
    Case& c = staged.try_emplace(transition.caseId, row->record).first->second;
    auto current = checkVersion(c.version, transition);
    if (!current) return current;
    step(c, transition.event);
    return success();
  }

  Status applyEffect(std::map<std::int64_t, Person>& staged, const CaseEffect& effect) {
    const std::int64_t id = std::visit([](const auto& e) { return e.personId; }, effect);
    const Person* stored = m_persons.stored(id);
    if (!stored) return makeError("person.not_found").with("person_id", std::to_string(id));
    Person& person = staged.try_emplace(id, *stored).first->second;
    if (const auto* extend = std::get_if<ExtendVisaEffect>(&effect)) {
      Visa* visa = person.findVisa(extend->visaNumber);
      if (!visa) return makeError("person.visa_not_found").with("number", extend->visaNumber);
      visa->validTo = extend->extension.newValidTo;
      visa->extensions.push_back(extend->extension);
    } else if (std::holds_alternative<MarkOneIdRegistrationEffect>(effect)) {
      person.oneIdRegistrationPending = true;
    } else if (const auto* status = std::get_if<SetPersonStatusEffect>(&effect)) {
      person.status = status->status;
    }
    return success();
  }

  // cases_one_residence_in_force: at most one issued RESIDENCE_REG per person.
  Status checkOneResidenceInForce(const std::map<std::string, Case>& staged) {
    std::map<std::int64_t, int> inForce;
    for (const Stored& row : m_cases) {
      auto changed = staged.find(row.record.id);
      const Case& c = changed == staged.end() ? row.record : changed->second;
      if (c.service() == ServiceCode::ResidenceRegistration && c.state == CaseState::Issued &&
          ++inForce[c.personId] > 1) {
        return makeError("residence_reg.already_registered").with("rule", "RESIDENCE_REG-1");
      }
    }
    return success();
  }

  InMemoryPersonRepository& m_persons;
  std::vector<Stored> m_cases;
};

}  // namespace mws::core::testing
