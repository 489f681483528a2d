#include "person_output.hpp"

#include <ostream>

#include "json_writer.hpp"

namespace mws::cli {
namespace {

std::string nameJson(const core::PersonName& name) {
  return JsonObject()
      .add("surname", name.surname)
      .add("given_name", name.givenName)
      .add("patronymic", name.patronymic)
      .str();
}

std::string documentJson(const core::IdentityDocument& d) {
  return JsonObject()
      .add("kind", core::toString(d.kind))
      .add("series", d.series)
      .add("number", d.number)
      .add("issuing_state", d.issuingState)
      .add("issuing_authority", d.issuingAuthority)
      .add("issued_on", d.issuedOn.toString())
      .add("expires_on", d.expiresOn.toString())
      .str();
}

std::string visaJson(const core::Visa& v) {
  std::vector<std::string> extensions;
  for (const core::VisaExtension& e : v.extensions) {
    extensions.push_back(JsonObject()
                             .add("case_id", e.caseId)
                             .add("previous_valid_to", e.previousValidTo.toString())
                             .add("new_valid_to", e.newValidTo.toString())
                             .str());
  }
  return JsonObject()
      .add("number", v.number)
      .add("kind", core::toString(v.kind))
      .add("entries", core::toString(v.entries))
      .add("valid_from", v.validFrom.toString())
      .add("valid_to", v.validTo.toString())
      .addRaw("extensions", jsonArray(extensions))
      .str();
}

}  // namespace

std::string personLine(const core::Person& p) {
  return std::to_string(p.id) + "  " + p.latin.full() + " / " + p.cyrillic.full() + "  " +
         p.birthDate.toString() + "  " + std::string(core::toString(p.status)) + " " +
         p.citizenship;
}

void printPerson(std::ostream& out, const core::Person& p) {
  out << "person " << p.id << "\n"
      << "  name (Latin):     " << p.latin.full() << "\n"
      << "  name (Cyrillic):  " << p.cyrillic.full() << "\n"
      << "  born:             " << p.birthDate << " (" << core::toString(p.sex) << ")\n"
      << "  status:           " << core::toString(p.status) << ", citizenship " << p.citizenship
      << "\n"
      << "  personal number:  " << p.personalNumber.value_or("-") << "\n";
  if (p.oneIdRegistrationPending) out << "  OneID registration pending\n";
  for (const core::IdentityDocument& d : p.documents) {
    out << "  document:         " << core::toString(d.kind) << " " << d.fullNumber() << " ("
        << d.issuingState << ") " << d.issuedOn << " to " << d.expiresOn << "\n";
  }
  for (const core::Visa& v : p.visas) {
    out << "  visa:             " << v.number << " " << core::toString(v.kind) << " "
        << core::toString(v.entries) << " " << v.validFrom << " to " << v.validTo;
    if (!v.extensions.empty()) out << " (extended " << v.extensions.size() << "x)";
    out << "\n";
  }
}

std::string personJson(const core::Person& p) {
  std::vector<std::string> documents, visas;
  for (const auto& d : p.documents) documents.push_back(documentJson(d));
  for (const auto& v : p.visas) visas.push_back(visaJson(v));
  return JsonObject()
      .add("id", std::int64_t{p.id})
      .addRaw("latin", nameJson(p.latin))
      .addRaw("cyrillic", nameJson(p.cyrillic))
      .add("birth_date", p.birthDate.toString())
      .add("sex", core::toString(p.sex))
      .add("status", core::toString(p.status))
      .add("citizenship", p.citizenship)
      .addRaw("personal_number", p.personalNumber ? jsonString(*p.personalNumber) : "null")
      .add("one_id_registration_pending", p.oneIdRegistrationPending)
      .addRaw("documents", jsonArray(documents))
      .addRaw("visas", jsonArray(visas))
      .str();
}

}  // namespace mws::cli
