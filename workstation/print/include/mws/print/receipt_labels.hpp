#pragma once
// The words printed on receipts and certificates, in the four print languages. The printout
// is read by the applicant, who may not share the officer's UI language, so the table lives
// here (UTF-8) rather than in the UI's gettext catalogues.

#include <optional>
#include <string_view>

#include "mws/core/domain/case.hpp"
#include "mws/core/domain/ports/receipt_renderer.hpp"

namespace mws::print {

struct ReceiptLabels {
  std::string_view receiptTitle;
  std::string_view certificateTitle;
  std::string_view provisional;          // the band shown while the centre has not confirmed
  std::string_view caseNumber;
  std::string_view service;
  std::string_view state;
  std::string_view applicant;
  std::string_view birthDate;
  std::string_view document;
  std::string_view filedOn;
  std::string_view unit;
  std::string_view officer;
  std::string_view details;
  std::string_view fee;
  std::string_view total;
  std::string_view waived;
  std::string_view payerOrganisation;    // "paid by the organisation"
  std::string_view bcu;                  // the base calculation unit's abbreviation
  std::string_view som;
  std::string_view receiptNote;
  std::string_view certificateStatement;
  std::string_view signature;
  std::string_view noPhoto;
};

const ReceiptLabels& labelsFor(core::PrintLanguage language);
std::string_view serviceName(core::ServiceCode service, core::PrintLanguage language);
std::string_view stateName(core::CaseState state, core::PrintLanguage language);
// The fee table's items ("base", "e_signature", "on_site_service"); an item the table does not
// know is printed as its code.
std::string_view feeItemName(std::string_view item, core::PrintLanguage language);

// "uz", "uz-cyrl", "ru", "en" (the CLI's --lang), and back.
std::string_view languageTag(core::PrintLanguage language);
std::optional<core::PrintLanguage> parseLanguageTag(std::string_view tag);

}  // namespace mws::print
