#pragma once
// Internal: decoding and encoding UTF-8 for the transliteration tables.

#include <string>
#include <string_view>

namespace mws::core::utf8 {

// Invalid bytes decode to U+FFFD.
std::u32string decode(std::string_view text);
std::string encode(std::u32string_view text);
void append(std::string& out, char32_t cp);

bool isApostrophe(char32_t cp);     // ' ` ´ ʻ ʼ ‘ ’ ʹ
bool isCyrillic(char32_t cp);       // U+0400..U+04FF
bool isAsciiLetter(char32_t cp);
char32_t lowerCyrillic(char32_t cp);  // returns cp when not an upper-case Cyrillic letter
char32_t upperCyrillic(char32_t cp);
bool isUpper(char32_t cp);          // ASCII, Latin-1 and Cyrillic capitals
bool isLetter(char32_t cp);         // ASCII, Latin-1/Extended-A and Cyrillic letters

}  // namespace mws::core::utf8
