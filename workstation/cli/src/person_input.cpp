#include "person_input.hpp"

#include <charconv>

namespace mws::cli {

core::Error usageError(std::string message) {
  return core::makeError(kUsageCode, std::move(message));
}

int report(Context& ctx, const core::Error& error) {
  return error.code == kUsageCode ? ctx.usage(error.detail) : ctx.fail(error);
}

std::optional<std::int64_t> parseId(const std::string& text) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

core::Result<core::CivilDate> parseDateOption(std::string_view option, const std::string& text) {
  auto date = core::CivilDate::parse(text);
  if (!date) return usageError(std::string(option) + " is a date YYYY-MM-DD, not '" + text + "'");
  return *date;
}

std::vector<std::string> splitFields(const std::string& text) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t colon; (colon = text.find(':', start)) != std::string::npos; start = colon + 1) {
    fields.push_back(text.substr(start, colon - start));
  }
  fields.push_back(text.substr(start));
  return fields;
}

core::Result<core::IdentityDocument> parseDocument(const std::string& spec) {
  const auto f = splitFields(spec);
  const std::string form = "--document is KIND:SERIES:NUMBER:STATE:ISSUED:EXPIRES";
  if (f.size() != 6) return usageError(form + ", not '" + spec + "'");
  auto kind = core::parseDocumentKind(f[0]);
  if (!kind)
    return usageError("a document kind is passport, id_card, travel_document or residence_permit");
  auto issued = parseDateOption("ISSUED of --document", f[4]);
  if (!issued) return issued.error();
  auto expires = parseDateOption("EXPIRES of --document", f[5]);
  if (!expires) return expires.error();
  return core::IdentityDocument{*kind, f[1], f[2], f[3], "", *issued, *expires};
}

core::Result<core::Visa> parseVisa(const std::string& spec) {
  const auto f = splitFields(spec);
  if (f.size() != 5)
    return usageError("--visa is NUMBER:e_visa|other:single|double|multiple:FROM:TO");
  auto kind = core::parseVisaKind(f[1]);
  if (!kind) return usageError("a visa kind is e_visa or other, not '" + f[1] + "'");
  auto entries = core::parseVisaEntries(f[2]);
  if (!entries)
    return usageError("visa entries are single, double or multiple, not '" + f[2] + "'");
  auto from = parseDateOption("FROM of --visa", f[3]);
  if (!from) return from.error();
  auto to = parseDateOption("TO of --visa", f[4]);
  if (!to) return to.error();
  return core::Visa{f[0], *kind, *entries, *from, *to, {}};
}

namespace {

core::Status readIdentity(const Arguments& args, core::Person& person) {
  for (const char* required : {"birth", "sex", "status", "citizenship"}) {
    if (!args.option(required)) return usageError(std::string("--") + required + " is required");
  }
  auto birth = parseDateOption("--birth", *args.option("birth"));
  if (!birth) return birth.error();
  auto sex = core::parseSex(*args.option("sex"));
  if (!sex) return usageError("--sex is male or female");
  auto status = core::parsePersonStatus(*args.option("status"));
  if (!status) return usageError("--status is citizen, foreigner, stateless or permanent_resident");
  person.birthDate = *birth;
  person.sex = *sex;
  person.status = *status;
  person.citizenship = *args.option("citizenship");
  if (auto number = args.option("personal-number")) person.personalNumber = *number;
  return core::success();
}

core::Status readDocumentsAndVisas(const Arguments& args, core::Person& person) {
  for (const std::string& spec : args.options("document")) {
    auto document = parseDocument(spec);
    if (!document) return document.error();
    person.documents.push_back(*document);
  }
  for (const std::string& spec : args.options("visa")) {
    auto visa = parseVisa(spec);
    if (!visa) return visa.error();
    person.visas.push_back(*visa);
  }
  return core::success();
}

}  // namespace

core::Result<core::Person> personFromArguments(const Arguments& args) {
  core::Person person;
  auto text = [&](const char* name) { return args.option(name).value_or(""); };
  person.latin = {text("surname"), text("given"), text("patronymic")};
  person.cyrillic = {text("surname-cyr"), text("given-cyr"), text("patronymic-cyr")};
  if (person.latin.empty() && person.cyrillic.empty()) {
    return usageError("--surname and --given (or --surname-cyr and --given-cyr) are required");
  }
  auto identity = readIdentity(args, person);
  if (!identity) return identity.error();
  auto held = readDocumentsAndVisas(args, person);
  if (!held) return held.error();
  return person;
}

}  // namespace mws::cli
