#include "mws/presenter/person_form.hpp"

#include <algorithm>
#include <cctype>

#include "mws/core/domain/transliteration.hpp"

namespace mws::presenter {
namespace {

using namespace core;

FormField text(std::string key, bool required = true) { return {std::move(key), FieldKind::Text, {}, required}; }
FormField date(std::string key, bool required = true) { return {std::move(key), FieldKind::Date, {}, required}; }
FormField choice(std::string key, std::vector<std::string> choices, bool required = true) {
  return {std::move(key), FieldKind::Choice, std::move(choices), required};
}

std::string get(const FieldValues& v, const std::string& key) {
  auto it = v.find(key);
  return it == v.end() ? std::string() : it->second;
}

// "KARIMOV" -> "Karimov", "ABDUL KARIM" -> "Abdul Karim" (ASCII letters; MRZ names are).
std::string titleCase(std::string_view text) {
  std::string out(text);
  bool start = true;
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
    start = !std::isalpha(u);
  }
  return out;
}

const Visa* shownVisa(const Person& person, const CivilDate& today) {
  const Visa* last = nullptr;
  for (const Visa& visa : person.visas) {
    if (visa.isValidOn(today)) return &visa;
    if (!last || last->validTo < visa.validTo) last = &visa;
  }
  return last;
}

Status missing(const std::string& key) { return makeError("form.field_missing").with("field", key); }
Error invalid(const std::string& key) { return makeError("form.field_invalid").with("field", key); }

Result<CivilDate> dateOf(const FieldValues& v, const std::string& key) {
  const std::string t = get(v, key);
  if (t.empty()) return missing(key).error();
  auto d = CivilDate::parse(t);
  if (!d) return invalid(key);
  return *d;
}

Result<Visa> visaOf(const FieldValues& v) {
  Visa visa;
  visa.number = get(v, "visa.number");
  auto kind = parseVisaKind(get(v, "visa.kind"));
  if (!kind) return invalid("visa.kind");
  visa.kind = *kind;
  auto entries = parseVisaEntries(get(v, "visa.entries"));
  if (!entries) return invalid("visa.entries");
  visa.entries = *entries;
  auto from = dateOf(v, "visa.valid_from");
  if (!from) return from.error();
  auto to = dateOf(v, "visa.valid_to");
  if (!to) return to.error();
  visa.validFrom = *from;
  visa.validTo = *to;
  return visa;
}

Result<IdentityDocument> documentOf(const FieldValues& v) {
  IdentityDocument doc;
  auto kind = parseDocumentKind(get(v, "document.kind"));
  if (!kind) return invalid("document.kind");
  doc.kind = *kind;
  doc.series = get(v, "document.series");
  doc.number = get(v, "document.number");
  if (doc.number.empty()) return missing("document.number").error();
  doc.issuingState = get(v, "document.issuing_state");
  auto issued = dateOf(v, "document.issued_on");
  if (!issued) return issued.error();
  auto expires = dateOf(v, "document.expires_on");
  if (!expires) return expires.error();
  doc.issuedOn = *issued;
  doc.expiresOn = *expires;
  return doc;
}

Status applyNames(Person& person, const FieldValues& v) {
  person.latin = {get(v, "latin.surname"), get(v, "latin.given_name"), get(v, "latin.patronymic")};
  person.cyrillic = {get(v, "cyrillic.surname"), get(v, "cyrillic.given_name"), get(v, "cyrillic.patronymic")};
  if (person.latin.surname.empty() && person.cyrillic.surname.empty()) return missing("latin.surname");
  if (person.latin.givenName.empty() && person.cyrillic.givenName.empty()) return missing("latin.given_name");
  completeNameForms(person);
  return success();
}

Status applyIdentity(Person& person, const FieldValues& v) {
  auto birth = dateOf(v, "birth_date");
  if (!birth) return birth.error();
  person.birthDate = *birth;
  auto sex = parseSex(get(v, "sex"));
  if (!sex) return invalid("sex");
  person.sex = *sex;
  auto status = parsePersonStatus(get(v, "status"));
  if (!status) return invalid("status");
  person.status = *status;
  person.citizenship = get(v, "citizenship");
  if (person.citizenship.empty()) return missing("citizenship");
  const std::string pn = get(v, "personal_number");
  person.personalNumber = pn.empty() ? std::nullopt : std::optional<std::string>(pn);
  return success();
}

}  // namespace

const std::vector<FormField>& personFields() {
  static const std::vector<FormField> fields{
      text("latin.surname"), text("latin.given_name"), text("latin.patronymic", false),
      text("cyrillic.surname", false), text("cyrillic.given_name", false),
      text("cyrillic.patronymic", false), date("birth_date"), choice("sex", {"male", "female"}),
      choice("status", {"foreigner", "stateless", "citizen", "permanent_resident"}),
      text("citizenship"), text("personal_number", false),
      choice("document.kind", {"passport", "id_card", "travel_document", "residence_permit"}),
      text("document.series", false), text("document.number"), text("document.issuing_state"),
      date("document.issued_on"), date("document.expires_on"), text("visa.number", false),
      choice("visa.kind", {"e_visa", "other"}, false),
      choice("visa.entries", {"single", "double", "multiple"}, false),
      date("visa.valid_from", false), date("visa.valid_to", false)};
  return fields;
}

