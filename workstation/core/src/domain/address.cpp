#include "mws/core/domain/address.hpp"

namespace mws::core {

Status validateAddress(const Address& address) {
  const std::pair<const char*, const std::string*> required[] = {
      {"region", &address.region},
      {"district", &address.district},
      {"street", &address.street},
      {"house", &address.house},
  };
  for (const auto& [field, value] : required) {
    if (value->empty()) {
      return makeError("address.field_missing").with("field", field);
    }
  }
  return success();
}

}  // namespace mws::core
