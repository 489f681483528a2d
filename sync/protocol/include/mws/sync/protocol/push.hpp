#pragma once
// The push exchange: a workstation sends a batch of its outbox, keyed by (origin,
// sequence); the centre applies each entry once and answers with its high-water mark for
// that origin, up to which the workstation may mark its entries sent.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::protocol {

inline constexpr std::string_view kPushPath = "/v1/push";

// Most entries one push may carry (the body limit applies as well).
inline constexpr std::size_t kMaxBatchEntries = 1000;

// Where entries come from: the unit that owns them and the outbox (database) they were
// numbered in. Both are origin codes (isValidOrigin).
struct Origin {
  std::string unit;
  std::string source;

  friend bool operator==(const Origin&, const Origin&) = default;
};

struct PushEntry {
  std::int64_t seq = 0;
  std::string entity;    // "case" or "person"
  std::string entityId;  // a case's UUID, a person's id
  std::string action;
  std::string body;      // a JSON object, as text
};

struct PushRequest {
  int protocolVersion = kProtocolVersion;
  Origin origin;
  std::vector<PushEntry> entries;  // consecutive sequence numbers, ascending
  // The workstation's clock when it sent the batch ("client_clock_ms"); the centre refuses
  // the batch (protocol.clock_skew) when it is too far from its own. Absent: not checked.
  std::optional<WallTime> clientClock = std::nullopt;
};

struct PushReply {
  int protocolVersion = kProtocolVersion;
  Origin origin;
  std::int64_t highWater = 0;   // every entry up to this sequence is held by the centre
  std::int64_t applied = 0;     // entries of this batch applied now
  std::int64_t duplicates = 0;  // entries of this batch the centre already had
};

// Error codes the centre answers a push with (besides the protocol's own).
namespace codes {
inline constexpr std::string_view kGap = "push.gap";                // 409, params high_water
inline constexpr std::string_view kWrongUnit = "push.wrong_unit";   // 403, params unit
inline constexpr std::string_view kNoCertificate = "push.no_certificate";  // 403
inline constexpr std::string_view kUnavailable = "push.unavailable";       // 503
}  // namespace codes

// The entries' bodies are written as they are: each must be a JSON object's text.
std::string encodePushRequest(const PushRequest& request);
std::string encodePushReply(const PushReply& reply);

// protocol.malformed (detail and param "field") or protocol.version_mismatch. A request
// must hold 1..kMaxBatchEntries entries with consecutive ascending sequence numbers >= 1.
core::Result<PushRequest> decodePushRequest(std::string_view json);
core::Result<PushReply> decodePushReply(std::string_view json);

}  // namespace mws::sync::protocol
