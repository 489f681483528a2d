#include "mws/core/mrz/mrz_resolver.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mws::core {
namespace {

bool allowed(MrzCharClass cls, char c) {
  const bool digit = c >= '0' && c <= '9';
  switch (cls) {
    case MrzCharClass::Alpha: return !digit;
    case MrzCharClass::Digit: return digit;
    case MrzCharClass::DigitOrFiller: return digit || c == '<';
    case MrzCharClass::Sex: return c == 'M' || c == 'F' || c == 'X' || c == '<';
    case MrzCharClass::AlphaNumeric: return true;
  }
  return true;
}

struct Position {
  int line;
  int column;
};

class Resolver {
public:
  Resolver(MrzFormat format, const std::vector<std::vector<MrzCharScores>>& scores,
           const std::set<std::string>& countries)
      : m_format(format), m_scores(scores), m_countries(countries), m_layout(mrzLayout(format)) {}

  MrzResolution run() {
    chooseBest();
    for (const auto& field : m_layout.fields) {
      if (field.kind == MrzFieldKind::Country) fixCountry(field);
      if (field.kind == MrzFieldKind::Name) fillNameEnd(field);
      if (field.checkAt && !longNumber(field)) {
        fixCheck(spansOf(field), {field.line, *field.checkAt}, field.kind == MrzFieldKind::Date);
      }
    }
    if (m_layout.compositeAt) {
      fixCheck(m_layout.composite, {m_layout.compositeAt->line, m_layout.compositeAt->start}, false);
    }
    return finish();
  }

private:
  float prob(Position at, char c) const {
    const auto index = kMrzClasses.find(c);
    return m_scores[static_cast<std::size_t>(at.line)][static_cast<std::size_t>(at.column)]
        .p[index];
  }
  char& chosen(Position at) {
    return m_result.lines[static_cast<std::size_t>(at.line)][static_cast<std::size_t>(at.column)];
  }
  MrzCharClass cls(Position at) const { return mrzCharClass(m_format, at.line, at.column); }
  double cost(Position at, char c) const {
    return -std::log(std::max(prob(at, c), 1e-6f));
  }

  // The first letter of the document code the format admits (as the parser checks it),
  // when the recogniser offered one.
  bool admitted(Position at, char k) const {
    if (at.line != 0 || at.column != 0) return true;
    const std::string_view letters = m_format == MrzFormat::Td3 ? "P"
        : (m_format == MrzFormat::MrvA || m_format == MrzFormat::MrvB) ? "V" : "ACI";
    float offered = 0;
    for (char l : letters) offered = std::max(offered, prob(at, l));
    return offered < 0.02f || letters.find(k) != std::string_view::npos;
  }

  void chooseBest() {
    for (std::size_t l = 0; l < m_scores.size(); ++l) {
      std::string line;
      for (std::size_t c = 0; c < m_scores[l].size(); ++c) {
        const Position at{static_cast<int>(l), static_cast<int>(c)};
        char best = 0;
        for (char k : kMrzClasses) {
          if (!allowed(cls(at), k) || !admitted(at, k)) continue;
          if (best == 0 || prob(at, k) > prob(at, best)) best = k;
        }
        line.push_back(best);
      }
      m_result.lines.push_back(line);
    }
  }

  // TD1/TD2 numbers longer than 9 characters: their check sits in the optional data.
  bool longNumber(const MrzFieldSpec& field) {
    return field.kind == MrzFieldKind::DocumentNumber &&
           (m_format == MrzFormat::Td1 || m_format == MrzFormat::Td2) &&
           chosen({field.line, *field.checkAt}) == '<';
  }

  static std::vector<MrzSpan> spansOf(const MrzFieldSpec& field) {
    return {{field.line, field.start, field.length}};
  }

  std::string textOf(const std::vector<MrzSpan>& spans) {
    std::string text;
    for (const auto& s : spans) {
      text += m_result.lines[static_cast<std::size_t>(s.line)].substr(
          static_cast<std::size_t>(s.start), static_cast<std::size_t>(s.length));
    }
    return text;
  }

