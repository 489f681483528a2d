#pragma once

#include "mws/core/domain/reference_data.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

// The reference tables (service catalogue, fee table, BCU values, countries).
class ReferenceDataRepository {
public:
  virtual ~ReferenceDataRepository() = default;
  virtual Result<ReferenceData> load() = 0;
};

}  // namespace mws::core
