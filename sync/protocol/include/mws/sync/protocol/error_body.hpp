#pragma once
// The body of every non-2xx reply of mws-central:
//   {"protocol": 1, "error": {"code": "...", "detail": "...", "params": {"k": "v"}}}
// It is readable whatever the protocol version, so its decoder does not check it.

#include <string>
#include <string_view>

#include "mws/core/result.hpp"

namespace mws::sync::protocol {

// The error the peer reported (a distinct type, since Result<core::Error> is ambiguous).
struct ErrorBody {
  core::Error error;
};

std::string encodeErrorBody(const core::Error& error);

// protocol.malformed when the text is not an error body.
core::Result<ErrorBody> decodeErrorBody(std::string_view json);

}  // namespace mws::sync::protocol
