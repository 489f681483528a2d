#pragma once
// Choosing an MRZ's characters from a recogniser's alternatives with the zone's own rules:
// digits where only digits may stand, '<' fillers, real country codes, and check digits.
// A reading is only ever moved to another alternative the recogniser offered.

#include <array>
#include <set>
#include <string>
#include <vector>

#include "mws/core/mrz/mrz_layout.hpp"

namespace mws::core {

// Class order of MrzCharScores: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<".
inline constexpr std::string_view kMrzClasses = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<";

// The recogniser's probability of each class at one position (need not sum to 1).
struct MrzCharScores {
  std::array<float, 37> p{};
};

// Below this, a character's confidence marks its field as low-confidence: the check digits
// may pass and the field still be misread (names and optional data carry no check at all).
inline constexpr float kMrzLowConfidence = 0.5f;

// The least confident character of one field of the layout.
struct MrzFieldConfidence {
  std::string name;  // the layout's field name: "surname_and_given_names", "optional_data", ...
  float confidence = 1.0f;
  bool low = false;  // confidence < kMrzLowConfidence: have an officer confirm it
};

struct MrzResolution {
  std::vector<std::string> lines;
  std::vector<std::vector<float>> confidence;  // per character, 0–1
  std::vector<float> lineConfidence;           // the least confident character of the line
  int substitutions = 0;  // characters moved off the recogniser's first choice by a check
  std::vector<MrzFieldConfidence> fields;  // one per field of the layout
  bool lowConfidence = false;  // some field is low: "checks pass" does not mean "read right"
};

// `scores` holds one row per line, one entry per character; it must match the format's shape.
MrzResolution resolveMrz(MrzFormat format, const std::vector<std::vector<MrzCharScores>>& scores,
                         const std::set<std::string>& countries);

}  // namespace mws::core
