// mws case receipt ID --out FILE.pdf [--lang uz|uz-cyrl|ru|en] [--certificate] --as LOGIN
// A receipt takes personal data out of the program: it is an export of the case, for an
// account with the right in the case's unit, and in the audit chain.
#include "receipt_commands.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>

#include "context.hpp"
#include "mws/core/auth/case_access.hpp"
#include "mws/core/domain/uuid.hpp"
#include "mws/print/cairo_receipt_renderer.hpp"
#include "mws/print/receipt_labels.hpp"
#include "mws/storage/audit_trail.hpp"
#include "mws/storage/pg_receipt_source.hpp"
#include "person_input.hpp"
#include "workspace.hpp"

namespace mws::cli {
namespace {

constexpr const char* kUsage =
    "usage: mws case receipt ID --out FILE.pdf [--lang uz|uz-cyrl|ru|en] [--certificate] --as LOGIN";

struct ReceiptArguments {
  std::string caseId;
  std::filesystem::path out;
  core::PrintLanguage language = core::PrintLanguage::UzLatn;
  bool certificate = false;
};

core::Result<ReceiptArguments> receiptArguments(const Arguments& args) {
  ReceiptArguments parsed;
  parsed.caseId = args.positional(2);
  auto out = args.option("out");
  if (parsed.caseId.empty() || !out) return usageError(kUsage);
  if (!core::isUuidV4(parsed.caseId))
    return usageError("'" + parsed.caseId + "' is not a case id (a lower-case UUID v4)");
  auto language = print::parseLanguageTag(args.option("lang").value_or("uz"));
  if (!language) return usageError("--lang is uz, uz-cyrl, ru or en");
  parsed.out = *out;
  parsed.language = *language;
  parsed.certificate = args.flag("certificate");
  return parsed;
}

// Written next to the target and renamed over it, so a failure leaves no half a file.
bool writeFile(const std::filesystem::path& path, const std::string& bytes) {
  const std::filesystem::path partial = path.string() + ".partial";
  {
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    if (!(file << bytes) || !file.flush()) return false;
  }
  std::error_code error;
  std::filesystem::rename(partial, path, error);
  if (error) std::filesystem::remove(partial, error);
  return !error;
}

bool decided(core::CaseState state) {
  return state == core::CaseState::Approved || state == core::CaseState::Issued;
}

}  // namespace

int caseReceipt(Context& ctx) {
  auto parsed = receiptArguments(ctx.args);
  if (!parsed) return report(ctx, parsed.error());
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto actor = signInActor(ctx, *ws);
  if (!actor) return report(ctx, actor.error());
  storage::PgAuditTrail trail(ws->database());
  core::CaseAccess access(ws->cases(), trail, ws->clock());
  if (auto allowed = access.view(parsed->caseId, *actor, core::Disclosure::Export); !allowed) {
    return ctx.fail(allowed.error());
  }
  auto data = storage::loadReceiptData(ws->database(), parsed->caseId);
  if (!data) return ctx.fail(data.error());
  if (parsed->certificate && !decided(data->state)) {
    return ctx.fail(core::makeError("print.not_decided", "a certificate is printed for an approved or issued case")
                        .with("state", std::string(core::toString(data->state))));
  }
  data->language = parsed->language;
  data->kind = parsed->certificate ? core::ReceiptData::Kind::Certificate : core::ReceiptData::Kind::Receipt;
  print::CairoReceiptRenderer renderer;
  auto pdf = renderer.renderPdf(*data);
  if (!pdf) return ctx.fail(pdf.error());
  if (!writeFile(parsed->out, *pdf)) {
    ctx.err << "mws: cannot write " << parsed->out.string() << "\n";
    return kFailed;
  }
  ctx.out << (parsed->certificate ? "certificate" : "receipt") << " of case " << data->caseId << ": "
          << parsed->out.string() << " (" << pdf->size() << " bytes, "
          << (data->provisional ? "provisional" : "confirmed by the centre") << ")\n";
  return kOk;
}

}  // namespace mws::cli
