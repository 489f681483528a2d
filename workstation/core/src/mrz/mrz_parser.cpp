// parseMrz: shape and character set first (an Error when the text is no MRZ), then every
// field of the format's layout, its check digit, and the composite check.
#include <algorithm>

#include "mrz_internal.hpp"
#include "mws/core/mrz/mrz.hpp"

namespace mws::core {
namespace {

using mrz_detail::trimFillers;

std::string trimBlanks(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::optional<Error> checkShape(const std::vector<std::string>& lines) {
  if (lines.size() < 2 || lines.size() > 3) {
    return makeError("mrz.line_count", "an MRZ has 2 or 3 lines")
        .with("count", std::to_string(lines.size()));
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].size() != lines[0].size() || lines[i].size() < 30 || lines[i].size() > 44) {
      return makeError("mrz.line_length", "the lines are not of one MRZ length")
          .with("line", std::to_string(i + 1))
          .with("length", std::to_string(lines[i].size()));
    }
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    for (std::size_t c = 0; c < lines[i].size(); ++c) {
      if (mrzCharValue(lines[i][c]) < 0) {
        return makeError("mrz.character", "only A-Z, 0-9 and '<' may stand in an MRZ")
            .with("line", std::to_string(i + 1))
            .with("column", std::to_string(c + 1));
      }
    }
  }
  return std::nullopt;
}

class Parser {
public:
  Parser(MrzDocument& doc, const MrzParseOptions& options)
      : m_doc(doc), m_options(options), m_layout(mrzLayout(doc.format)) {}

