#include "ca_command.hpp"

#include <Poco/StringTokenizer.h>

#include <ostream>

#include "mws/sync/central/cert_authority.hpp"

namespace mws::sync::central {

namespace {

constexpr int kUsage = 64;
constexpr int kCannotCreate = 73;

int report(const core::Result<IssuedFiles>& result, std::ostream& out, std::ostream& err) {
  if (!result) {
    err << "mws-central: " << result.error().code << ": " << result.error().detail << "\n";
    return kCannotCreate;
  }
  out << result->certificate.string() << "\n" << result->key.string() << "\n";
  return 0;
}

std::vector<std::string> hostNames(const std::string& text) {
  Poco::StringTokenizer tokens(text, ",",
                               Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
  return {tokens.begin(), tokens.end()};
}

}  // namespace

int runCaCommand(const std::vector<std::string>& args,
                 const Poco::Util::AbstractConfiguration& config, std::ostream& out,
                 std::ostream& err) {
  const std::string verb = args.size() == 2 ? args[1] : std::string();
  const std::string dir = config.getString("ca.dir", "");
  if (dir.empty() || (verb != "init" && verb != "issue")) {
    err << "usage: mws-central ca init --dir D [--host NAME,...]\n"
           "       mws-central ca issue --unit U --dir D\n";
    return kUsage;
  }
  if (verb == "init") {
    return report(initAuthority(dir, hostNames(config.getString("ca.host", "127.0.0.1,localhost"))),
                  out, err);
  }
  const std::string unit = config.getString("ca.unit", "");
  if (unit.empty()) {
    err << "mws-central: ca issue needs --unit U\n";
    return kUsage;
  }
  return report(issueUnitCertificate(dir, unit), out, err);
}

}  // namespace mws::sync::central
