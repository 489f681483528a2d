#pragma once
// The (unit, source) pair that numbers outbox entries, as push and report messages carry it.

#include <Poco/JSON/Object.h>

#include "json_object.hpp"
#include "mws/core/result.hpp"
#include "mws/sync/protocol/push.hpp"

namespace mws::sync::protocol::detail {

void setOrigin(Poco::JSON::Object::Ptr object, const Origin& origin);
// "unit" and "source", each an origin code (isValidOrigin).
core::Result<Origin> readOrigin(const JsonObject& message);

}  // namespace mws::sync::protocol::detail
