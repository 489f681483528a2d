#pragma once
// Latin <-> Cyrillic transliteration of names, UTF-8 in and out. The tables are written by
// hand from the official Uzbek Latin alphabet (1995, with oʻ gʻ sh ch ng and the tutuq
// belgisi ʼ) and from ICAO Doc 9303 part 3 (Russian Cyrillic in machine readable
// passports). No outside library; characters outside the tables pass through unchanged.

#include <string>
#include <string_view>

namespace mws::core {

enum class Script { None, Latin, Cyrillic, Mixed };

// Which alphabets the letters of `text` belong to.
Script detectScript(std::string_view text);

// Uzbek Latin -> Uzbek Cyrillic: "Oʻgʻiloy" -> "Ўғилой", "Shoxrux" -> "Шохрух",
// "Yoqubov" -> "Ёқубов". Accepts oʻ/gʻ written with ʻ ' ’ ‘ ` or ʼ; "e" is "э" at the start
// of a word and after a vowel; "ye" -> "е", "ts" -> "ц"; a lone apostrophe -> "ъ".
std::string uzbekLatinToCyrillic(std::string_view text);

// Uzbek Cyrillic -> Uzbek Latin: "Ўғилой" -> "Oʻgʻiloy" (with U+02BB), "Ерғаш" -> "Yergash".
// Russian-only letters are mapped as Uzbek writes them (щ -> sh, ы -> i, ь dropped).
// A capital digraph stays capitalised by word: "Шароф" -> "Sharof", "ШАРОФ" -> "SHAROF".
std::string uzbekCyrillicToLatin(std::string_view text);

// Russian Cyrillic -> Latin as ICAO 9303 prescribes for passports: "Юрий" -> "Iurii",
// "Щукин" -> "Shchukin", "Хабибуллин" -> "Khabibullin"; ъ -> "ie", ь omitted.
std::string russianToLatinIcao(std::string_view text);

// The search key of a name in any script: Cyrillic goes through uzbekCyrillicToLatin, then
// upper-case ASCII Latin, diacritics folded (é -> E, ş -> S), apostrophes removed, hyphens
// and runs of white space collapsed to one space, trimmed, other symbols dropped.
// "Karimov", "Каримов", "KARIMOV" and " Karimov " all give "KARIMOV".
std::string normaliseName(std::string_view text);

}  // namespace mws::core
