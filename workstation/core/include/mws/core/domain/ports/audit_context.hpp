#pragma once
// What every mutating repository call needs to write its outbox row and its audit entry in
// the same transaction as the change itself (DESIGN §5): one call = one atomic change.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "mws/core/auth/user.hpp"

namespace mws::core {

struct AuditContext {
  User actor;
  std::string action;  // "case.open", "case.submit", "person.add", ...
  std::chrono::system_clock::time_point at;
};

struct PageRequest {
  std::int64_t offset = 0;
  std::int64_t limit = 50;
};

template <typename T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;  // matches over all pages
};

}  // namespace mws::core
