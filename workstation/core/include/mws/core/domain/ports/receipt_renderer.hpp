#pragma once
// Receipts and certificates as PDF: what the applicant takes home from the counter.

#include <cstdint>
#include <string>
#include <vector>

#include "mws/core/domain/case.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

enum class PrintLanguage { UzLatn, UzCyrl, Ru, En };

struct ReceiptData {
  enum class Kind { Receipt, Certificate } kind = Kind::Receipt;
  PrintLanguage language = PrintLanguage::UzLatn;
  std::string caseId;                 // also encoded in the QR code
  ServiceCode service = ServiceCode::StayRegistration;
  CaseState state = CaseState::Submitted;
  std::string unitCode;
  std::string unitName;
  std::string personNameLatin;
  std::string personNameCyrillic;
  CivilDate birthDate;
  std::string documentNumber;
  CivilDate filedOn;
  FeeQuote fee;
  std::vector<std::pair<std::string, std::string>> details;  // service fields, already worded
  std::string photoJpeg;              // portrait bytes (JPEG/PNG), may be empty
  bool provisional = true;            // "provisional until confirmed by the centre" while unsynced
  std::string officerName;
};

class ReceiptRenderer {
public:
  virtual ~ReceiptRenderer() = default;
  // The PDF's bytes; "print.bad_photo", "print.failed".
  virtual Result<std::string> renderPdf(const ReceiptData& data) = 0;
};

}  // namespace mws::core
