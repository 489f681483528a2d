// Hand-written transliteration tables (see transliteration.hpp for the sources).
#include "mws/core/domain/transliteration.hpp"

#include <utility>

#include "utf8.hpp"

namespace mws::core {

namespace {

using utf8::isApostrophe;
using utf8::isAsciiLetter;
using utf8::isLetter;
using utf8::isUpper;

char32_t lowerAscii(char32_t cp) { return (cp >= U'A' && cp <= U'Z') ? cp + 32 : cp; }

bool isLatinVowel(char32_t lower) {
  return lower == U'a' || lower == U'e' || lower == U'i' || lower == U'o' || lower == U'u';
}

bool isCyrillicVowelOrSign(char32_t lower) {
  static constexpr std::u32string_view kVowels = U"аеёиоуэюяўъь";
  return kVowels.find(lower) != std::u32string_view::npos;
}

bool startsWord(const std::u32string& s, std::size_t i) {
  return i == 0 || !(isLetter(s[i - 1]) || isApostrophe(s[i - 1]));
}

// An upper-case letter starts an all-capitals word when its neighbour is a capital too.
bool inCapsWord(const std::u32string& s, std::size_t i) {
  if (i + 1 < s.size() && isLetter(s[i + 1])) {
    return isUpper(s[i + 1]);
  }
  return i > 0 && isLetter(s[i - 1]) && isUpper(s[i - 1]);
}

// Appends a lower-case Latin rendering, capitalised like the source letter.
void emitLatin(std::string& out, std::string_view lower, const std::u32string& s, std::size_t i) {
  if (lower.empty()) {
    return;
  }
  if (!isUpper(s[i])) {
    out.append(lower);
    return;
  }
  const bool caps = inCapsWord(s, i);
  bool first = true;
  for (char c : lower) {
    const bool letter = c >= 'a' && c <= 'z';
    out.push_back(letter && (first || caps) ? static_cast<char>(c - 32) : c);
    first = false;
  }
}

std::string_view uzbekLatinFor(char32_t lower) {
  switch (lower) {
    case U'а': return "a";   case U'б': return "b";   case U'в': return "v";
    case U'г': return "g";   case U'д': return "d";   case U'ё': return "yo";
    case U'ж': return "j";   case U'з': return "z";   case U'и': return "i";
    case U'й': return "y";   case U'к': return "k";   case U'л': return "l";
    case U'м': return "m";   case U'н': return "n";   case U'о': return "o";
    case U'п': return "p";   case U'р': return "r";   case U'с': return "s";
    case U'т': return "t";   case U'у': return "u";   case U'ф': return "f";
    case U'х': return "x";   case U'ц': return "ts";  case U'ч': return "ch";
    case U'ш': return "sh";  case U'щ': return "sh";  case U'ъ': return "\u02BC";
    case U'ы': return "i";   case U'ь': return "";    case U'э': return "e";
    case U'ю': return "yu";  case U'я': return "ya";  case U'ў': return "o\u02BB";
    case U'қ': return "q";   case U'ғ': return "g\u02BB";  case U'ҳ': return "h";
    default: return {};
  }
}

std::string_view icaoLatinFor(char32_t lower) {
  switch (lower) {
    case U'а': return "a";   case U'б': return "b";   case U'в': return "v";
    case U'г': return "g";   case U'д': return "d";   case U'е': return "e";
    case U'ё': return "e";   case U'ж': return "zh";  case U'з': return "z";
    case U'и': return "i";   case U'й': return "i";   case U'к': return "k";
    case U'л': return "l";   case U'м': return "m";   case U'н': return "n";
    case U'о': return "o";   case U'п': return "p";   case U'р': return "r";
    case U'с': return "s";   case U'т': return "t";   case U'у': return "u";
    case U'ф': return "f";   case U'х': return "kh";  case U'ц': return "ts";
    case U'ч': return "ch";  case U'ш': return "sh";  case U'щ': return "shch";
    case U'ъ': return "ie";  case U'ы': return "y";   case U'ь': return "";
    case U'э': return "e";   case U'ю': return "iu";  case U'я': return "ia";
    case U'ў': return "u";   case U'қ': return "k";   case U'ғ': return "g";
    case U'ҳ': return "kh";
    default: return {};
  }
}

char32_t uzbekCyrillicFor(char32_t lower) {
  static constexpr std::u32string_view kLetters = U"абцдефгҳижклмнопқрстуввхйз";
  if (lower >= U'a' && lower <= U'z') {
    return kLetters[static_cast<std::size_t>(lower - U'a')];
  }
  return lower;
}

// Reads one Uzbek Latin letter (maybe a digraph) at i; returns the lower-case Cyrillic
// letter and how many code points it used.
std::pair<char32_t, std::size_t> readUzbekLatin(const std::u32string& s, std::size_t i) {
  const char32_t l = lowerAscii(s[i]);
  const char32_t n = i + 1 < s.size() ? lowerAscii(s[i + 1]) : 0;
  if ((l == U'o' || l == U'g') && n != 0 && isApostrophe(s[i + 1])) {
    return {l == U'o' ? U'ў' : U'ғ', 2};
  }
  if (l == U's' && n == U'h') return {U'ш', 2};
  if (l == U'c' && n == U'h') return {U'ч', 2};
  if (l == U't' && n == U's') return {U'ц', 2};
  if (l == U'y') {
    if (n == U'o') return {U'ё', 2};
    if (n == U'u') return {U'ю', 2};
    if (n == U'a') return {U'я', 2};
    if (n == U'e') return {U'е', 2};
  }
  if (l == U'e') {
    const bool afterVowel = i > 0 && isLatinVowel(lowerAscii(s[i - 1]));
    return {startsWord(s, i) || afterVowel ? U'э' : U'е', 1};
  }
  return {uzbekCyrillicFor(l), 1};
}

// A tutuq belgisi between letters: dropped in "s'h" (Is'hoq -> Исҳоқ), else "ъ".
void emitApostrophe(std::string& out, const std::u32string& s, std::size_t i) {
  const bool afterLetter = i > 0 && isAsciiLetter(s[i - 1]);
  if (!afterLetter) {
    utf8::append(out, s[i]);
    return;
  }
  const bool sh = lowerAscii(s[i - 1]) == U's' && i + 1 < s.size() && lowerAscii(s[i + 1]) == U'h';
  if (!sh) {
    utf8::append(out, U'ъ');
  }
}

}  // namespace

Script detectScript(std::string_view text) {
  bool latin = false;
  bool cyrillic = false;
  for (char32_t cp : utf8::decode(text)) {
    cyrillic = cyrillic || (utf8::isCyrillic(cp) && isLetter(cp));
    latin = latin || (isLetter(cp) && !utf8::isCyrillic(cp));
  }
  if (latin && cyrillic) return Script::Mixed;
  if (latin) return Script::Latin;
  return cyrillic ? Script::Cyrillic : Script::None;
}

std::string uzbekLatinToCyrillic(std::string_view text) {
  const std::u32string s = utf8::decode(text);
  std::string out;
  out.reserve(text.size() * 2);
  std::size_t i = 0;
  while (i < s.size()) {
    if (isApostrophe(s[i])) {
      emitApostrophe(out, s, i++);
    } else if (!isAsciiLetter(s[i])) {
      utf8::append(out, s[i++]);
    } else {
      const auto [cyrillic, used] = readUzbekLatin(s, i);
      utf8::append(out, isUpper(s[i]) ? utf8::upperCyrillic(cyrillic) : cyrillic);
      i += used;
    }
  }
  return out;
}

std::string uzbekCyrillicToLatin(std::string_view text) {
  const std::u32string s = utf8::decode(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char32_t lower = utf8::lowerCyrillic(s[i]);
    if (lower == U'е') {
      const bool ye = startsWord(s, i) || isCyrillicVowelOrSign(utf8::lowerCyrillic(s[i - 1]));
      emitLatin(out, ye ? "ye" : "e", s, i);
      continue;
    }
    const std::string_view latin = uzbekLatinFor(lower);
    if (latin.empty() && lower != U'ь') {
      utf8::append(out, s[i]);
    } else {
      emitLatin(out, latin, s, i);
    }
  }
  return out;
}

std::string russianToLatinIcao(std::string_view text) {
  const std::u32string s = utf8::decode(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char32_t lower = utf8::lowerCyrillic(s[i]);
    const std::string_view latin = icaoLatinFor(lower);
    if (latin.empty() && lower != U'ь') {
      utf8::append(out, s[i]);
    } else {
      emitLatin(out, latin, s, i);
    }
  }
  return out;
}

}  // namespace mws::core
