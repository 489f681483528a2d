#include "mrz_commands.hpp"

#include <chrono>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <ostream>

#include "json_writer.hpp"
#include "mws/document/mrz_reader.hpp"
#include "mws/document/ocrb_font.hpp"
#include "mws/document/page_image.hpp"

namespace mws::cli {
namespace {

core::CivilDate today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return core::CivilDate::fromDays(now);
}

std::string dateJson(const std::optional<core::CivilDate>& date) {
  return date ? jsonString(date->toString()) : "null";
}

std::string checksJson(const core::MrzDocument& doc) {
  std::vector<std::string> items;
  for (const auto& check : doc.checks) {
    items.push_back(JsonObject()
                        .add("field", check.field)
                        .add("line", std::int64_t{check.line + 1})
                        .add("column", std::int64_t{check.column + 1})
                        .add("expected", std::string(1, check.expected))
                        .add("found", std::string(1, check.found))
                        .add("passed", check.passed)
                        .str());
  }
  return jsonArray(items);
}

std::string issuesJson(const core::MrzDocument& doc) {
  std::vector<std::string> items;
  for (const auto& issue : doc.issues) {
    items.push_back(JsonObject()
                        .add("field", issue.field)
                        .add("code", issue.code)
                        .add("line", std::int64_t{issue.line + 1})
                        .add("column", std::int64_t{issue.column + 1})
                        .str());
  }
  return jsonArray(items);
}

void printText(std::ostream& out, const core::MrzDocument& doc) {
  out << "format           " << toString(doc.format) << "\n"
      << "document         " << doc.documentCode << " " << doc.documentNumber << " ("
      << doc.issuingState << ")\n"
      << "name             " << doc.surname << ", " << doc.givenNames
      << (doc.nameTruncated ? " (may be truncated)" : "") << "\n"
      << "nationality      " << doc.nationality << "\n"
      << "birth            " << (doc.birthDate ? doc.birthDate->toString() : doc.birthDateRaw)
      << "  sex " << doc.sex << "\n"
      << "expiry           "
      << (doc.expiryDate ? doc.expiryDate->toString() : doc.expiryDateRaw) << "\n";
  for (const auto& check : doc.checks) {
    out << "check " << check.field << " (line " << check.line + 1 << ", column "
        << check.column + 1 << "): "
        << (check.passed ? "passed" : std::string("FAILED, expected ") + check.expected +
                                          " found " + check.found)
        << "\n";
  }
  for (const auto& issue : doc.issues) {
    out << "issue " << issue.field << ": " << issue.code << " (line " << issue.line + 1
        << ", column " << issue.column + 1 << ")\n";
  }
}

std::string fraction(float value) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(3) << value;
  return out.str();
}

std::string readingJson(const document::MrzImageReading& reading) {
  std::vector<std::string> lines, confidence, lineConfidence, corners;
  for (std::size_t l = 0; l < reading.lines.size(); ++l) {
    lines.push_back(jsonString(reading.lines[l]));
    std::vector<std::string> perChar;
    for (float c : reading.confidence[l]) perChar.push_back(fraction(c));
    confidence.push_back(jsonArray(perChar));
    lineConfidence.push_back(fraction(reading.lineConfidence[l]));
  }
  std::vector<std::string> fields;
  for (const auto& field : reading.fieldConfidence) {
    fields.push_back(JsonObject()
                         .add("field", field.name)
                         .addRaw("confidence", fraction(field.confidence))
                         .add("low", field.low)
                         .str());
  }
  for (const auto& p : reading.corners) {
    std::ostringstream corner;
    corner << '[' << std::lround(p.x) << ',' << std::lround(p.y) << ']';
    corners.push_back(corner.str());
  }
  return JsonObject()
      .addRaw("lines", jsonArray(lines))
      .addRaw("confidence", jsonArray(confidence))
      .addRaw("line_confidence", jsonArray(lineConfidence))
      .add("substitutions", std::int64_t{reading.substitutions})
      // Check digits do not cover names or optional data: a low field needs an officer's eye.
      .addRaw("field_confidence", jsonArray(fields))
      .add("low_confidence", reading.lowConfidence)
      .addRaw("corners", jsonArray(corners))
      .str();
}

}  // namespace

