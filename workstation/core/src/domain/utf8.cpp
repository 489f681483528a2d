#include "utf8.hpp"

namespace mws::core::utf8 {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

int sequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

}  // namespace

std::u32string decode(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const int length = sequenceLength(lead);
    if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    char32_t cp = length == 1 ? lead : (lead & (0x7F >> length));
    bool valid = true;
    for (int k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
      valid = valid && (next & 0xC0) == 0x80;
      cp = (cp << 6) | (next & 0x3F);
    }
    out.push_back(valid ? cp : kReplacement);
    i += valid ? static_cast<std::size_t>(length) : 1;
  }
  return out;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string encode(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 2);
  for (char32_t cp : text) {
    append(out, cp);
  }
  return out;
}

bool isApostrophe(char32_t cp) {
  return cp == U'\'' || cp == U'`' || cp == 0x00B4 || cp == 0x02BB || cp == 0x02BC ||
         cp == 0x2018 || cp == 0x2019 || cp == 0x02B9;
}

bool isCyrillic(char32_t cp) { return cp >= 0x0400 && cp <= 0x04FF; }

bool isAsciiLetter(char32_t cp) { return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z'); }

char32_t lowerCyrillic(char32_t cp) {
  if (cp >= 0x0410 && cp <= 0x042F) return cp + 0x20;  // А..Я
  if (cp >= 0x0400 && cp <= 0x040F) return cp + 0x50;  // Ѐ..Џ (Ё, Ў)
  if (cp >= 0x0460 && cp <= 0x04FF && cp % 2 == 0 && cp != 0x04C0) return cp + 1;  // Қ Ғ Ҳ
  return cp;
}

char32_t upperCyrillic(char32_t cp) {
  if (cp >= 0x0430 && cp <= 0x044F) return cp - 0x20;
  if (cp >= 0x0450 && cp <= 0x045F) return cp - 0x50;
  if (cp >= 0x0461 && cp <= 0x04FF && cp % 2 == 1 && cp != 0x04CF) return cp - 1;
  return cp;
}

bool isUpper(char32_t cp) {
  if (cp >= U'A' && cp <= U'Z') return true;
  if (cp >= 0x00C0 && cp <= 0x00DE && cp != 0x00D7) return true;
  if (cp >= 0x0100 && cp <= 0x017F) return cp % 2 == 0;
  return isCyrillic(cp) && lowerCyrillic(cp) != cp;
}

bool isLetter(char32_t cp) {
  return isAsciiLetter(cp) || (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) ||
         (isCyrillic(cp) && (lowerCyrillic(cp) != cp || upperCyrillic(cp) != cp));
}

}  // namespace mws::core::utf8
