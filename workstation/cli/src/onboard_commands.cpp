// mws onboard: binds the machine to its unit (issue 9, machine onboarding).
//   mws onboard --unit CODE [--centre URL]
//       makes the machine's key pair and a certificate request for the centre's CA:
//       <config dir>/pki/request.key (0600) and request.csr, and remembers the unit and the
//       centre in pki/request.ini until the certificate comes back.
//   mws onboard --install-cert FILE [--ca FILE] [--centre URL]
//       checks that FILE was issued for the pending key, to the pending unit, by the CA,
//       installs certificate, key and CA as pki/unit.pem, unit.key, ca.pem and writes
//       [unit] code and [central] url, cert_file, key_file, ca_file into the machine's mws.ini.
// The machine's mws.ini is --config FILE when given, else /etc/mws/mws.ini for root and
// ~/.config/mws/mws.ini for a user. A refused step changes nothing.
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "context.hpp"
#include "mws/runtime/paths.hpp"
#include "unit_certificate.hpp"
#include "workspace.hpp"

namespace mws::cli {
namespace {

namespace fs = std::filesystem;
using Settings = std::map<std::string, std::map<std::string, std::string>>;  // section -> key -> value

fs::path machineConfigFile(const Context& ctx) {
  if (auto file = ctx.args.option("config")) return *file;
  const auto paths = runtime::Paths::forCurrentUser();
  return (geteuid() == 0 ? paths.systemConfigDir : paths.userConfigDir) / "mws.ini";
}

fs::path pkiDir(const Context& ctx) {
  return fs::absolute(machineConfigFile(ctx)).parent_path() / "pki";
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// The key of an "key = value" line, empty for comments, sections and blank lines.
std::string keyOf(const std::string& line) {
  const std::string text = trim(line);
  if (text.empty() || text[0] == ';' || text[0] == '#' || text[0] == '[') return {};
  const auto equals = text.find('=');
  return equals == std::string::npos ? std::string() : trim(text.substr(0, equals));
}

// Sets `settings` in the INI text, keeping every other line and comment as it was: a key
// that exists is replaced where it stands, a new key goes at the end of its section, a
// new section at the end.
std::string updateIni(const std::string& text, Settings settings) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::string section;
  std::map<std::string, std::size_t> sectionEnd;  // index after the section's last key line
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string t = trim(lines[i]);
    if (!t.empty() && t[0] == '[') {
      section = trim(t.substr(1, t.find(']') - 1));
      sectionEnd[section] = i + 1;
      continue;
    }
    const std::string key = keyOf(lines[i]);
    if (key.empty()) continue;
    sectionEnd[section] = i + 1;
    auto wanted = settings.find(section);
    if (wanted == settings.end() || !wanted->second.count(key)) continue;
    lines[i] = key + " = " + wanted->second[key];
    wanted->second.erase(key);
  }
  // Insert from the bottom up so the remembered indexes stay right.
  std::vector<std::pair<std::size_t, std::string>> inserts;
  for (const auto& [name, keys] : settings) {
    std::string block;
    for (const auto& [key, value] : keys) block += key + " = " + value + "\n";
    if (block.empty()) continue;
    if (auto end = sectionEnd.find(name); end != sectionEnd.end()) {
      inserts.emplace_back(end->second, block.substr(0, block.size() - 1));
    } else {
      inserts.emplace_back(lines.size(), "\n[" + name + "]\n" + block.substr(0, block.size() - 1));
    }
  }
  std::sort(inserts.begin(), inserts.end(), [](auto& a, auto& b) { return a.first > b.first; });
  for (const auto& [at, block] : inserts) lines.insert(lines.begin() + long(at), block);
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

std::string readFile(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

// Writes next to the file and renames over it, so the file is either old or new.
bool writeAtomically(const fs::path& path, const std::string& text, mode_t mode) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  const fs::path temporary = path.string() + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) return false;
  }
  ::chmod(temporary.c_str(), mode);
  fs::rename(temporary, path, ec);
  return !ec;
}

// Root's unit key is readable by the group `mws` (the sync service and the counter's
// accounts); a user's stays private to the user.
void shareKeyWithServiceGroup(const fs::path& key) {
  if (geteuid() != 0) return;
  if (const group* g = getgrnam("mws")) {
    if (::chown(key.c_str(), 0, g->gr_gid) == 0) ::chmod(key.c_str(), 0640);
  }
}

struct Pending {
  std::string unit;
  std::string centre;
};

std::optional<Pending> readPending(const fs::path& dir) {
  std::ifstream file(dir / "request.ini");
  Pending pending;
  for (std::string line; std::getline(file, line);) {
    const auto equals = line.find('=');
    if (equals == std::string::npos) continue;
    const std::string key = trim(line.substr(0, equals)), value = trim(line.substr(equals + 1));
    if (key == "unit") pending.unit = value;
    if (key == "centre") pending.centre = value;
  }
  if (pending.unit.empty()) return std::nullopt;
  return pending;
}

