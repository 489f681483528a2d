#pragma once
// The layouts of ICAO 9303 machine-readable zones as data: which characters each position
// may hold, which fields carry a check digit, what the composite check digit covers. The
// parser and the OCR resolver both read these tables, so they cannot disagree.

#include <optional>
#include <string_view>
#include <vector>

namespace mws::core {

// TD1 (3×30, ID cards), TD2 (2×36), TD3 (2×44, passports), MRV-A (2×44), MRV-B (2×36).
enum class MrzFormat { Td1, Td2, Td3, MrvA, MrvB };
std::string_view toString(MrzFormat format);  // "TD1", "TD2", "TD3", "MRV-A", "MRV-B"

// What a position may hold. Filler is '<'.
enum class MrzCharClass {
  Alpha,         // A–Z or '<' (document code, country codes, names)
  Digit,         // 0–9 (dates, check digits)
  DigitOrFiller, // 0–9 or '<' (a check digit that may be blank)
  AlphaNumeric,  // A–Z, 0–9 or '<' (document number, optional data)
  Sex,           // M, F, X or '<'
};

enum class MrzFieldKind { DocumentCode, Country, Name, DocumentNumber, Date, Sex, Optional, Check };

// One field: a run of characters on one line, and where its check digit stands (if any).
struct MrzFieldSpec {
  std::string_view name;  // "document_number", "birth_date", "optional_data", ...
  MrzFieldKind kind;
  int line;
  int start;
  int length;
  std::optional<int> checkAt;  // column of the check digit on the same line
};

// A run of characters the composite check digit covers.
struct MrzSpan {
  int line;
  int start;
  int length;
};

struct MrzLayout {
  MrzFormat format;
  int lines;
  int lineLength;
  std::vector<MrzFieldSpec> fields;
  std::vector<MrzSpan> composite;      // empty when the format has no composite check
  std::optional<MrzSpan> compositeAt;  // the composite check digit's position
};

const MrzLayout& mrzLayout(MrzFormat format);

// The layout of a zone of `lines` lines of `length` characters whose first character is
// `first`; nullopt when no ICAO format has that shape.
std::optional<MrzFormat> detectMrzFormat(int lines, int length, char first);

// The class of the character at (line, column) in the given format.
MrzCharClass mrzCharClass(MrzFormat format, int line, int column);

// ICAO 9303 Part 3 §4.9: weights 7-3-1, '<' = 0, A–Z = 10–35. nullopt when `text` holds a
// character outside A–Z, 0–9 and '<'.
std::optional<char> mrzCheckDigit(std::string_view text);

// The numeric value of an MRZ character (0–35), or -1 for any other character.
int mrzCharValue(char c);

}  // namespace mws::core
