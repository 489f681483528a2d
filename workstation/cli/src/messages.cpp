#include "messages.hpp"

#include <map>
#include <set>

#include "context.hpp"
#include "mws/core/domain/rules.hpp"

namespace mws::cli {
namespace {

const std::map<std::string, std::string>& toolTexts() {
  static const std::map<std::string, std::string> texts{
      {"db.unreachable", "cannot connect to the database"},
      {"db.migration_failed", "a migration failed"},
      {"db.migration_changed", "an applied migration was changed since it was applied"},
      {"db.query_failed", "the database refused the request"},
      {"db.script_failed", "an SQL script failed"},
      {"db.seed_failed", "could not write the reference data"},
      {"security.hash_failed", "could not hash the password"},
      {"cluster.stop_failed", "could not stop the private database cluster"},
      {"cluster.postgres_missing", "PostgreSQL is not installed"},
      {"cluster.initdb_failed", "could not create the private database cluster"},
      {"cluster.start_failed", "could not start the private database cluster"},
      {"cluster.directory", "cannot use the private cluster's directory"},
      {"cluster.no_unprivileged_user", "no unprivileged user to run PostgreSQL as"},
      {"cli.password_source", "no password"},
      {"cli.password_mismatch", "the two passwords differ"},
      {"cli.payload_unreadable", "cannot read the payload file {file}"},
      {"audit.broken", "the audit chain is broken"},
      // Worded exactly so by tests/storage/cli_case_test.cpp; detail and params say which right.
      {"auth.forbidden", "this account may not do that"},
      {"auth.role_not_grantable", "only IT creates IT accounts"},
      // Worded exactly so by tests/security/lockout_config_test.cpp (minutes listed after it).
      {"auth.locked", "the account is locked after too many failed sign-ins"},
      {"auth.password_change_required", "the initial password must be changed first (mws user passwd)"},
      // tests/security/lockout_config_test.cpp looks for "key=…" in the listed params.
      {"config.invalid", "a configuration value is out of range"},
      {"input.invalid_utf8", "the text is not valid UTF-8 ({field}); write it in UTF-8"},
      {"input.nul", "the text holds a NUL character ({field}); remove it"},
      {"input.too_long", "the text is too long: {field} has more than {max} bytes"},
      {"input.control_character",
       "the text holds a control character such as a tab or line break ({field}); remove it"},
      {"person.name_script",
       "the {form} {part} mixes scripts: write the Latin form in Latin letters and the Cyrillic "
       "form in Cyrillic ones"},
      {"image.too_large", "the image is too large to open ({what} {actual}, at most {limit})"},
      {"image.unknown_format",
       "the file is no image of a format read here (PNG, JPEG, TIFF, BMP, WebP, PNM) or is cut short"},
      {"person.name_characters",
       "a name holds only letters, spaces, hyphens, apostrophes and dots (the {form} {part} "
       "holds something else)"},
      {"person.name_length",
       "a part of the name is too long: the {form} {part} has more than {max} characters"},
      {"person.visa_number_format", "a visa number is 1-20 upper-case letters and digits"},
      {"person.date_range", "the date is out of range: the {field} must lie between {min} and {max}"},
      {"user.exists", "that login is taken"},
      {"user.invalid", "the database refused the account"},
      {"user.login_length", "the login must have 3 to 32 characters"},
      {"user.login_characters", "the login may use only a-z, 0-9, '.', '_' and '-'"},
      {"user.display_name_missing", "the person's name is missing (--name)"},
      {"user.unit_missing", "the unit is missing (--unit)"},
      {"user.password_too_short", "the password is too short"},
      {"unit.unknown", "no such unit (add it first with 'mws unit add')"},
      {"unit.exists", "that unit exists already"},
      {"unit.invalid", "a unit code is 2-32 characters A-Z, 0-9 and '-'; a name is required"},
  };
  return texts;
}

// "{name}" in a text quotes the parameter `name`; those quoted are not listed again.
std::string substitute(const std::string& text, const core::Error& error,
                       std::set<std::string>& quoted) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto open = text.find('{', at);
    const auto close = open == std::string::npos ? open : text.find('}', open);
    if (close == std::string::npos) break;
    out.append(text, at, open - at);
    const std::string key = text.substr(open + 1, close - open - 1);
    const auto value = error.params.find(key);
    out += value == error.params.end() || value->second.empty() ? "?" : value->second;
    quoted.insert(key);
    at = close + 1;
  }
  return out.append(text, at);
}

// Database and tool failures are reported plainly; everything else is a refusal.
bool isRefusal(const std::string& code) {
  for (const char* prefix : {"db.", "cluster.", "cli.", "security."}) {
    if (code.rfind(prefix, 0) == 0) return false;
  }
  return true;
}

std::string ruleCitation(const core::Error& error) {
  auto rule = error.params.find("rule");
  if (rule == error.params.end()) return {};
  const core::RuleInfo* info = core::findRule(rule->second);
  return " [rule " + rule->second + (info ? ": " + std::string(info->description) : "") + "]";
}

std::string parameters(const core::Error& error, const std::set<std::string>& quoted) {
  std::string text;
  for (const auto& [key, value] : error.params) {
    if (key == "rule" || value.empty() || quoted.contains(key)) continue;
    text += (text.empty() ? " (" : ", ") + key + "=" + value;
  }
  return text.empty() ? text : text + ")";
}

}  // namespace

const std::string* wordingOf(const std::string& code) {
  for (const auto* table : {&toolTexts(), &domainTexts(), &systemTexts()}) {
    if (auto it = table->find(code); it != table->end()) return &it->second;
  }
  return nullptr;
}

std::string describe(const core::Error& error) {
  std::set<std::string> quoted;
  const std::string* wording = wordingOf(error.code);
  std::string text = wording ? substitute(*wording, error, quoted) : error.code;
  if (!error.detail.empty()) text += ": " + error.detail;
  return text + ruleCitation(error) + parameters(error, quoted);
}

int Context::fail(const core::Error& error) {
  err << "mws: " << (isRefusal(error.code) ? "refused: " : "") << describe(error) << "\n";
  return kFailed;
}

int Context::usage(const std::string& text) {
  err << "mws: " << text << "\n";
  return kUsage;
}

std::unique_ptr<runtime::OpenedDatabase> Context::openDatabase() {
  auto opened = runtime::openDatabase(*config);
  if (!opened) {
    fail(opened.error());
    return nullptr;
  }
  return std::make_unique<runtime::OpenedDatabase>(std::move(*opened));
}

}  // namespace mws::cli