bool isCentreUrl(const std::string& url) {
  return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

int makeRequest(Context& ctx) {
  const std::string unit = *ctx.args.option("unit");
  const std::string centre = ctx.args.option("centre").value_or("");
  if (!isUnitCode(unit)) return ctx.usage("a unit code is 2-32 characters A-Z, 0-9 and '-', not '" + unit + "'");
  if (!centre.empty() && !isCentreUrl(centre)) return ctx.usage("--centre takes https://host:port");
  if (auto refused = machineWorkRefused(ctx, core::Right::UnitManage, unit, "machine.onboard_request")) {
    return *refused;
  }
  const fs::path dir = pkiDir(ctx);
  if (auto made = makeKeyAndRequest(unit, dir / "request.key", dir / "request.csr"); !made) {
    ctx.err << "mws: " << made.error().detail << "\n";
    return kFailed;
  }
  std::ofstream(dir / "request.ini") << "unit = " << unit << "\ncentre = " << centre << "\n";
  shareKeyWithServiceGroup(dir / "request.key");
  ctx.out << "key: " << (dir / "request.key").string() << "\n"
          << "request: " << (dir / "request.csr").string() << "\n"
          << "Send the request to the centre's CA; there: mws-central ca sign --csr request.csr "
             "--unit " << unit << " --dir PKI\n"
          << "Then: mws onboard --install-cert " << unit << ".pem --ca ca.pem\n";
  return kOk;
}

// The checks of --install-cert; the refusal as an error, nothing changed.
core::Status checkInstallable(const fs::path& cert, const fs::path& key, const fs::path& ca,
                              const Pending& pending) {
  auto facts = readCertificate(cert);
  if (!facts) return facts.error();
  if (facts->commonName != pending.unit) {
    return core::makeError("onboard.wrong_unit", "the certificate is for unit '" +
                                                     facts->commonName + "', the request was for '" +
                                                     pending.unit + "'");
  }
  if (facts->daysLeft < 0) return core::makeError("onboard.expired", "the certificate expired on " + facts->notAfter);
  if (auto matches = checkKeyMatches(cert, key); !matches) return matches;
  if (auto issued = checkIssuedBy(cert, ca); !issued) {
    return core::makeError("onboard.not_issued_by_ca", "the certificate does not verify against " +
                                                           ca.string() + ": " + issued.error().detail);
  }
  return core::success();
}

bool copyInto(const fs::path& from, const fs::path& to, mode_t mode) {
  if (fs::exists(to) && fs::equivalent(from, to)) return true;
  return writeAtomically(to, readFile(from), mode);
}

int installCertificate(Context& ctx) {
  const fs::path cert = *ctx.args.option("install-cert");
  const fs::path dir = pkiDir(ctx);
  const auto pending = readPending(dir);
  if (!pending || !fs::exists(dir / "request.key")) {
    return ctx.usage("no pending request in " + dir.string() + ": run mws onboard --unit CODE first");
  }
  const std::string caText = ctx.args.option("ca").value_or(ctx.config->getString("central.ca_file", ""));
  if (caText.empty()) return ctx.usage("say which CA issued the certificate: --ca FILE");
  if (auto refused = machineWorkRefused(ctx, core::Right::UnitManage, pending->unit, "machine.onboard_install")) {
    return *refused;
  }
  const fs::path ca = caText;
  if (auto ok = checkInstallable(cert, dir / "request.key", ca, *pending); !ok) {
    ctx.err << "mws: refused: " << ok.error().detail << "\n";
    return kFailed;
  }
  const std::string centre = ctx.args.option("centre").value_or(pending->centre);
  if (!copyInto(ca, dir / "ca.pem", 0644) || !copyInto(cert, dir / "unit.pem", 0644)) {
    ctx.err << "mws: cannot write into " << dir.string() << "\n";
    return kFailed;
  }
  std::error_code ec;
  fs::rename(dir / "request.key", dir / "unit.key", ec);
  if (ec) return ctx.usage("cannot install the key in " + dir.string() + ": " + ec.message());
  fs::remove(dir / "request.csr", ec);
  fs::remove(dir / "request.ini", ec);
  Settings settings{{"unit", {{"code", pending->unit}}},
                    {"central", {{"cert_file", (dir / "unit.pem").string()},
                                 {"key_file", (dir / "unit.key").string()},
                                 {"ca_file", (dir / "ca.pem").string()}}}};
  if (!centre.empty()) settings["central"]["url"] = centre;
  const fs::path ini = machineConfigFile(ctx);
  const mode_t mode = fs::exists(ini) ? mode_t(fs::status(ini).permissions()) & 07777 : 0644;
  if (!writeAtomically(ini, updateIni(readFile(ini), settings), mode)) {
    ctx.err << "mws: cannot write " << ini.string() << "\n";
    return kFailed;
  }
  const auto facts = readCertificate(dir / "unit.pem");
  ctx.out << "installed the certificate of unit " << pending->unit << ", valid until "
          << (facts ? facts->notAfter : "?") << "\nwrote " << ini.string()
          << "\nCheck with: mws doctor\n";
  return kOk;
}

}  // namespace

int onboard(Context& ctx) {
  const bool request = ctx.args.option("unit").has_value();
  const bool install = ctx.args.option("install-cert").has_value();
  if (request == install || !ctx.args.positional(1).empty()) {
    return ctx.usage("usage: mws onboard --unit CODE [--centre URL] | --install-cert FILE [--ca FILE] [--as LOGIN]");
  }
  return request ? makeRequest(ctx) : installCertificate(ctx);
}

}  // namespace mws::cli
