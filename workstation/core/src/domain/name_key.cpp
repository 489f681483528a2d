// normaliseName(): one search key for a name written in any script (hand-written folding
// tables for Latin-1 and Latin Extended-A).
#include <string>

#include "mws/core/domain/transliteration.hpp"
#include "utf8.hpp"

namespace mws::core {

namespace {

// Base letters of U+00C0..U+00FF; '*' is dropped, digits stand for two-letter folds.
constexpr std::string_view kLatin1 =
    "AAAAAA1CEEEEIIIIDNOOOOO*OUUUUY23"
    "AAAAAA1CEEEEIIIIDNOOOOO*OUUUUY2Y";

// Base letters of U+0100..U+017F.
constexpr std::string_view kLatinExtendedA =
    "AAAAAACCCCCCCCDDDDEEEEEEEEEEGGGGGGGGHHHHIIIIIIIIIIIIJJKKKLLLLLLLLLL"
    "NNNNNNNNNOOOOOOOORRRRRRSSSSSSSSTTTTTTUUUUUUUUUUUUWWYYYZZZZZZS";
static_assert(kLatin1.size() == 64 && kLatinExtendedA.size() == 128);

// Appends the upper-case ASCII fold of one code point; nothing for symbols.
void fold(std::string& out, char32_t cp) {
  if (cp >= U'a' && cp <= U'z') {
    out.push_back(static_cast<char>(cp - 32));
  } else if (cp >= U'A' && cp <= U'Z') {
    out.push_back(static_cast<char>(cp));
  } else if (cp >= 0x00C0 && cp <= 0x00FF) {
    const char base = kLatin1[cp - 0x00C0];
    if (base == '1') out.append("AE");
    else if (base == '2') out.append("TH");
    else if (base == '3') out.append("SS");
    else if (base != '*') out.push_back(base);
  } else if (cp >= 0x0100 && cp <= 0x017F) {
    out.push_back(kLatinExtendedA[cp - 0x0100]);
  } else if (cp == 0x0259 || cp == 0x018F) {  // ə Ə (Azerbaijani)
    out.push_back('A');
  }
}

bool isSeparator(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'-' ||
         cp == 0x00A0 || cp == 0x2010 || cp == 0x2011 || cp == 0x2013;
}

}  // namespace

std::string normaliseName(std::string_view text) {
  const Script script = detectScript(text);
  const std::string latin = script == Script::Cyrillic || script == Script::Mixed
                                ? uzbekCyrillicToLatin(text)
                                : std::string(text);
  std::string out;
  out.reserve(latin.size());
  bool pendingSpace = false;
  for (char32_t cp : utf8::decode(latin)) {
    if (isSeparator(cp)) {
      pendingSpace = true;
      continue;
    }
    std::string piece;
    fold(piece, cp);
    if (piece.empty()) {
      continue;
    }
    if (pendingSpace && !out.empty()) {
      out.push_back(' ');
    }
    out.append(piece);
    pendingSpace = false;
  }
  return out;
}

}  // namespace mws::core
