#include "arguments.hpp"

namespace mws::cli {

Arguments::Arguments(const std::vector<std::string>& words, const std::set<std::string>& flags) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word.rfind("--", 0) != 0 || word == "--") {
      m_positionals.push_back(word);
      continue;
    }
    std::string name = word.substr(2);
    if (auto eq = name.find('='); eq != std::string::npos) {
      m_options[name.substr(0, eq)].push_back(name.substr(eq + 1));
    } else if (flags.count(name)) {
      m_options[name].push_back("");
    } else if (i + 1 < words.size()) {
      m_options[name].push_back(words[++i]);
    } else {
      m_missingValue = name;
    }
  }
}

std::string Arguments::positional(std::size_t index) const {
  return index < m_positionals.size() ? m_positionals[index] : std::string();
}

std::optional<std::string> Arguments::option(const std::string& name) const {
  auto it = m_options.find(name);
  if (it == m_options.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> Arguments::options(const std::string& name) const {
  auto it = m_options.find(name);
  return it == m_options.end() ? std::vector<std::string>() : it->second;
}

std::vector<std::string> Arguments::unknown(const std::set<std::string>& known) const {
  std::vector<std::string> out;
  for (const auto& [name, value] : m_options) {
    if (!known.count(name)) out.push_back(name);
  }
  return out;
}

}  // namespace mws::cli
