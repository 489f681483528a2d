#include "mws/storage/pg_receipt_source.hpp"

#include <Poco/JSON/Parser.h>
#include <soci/soci.h>

#include <algorithm>

#include "mws/core/domain/payload_codec.hpp"
#include "mws/storage/blob_store.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "mws/storage/pg_person_repository.hpp"

namespace mws::storage {

namespace {

std::string photoOf(const core::CasePayload& payload) {
  return std::visit(
      [](const auto& p) -> std::string {
        if constexpr (requires { p.biometrics.photoSha256; }) return p.biometrics.photoSha256;
        return {};
      },
      payload);
}

// A scalar as text; objects as their scalar members joined; arrays and blob hashes left out.
std::string flatten(const Poco::Dynamic::Var& value) {
  if (value.isEmpty()) return {};
  if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
    std::string joined;
    auto object = value.extract<Poco::JSON::Object::Ptr>();
    for (const auto& [key, member] : *object) {
      const std::string text = flatten(member);
      if (!text.empty()) joined += (joined.empty() ? "" : ", ") + text;
    }
    return joined;
  }
  if (value.type() == typeid(Poco::JSON::Array::Ptr)) return {};
  return value.convert<std::string>();
}

std::vector<std::pair<std::string, std::string>> detailsOf(const core::CasePayload& payload) {
  std::vector<std::pair<std::string, std::string>> details;
  Poco::JSON::Parser parser;
  auto root = parser.parse(core::encodePayload(payload)).extract<Poco::JSON::Object::Ptr>();
  for (const auto& [key, value] : *root) {
    if (key == "biometrics" || key == "service" || key == "v" || key.find("sha256") != std::string::npos) continue;
    const std::string text = flatten(value);
    if (!text.empty()) details.emplace_back(key, text);
  }
  return details;
}

std::string latestDocument(const core::Person& person) {
  if (person.documents.empty()) return {};
  auto latest = std::max_element(person.documents.begin(), person.documents.end(),
                                 [](const auto& a, const auto& b) { return a.issuedOn < b.issuedOn; });
  return latest->fullNumber();
}

void addFacts(soci::session& sql, const core::Case& subject, core::ReceiptData& data) {
  long long opener = subject.openedBy;
  int unsent = 0;
  soci::indicator unitInd = soci::i_ok, nameInd = soci::i_ok;
  sql << "SELECT (SELECT name FROM units WHERE code = :u), (SELECT display_name FROM users"
         " WHERE id = :o), (SELECT count(*)::int FROM outbox WHERE entity = 'case' AND"
         " entity_id = :c AND sent_at IS NULL)",
      soci::use(subject.unitCode), soci::use(opener), soci::use(subject.id),
      soci::into(data.unitName, unitInd), soci::into(data.officerName, nameInd), soci::into(unsent);
  // Not yet confirmed by the centre while any change of the case waits in the outbox.
  data.provisional = unsent > 0;
}

}  // namespace

core::Result<core::ReceiptData> loadReceiptData(Database& db, const std::string& caseId) {
  PgCaseRepository cases(db);
  auto loaded = cases.load(caseId);
  if (!loaded) return loaded.error();
  if (!*loaded) return core::makeError("case.not_found", "no such case").with("id", caseId);
  const core::Case& subject = **loaded;
  core::ReceiptData data;
  data.caseId = subject.id;
  data.service = subject.service();
  data.state = subject.state;
  data.unitCode = subject.unitCode;
  data.filedOn = subject.filedOn;
  data.fee = subject.fee;
  PgPersonRepository persons(db);
  auto person = persons.findById(subject.personId);
  if (!person) return person.error();
  if (*person) {
    data.personNameLatin = (*person)->latin.full();
    data.personNameCyrillic = (*person)->cyrillic.full();
    data.birthDate = (*person)->birthDate;
    data.documentNumber = latestDocument(**person);
  }
  try {
    addFacts(db.session(), subject, data);
    data.details = detailsOf(subject.payload);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
  if (const std::string photo = photoOf(subject.payload); !photo.empty()) {
    auto bytes = BlobStore(db).get(photo);
    if (!bytes) return bytes.error();
    data.photoJpeg = std::move(*bytes);
  }
  return data;
}

core::Result<bool> PgCaseConfirmations::confirmedByCentre(const std::string& caseId) {
  int known = 0, unsent = 0;
  try {
    m_db.session() << "SELECT (SELECT count(*)::int FROM cases WHERE id = :c::uuid), (SELECT"
                      " count(*)::int FROM outbox WHERE entity = 'case' AND entity_id = :c AND"
                      " sent_at IS NULL)",
        soci::use(caseId, "c"), soci::into(known), soci::into(unsent);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
  if (known == 0) return core::makeError("case.not_found", "no such case").with("id", caseId);
  return unsent == 0;
}

}  // namespace mws::storage
