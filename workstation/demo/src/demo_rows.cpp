#include "demo_rows.hpp"

#include "copy_writer.hpp"
#include "mws/core/domain/payload_codec.hpp"
#include "mws/core/domain/transliteration.hpp"
#include "mws/storage/audit_chain.hpp"

namespace mws::demo {

namespace {

constexpr const char* kCopyPersons =
    "COPY persons(id, surname_latin, given_latin, patronymic_latin, surname_cyrillic,"
    " given_cyrillic, patronymic_cyrillic, name_key, name_key_alt, birth_date, sex, status, citizenship,"
    " personal_number, one_id_pending) FROM STDIN";
constexpr const char* kCopyDocuments =
    "COPY person_documents(person_id, kind, series, number, issuing_state, issuing_authority,"
    " issued_on, expires_on) FROM STDIN";
constexpr const char* kCopyVisas =
    "COPY person_visas(person_id, number, kind, entries, valid_from, valid_to, extensions)"
    " FROM STDIN";
constexpr const char* kCopyCases =
    "COPY cases(id, unit_code, service, person_id, channel, filed_on, state, payload, fee,"
    " opened_by, version, created_at, updated_at) FROM STDIN";
constexpr const char* kCopyEvents =
    "COPY case_events(case_id, seq, action, from_state, to_state, actor_id, actor_role, reason,"
    " at) FROM STDIN";

// The same JSON the storage layer keeps in person_visas.extensions.
std::string extensionsJson(const std::vector<core::VisaExtension>& extensions) {
  std::string json = "[";
  for (const auto& e : extensions) {
    if (json.size() > 1) json += ',';
    json += "{\"case_id\":\"" + e.caseId + "\",\"previous_valid_to\":\"" +
            e.previousValidTo.toString() + "\",\"new_valid_to\":\"" + e.newValidTo.toString() +
            "\"}";
  }
  return json + "]";
}

void appendPerson(CopyRows& rows, const core::Person& p) {
  rows.number(p.id)
      .text(p.latin.surname)
      .text(p.latin.givenName)
      .text(p.latin.patronymic)
      .text(p.cyrillic.surname)
      .text(p.cyrillic.givenName)
      .text(p.cyrillic.patronymic)
      .text(core::personNameKey(p))
      .text(core::personAltNameKey(p))
      .text(p.birthDate.toString())
      .text(core::toString(p.sex))
      .text(core::toString(p.status))
      .text(p.citizenship);
  if (p.personalNumber) {
    rows.text(*p.personalNumber);
  } else {
    rows.null();
  }
  rows.text(p.oneIdRegistrationPending ? "t" : "f");
  rows.endRow();
}

void appendDocumentsAndVisas(CopyRows& documents, CopyRows& visas, const core::Person& p) {
  for (const auto& d : p.documents) {
    documents.number(p.id)
        .text(core::toString(d.kind))
        .text(d.series)
        .text(d.number)
        .text(d.issuingState)
        .text(d.issuingAuthority)
        .text(d.issuedOn.toString())
        .text(d.expiresOn.toString());
    documents.endRow();
  }
  for (const auto& v : p.visas) {
    visas.number(p.id)
        .text(v.number)
        .text(core::toString(v.kind))
        .text(core::toString(v.entries))
        .text(v.validFrom.toString())
        .text(v.validTo.toString())
        .text(extensionsJson(v.extensions));
    visas.endRow();
  }
}

void appendCase(CopyRows& cases, CopyRows& events, const core::Case& c) {
  cases.text(c.id)
      .text(c.unitCode)
      .text(core::toString(c.service()))
      .number(c.personId)
      .text(core::toString(c.channel))
      .text(c.filedOn.toString())
      .text(core::toString(c.state))
      .text(core::encodePayload(c.payload))
      .text(core::encodeFeeQuote(c.fee))
      .number(c.openedBy)
      .number(c.version)
      .text(storage::isoMicros(c.history.front().at))
      .text(storage::isoMicros(c.history.back().at));
  cases.endRow();
  std::int64_t seq = 0;
  for (const auto& e : c.history) {
    events.text(c.id)
        .number(++seq)
        .text(core::toString(e.action))
        .text(core::toString(e.from))
        .text(core::toString(e.to))
        .number(e.actorId)
        .text(core::toString(e.actorRole))
        .text(e.reason)
        .text(storage::isoMicros(e.at));
    events.endRow();
  }
}

}  // namespace

void writeBatch(soci::session& sql, const std::vector<DemoPerson>& persons,
                const std::vector<core::Case>& cases) {
  CopyRows personRows, documentRows, visaRows, caseRows, eventRows;
  for (const DemoPerson& demo : persons) {
    appendPerson(personRows, demo.person);
    appendDocumentsAndVisas(documentRows, visaRows, demo.person);
  }
  for (const core::Case& c : cases) appendCase(caseRows, eventRows, c);
  copyInto(sql, kCopyPersons, personRows);
  copyInto(sql, kCopyDocuments, documentRows);
  copyInto(sql, kCopyVisas, visaRows);
  copyInto(sql, kCopyCases, caseRows);
  copyInto(sql, kCopyEvents, eventRows);
}

}  // namespace mws::demo
