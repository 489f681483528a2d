// Random valid MRZ text for the generator: fields drawn at random, check digits computed
// from the core's layout tables.
#include "mws/document/mrz_sample_generator.hpp"

namespace mws::document {
namespace {

using core::MrzFieldKind;

const char* const kCountries[] = {"UZB", "UTO", "D<<", "FRA", "RUS", "KAZ", "TUR", "USA",
                                  "GBR", "CHN", "IND", "KOR", "XXA", "TJK", "KGZ", "AFG"};

char pick(std::mt19937& rng, std::string_view from) {
  return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)];
}

int uniform(std::mt19937& rng, int low, int high) {
  return std::uniform_int_distribution<int>(low, high)(rng);
}

std::string word(std::mt19937& rng, int low, int high) {
  std::string out;
  for (int i = uniform(rng, low, high); i > 0; --i) out += pick(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  return out;
}

std::string nameField(std::mt19937& rng, int length) {
  std::string name = word(rng, 3, 12);
  if (uniform(rng, 0, 3) == 0) name.append("<").append(word(rng, 3, 8));
  name.append("<<").append(word(rng, 3, 10));
  if (uniform(rng, 0, 1) == 0) name.append("<").append(word(rng, 3, 9));
  name.resize(static_cast<std::size_t>(length), '<');
  return name;
}

std::string dateField(std::mt19937& rng, bool birth) {
  char text[8];
  std::snprintf(text, sizeof text, "%02d%02d%02d", birth ? uniform(rng, 0, 99) : uniform(rng, 20, 40),
                uniform(rng, 1, 12), uniform(rng, 1, 28));
  return text;
}

std::string alnum(std::mt19937& rng, int length, int fillerFrom) {
  std::string out;
  for (int i = 0; i < length; ++i) {
    out += i >= fillerFrom ? '<' : pick(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
  }
  return out;
}

std::string fieldText(const core::MrzFieldSpec& field, core::MrzFormat format, std::mt19937& rng) {
  const bool visa = format == core::MrzFormat::MrvA || format == core::MrzFormat::MrvB;
  switch (field.kind) {
    case MrzFieldKind::DocumentCode:
      if (visa) return "V<";
      if (format == core::MrzFormat::Td3) return "P<";
      return std::string{pick(rng, "IAC"), pick(rng, "<<D")};
    case MrzFieldKind::Country: return kCountries[uniform(rng, 0, 15)];
    case MrzFieldKind::Name: return nameField(rng, field.length);
    case MrzFieldKind::DocumentNumber: return alnum(rng, field.length, uniform(rng, 7, 9));
    case MrzFieldKind::Date: return dateField(rng, field.name == "birth_date");
    case MrzFieldKind::Sex: return std::string(1, pick(rng, "MFF<"));
    case MrzFieldKind::Optional:
      return alnum(rng, field.length, uniform(rng, 0, field.length));
    case MrzFieldKind::Check: break;
  }
  return std::string(static_cast<std::size_t>(field.length), '<');
}

}  // namespace

std::vector<std::string> randomMrzLines(core::MrzFormat format, std::mt19937& rng) {
  const auto& layout = core::mrzLayout(format);
  std::vector<std::string> lines(static_cast<std::size_t>(layout.lines),
                                 std::string(static_cast<std::size_t>(layout.lineLength), '<'));
  for (const auto& field : layout.fields) {
    const std::string text = fieldText(field, format, rng);
    auto& line = lines[static_cast<std::size_t>(field.line)];
    line.replace(static_cast<std::size_t>(field.start), text.size(), text);
    if (field.checkAt) {
      const bool blank = field.kind == MrzFieldKind::Optional &&
                         text.find_first_not_of('<') == std::string::npos;
      line[static_cast<std::size_t>(*field.checkAt)] = blank ? '<' : *core::mrzCheckDigit(text);
    }
  }
  if (layout.compositeAt) {
    std::string covered;
    for (const auto& span : layout.composite) {
      covered += lines[static_cast<std::size_t>(span.line)].substr(
          static_cast<std::size_t>(span.start), static_cast<std::size_t>(span.length));
    }
    lines[static_cast<std::size_t>(layout.compositeAt->line)]
         [static_cast<std::size_t>(layout.compositeAt->start)] = *core::mrzCheckDigit(covered);
  }
  return lines;
}

}  // namespace mws::document
