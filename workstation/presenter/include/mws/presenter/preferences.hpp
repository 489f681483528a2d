#pragma once
// What the workstation remembers for the person at this computer between runs: the language
// chosen at sign-in. The application keeps it in a small file in the user's configuration
// directory (app::FilePreferences); tests may keep it anywhere.

#include <optional>
#include <string>

#include "mws/core/result.hpp"

namespace mws::presenter {

class Preferences {
public:
  virtual ~Preferences() = default;
  // The catalogue name remembered ("uz", "uz@cyrillic", "ru", "en"), nothing when none is.
  virtual std::optional<std::string> language() = 0;
  virtual core::Status rememberLanguage(const std::string& language) = 0;
};

}  // namespace mws::presenter
