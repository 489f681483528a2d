// English for the codes the domain core and the repositories return (IT and scripts read
// them; the UI words the same codes itself through gettext).
#include <string_view>
#include <utility>

#include "messages.hpp"

namespace mws::cli {
namespace {

constexpr std::pair<std::string_view, std::string_view> kTexts[] = {
    // Persons, documents, visas, addresses, organisations.
    {"date.format", "a date is written YYYY-MM-DD"},
    {"date.invalid", "that date does not exist"},
    {"person.name_missing", "the person's surname and given name are missing"},
    {"person.birth_date_future", "the birth date is in the future"},
    {"person.citizenship_unknown",
     "the citizenship is not a known country code (ISO 3166 alpha-3)"},
    {"person.status_citizenship",
     "the status does not fit the citizenship (citizens hold UZB, stateless persons XXA)"},
    {"person.personal_number_format",
     "a personal number has 14 digits, starting with century/sex and DDMMYY"},
    {"person.personal_number_mismatch",
     "the personal number does not agree with the birth date and sex"},
    {"person.not_found", "no such person"},
    {"person.duplicate_document", "another person holds that document already"},
    {"person.duplicate_personal_number", "another person has that personal number already"},
    {"person.invalid", "the database refused the person's record"},
    {"document.number_format", "a document number is 1-20 upper-case letters and digits"},
    {"document.series_format", "the document series is not well formed"},
    {"document.country", "the issuing state is not a known country code"},
    {"document.dates", "the document expires before it was issued"},
    {"visa.number_missing", "the visa number is missing"},
    {"visa.dates", "the visa ends before it starts"},
    {"address.field_missing", "the address is incomplete"},
    {"host.person_missing", "the host (owner) is not a person on record"},
    {"host.tax_id", "the host organisation's tax id must have 9 digits"},
    {"host.name_missing", "the host organisation's name is missing"},
    {"host.consent_missing", "the host has not consented to the stay registration"},
    {"employer.tax_id", "the employer's tax id must have 9 digits"},
    {"employer.name_missing", "the employer's name is missing"},
    {"university.tax_id", "the university's tax id must have 9 digits"},
    {"university.name_missing", "the university's name is missing"},
    {"dormitory.name_missing", "the dormitory's name is missing"},
    {"dormitory.tax_id", "the dormitory owner's tax id must have 9 digits"},
    // Payloads.
    {"payload.malformed", "the payload is not a JSON object"},
    {"payload.unknown_service", "the payload names a service that does not exist"},
    {"payload.field_invalid", "a payload field is missing or invalid"},
    // Services and the case life cycle.
    {"service.not_in_catalogue", "the service is not in this unit's service catalogue"},
    {"service.not_yet_effective", "the service is not yet in force on the filing date"},
    {"service.channel_not_available", "the service cannot be filed through that channel yet"},
    {"service.status_not_eligible", "the service is not for a person of this status"},
    {"case.bad_id", "a case id is a UUID version 4"},
    {"case.not_found", "no such case"},
    {"case.exists", "a case with that id exists already"},
    {"case.service_mismatch", "the new payload is for another service than the case"},
    {"case.actor_inactive", "the account is disabled"},
    {"case.role_not_allowed", "this role does not handle cases"},
    {"case.supervisor_required", "only a supervisor may take this step"},
    {"case.four_eyes", "whoever opened or submitted a case may not review or approve it"},
    {"case.wrong_unit", "the case belongs to another unit"},
    {"case.reason_required", "this step needs a reason (--reason)"},
    {"case.illegal_transition", "that step is not allowed in the case's present state"},
    {"case.concurrent_update", "someone else changed the case meanwhile; load it again"},
    {"case.reference_missing", "an actor, unit or person of the case does not exist"},
    {"case.invalid", "the database refused the case"},
    // Fees.
    {"fee.not_in_table", "the fee table has no fee for this service on that date"},
    {"fee.no_bcu_value", "no value of the base calculation unit applies on that date"},
    // Registrations.
    {"stay_reg.period_order", "the stay ends before it starts"},
    {"stay_reg.period_too_long", "the stay registration is longer than allowed"},
    {"stay_reg.basis_not_found", "the person holds no such visa or residence permit"},
    {"stay_reg.outside_basis_validity",
     "the stay lies outside the validity of the visa or residence permit"},
    {"stay_cancel.registration_not_found", "the stay registration to cancel does not exist"},
    {"stay_cancel.registration_not_active",
     "the stay registration is not issued and in force for this person"},
    {"stay_cancel.requester_not_entitled",
     "only the owner or the registered person may request the cancellation"},
    {"stay_cancel.requester_identity_missing", "the requester's identity document is missing"},
    {"residence_reg.already_registered",
     "the person already has a residence registration in force"},
    {"residence_reg.replaced_not_active", "the registration to replace is not in force"},
    {"student_reg.incomplete", "the registration and the dormitory contract must both be given"},
    {"student_reg.contract_number_missing", "the dormitory contract's number is missing"},
    {"student_reg.enrolment_missing", "the enrolment number is missing"},
    {"student_reg.period_order", "a period ends before it starts"},
    {"student_reg.period_too_long", "the student registration is longer than allowed"},
    {"student_reg.outside_contract", "the registration lies outside the dormitory contract"},
    {"student_reg.outside_visa", "the registration lies outside the student's visa"},
    {"student_reg.visa_not_found", "the person holds no such visa"},
    // Visas and work.
    {"evisa_ext.visa_not_found", "the person holds no such visa"},
    {"evisa_ext.not_evisa", "the visa is not an electronic visa"},
    {"evisa_ext.visa_not_valid", "the electronic visa is not valid on the filing date"},
    {"evisa_ext.already_extended", "the electronic visa has been extended already (once only)"},
    {"evisa_ext.not_later", "the new last day is not later than the visa's present one"},
    {"evisa_ext.too_long", "the extension is longer than allowed"},
    {"visa_ext.visa_not_found", "the person holds no such visa"},
    {"visa_ext.is_evisa", "electronic visas are extended with EVISA_EXT"},
    {"visa_ext.visa_not_valid", "the visa is not valid on the filing date"},
    {"visa_ext.not_later", "the new last day is not later than the visa's present one"},
    {"visa_ext.too_long", "the extension is longer than allowed"},
    {"visa_ext.organisation_tax_id", "the paying organisation's tax id must have 9 digits"},
    {"visa_ext.organisation_missing", "the paying organisation's name is missing"},
    {"visa_ext.contract_missing", "the on-site service contract's number is missing"},
    {"work_confirm.employer_tax_id", "the employer's tax id must have 9 digits"},
    {"work_confirm.position_missing", "the position is missing"},
    {"work_confirm.period_order", "the work period ends before it starts"},
    {"work_confirm.period_too_long", "the work period is longer than allowed"},
    // Documents and status.
    {"id_card.photo_missing", "the photo is missing"},
    {"id_card.fingerprints_missing", "fingerprints are missing"},
    {"id_card.not_first_issuance",
     "the person holds an ID card already; this is no first issuance"},
    {"id_card.no_previous_card", "the person holds no ID card to replace"},
    {"stateless_travel_doc.photo_missing", "the photo is missing"},
    {"stateless_travel_doc.fingerprints_missing", "fingerprints are missing"},
    {"compatriot_invite.no_compatriot", "the invitation names no compatriot"},
    {"compatriot_invite.invitee_name_missing", "an invitee's name is missing"},
    {"compatriot_invite.invitee_citizenship", "an invitee's citizenship is unknown or Uzbek"},
    {"compatriot_invite.invitee_birth_date", "an invitee's birth date is in the future"},
    {"compatriot_invite.period_order", "the intended stay ends before it starts"},
    {"permanent_residence.basis_missing", "the basis document is missing"},
    {"permanent_residence.residing_since_future", "the residence start date is in the future"},
    // Accounts and sign-in.
    {"auth.bad_credentials", "wrong login or password"},
    {"auth.account_disabled", "the account is disabled"},
};

}  // namespace

const std::map<std::string, std::string>& domainTexts() {
  static const std::map<std::string, std::string> texts = [] {
    std::map<std::string, std::string> map;
    for (const auto& [code, text] : kTexts) map.emplace(code, text);
    return map;
  }();
  return texts;
}

}  // namespace mws::cli
