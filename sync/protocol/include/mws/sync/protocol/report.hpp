#pragma once
// The unit report: sent by the agent at the start of every drain (after the hello, before
// any batch). It carries the head of the unit database's audit chain, so that the centre
// can tell a rewritten local history, and the unit's queue load per service, which the
// public app uses to show applicants the least busy unit.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/sync/protocol/protocol.hpp"
#include "mws/sync/protocol/push.hpp"

namespace mws::sync::protocol {

inline constexpr std::string_view kReportPath = "/v1/report";

// The last entry of a hash-chained audit log: its sequence number and hash (64 hex
// digits; 64 zeros with sequence 0 for an empty log).
struct AuditHead {
  std::int64_t seq = 0;
  std::string hash;
};

// Applicants waiting now for one service at the unit.
struct QueueLoad {
  std::string service;
  std::int64_t waiting = 0;
};

struct ReportRequest {
  int protocolVersion = kProtocolVersion;
  Origin origin;
  WallTime clientClock{};
  AuditHead auditHead;
  std::vector<QueueLoad> queueLoad = {};  // at most kMaxQueueServices
  // "audit_check": this log's entry at the highest sequence the centre holds for the
  // origin, which the centre compares with the head it was sent then. Required when the
  // head moved beyond that sequence (else 409 audit.check_needed, param known_seq).
  std::optional<AuditHead> auditCheck = std::nullopt;
};

struct ReportReply {
  int protocolVersion = kProtocolVersion;
  Origin origin;
  std::int64_t auditSeq = 0;  // the highest audit sequence the centre holds for the origin
};

inline constexpr std::size_t kMaxQueueServices = 200;

namespace codes {
// 409: the reported head contradicts one the centre holds (params problem = hash_changed
// or sequence_decreased, seq, known_seq); the centre records an alarm.
inline constexpr std::string_view kAuditRewritten = "audit.history_rewritten";
// 409: the head moved beyond the highest sequence the centre holds (param known_seq); send
// the report again with "audit_check" at that sequence.
inline constexpr std::string_view kAuditCheckNeeded = "audit.check_needed";
}  // namespace codes

std::string encodeReportRequest(const ReportRequest& request);
std::string encodeReportReply(const ReportReply& reply);
// protocol.malformed (param field) or protocol.version_mismatch.
core::Result<ReportRequest> decodeReportRequest(std::string_view json);
core::Result<ReportReply> decodeReportReply(std::string_view json);

}  // namespace mws::sync::protocol
