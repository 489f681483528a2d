#pragma once
// Reading a case payload for `mws case open` and `mws case edit`.

#include <string>

#include "context.hpp"
#include "mws/core/domain/case_payloads.hpp"

namespace mws::cli {

// The text of --payload FILE, or of the rest of standard input for "-".
// "cli.payload_unreadable" (params file) when the file cannot be read.
core::Result<std::string> readPayloadText(Context& ctx);

// Decodes the payload JSON as the codec reads it. When it has no "service" member, `service`
// is taken; when it names another service than `service`, that is a usage error
// ("cli.usage"). Otherwise the codec's codes ("payload.malformed", ...).
core::Result<core::CasePayload> decodePayloadFor(const std::string& json,
                                                 core::ServiceCode service);

}  // namespace mws::cli
