#pragma once
// Expected errors as values (DESIGN §4): a refusal, an absent device, a database that is
// down. Exceptions are for bugs. An Error carries a stable code and named parameters that
// the UI words in the officer's language; `detail` is for diagnostics and never holds
// personal data.

#include <map>
#include <string>
#include <utility>
#include <variant>

namespace mws::core {

struct Error {
  std::string code;                              // e.g. "auth.bad_credentials"
  std::map<std::string, std::string> params;     // values the message may quote
  std::string detail;                            // technical text for IT, no personal data

  Error with(std::string key, std::string value) && {
    params[std::move(key)] = std::move(value);
    return std::move(*this);
  }
};

inline Error makeError(std::string code, std::string detail = {}) {
  return Error{std::move(code), {}, std::move(detail)};
}

// A value or an error, in the spirit of std::expected (C++23) and llvm::Expected.
template <typename T>
class Result {
public:
  Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return m_data.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(m_data); }
  const T& value() const& { return std::get<0>(m_data); }
  T&& value() && { return std::get<0>(std::move(m_data)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<1>(m_data); }

private:
  std::variant<T, Error> m_data;
};

struct Unit {};  // the value of a Result that has nothing to return

using Status = Result<Unit>;

inline Status success() { return Status(Unit{}); }

}  // namespace mws::core
