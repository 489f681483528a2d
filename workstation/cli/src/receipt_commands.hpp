#pragma once
// mws case receipt — the receipt or certificate of a case as a PDF file.

namespace mws::cli {

struct Context;

int caseReceipt(Context& ctx);

}  // namespace mws::cli
