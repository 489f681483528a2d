#pragma once
// Internal: stable text names of enumerations (used in storage, payloads and the CLI).

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace mws::core::detail {

template <typename E, std::size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

template <typename E, std::size_t N>
std::string_view nameOf(const NameTable<E, N>& table, E value) {
  for (const auto& [entry, name] : table) {
    if (entry == value) {
      return name;
    }
  }
  return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> parseName(const NameTable<E, N>& table, std::string_view text) {
  for (const auto& [entry, name] : table) {
    if (name == text) {
      return entry;
    }
  }
  return std::nullopt;
}

}  // namespace mws::core::detail
