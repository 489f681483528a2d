#include "case_rows.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <soci/postgresql/soci-postgresql.h>

#include <sstream>

#include "mws/storage/audit_chain.hpp"
#include "soci_dates.hpp"

namespace mws::storage::rows {
namespace {

struct PersonColumns {
  explicit PersonColumns(const core::Person& p)
      : sex(core::toString(p.sex)), status(core::toString(p.status)),
        birth(p.birthDate.toString()), key(core::personNameKey(p)),
        altKey(core::personAltNameKey(p)),
        personal(p.personalNumber.value_or("")),
        personalIndicator(p.personalNumber ? soci::i_ok : soci::i_null),
        oneId(p.oneIdRegistrationPending ? 1 : 0) {}
  std::string sex, status, birth, key, altKey, personal;
  soci::indicator personalIndicator;
  int oneId;
};

}  // namespace

void insertPersonRow(soci::session& sql, const core::Person& p, long long& id) {
  PersonColumns c(p);
  sql << "INSERT INTO persons(surname_latin, given_latin, patronymic_latin, surname_cyrillic,"
         " given_cyrillic, patronymic_cyrillic, name_key, name_key_alt, birth_date, sex, status,"
         " citizenship, personal_number, one_id_pending) VALUES (:sl, :gl, :pl, :sc, :gc, :pc, :k, :ka,"
         " :b::date, :sex, :st, :cz, :pn, :o::boolean) RETURNING id",
      soci::use(p.latin.surname), soci::use(p.latin.givenName), soci::use(p.latin.patronymic),
      soci::use(p.cyrillic.surname), soci::use(p.cyrillic.givenName),
      soci::use(p.cyrillic.patronymic), soci::use(c.key), soci::use(c.altKey), soci::use(c.birth),
      soci::use(c.sex),
      soci::use(c.status), soci::use(p.citizenship), soci::use(c.personal, c.personalIndicator),
      soci::use(c.oneId), soci::into(id);
}

void updatePersonRow(soci::session& sql, const core::Person& p, long long& rows) {
  PersonColumns c(p);
  long long id = p.id;
  soci::statement st = (sql.prepare
      << "UPDATE persons SET surname_latin = :sl, given_latin = :gl, patronymic_latin = :pl,"
         " surname_cyrillic = :sc, given_cyrillic = :gc, patronymic_cyrillic = :pc, name_key = :k,"
         " name_key_alt = :ka,"
         " birth_date = :b::date, sex = :sex, status = :st, citizenship = :cz,"
         " personal_number = :pn, one_id_pending = :o::boolean, version = version + 1,"
         " updated_at = now() WHERE id = :id",
      soci::use(p.latin.surname), soci::use(p.latin.givenName), soci::use(p.latin.patronymic),
      soci::use(p.cyrillic.surname), soci::use(p.cyrillic.givenName),
      soci::use(p.cyrillic.patronymic), soci::use(c.key), soci::use(c.altKey), soci::use(c.birth),
      soci::use(c.sex),
      soci::use(c.status), soci::use(p.citizenship), soci::use(c.personal, c.personalIndicator),
      soci::use(c.oneId), soci::use(id));
  st.execute(true);
  rows = st.get_affected_rows();
}

void replaceDocumentsAndVisas(soci::session& sql, const core::Person& p) {
  long long id = p.id;
  sql << "DELETE FROM person_documents WHERE person_id = :id", soci::use(id);
  sql << "DELETE FROM person_visas WHERE person_id = :id", soci::use(id);
  for (const auto& d : p.documents) {
    std::string kind(core::toString(d.kind)), issued = d.issuedOn.toString(),
        expires = d.expiresOn.toString();
    sql << "INSERT INTO person_documents(person_id, kind, series, number, issuing_state,"
           " issuing_authority, issued_on, expires_on) VALUES (:p, :k, :s, :n, :st, :a,"
           " :i::date, :e::date)",
        soci::use(id), soci::use(kind), soci::use(d.series), soci::use(d.number),
        soci::use(d.issuingState), soci::use(d.issuingAuthority), soci::use(issued),
        soci::use(expires);
  }
  for (const auto& v : p.visas) {
    std::string kind(core::toString(v.kind)), entries(core::toString(v.entries)),
        from = v.validFrom.toString(), to = v.validTo.toString(),
        extensions = encodeVisaExtensions(v.extensions);
    sql << "INSERT INTO person_visas(person_id, number, kind, entries, valid_from, valid_to,"
           " extensions) VALUES (:p, :n, :k, :e, :f::date, :t::date, :x::jsonb)",
        soci::use(id), soci::use(v.number), soci::use(kind), soci::use(entries), soci::use(from),
        soci::use(to), soci::use(extensions);
  }
}

std::string encodeVisaExtensions(const std::vector<core::VisaExtension>& extensions) {
  Poco::JSON::Array array;
  for (const auto& e : extensions) {
    Poco::JSON::Object item;
    item.set("case_id", e.caseId);
    item.set("previous_valid_to", e.previousValidTo.toString());
    item.set("new_valid_to", e.newValidTo.toString());
    array.add(item);
  }
  std::ostringstream out;
  array.stringify(out);
  return out.str();
}

std::vector<core::VisaExtension> decodeVisaExtensions(const std::string& json) {
  std::vector<core::VisaExtension> out;
  auto array = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Array::Ptr>();
  for (std::size_t i = 0; i < array->size(); ++i) {
    auto item = array->getObject(static_cast<unsigned>(i));
    out.push_back({item->getValue<std::string>("case_id"),
                   dateFromText(item->getValue<std::string>("previous_valid_to")),
                   dateFromText(item->getValue<std::string>("new_valid_to"))});
  }
  return out;
}

std::string encodeFingerQuality(const std::vector<core::FingerQuality>& fingers) {
  Poco::JSON::Array array;
  for (const auto& f : fingers) {
    Poco::JSON::Object item;
    item.set("finger", f.finger);
    item.set("quality", f.quality);
    item.set("exception", f.exception);
    array.add(item);
  }
  std::ostringstream out;
  array.stringify(out);
  return out.str();
}

std::vector<core::FingerQuality> decodeFingerQuality(const std::string& json) {
  std::vector<core::FingerQuality> out;
  auto array = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Array::Ptr>();
  for (std::size_t i = 0; i < array->size(); ++i) {
    auto item = array->getObject(static_cast<unsigned>(i));
    out.push_back({item->getValue<std::string>("finger"), item->getValue<double>("quality"),
                   item->getValue<std::string>("exception")});
  }
  return out;
}

void audit(soci::session& sql, const core::AuditContext& context, const std::string& entity,
           const std::string& entityId, const std::string& details) {
  AuditChain::append(sql, {context.at, context.actor, context.action, entity, entityId, details});
}

std::string sqlStateOf(const std::exception& e) {
  auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e);
  return pg ? pg->sqlstate() : std::string();
}

long long microsOf(std::chrono::system_clock::time_point at) {
  return std::chrono::duration_cast<std::chrono::microseconds>(at.time_since_epoch()).count();
}

std::chrono::system_clock::time_point fromMicros(long long micros) {
  return std::chrono::system_clock::time_point(
      std::chrono::duration_cast<std::chrono::system_clock::duration>(
          std::chrono::microseconds(micros)));
}

}  // namespace mws::storage::rows

