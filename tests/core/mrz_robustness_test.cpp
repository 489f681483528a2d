// The parser's no-crash property in the normal suite (the libFuzzer target in tests/fuzz
// explores further): 100,000 random and mutated zones give a document or an Error.
#include <boost/test/unit_test.hpp>

#include <random>

#include "mws/core/mrz/mrz.hpp"

using namespace mws::core;

namespace {

const std::vector<std::vector<std::string>> kSeeds{
    {"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"},
    {"I<UTOD23145890<7349<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
     "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"},
    {"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"},
    {"V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"}};

const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<";

// One seed with a few characters replaced, inserted or removed, or whole lines shuffled.
std::vector<std::string> mutate(std::mt19937& rng) {
  auto lines = kSeeds[rng() % kSeeds.size()];
  const int edits = 1 + static_cast<int>(rng() % 4);
  for (int e = 0; e < edits; ++e) {
    auto& line = lines[rng() % lines.size()];
    const std::size_t at = line.empty() ? 0 : rng() % line.size();
    const char c = rng() % 20 == 0 ? static_cast<char>(rng() % 256) : kAlphabet[rng() % kAlphabet.size()];
    switch (rng() % 8) {
      case 0: line.insert(line.begin() + static_cast<long>(at), c); break;
      case 1: if (!line.empty()) line.erase(at, 1); break;
      case 2: lines.push_back(line); break;
      case 3: if (lines.size() > 1) lines.pop_back(); break;
      default: if (!line.empty()) line[at] = c;
    }
  }
  return lines;
}

std::vector<std::string> randomLines(std::mt19937& rng) {
  static const int kLengths[] = {30, 36, 44};
  std::vector<std::string> lines(2 + rng() % 2);
  const int length = kLengths[rng() % 3];
  for (auto& line : lines) {
    for (int i = 0; i < length; ++i) line.push_back(kAlphabet[rng() % kAlphabet.size()]);
  }
  return lines;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_hundred_thousand_mangled_zones_never_crash_the_parser) {
  std::mt19937 rng(20261121);
  const MrzParseOptions options{*CivilDate::make(2026, 11, 21), nullptr};
  int parsed = 0, refused = 0, valid = 0;
  for (int i = 0; i < 100000; ++i) {
    const auto lines = i % 2 == 0 ? mutate(rng) : randomLines(rng);
    auto doc = parseMrz(lines, options);
    if (!doc) {
      ++refused;
      BOOST_REQUIRE(!doc.error().code.empty());
      continue;
    }
    ++parsed;
    valid += doc->valid() ? 1 : 0;
    BOOST_REQUIRE(!doc->checks.empty());
    for (const auto& check : doc->checks) {
      BOOST_REQUIRE(check.column >= 0 && check.column < static_cast<int>(lines[0].size()) + 2);
    }
  }
  BOOST_TEST(parsed > 30000);  // every random zone has a valid shape
  BOOST_TEST(refused > 1000);
  BOOST_TEST(valid < parsed / 10);  // mangled zones almost never pass every check
}
