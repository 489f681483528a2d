#pragma once
// The fields the officer fills for each service of DESIGN §2, in form order, and the two
// ways between the typed texts and the case payload. A field's key is the member path of the
// payload codec ("address.street", "period.from"), so a field's error names the same path the
// core's codec and rules use. The UI words the keys; the presenter keeps the texts.

#include <map>
#include <string>
#include <vector>

#include "mws/core/domain/case_payloads.hpp"
#include "mws/core/domain/person.hpp"
#include "mws/core/domain/reference_data.hpp"
#include "mws/core/result.hpp"

namespace mws::presenter {

enum class FieldKind {
  Text,    // free text
  Date,    // YYYY-MM-DD
  Flag,    // "true" / "false"
  Choice,  // one of `choices` (the core's enum texts)
  Number,  // digits (a person id)
};

struct FormField {
  std::string key;
  FieldKind kind = FieldKind::Text;
  std::vector<std::string> choices;
  bool required = true;
};

using FieldValues = std::map<std::string, std::string>;

// The service's fields, in the order the form shows them.
const std::vector<FormField>& formFields(core::ServiceCode service);

// The payload the texts describe. A text that does not parse (a date "2026-13-01", a choice
// not in the list) is "form.field_invalid" (params field, kind); an empty required one
// "form.field_missing" (params field). Fields not in `values` keep the payload's defaults.
core::Result<core::CasePayload> buildPayload(core::ServiceCode service, const FieldValues& values);

// The texts of a payload's fields (the inverse of buildPayload).
FieldValues fieldValues(const core::CasePayload& payload);

// What the form starts with for this person on `today`: the visa a stay or an extension rests
// on, a period within it, today's date where one is asked for.
FieldValues defaultValues(core::ServiceCode service, const core::Person& person,
                          const core::ReferenceData& reference, const core::CivilDate& today);

// Whether the service takes a photo and fingerprints (reference data: minFingerprints > 0,
// and the services whose payload carries biometrics: ID_CARD, STATELESS_TRAVEL_DOC).
bool needsBiometrics(core::ServiceCode service, const core::ReferenceData& reference);
int requiredFingerprints(core::ServiceCode service, const core::ReferenceData& reference);

// Puts the photo's and the fingerprints' blob hashes into a payload that carries biometrics.
void attachBiometrics(core::CasePayload& payload, const std::string& photoSha256,
                      const std::vector<std::string>& fingerprintSha256);

}  // namespace mws::presenter
