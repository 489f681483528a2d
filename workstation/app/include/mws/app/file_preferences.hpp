#pragma once
// The presenter's Preferences in a Java-style properties file (Poco), by default
// <user config dir>/preferences.properties: "ui.language = ru". A missing or unreadable
// file remembers nothing; a value that is not a catalogue name is ignored.

#include <filesystem>

#include "mws/presenter/preferences.hpp"

namespace mws::app {

class FilePreferences : public presenter::Preferences {
public:
  explicit FilePreferences(std::filesystem::path file) : m_file(std::move(file)) {}

  std::optional<std::string> language() override;
  // "preferences.unwritable" (param file) when the file cannot be written.
  core::Status rememberLanguage(const std::string& language) override;

  const std::filesystem::path& file() const { return m_file; }

private:
  std::filesystem::path m_file;
};

}  // namespace mws::app
