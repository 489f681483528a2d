#pragma once
// The hello exchange: the first request a workstation sends, and the only one whose
// meaning does not depend on the protocol version. The centre answers with its own
// protocol version, its software version and its clock, and says whether it accepts the
// workstation; a workstation of another protocol version is answered "not accepted".

#include <string>
#include <string_view>

#include "mws/core/result.hpp"
#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::protocol {

inline constexpr std::string_view kHelloPath = "/v1/hello";

struct HelloRequest {
  int protocolVersion = kProtocolVersion;
  std::string origin;      // the unit code of the workstation
  WallTime clientClock{};  // the workstation's clock when it sent the request
};

struct HelloReply {
  int protocolVersion = kProtocolVersion;
  std::string serverVersion;  // mws-central's software version
  WallTime serverClock{};     // the centre's clock when it answered
  bool accepted = false;
  std::string refusal;  // an error code when not accepted, empty otherwise
  std::int64_t maxClockSkewMs = 0;  // the centre's limit (0: none or not said)
  // The centre's X25519 public key (64 hex digits) that blobs are sealed to; empty when
  // the centre takes no blobs (no database).
  std::string sealPublicKey = {};
};

std::string encodeHelloRequest(const HelloRequest& request);
std::string encodeHelloReply(const HelloReply& reply);

// Errors: protocol.malformed (detail names the fault, param "field" when one field is at
// fault), protocol.version_mismatch (params "ours", "theirs") when the message's
// "protocol" differs from kProtocolVersion. The version is checked before the rest.
core::Result<HelloRequest> decodeHelloRequest(std::string_view json);
core::Result<HelloReply> decodeHelloReply(std::string_view json);

}  // namespace mws::sync::protocol
