#pragma once
// `mws mrz parse`, `mws mrz read` and `mws barcode read`: identity documents from text and
// from page images.

#include <string>

#include "context.hpp"
#include "mws/core/mrz/mrz.hpp"

namespace mws::cli {

int mrzParse(Context& ctx);
int mrzRead(Context& ctx);

// The parsed zone as one JSON object (fields, checks and issues; lines and columns 1-based).
std::string mrzJson(const core::MrzDocument& doc);
// One line of English for the reason a text is not an MRZ.
std::string describeMrzError(const core::Error& error);

}  // namespace mws::cli