FieldValues personValues(const Person& person, const CivilDate& today) {
  FieldValues v{{"latin.surname", person.latin.surname},
                {"latin.given_name", person.latin.givenName},
                {"latin.patronymic", person.latin.patronymic},
                {"cyrillic.surname", person.cyrillic.surname},
                {"cyrillic.given_name", person.cyrillic.givenName},
                {"cyrillic.patronymic", person.cyrillic.patronymic},
                {"birth_date", person.birthDate.toString()},
                {"sex", std::string(toString(person.sex))},
                {"status", std::string(toString(person.status))},
                {"citizenship", person.citizenship},
                {"personal_number", person.personalNumber.value_or("")}};
  if (!person.documents.empty()) {
    const IdentityDocument& d = person.documents.front();
    v["document.kind"] = std::string(toString(d.kind));
    v["document.series"] = d.series;
    v["document.number"] = d.number;
    v["document.issuing_state"] = d.issuingState;
    v["document.issued_on"] = d.issuedOn.toString();
    v["document.expires_on"] = d.expiresOn.toString();
  }
  if (const Visa* visa = shownVisa(person, today)) {
    v["visa.number"] = visa->number;
    v["visa.kind"] = std::string(toString(visa->kind));
    v["visa.entries"] = std::string(toString(visa->entries));
    v["visa.valid_from"] = visa->validFrom.toString();
    v["visa.valid_to"] = visa->validTo.toString();
  }
  return v;
}

Result<Person> buildPerson(const FieldValues& v, const Person& base) {
  Person person = base;
  for (Status s : {applyNames(person, v), applyIdentity(person, v)}) {
    if (!s) return s.error();
  }
  auto doc = documentOf(v);
  if (!doc) return doc.error();
  auto same = std::find_if(person.documents.begin(), person.documents.end(),
                           [&](const IdentityDocument& d) { return d.fullNumber() == doc->fullNumber(); });
  if (same != person.documents.end()) {
    *same = *doc;
  } else {
    person.documents.insert(person.documents.begin(), *doc);
  }
  if (get(v, "visa.number").empty()) return person;
  auto visa = visaOf(v);
  if (!visa) return visa.error();
  if (Visa* held = person.findVisa(visa->number)) {
    visa->extensions = held->extensions;
    *held = *visa;
  } else {
    person.visas.push_back(*visa);
  }
  return person;
}

FieldValues personValuesFromMrz(const MrzDocument& mrz) {
  FieldValues v;
  v["latin.surname"] = titleCase(mrz.surname);
  v["latin.given_name"] = titleCase(mrz.givenNames);
  Person named;
  named.latin = {v["latin.surname"], v["latin.given_name"], ""};
  completeNameForms(named);
  v["cyrillic.surname"] = named.cyrillic.surname;
  v["cyrillic.given_name"] = named.cyrillic.givenName;
  if (mrz.birthDate) v["birth_date"] = mrz.birthDate->toString();
  v["sex"] = mrz.sex == 'F' ? "female" : "male";
  v["citizenship"] = mrz.nationality;
  v["status"] = mrz.nationality == kUzbekistanAlpha3   ? "citizen"
                : mrz.nationality == kStatelessAlpha3 ? "stateless"
                                                      : "foreigner";
  const char code = mrz.documentCode.empty() ? 'P' : mrz.documentCode.front();
  v["document.kind"] = code == 'P' ? (mrz.nationality == kStatelessAlpha3 ? "travel_document" : "passport")
                       : code == 'I' || code == 'A' || code == 'C' ? "id_card"
                                                                   : "passport";
  std::string number = mrz.documentNumber;
  const bool uzbekSeries = mrz.issuingState == kUzbekistanAlpha3 && number.size() == 9 &&
                           std::isalpha(static_cast<unsigned char>(number[0])) &&
                           std::isalpha(static_cast<unsigned char>(number[1]));
  v["document.series"] = uzbekSeries ? number.substr(0, 2) : "";
  v["document.number"] = uzbekSeries ? number.substr(2) : number;
  v["document.issuing_state"] = mrz.issuingState;
  if (mrz.expiryDate) v["document.expires_on"] = mrz.expiryDate->toString();
  std::string optional = mrz.optionalData;
  optional.erase(std::remove(optional.begin(), optional.end(), '<'), optional.end());
  if (mrz.format == MrzFormat::Td3 && optional.size() == 14 &&
      std::all_of(optional.begin(), optional.end(), [](unsigned char c) { return std::isdigit(c); })) {
    v["personal_number"] = optional;
  }
  return v;
}

std::vector<std::string> splitMrzText(std::string_view text) {
  std::vector<std::string> lines(1);
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      if (!lines.back().empty()) lines.emplace_back();
    } else if (!std::isspace(static_cast<unsigned char>(c))) {
      lines.back() += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
  }
  if (lines.back().empty()) lines.pop_back();
  if (lines.size() == 1) {
    const std::string run = lines.front();
    for (std::size_t width : {30u, 36u, 44u}) {
      const std::size_t count = width == 30 ? 3 : 2;
      if (run.size() != width * count) continue;
      lines.clear();
      for (std::size_t i = 0; i < count; ++i) lines.push_back(run.substr(i * width, width));
      break;
    }
  }
  return lines;
}

bool looksLikeCompleteMrz(const std::vector<std::string>& lines) {
  if (lines.size() < 2 || lines.size() > 3) return false;
  const std::size_t width = lines.front().size();
  for (const std::string& line : lines) {
    if (line.size() != width) return false;
  }
  return lines.size() == 3 ? width == 30 : (width == 36 || width == 44);
}

}  // namespace mws::presenter
