#pragma once
#include <string_view>
#include <vector>

namespace mws::storage {

// A versioned schema change, kept in resources/migrations/NNNN_name.sql and compiled in.
struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

// Every migration, in version order.
const std::vector<Migration>& migrations();

}  // namespace mws::storage
