// Loading persons with their documents and visas, a page at a time.
#include <map>

#include "case_rows.hpp"
#include "soci_dates.hpp"

namespace mws::storage::rows {
namespace {

// "{1,2,3}": a bigint[] literal, bound as one text parameter.
std::string arrayLiteral(const std::vector<long long>& ids) {
  std::string text = "{";
  for (long long id : ids) {
    if (text.size() > 1) text += ',';
    text += std::to_string(id);
  }
  return text + "}";
}

core::Person personFromRow(const soci::row& r) {
  core::Person p;
  p.id = r.get<long long>(0);
  p.latin = {r.get<std::string>(1), r.get<std::string>(2), r.get<std::string>(3)};
  p.cyrillic = {r.get<std::string>(4), r.get<std::string>(5), r.get<std::string>(6)};
  p.birthDate = dateFromText(r.get<std::string>(7));
  p.sex = core::parseSex(r.get<std::string>(8)).value_or(core::Sex::Male);
  p.status = core::parsePersonStatus(r.get<std::string>(9)).value_or(core::PersonStatus::Foreigner);
  p.citizenship = r.get<std::string>(10);
  if (auto pn = r.get<std::string>(11); !pn.empty()) p.personalNumber = pn;
  p.oneIdRegistrationPending = r.get<int>(12) != 0;
  return p;
}

core::IdentityDocument documentFromRow(const soci::row& r) {
  core::IdentityDocument d;
  d.kind = core::parseDocumentKind(r.get<std::string>(1)).value_or(core::DocumentKind::Passport);
  d.series = r.get<std::string>(2);
  d.number = r.get<std::string>(3);
  d.issuingState = r.get<std::string>(4);
  d.issuingAuthority = r.get<std::string>(5);
  d.issuedOn = dateFromText(r.get<std::string>(6));
  d.expiresOn = dateFromText(r.get<std::string>(7));
  return d;
}

core::Visa visaFromRow(const soci::row& r) {
  core::Visa v;
  v.number = r.get<std::string>(1);
  v.kind = core::parseVisaKind(r.get<std::string>(2)).value_or(core::VisaKind::Other);
  v.entries = core::parseVisaEntries(r.get<std::string>(3)).value_or(core::VisaEntries::Single);
  v.validFrom = dateFromText(r.get<std::string>(4));
  v.validTo = dateFromText(r.get<std::string>(5));
  v.extensions = decodeVisaExtensions(r.get<std::string>(6));
  return v;
}

}  // namespace

std::vector<core::Person> loadPersons(soci::session& sql, const std::vector<long long>& ids) {
  if (ids.empty()) return {};
  const std::string list = arrayLiteral(ids);
  std::map<long long, core::Person> byId;
  soci::rowset<soci::row> persons = (sql.prepare
      << "SELECT id, surname_latin, given_latin, patronymic_latin, surname_cyrillic,"
         " given_cyrillic, patronymic_cyrillic, birth_date::text, sex, status, citizenship,"
         " coalesce(personal_number, ''), one_id_pending::int FROM persons"
         " WHERE id = ANY(CAST(:ids AS bigint[]))",
      soci::use(list));
  for (const auto& r : persons) byId.emplace(r.get<long long>(0), personFromRow(r));
  soci::rowset<soci::row> docs = (sql.prepare
      << "SELECT person_id, kind, series, number, issuing_state, issuing_authority,"
         " issued_on::text, expires_on::text FROM person_documents"
         " WHERE person_id = ANY(CAST(:ids AS bigint[])) ORDER BY person_id, id",
      soci::use(list));
  for (const auto& r : docs) byId[r.get<long long>(0)].documents.push_back(documentFromRow(r));
  soci::rowset<soci::row> visas = (sql.prepare
      << "SELECT person_id, number, kind, entries, valid_from::text, valid_to::text,"
         " extensions::text FROM person_visas"
         " WHERE person_id = ANY(CAST(:ids AS bigint[])) ORDER BY person_id, id",
      soci::use(list));
  for (const auto& r : visas) byId[r.get<long long>(0)].visas.push_back(visaFromRow(r));
  std::vector<core::Person> ordered;
  for (long long id : ids) {
    auto it = byId.find(id);
    if (it != byId.end() && it->second.id == id) ordered.push_back(std::move(it->second));
  }
  return ordered;
}

}  // namespace mws::storage::rows
