#pragma once
// The pull exchange: a workstation asks for the changes the centre holds for its unit after
// a cursor — decisions taken centrally on the unit's cases and reference data rows — and
// gets them in order, a page at a time, with the cursor to ask from next.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::protocol {

// GET /v1/pull?cursor=C&limit=N (and &unit=U when the centre runs without mutual TLS).
inline constexpr std::string_view kPullPath = "/v1/pull";

// Most changes one page carries, and the default page size.
inline constexpr std::int64_t kMaxPullLimit = 500;

namespace kinds {
inline constexpr std::string_view kDecision = "decision";    // body: case_id, state, reason, ...
inline constexpr std::string_view kReference = "reference";  // body: table, version, row
inline constexpr std::string_view kPerson = "person";        // body: ref, version, person
inline constexpr std::string_view kOverstay = "overstay";    // body: id, version, entry
}  // namespace kinds

struct PullChange {
  std::int64_t seq = 0;  // the centre's change number; the cursor after this change
  std::string kind;      // "decision" or "reference"
  std::string id;        // a case's UUID, or "<table>/<key>"
  std::string body;      // a JSON object, as text
};

struct PullReply {
  int protocolVersion = kProtocolVersion;
  std::string unit;
  std::vector<PullChange> changes;  // ascending seq, each above the cursor asked from
  std::int64_t cursor = 0;          // ask from here next
  bool more = false;                // another page is waiting
};

std::string encodePullReply(const PullReply& reply);
// protocol.malformed or protocol.version_mismatch. The changes must be in ascending order,
// and the cursor not below the last of them.
core::Result<PullReply> decodePullReply(std::string_view json);

}  // namespace mws::sync::protocol
