#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mws::cli {

// Command-line words split into positionals and --options (`--key value`, `--key=value`,
// or a bare `--flag`). Flags are the options that take no value.
class Arguments {
public:
  Arguments(const std::vector<std::string>& words, const std::set<std::string>& flags);

  const std::vector<std::string>& positionals() const { return m_positionals; }
  std::string positional(std::size_t index) const;
  // The last value given for an option.
  std::optional<std::string> option(const std::string& name) const;
  // Every value given for a repeated option, in order (empty when absent).
  std::vector<std::string> options(const std::string& name) const;
  bool flag(const std::string& name) const { return m_options.count(name) > 0; }
  // An option that is missing its value, if any ("--dsn" at the end).
  const std::optional<std::string>& missingValue() const { return m_missingValue; }
  // Options given that are not in `known`.
  std::vector<std::string> unknown(const std::set<std::string>& known) const;

private:
  std::vector<std::string> m_positionals;
  std::map<std::string, std::vector<std::string>> m_options;
  std::optional<std::string> m_missingValue;
};

}  // namespace mws::cli
