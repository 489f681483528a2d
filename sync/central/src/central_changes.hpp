#pragma once
// Private to mws::central: the change log units pull (schema version 3). The functions
// run on the caller's session and throw on database errors, for the caller to convert.

#include <cstdint>
#include <string>

#include "mws/core/result.hpp"
#include "mws/sync/central/central_admin.hpp"
#include "mws/sync/protocol/pull.hpp"

namespace soci {
class session;
}

namespace mws::sync::central::detail {

// In one transaction of their own.
core::Result<std::int64_t> recordDecisionIn(soci::session& sql, const CentralDecision& decision);
core::Result<std::int64_t> publishReferenceIn(soci::session& sql, const ReferenceRow& row);
core::Result<std::int64_t> publishPersonIn(soci::session& sql, const CentralPerson& person);
core::Result<std::int64_t> publishOverstayIn(soci::session& sql, const OverstayEntry& entry);

// The unit's changes after `cursor`, at most `limit` (1..kMaxPullLimit), in order.
protocol::PullReply pullIn(soci::session& sql, const std::string& unit, std::int64_t cursor,
                           std::int64_t limit);

}  // namespace mws::sync::central::detail
