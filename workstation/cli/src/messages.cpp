#include <map>

#include "context.hpp"

namespace mws::cli {
namespace {

std::string param(const core::Error& error, const std::string& key) {
  auto it = error.params.find(key);
  return it == error.params.end() ? std::string() : it->second;
}

}  // namespace

std::string describe(const core::Error& error) {
  static const std::map<std::string, std::string> texts{
      {"db.unreachable", "cannot connect to the database"},
      {"db.migration_failed", "a migration failed"},
      {"db.migration_changed", "an applied migration was changed since it was applied"},
      {"db.query_failed", "the database refused the request"},
      {"cluster.postgres_missing", "PostgreSQL is not installed"},
      {"cluster.initdb_failed", "could not create the private database cluster"},
      {"cluster.start_failed", "could not start the private database cluster"},
      {"cluster.directory", "cannot use the private cluster's directory"},
      {"cluster.no_unprivileged_user", "no unprivileged user to run PostgreSQL as"},
      {"user.exists", "that login is taken"},
      {"user.login_length", "the login must have 3 to 32 characters"},
      {"user.login_characters", "the login may use only a-z, 0-9, '.', '_' and '-'"},
      {"user.display_name_missing", "the person's name is missing (--name)"},
      {"user.unit_missing", "the unit is missing (--unit)"},
      {"user.password_too_short", "the password is too short"},
      {"unit.unknown", "no such unit (add it first with 'mws unit add')"},
      {"unit.exists", "that unit exists already"},
      {"unit.invalid", "a unit code is 2-32 characters A-Z, 0-9 and '-'; a name is required"},
  };
  auto it = texts.find(error.code);
  std::string text = it != texts.end() ? it->second : error.code;
  for (const char* key : {"dsn", "unit", "login", "version", "name", "min"}) {
    if (auto value = param(error, key); !value.empty()) text += " [" + std::string(key) + ": " + value + "]";
  }
  if (!error.detail.empty()) text += ": " + error.detail;
  return text;
}

int Context::fail(const core::Error& error) {
  err << "mws: " << describe(error) << "\n";
  return kFailed;
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
