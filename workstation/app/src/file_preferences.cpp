#include "mws/app/file_preferences.hpp"

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include <algorithm>

namespace mws::app {
namespace {

constexpr const char* kLanguageKey = "ui.language";

// "uz", "uz@cyrillic", "ru", "en": lower-case letters and '@', short.
bool isCatalogueName(const std::string& text) {
  return !text.empty() && text.size() <= 16 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '@'; });
}

Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> load(const std::filesystem::path& file) {
  Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> config(new Poco::Util::PropertyFileConfiguration);
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) return config;
  try {
    config->load(file.string());
  } catch (const Poco::Exception&) {
    config = new Poco::Util::PropertyFileConfiguration;  // unreadable: start afresh
  }
  return config;
}

}  // namespace

std::optional<std::string> FilePreferences::language() {
  const std::string value = load(m_file)->getString(kLanguageKey, "");
  if (!isCatalogueName(value)) return std::nullopt;
  return value;
}

core::Status FilePreferences::rememberLanguage(const std::string& language) {
  if (!isCatalogueName(language)) return core::makeError("preferences.bad_language").with("language", language);
  auto config = load(m_file);
  config->setString(kLanguageKey, language);
  try {
    std::error_code error;
    std::filesystem::create_directories(m_file.parent_path(), error);
    config->save(m_file.string());
  } catch (const Poco::Exception& e) {
    return core::makeError("preferences.unwritable", e.displayText()).with("file", m_file.string());
  }
  return core::success();
}

}  // namespace mws::app
