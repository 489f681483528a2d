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
  // "provisional until confirmed by the centre" while a change of the case waits for the
  // centre's acknowledgement (CaseConfirmations below says which).
  bool provisional = true;
  std::string officerName;
};

// One printed page as a raster image, for a printing framework that draws bitmaps.
struct RasterPage {
  int widthPx = 0;
  int heightPx = 0;
  double dpi = 0;
  double widthMm = 0;   // the paper the page was laid out for (A4: 210 x 297)
  double heightMm = 0;
  std::string png;      // the page as a PNG file (RGB, white paper)
};

class ReceiptRenderer {
public:
  virtual ~ReceiptRenderer() = default;
  // The PDF's bytes; "print.bad_photo", "print.failed".
  virtual Result<std::string> renderPdf(const ReceiptData& data) = 0;
  // The same pages as images at `dpi` (72..1200, else "print.bad_dpi" with param dpi), for
  // the system's print dialog. Same errors as renderPdf. Safe to call off the GUI thread.
  virtual Result<std::vector<RasterPage>> renderPages(const ReceiptData& data, double dpi) = 0;
};

// Whether the centre has confirmed a case: true once every change of the case written so far
// has been acknowledged by the centre (no outbox entry of it waits). Receipts printed while
// it is false say "provisional until confirmed by the centre".
class CaseConfirmations {
public:
  virtual ~CaseConfirmations() = default;
  virtual Result<bool> confirmedByCentre(const std::string& caseId) = 0;
};

}  // namespace mws::core
