// words::rule and words::error: the rule catalogue and the refusals of the case pages.
#include <wx/intl.h>

#include <map>

#include "case_words.hpp"
#include "mws/core/domain/rules.hpp"
#include "mws/ui/login_frame.hpp"

namespace mws::ui::words {
namespace {

// The catalogue's English sentences, marked here so that the catalogues translate them;
// rule() looks the core's own text up, so a changed sentence falls back to English.
[[maybe_unused]] const char* const kRuleSentences[] = {
    wxTRANSLATE("A case filed before its service's effective date is refused."),
    wxTRANSLATE("Filing through the portal is accepted only from the date reference data sets."),
    wxTRANSLATE("The applicant's status must be one the service is for."),
    wxTRANSLATE("The person and the service's fields must be complete and well formed."),
    wxTRANSLATE("Four-eyes: whoever opened or submitted a case never reviews or approves it."),
    wxTRANSLATE("Only officers and supervisors handle cases; review and decisions are for supervisors."),
    wxTRANSLATE("A case is changed only by users of the unit that opened it."),
    wxTRANSLATE("Rejecting, returning and cancelling a case need a reason."),
    wxTRANSLATE("Only the steps of the case life cycle are allowed."),
    wxTRANSLATE("Fees come from the fee table in base calculation units, valued at the case date."),
    wxTRANSLATE("A stay registration lies inside the validity of its visa or residence permit."),
    wxTRANSLATE("The host (owner, hotel or institution) consents to the stay registration."),
    wxTRANSLATE("A stay registration lasts no longer than the reference data allows."),
    wxTRANSLATE("Only the owner or the registered person may request a cancellation."),
    wxTRANSLATE("Only an issued stay registration in force can be cancelled."),
    wxTRANSLATE("The requester's identity document is recorded."),
    wxTRANSLATE("A person has at most one active registration at a place of residence."),
    wxTRANSLATE("An electronic visa is extended once only."),
    wxTRANSLATE("An electronic visa is extended by at most the days reference data allows (30)."),
    wxTRANSLATE("Only a visa of the electronic kind is extended by this service."),
    wxTRANSLATE("An electronic visa is extended only while it is valid."),
    wxTRANSLATE("An on-site visa extension is paid by the organisation under a contract."),
    wxTRANSLATE("Electronic visas are extended by EVISA_EXT, not by VISA_EXT."),
    wxTRANSLATE("A visa is extended only while valid and by at most the days reference data allows."),
    wxTRANSLATE("A work confirmation names the employer (tax id), the position and the period."),
    wxTRANSLATE("A work confirmation lasts no longer than the reference data allows."),
    wxTRANSLATE("The student registration and the dormitory contract are created together or not at all."),
    wxTRANSLATE("The registration lies inside the dormitory contract and the student's visa."),
    wxTRANSLATE("At first issuance the e-signature certificate is free and the person is registered in OneID."),
    wxTRANSLATE("An ID card application has a photo and the fingerprints reference data requires."),
    wxTRANSLATE("A first issuance is only for a citizen who holds no ID card yet."),
    wxTRANSLATE("A travel document application has a photo and the required fingerprints."),
    wxTRANSLATE("An invitation names at least one compatriot; invitees are not Uzbek citizens."),
    wxTRANSLATE("The intended stay has a start and an end in order."),
    wxTRANSLATE("A permanent residence application states its basis and the address."),
    wxTRANSLATE("The referenced person and documents exist in the unit's registers."),
};

const std::map<std::string, const char*>& refusalTexts() {
  static const std::map<std::string, const char*> texts{
      {"case.four_eyes", wxTRANSLATE("You opened or submitted this case yourself. Another supervisor has to decide it.")},
      {"case.reason_required", wxTRANSLATE("Write the reason: the applicant is told why.")},
      {"case.supervisor_required", wxTRANSLATE("Only a supervisor may take this decision.")},
      {"case.role_not_allowed", wxTRANSLATE("Your account may not work on cases.")},
      {"case.actor_inactive", wxTRANSLATE("Your account is disabled.")},
      {"case.wrong_unit", wxTRANSLATE("This case belongs to another unit; only that unit may change it.")},
      {"case.illegal_transition", wxTRANSLATE("The case is no longer in a state that allows this step. Reopen it to see its state.")},
      {"case.concurrent_update", wxTRANSLATE("Someone else changed this case a moment ago. It has been reloaded; look at it again.")},
      {"case.not_found", wxTRANSLATE("The case does not exist (any more).")},
      {"queue.ticket_open", wxTRANSLATE("Finish the called ticket first: mark it served or a no-show.")},
      // The same situation as the database sees it (another window of this counter called).
      {"queue.counter_busy", wxTRANSLATE("Finish the called ticket first: mark it served or a no-show.")},
      {"queue.no_ticket", wxTRANSLATE("No ticket is called at this counter.")},
      {"queue.not_found", wxTRANSLATE("The ticket does not exist.")},
      {"queue.bad_state", wxTRANSLATE("The ticket is already closed.")},
      {"queue.unavailable", wxTRANSLATE("The queue is not available on this workstation.")},
      {"search.unavailable", wxTRANSLATE("Search is not available on this workstation.")},
      {"review.unavailable", wxTRANSLATE("The review queue is not available on this workstation.")},
      {"dashboard.unavailable", wxTRANSLATE("The dashboard figures are not available on this workstation.")},
      {"case.unavailable", wxTRANSLATE("Cases are not available on this workstation.")},
      {"print.bad_photo", wxTRANSLATE("The portrait cannot be printed; the receipt was not made.")},
      {"print.failed", wxTRANSLATE("The receipt could not be made. Call IT support.")},
      {"print.bad_dpi", wxTRANSLATE("The receipt could not be made. Call IT support.")},
      {"print.printer_failed", wxTRANSLATE("The printer could not print the receipt. Check the printer, or save the receipt as PDF.")},
      {"storage.blob_not_found", wxTRANSLATE("The image is not on this workstation (yet).")},
      // The person rules of core validatePerson (person_checks.hpp).
      {"person.name_characters", wxTRANSLATE("A name holds only letters, spaces, hyphens, apostrophes and dots.")},
      {"person.name_script", wxTRANSLATE("Write the Latin name in Latin letters and the Cyrillic name in Cyrillic letters.")},
      {"person.name_length", wxTRANSLATE("A part of the name is longer than 64 letters.")},
      {"person.birth_date_future", wxTRANSLATE("The birth date lies in the future.")},
      {"person.date_range", wxTRANSLATE("A date lies outside 1900-01-01 to 2100-12-31: check the year.")},
      {"person.visa_number_format", wxTRANSLATE("A visa number is 1 to 20 capital letters and digits.")},
      {"visa.dates", wxTRANSLATE("The visa ends before it starts.")},
      {"input.control_character", wxTRANSLATE("A field holds a tab or a line break: remove it.")},
      {"input.invalid_utf8", wxTRANSLATE("A field holds characters that are not text: type it again.")},
      {"input.nul", wxTRANSLATE("A field holds characters that are not text: type it again.")},
      {"input.too_long", wxTRANSLATE("A field is too long: shorten it.")},
      {"image.too_large", wxTRANSLATE("The image is too large to open.")},
  };
  return texts;
}

}  // namespace

wxString rule(const std::string& id) {
  const core::RuleInfo* info = core::findRule(id);
  if (info == nullptr) return utf8(id);
  return wxGetTranslation(utf8(std::string(info->description)));
}

wxString error(const core::Error& error) {
  auto rulePar = error.params.find("rule");
  const wxString cite =
      rulePar == error.params.end() ? wxString() : wxString::Format(_(" (rule %s)"), utf8(rulePar->second));
  auto it = refusalTexts().find(error.code);
  if (it != refusalTexts().end()) return wxGetTranslation(it->second) + cite;
  wxString general = describeError(error);
  if (rulePar != error.params.end() && general.Contains(utf8(error.code))) {
    return wxString::Format(_("Refused: %s"), rule(rulePar->second)) + cite;
  }
  return general + cite;
}

}  // namespace mws::ui::words