  void run() {
    for (const auto& field : m_layout.fields) parseField(field);
    extendDocumentNumber();
    checkComposite();
    std::stable_sort(m_doc.checks.begin(), m_doc.checks.end(), [](const auto& a, const auto& b) {
      return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
  }

private:
  std::string_view text(int line, int start, int length) const {
    return std::string_view(m_doc.lines[static_cast<std::size_t>(line)])
        .substr(static_cast<std::size_t>(start), static_cast<std::size_t>(length));
  }
  char at(int line, int column) const {
    return m_doc.lines[static_cast<std::size_t>(line)][static_cast<std::size_t>(column)];
  }

  void issue(const MrzFieldSpec& field, std::string code) {
    m_doc.issues.push_back({std::string(field.name), std::move(code), field.line, field.start});
  }

  void addCheck(std::string field, std::string_view covered, int line, int column,
                bool blankAllowed = false) {
    const char found = at(line, column);
    const char expected = mrzCheckDigit(covered).value_or('?');
    const bool blank = blankAllowed && trimFillers(covered).empty() && (found == '<');
    m_doc.checks.push_back({std::move(field), line, column, expected, found,
                            found == expected || blank});
  }

  void parseField(const MrzFieldSpec& field) {
    const std::string_view value = text(field.line, field.start, field.length);
    switch (field.kind) {
      case MrzFieldKind::DocumentCode: return documentCode(field, value);
      case MrzFieldKind::Country: return country(field, value);
      case MrzFieldKind::Name: return name(field, value);
      case MrzFieldKind::DocumentNumber: return documentNumber(field, value);
      case MrzFieldKind::Date: return date(field, value);
      case MrzFieldKind::Sex: return sex(field, value);
      case MrzFieldKind::Optional: return optional(field, value);
      case MrzFieldKind::Check: return;
    }
  }

  void documentCode(const MrzFieldSpec& field, std::string_view value) {
    m_doc.documentCode = trimFillers(value);
    const char first = value[0];
    const bool visa = m_doc.format == MrzFormat::MrvA || m_doc.format == MrzFormat::MrvB;
    bool known = first == 'P';
    if (visa) known = first == 'V';
    if (m_doc.format == MrzFormat::Td1 || m_doc.format == MrzFormat::Td2) {
      known = first == 'I' || first == 'A' || first == 'C';
    }
    const bool secondOk = value[1] == '<' || (value[1] >= 'A' && value[1] <= 'Z');
    if (!known || !secondOk) issue(field, "mrz.document_code");
  }

  void country(const MrzFieldSpec& field, std::string_view value) {
    std::string code = trimFillers(value);
    const auto& known = m_options.countries ? *m_options.countries : mrzCountryCodes();
    if (!known.contains(code)) issue(field, "mrz.country");
    (field.name == "nationality" ? m_doc.nationality : m_doc.issuingState) = std::move(code);
  }

  void name(const MrzFieldSpec& field, std::string_view value) {
    auto parts = mrz_detail::splitName(value);
    m_doc.surname = std::move(parts.primary);
    m_doc.givenNames = std::move(parts.secondary);
    m_doc.nameTruncated = parts.truncated;
    if (parts.hasDigits || m_doc.surname.empty()) issue(field, "mrz.name");
  }

  void documentNumber(const MrzFieldSpec& field, std::string_view value) {
    m_doc.documentNumber = trimFillers(value);
    if (m_doc.documentNumber.empty()) issue(field, "mrz.document_number");
    m_numberField = &field;
  }

  void date(const MrzFieldSpec& field, std::string_view value) {
    const bool birth = field.name == "birth_date";
    (birth ? m_doc.birthDateRaw : m_doc.expiryDateRaw) = std::string(value);
    auto parsed = birth ? mrzBirthDate(value, m_options.today)
                        : mrzExpiryDate(value, m_options.today);
    const bool unknown = birth && value.find('<') != std::string_view::npos;
    if (!parsed && !unknown) issue(field, "mrz.date");
    (birth ? m_doc.birthDate : m_doc.expiryDate) = parsed;
    addCheck(std::string(field.name), value, field.line, *field.checkAt);
  }

  void sex(const MrzFieldSpec& field, std::string_view value) {
    m_doc.sex = value[0];
    if (std::string_view("MFX<").find(value[0]) == std::string_view::npos) {
      issue(field, "mrz.sex");
    }
  }

  void optional(const MrzFieldSpec& field, std::string_view value) {
    (field.name == "optional_data_2" ? m_doc.optionalData2 : m_doc.optionalData) =
        trimFillers(value);
    if (field.name == "optional_data") m_optionalField = &field;
    if (field.checkAt) {
      addCheck(std::string(field.name), value, field.line, *field.checkAt, true);
    }
  }

  // TD1 and TD2 (Part 5 §4.2.4, Part 6): a number longer than 9 characters puts '<' in the
  // check position and continues in the optional data, ending with its check digit.
  void extendDocumentNumber() {
    const MrzFieldSpec& number = *m_numberField;
    const std::string_view printed = text(number.line, number.start, number.length);
    const bool longForm = at(number.line, *number.checkAt) == '<' && m_optionalField &&
                          (m_doc.format == MrzFormat::Td1 || m_doc.format == MrzFormat::Td2);
    if (!longForm || at(m_optionalField->line, m_optionalField->start) == '<') {
      addCheck("document_number", printed, number.line, *number.checkAt);
      return;
    }
    const auto rest = text(m_optionalField->line, m_optionalField->start,
                           m_optionalField->length);
    const std::size_t end = std::min(rest.find('<'), rest.size());
    const std::string overflow(rest.substr(0, end));
    std::string full = std::string(printed) + overflow.substr(0, overflow.size() - 1);
    m_doc.documentNumber = full;
    m_doc.documentNumberExtended = true;
    m_doc.optionalData = trimFillers(rest.substr(std::min(end + 1, rest.size())));
    addCheck("document_number", full, number.line,
             m_optionalField->start + static_cast<int>(overflow.size()) - 1);
  }

  void checkComposite() {
    if (!m_layout.compositeAt) return;
    std::string covered;
    for (const auto& span : m_layout.composite) covered += text(span.line, span.start, span.length);
    addCheck("composite", covered, m_layout.compositeAt->line, m_layout.compositeAt->start);
  }

  MrzDocument& m_doc;
  const MrzParseOptions& m_options;
  const MrzLayout& m_layout;
  const MrzFieldSpec* m_numberField = nullptr;
  const MrzFieldSpec* m_optionalField = nullptr;
};

}  // namespace

bool MrzDocument::checksPass() const {
  return std::all_of(checks.begin(), checks.end(), [](const MrzCheck& c) { return c.passed; });
}

Result<MrzDocument> parseMrz(const std::vector<std::string>& rawLines,
                             const MrzParseOptions& options) {
  std::vector<std::string> lines;
  for (const auto& line : rawLines) lines.push_back(trimBlanks(line));
  if (auto problem = checkShape(lines)) return *std::move(problem);
  const int count = static_cast<int>(lines.size());
  const int length = static_cast<int>(lines[0].size());
  auto format = detectMrzFormat(count, length, lines[0][0]);
  if (!format) {
    return makeError("mrz.format", "no ICAO 9303 format has this shape")
        .with("lengths", std::to_string(count) + "x" + std::to_string(length));
  }
  MrzDocument doc;
  doc.format = *format;
  doc.lines = std::move(lines);
  Parser(doc, options).run();
  return doc;
}

}  // namespace mws::core
