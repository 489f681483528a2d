// libFuzzer target for the sync protocol's decoders (every message either end reads off the
// network): any bytes must give a message or an Error — no crash, no hang, no read out of
// bounds, no unbounded recursion on deep nesting.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mws/sync/protocol/blob.hpp"
#include "mws/sync/protocol/error_body.hpp"
#include "mws/sync/protocol/hello.hpp"
#include "mws/sync/protocol/pull.hpp"
#include "mws/sync/protocol/push.hpp"

namespace protocol = mws::sync::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  if (auto hello = protocol::decodeHelloRequest(json)) (void)protocol::encodeHelloRequest(*hello);
  (void)protocol::decodeHelloReply(json);
  if (auto push = protocol::decodePushRequest(json)) (void)protocol::encodePushRequest(*push);
  (void)protocol::decodePushReply(json);
  (void)protocol::decodeBlobStatus(json);
  (void)protocol::decodePullReply(json);
  (void)protocol::decodeErrorBody(json);
  return 0;
}
