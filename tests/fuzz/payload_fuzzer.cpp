// libFuzzer target for the case payload and fee quote decoders (the JSON a case is stored
// and synced as): any bytes must give a payload or an Error, and a decoded payload must
// encode and decode again to the same value — no crash, no hang, no read out of bounds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "mws/core/domain/payload_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  auto payload = mws::core::decodePayload(json);
  if (payload) {
    auto again = mws::core::decodePayload(mws::core::encodePayload(*payload));
    if (!again || !(*again == *payload)) std::abort();  // the codec must round-trip
  }
  auto fee = mws::core::decodeFeeQuote(json);
  if (fee) (void)mws::core::encodeFeeQuote(*fee);
  return 0;
}
