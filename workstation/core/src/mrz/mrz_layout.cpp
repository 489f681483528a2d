#include "mws/core/mrz/mrz_layout.hpp"

namespace mws::core {
namespace {

using K = MrzFieldKind;

// TD3 (Part 4) and MRV-A (Part 7) share the first line; so do TD2 (Part 6) and MRV-B.
MrzLayout td3() {
  return {MrzFormat::Td3, 2, 44,
          {{"document_code", K::DocumentCode, 0, 0, 2, {}},
           {"issuing_state", K::Country, 0, 2, 3, {}},
           {"name", K::Name, 0, 5, 39, {}},
           {"document_number", K::DocumentNumber, 1, 0, 9, 9},
           {"nationality", K::Country, 1, 10, 3, {}},
           {"birth_date", K::Date, 1, 13, 6, 19},
           {"sex", K::Sex, 1, 20, 1, {}},
           {"expiry_date", K::Date, 1, 21, 6, 27},
           {"optional_data", K::Optional, 1, 28, 14, 42}},
          {{1, 0, 10}, {1, 13, 7}, {1, 21, 22}},
          MrzSpan{1, 43, 1}};
}

MrzLayout mrvA() {
  return {MrzFormat::MrvA, 2, 44,
          {{"document_code", K::DocumentCode, 0, 0, 2, {}},
           {"issuing_state", K::Country, 0, 2, 3, {}},
           {"name", K::Name, 0, 5, 39, {}},
           {"document_number", K::DocumentNumber, 1, 0, 9, 9},
           {"nationality", K::Country, 1, 10, 3, {}},
           {"birth_date", K::Date, 1, 13, 6, 19},
           {"sex", K::Sex, 1, 20, 1, {}},
           {"expiry_date", K::Date, 1, 21, 6, 27},
           {"optional_data", K::Optional, 1, 28, 16, {}}},
          {},
          std::nullopt};
}

MrzLayout td2() {
  return {MrzFormat::Td2, 2, 36,
          {{"document_code", K::DocumentCode, 0, 0, 2, {}},
           {"issuing_state", K::Country, 0, 2, 3, {}},
           {"name", K::Name, 0, 5, 31, {}},
           {"document_number", K::DocumentNumber, 1, 0, 9, 9},
           {"nationality", K::Country, 1, 10, 3, {}},
           {"birth_date", K::Date, 1, 13, 6, 19},
           {"sex", K::Sex, 1, 20, 1, {}},
           {"expiry_date", K::Date, 1, 21, 6, 27},
           {"optional_data", K::Optional, 1, 28, 7, {}}},
          {{1, 0, 10}, {1, 13, 7}, {1, 21, 14}},
          MrzSpan{1, 35, 1}};
}

MrzLayout mrvB() {
  return {MrzFormat::MrvB, 2, 36,
          {{"document_code", K::DocumentCode, 0, 0, 2, {}},
           {"issuing_state", K::Country, 0, 2, 3, {}},
           {"name", K::Name, 0, 5, 31, {}},
           {"document_number", K::DocumentNumber, 1, 0, 9, 9},
           {"nationality", K::Country, 1, 10, 3, {}},
           {"birth_date", K::Date, 1, 13, 6, 19},
           {"sex", K::Sex, 1, 20, 1, {}},
           {"expiry_date", K::Date, 1, 21, 6, 27},
           {"optional_data", K::Optional, 1, 28, 8, {}}},
          {},
          std::nullopt};
}

MrzLayout td1() {
  return {MrzFormat::Td1, 3, 30,
          {{"document_code", K::DocumentCode, 0, 0, 2, {}},
           {"issuing_state", K::Country, 0, 2, 3, {}},
           {"document_number", K::DocumentNumber, 0, 5, 9, 14},
           {"optional_data", K::Optional, 0, 15, 15, {}},
           {"birth_date", K::Date, 1, 0, 6, 6},
           {"sex", K::Sex, 1, 7, 1, {}},
           {"expiry_date", K::Date, 1, 8, 6, 14},
           {"nationality", K::Country, 1, 15, 3, {}},
           {"optional_data_2", K::Optional, 1, 18, 11, {}},
           {"name", K::Name, 2, 0, 30, {}}},
          {{0, 5, 25}, {1, 0, 7}, {1, 8, 7}, {1, 18, 11}},
          MrzSpan{1, 29, 1}};
}

MrzCharClass classOfField(const MrzFieldSpec& field, int column) {
  switch (field.kind) {
    case K::DocumentCode:
    case K::Country:
    case K::Name:
      return MrzCharClass::Alpha;
    case K::Date:
      return MrzCharClass::Digit;
    case K::Sex:
      return MrzCharClass::Sex;
    case K::Check:
      return MrzCharClass::DigitOrFiller;
    case K::DocumentNumber:
    case K::Optional:
      break;
  }
  (void)column;
  return MrzCharClass::AlphaNumeric;
}

}  // namespace

std::string_view toString(MrzFormat format) {
  switch (format) {
    case MrzFormat::Td1: return "TD1";
    case MrzFormat::Td2: return "TD2";
    case MrzFormat::Td3: return "TD3";
    case MrzFormat::MrvA: return "MRV-A";
    case MrzFormat::MrvB: return "MRV-B";
  }
  return "?";
}

const MrzLayout& mrzLayout(MrzFormat format) {
  static const MrzLayout layouts[] = {td1(), td2(), td3(), mrvA(), mrvB()};
  return layouts[static_cast<int>(format)];
}

std::optional<MrzFormat> detectMrzFormat(int lines, int length, char first) {
  if (lines == 3 && length == 30) return MrzFormat::Td1;
  if (lines != 2) return std::nullopt;
  if (length == 44) return first == 'V' ? MrzFormat::MrvA : MrzFormat::Td3;
  if (length == 36) return first == 'V' ? MrzFormat::MrvB : MrzFormat::Td2;
  return std::nullopt;
}

MrzCharClass mrzCharClass(MrzFormat format, int line, int column) {
  const MrzLayout& layout = mrzLayout(format);
  if (layout.compositeAt && layout.compositeAt->line == line &&
      layout.compositeAt->start == column) {
    return MrzCharClass::Digit;
  }
  for (const auto& field : layout.fields) {
    if (field.line != line) continue;
    if (field.checkAt && *field.checkAt == column) {
      // The document number's check may be '<' (TD1/TD2 long numbers); so may the
      // optional data's when that field is blank.
      return MrzCharClass::DigitOrFiller;
    }
    if (column >= field.start && column < field.start + field.length) {
      return classOfField(field, column);
    }
  }
  return MrzCharClass::AlphaNumeric;  // unassigned positions (TD2 etc.) hold optional data
}

int mrzCharValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  if (c == '<') return 0;
  return -1;
}

std::optional<char> mrzCheckDigit(std::string_view text) {
  static constexpr int kWeights[] = {7, 3, 1};
  int sum = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const int value = mrzCharValue(text[i]);
    if (value < 0) return std::nullopt;
    sum += value * kWeights[i % 3];
  }
  return static_cast<char>('0' + sum % 10);
}

}  // namespace mws::core