std::string mrzJson(const core::MrzDocument& doc) {
  return JsonObject()
      .add("format", toString(doc.format))
      .add("valid", doc.valid())
      .add("document_code", doc.documentCode)
      .add("issuing_state", doc.issuingState)
      .add("surname", doc.surname)
      .add("given_names", doc.givenNames)
      .add("name_truncated", doc.nameTruncated)
      .add("document_number", doc.documentNumber)
      .add("document_number_extended", doc.documentNumberExtended)
      .add("nationality", doc.nationality)
      .addRaw("birth_date", dateJson(doc.birthDate))
      .add("birth_date_raw", doc.birthDateRaw)
      .add("sex", std::string(1, doc.sex))
      .addRaw("expiry_date", dateJson(doc.expiryDate))
      .add("expiry_date_raw", doc.expiryDateRaw)
      .add("optional_data", doc.optionalData)
      .add("optional_data_2", doc.optionalData2)
      .addRaw("checks", checksJson(doc))
      .addRaw("issues", issuesJson(doc))
      .str();
}

std::string describeMrzError(const core::Error& error) {
  const auto param = [&](const char* key) {
    auto it = error.params.find(key);
    return it == error.params.end() ? std::string() : it->second;
  };
  if (error.code == "mrz.line_count") return "an MRZ has 2 or 3 lines, not " + param("count");
  if (error.code == "mrz.line_length") {
    return "line " + param("line") + " has " + param("length") +
           " characters; the lines of an MRZ have 30, 36 or 44, all the same";
  }
  if (error.code == "mrz.character") {
    return "line " + param("line") + ", column " + param("column") +
           ": only A-Z, 0-9 and '<' may stand in an MRZ";
  }
  if (error.code == "mrz.format") return "no ICAO 9303 format has " + param("lengths") + " lines";
  return error.detail.empty() ? error.code : error.detail;
}

int mrzParse(Context& ctx) {
  const auto& words = ctx.args.positionals();
  if (words.size() < 4 || words.size() > 5) {
    return ctx.usage("usage: mws mrz parse \"LINE1\" \"LINE2\" [\"LINE3\"] [--json]");
  }
  const std::vector<std::string> lines(words.begin() + 2, words.end());
  auto doc = core::parseMrz(lines, core::MrzParseOptions{today(), nullptr});
  if (!doc) {
    ctx.err << "mws: not an MRZ: " << describeMrzError(doc.error()) << "\n";
    return kUsage;
  }
  if (ctx.args.flag("json")) {
    ctx.out << mrzJson(*doc) << "\n";
  } else {
    printText(ctx.out, *doc);
  }
  return doc->valid() ? kOk : kFailed;
}

int mrzRead(Context& ctx) {
  if (ctx.args.positionals().size() != 3) return ctx.usage("usage: mws mrz read IMAGE [--json]");
  auto page = document::loadPageImage(ctx.args.positional(2));
  if (!page) {
    if (page.error().code == "image.too_large") return ctx.fail(page.error());  // names the limit
    ctx.err << "mws: cannot read the image (" << page.error().params.at("reason") << ")\n";
    return kFailed;
  }
  auto reader = document::MrzImageReader::create(document::defaultOcrbFontPath());
  if (!reader) return ctx.fail(reader.error());
  auto reading = (*reader)->read(*page, today());
  if (!reading || !reading->document) {
    ctx.err << "mws: not an MRZ: no machine-readable zone was found in the image\n";
    return kUsage;
  }
  const auto& doc = *reading->document;
  if (ctx.args.flag("json")) {
    std::string json = mrzJson(doc);
    json.pop_back();  // the reading's members join the parsed document's
    ctx.out << json << "," << readingJson(*reading).substr(1) << "\n";
  } else {
    for (const auto& line : reading->lines) ctx.out << line << "\n";
    printText(ctx.out, doc);
  }
  return doc.valid() ? kOk : kFailed;
}

}  // namespace mws::cli
