#pragma once
// Name pools of the peoples a migration unit meets, and the generation of both name forms
// through the core's transliteration. Names are combinations drawn from common given names
// and surnames, never records of real people.

#include <string_view>

#include "mws/core/domain/person.hpp"
#include "random.hpp"

namespace mws::demo {

enum class NameOrigin { Uzbek, Russian, Kazakh, Tajik, Koryo, Korean, Chinese, Turkish, Indian };

struct GeneratedNames {
  core::PersonName latin;
  core::PersonName cyrillic;
};

// Both forms, title case. Names written natively in Cyrillic get their Latin form by the
// Uzbek rules when the documents are Uzbek (uzbekDocuments), by ICAO 9303 otherwise; names
// written natively in Latin get their Cyrillic form from the pool or by the Uzbek rules.
GeneratedNames generateNames(NameOrigin origin, core::Sex sex, bool uzbekDocuments, Random& rng);

// The country a foreigner of this origin most likely holds a passport of (alpha-3).
std::string_view originCountry(NameOrigin origin);

}  // namespace mws::demo