  bool passes(const std::vector<MrzSpan>& spans, Position check) {
    const char found = chosen(check);
    const std::string text = textOf(spans);
    if (found == '<' && text.find_first_not_of('<') == std::string::npos) return true;
    return mrzCheckDigit(text) == found;
  }

  // A date's month 01–12 and day 01–31 (its digits alone, as the check digit sees them).
  static bool plausibleDate(const std::string& text) {
    if (text.size() != 6 || text.find_first_not_of("0123456789") != std::string::npos) return false;
    const int month = std::stoi(text.substr(2, 2)), day = std::stoi(text.substr(4, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }
  bool holds(const std::vector<MrzSpan>& spans, Position check, bool date) {
    return passes(spans, check) && (!date || plausibleDate(textOf(spans)));
  }
  std::vector<std::pair<Position, char>> alternatives(const std::vector<MrzSpan>& spans,
                                                      Position check);
  void fixCheck(const std::vector<MrzSpan>& spans, Position check, bool date);
  void fixPair(const std::vector<MrzSpan>& spans, Position check);
  void fixCountry(const MrzFieldSpec& field);
  void fillNameEnd(const MrzFieldSpec& field);
  MrzResolution finish();
  void rateFields();

  MrzFormat m_format;
  const std::vector<std::vector<MrzCharScores>>& m_scores;
  const std::set<std::string>& m_countries;
  const MrzLayout& m_layout;
  MrzResolution m_result;
};

// Every other character the recogniser offered (2 % or more) for the field and its check.
std::vector<std::pair<Position, char>> Resolver::alternatives(const std::vector<MrzSpan>& spans,
                                                              Position check) {
  std::vector<Position> positions{check};
  for (const auto& s : spans) {
    for (int c = 0; c < s.length; ++c) positions.push_back({s.line, s.start + c});
  }
  std::vector<std::pair<Position, char>> offered;
  for (const auto& at : positions) {
    for (char k : kMrzClasses) {
      if (k != chosen(at) && allowed(cls(at), k) && prob(at, k) >= 0.02f) offered.push_back({at, k});
    }
  }
  return offered;
}

// The cheapest single change among the offered alternatives that makes the check pass (and,
// for a date, gives a real month and day); for a date, else the cheapest pair of changes.
void Resolver::fixCheck(const std::vector<MrzSpan>& spans, Position check, bool date) {
  if (holds(spans, check, date)) return;
  double bestCost = std::numeric_limits<double>::max();
  Position bestAt{-1, -1};
  char bestChar = 0;
  for (const auto& [at, k] : alternatives(spans, check)) {
    const char original = chosen(at);
    chosen(at) = k;
    const double delta = cost(at, k) - cost(at, original);
    if (holds(spans, check, date) && delta < bestCost) {
      bestCost = delta;
      bestAt = at;
      bestChar = k;
    }
    chosen(at) = original;
  }
  if (bestAt.line >= 0) {
    chosen(bestAt) = bestChar;
    ++m_result.substitutions;
  } else if (date) {
    fixPair(spans, check);
  }
}

// Two misread digits can keep a date's check digit right (7·Δ + 3·Δ' ≡ 0 mod 10) yet make
// no date: only then are pairs tried, and only among the offered alternatives.
void Resolver::fixPair(const std::vector<MrzSpan>& spans, Position check) {
  const auto offered = alternatives(spans, check);
  double bestCost = std::numeric_limits<double>::max();
  std::size_t bestI = 0, bestJ = 0;
  for (std::size_t i = 0; i < offered.size(); ++i) {
    for (std::size_t j = i + 1; j < offered.size(); ++j) {
      const auto& [a, ka] = offered[i];
      const auto& [b, kb] = offered[j];
      if (a.line == b.line && a.column == b.column) continue;
      const char oa = chosen(a), ob = chosen(b);
      chosen(a) = ka, chosen(b) = kb;
      const double delta = cost(a, ka) - cost(a, oa) + cost(b, kb) - cost(b, ob);
      if (holds(spans, check, true) && delta < bestCost) bestCost = delta, bestI = i, bestJ = j;
      chosen(a) = oa, chosen(b) = ob;
    }
  }
  if (bestCost == std::numeric_limits<double>::max()) return;
  for (std::size_t k : {bestI, bestJ}) chosen(offered[k].first) = offered[k].second;
  m_result.substitutions += 2;
}

void Resolver::fixCountry(const MrzFieldSpec& field) {
  auto code = [&] {
    std::string text = textOf(spansOf(field));
    while (!text.empty() && text.back() == '<') text.pop_back();
    return text;
  };
  if (m_countries.contains(code())) return;
  double bestCost = std::numeric_limits<double>::max();
  Position bestAt{-1, -1};
  char bestChar = 0;
  for (int c = 0; c < field.length; ++c) {
    const Position at{field.line, field.start + c};
    const char original = chosen(at);
    for (char k : kMrzClasses) {
      if (k == original || !allowed(cls(at), k) || prob(at, k) < 0.02f) continue;
      chosen(at) = k;
      const double delta = cost(at, k) - cost(at, original);
      if (m_countries.contains(code()) && delta < bestCost) {
        bestCost = delta;
        bestAt = at;
        bestChar = k;
      }
    }
    chosen(at) = original;
  }
  if (bestAt.line >= 0) {
    chosen(bestAt) = bestChar;
    ++m_result.substitutions;
  }
}

// A name's parts are joined by one '<' and surname and given names by two, so after three
// '<' the field is filler to its end: a letter read there is taken as '<' when '<' was
// offered for it (the tips of a neighbouring chevron read as a K's stem, say).
void Resolver::fillNameEnd(const MrzFieldSpec& field) {
  const std::string text = textOf(spansOf(field));
  const auto run = text.find("<<<");
  if (run == std::string::npos) return;
  for (int c = field.start + static_cast<int>(run) + 3; c < field.start + field.length; ++c) {
    const Position at{field.line, c};
    if (chosen(at) != '<' && prob(at, '<') >= 0.02f) {
      chosen(at) = '<';
      ++m_result.substitutions;
    }
  }
}

MrzResolution Resolver::finish() {
  for (std::size_t l = 0; l < m_result.lines.size(); ++l) {
    std::vector<float> line;
    float least = 1.0f;
    for (std::size_t c = 0; c < m_result.lines[l].size(); ++c) {
      const Position at{static_cast<int>(l), static_cast<int>(c)};
      float total = 0;
      for (char k : kMrzClasses) total += allowed(cls(at), k) ? prob(at, k) : 0.0f;
      const float confidence = total > 0 ? prob(at, chosen(at)) / total : 0.0f;
      line.push_back(confidence);
      least = std::min(least, confidence);
    }
    m_result.confidence.push_back(std::move(line));
    m_result.lineConfidence.push_back(least);
  }
  rateFields();
  return std::move(m_result);
}

void Resolver::rateFields() {
  for (const auto& field : m_layout.fields) {
    float least = 1.0f;
    const auto& line = m_result.confidence[static_cast<std::size_t>(field.line)];
    for (int c = field.start; c < field.start + field.length; ++c) {
      least = std::min(least, line[static_cast<std::size_t>(c)]);
    }
    if (field.checkAt) least = std::min(least, line[static_cast<std::size_t>(*field.checkAt)]);
    const bool low = least < kMrzLowConfidence;
    m_result.fields.push_back({std::string(field.name), least, low});
    m_result.lowConfidence = m_result.lowConfidence || low;
  }
}

}  // namespace

MrzResolution resolveMrz(MrzFormat format, const std::vector<std::vector<MrzCharScores>>& scores,
                         const std::set<std::string>& countries) {
  return Resolver(format, scores, countries).run();
}

}  // namespace mws::core
