// mws doctor [--json]: what IT checks on a counter or a unit server, one line per check
// with OK, WARN or FAIL and what to do. Exit 0 when nothing FAILs. Also
// mws db unsynced-count: the outbox entries the centre has not acknowledged (the package's
// removal script refuses while it is not 0); mws db backup --out FILE: pg_dump of the
// configured database before the package's upgrade migrates it.
#include <Poco/Process.h>
#include <Poco/Util/AbstractConfiguration.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "context.hpp"
#include "json_writer.hpp"
#include "mws/runtime/paths.hpp"
#include "mws/camera/camera_factory.hpp"
#include "mws/camera/camera_spec.hpp"
#include "mws/fingerprint/fprint_scanner.hpp"
#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"
#include "mws/security/key_file.hpp"
#include "mws/storage/migrator.hpp"
#include "mws/storage/outbox.hpp"
#include "mws/storage/private_cluster.hpp"
#include "mws/sync/client/central_client.hpp"
#include "unit_certificate.hpp"
#include "workspace.hpp"

namespace mws::cli {
namespace {

namespace fs = std::filesystem;

enum class Level { Ok, Warn, Fail };

struct Check {
  std::string name;
  Level level = Level::Ok;
  std::string detail;
  std::string fix;  // what to do; empty when OK
};

using Checks = std::vector<Check>;

const char* levelName(Level level) {
  return level == Level::Ok ? "OK" : level == Level::Warn ? "WARN" : "FAIL";
}

std::string setting(const Context& ctx, const std::string& key) {
  return ctx.config->getString(key, "");
}

// --- configuration and unit --------------------------------------------------------------

void checkConfiguration(Context& ctx, Checks& checks) {
  const auto paths = runtime::Paths::forCurrentUser();
  std::vector<fs::path> candidates{paths.systemConfigDir / "mws.ini", paths.userConfigDir / "mws.ini"};
  if (auto file = ctx.args.option("config")) candidates.emplace_back(*file);
  std::string found;
  for (const auto& file : candidates) {
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) found += (found.empty() ? "" : ", ") + file.string();
  }
  if (found.empty()) {
    checks.push_back({"configuration", Level::Warn, "no mws.ini found; built-in defaults only",
                      "run mws-workstation --first-run, or mws onboard, or edit " +
                          (paths.systemConfigDir / "mws.ini").string()});
  } else {
    checks.push_back({"configuration", Level::Ok, found, {}});
  }
  const std::string unit = setting(ctx, "unit.code");
  if (unit.empty()) {
    checks.push_back({"unit", Level::Warn, "unit.code is not set", "mws onboard --unit CODE"});
  } else if (!isUnitCode(unit)) {
    checks.push_back({"unit", Level::Fail, "unit.code '" + unit + "' is not a unit code",
                      "set [unit] code to 2-32 characters A-Z, 0-9, '-'"});
  } else {
    checks.push_back({"unit", Level::Ok, unit, {}});
  }
}

// --- database ----------------------------------------------------------------------------

struct DbHandle {
  std::unique_ptr<storage::PrivateCluster> cluster;
  std::unique_ptr<storage::Database> db;
};

// Connects without creating anything: a private cluster that does not exist yet is a
// warning, not made here.
std::optional<DbHandle> connectForDoctor(Context& ctx, Checks& checks) {
  DbHandle handle;
  std::string dsn = setting(ctx, "db.dsn");
  if (dsn.empty()) {
    const fs::path dir = setting(ctx, "db.cluster_dir");
    std::error_code ec;
    if (!fs::exists(dir / "PG_VERSION", ec)) {
      checks.push_back({"database", Level::Warn, "no private cluster yet in " + dir.string(),
                        "mws db migrate (creates and migrates it), or set [db] dsn"});
      return std::nullopt;
    }
    storage::ClusterOptions options;
    options.dataDir = dir;
    handle.cluster = std::make_unique<storage::PrivateCluster>(options);
    if (auto running = handle.cluster->ensureRunning(); !running) {
      checks.push_back({"database", Level::Fail, describe(running.error()),
                        "see " + (dir / "server.log").string()});
      return std::nullopt;
    }
    dsn = handle.cluster->dsn();
  }
  auto db = storage::Database::connect(dsn);
  if (!db) {
    checks.push_back({"database", Level::Fail, describe(db.error()),
                      "check [db] dsn, that the server runs, and ~/.pgpass"});
    return std::nullopt;
  }
  handle.db = std::move(*db);
  return handle;
}

void checkSchema(storage::Database& db, Checks& checks) {
  storage::Migrator migrator(db);
  auto states = migrator.status();
  if (!states) {
    checks.push_back({"database", Level::Fail, describe(states.error()), "mws db status"});
    return;
  }
  int applied = 0, pending = 0, newest = 0;
  for (const auto& state : *states) {
    (state.applied ? applied : pending) += 1;
    if (state.applied) newest = std::max(newest, state.version);
  }
  const std::string where = storage::redactDsn(db.dsn());
  const std::string schema = "schema version " + std::to_string(newest) + ", " +
                             std::to_string(applied) + " of " + std::to_string(states->size()) +
                             " migrations applied";
  if (pending > 0) {
    checks.push_back({"database", Level::Fail, where + ": " + schema, "mws db migrate"});
  } else {
    checks.push_back({"database", Level::Ok, where + ": " + schema, {}});
  }
}

void checkOutbox(storage::Database& db, Checks& checks) {
  auto unsent = storage::Outbox::countUnsent(db);
  if (!unsent) {
    checks.push_back({"outbox", Level::Fail, describe(unsent.error()), "mws db migrate"});
    return;
  }
  checks.push_back({"outbox", Level::Ok,
                    std::to_string(*unsent) + " entries not yet acknowledged by the centre", {}});
}

void checkDatabase(Context& ctx, Checks& checks) {
  auto handle = connectForDoctor(ctx, checks);
  if (!handle) return;
  const auto before = checks.size();
  checkSchema(*handle->db, checks);
  if (checks.size() > before && checks.back().level == Level::Ok) checkOutbox(*handle->db, checks);
}

// --- keys and certificate ----------------------------------------------------------------

void checkBlobKey(Context& ctx, Checks& checks) {
  const std::string file = setting(ctx, "security.key_file");
  auto key = security::KeyFile::load(file);
  if (key) {
    checks.push_back({"blob key", Level::Ok, file + " (mode 0600, owner uid " +
                                                 std::to_string(geteuid()) + ")", {}});
  } else if (key.error().code == "security.key_missing") {
    checks.push_back({"blob key", Level::Warn, "no key file " + file,
                      "it is made on first use; if this machine holds data, restore it from "
                      "the backup of the machine's secrets"});
  } else if (key.error().code == "security.key_file_exposed") {
    checks.push_back({"blob key", Level::Fail, file + " may be read by others or another user owns it",
                      "chmod 600 " + file + " && chown " + std::to_string(geteuid()) + " " + file});
  } else {
    checks.push_back({"blob key", Level::Fail, file + ": " + key.error().detail,
                      "restore the key file from the backup of the machine's secrets"});
  }
}

const std::string kOnboard = "mws onboard --unit CODE --centre URL, then ask the centre to sign";

void checkCertificateValidity(Context& ctx, const std::string& certFile, Checks& checks) {
  auto facts = readCertificate(certFile);
  if (!facts) {
    checks.push_back({"certificate", Level::Fail, certFile + " holds no certificate", kOnboard});
    return;
  }
  const std::string unit = setting(ctx, "unit.code");
  const std::string what = "CN=" + facts->commonName + ", valid until " + facts->notAfter;
  if (facts->notYetValid) {
    checks.push_back({"certificate", Level::Fail, what + ", not valid yet", "check the clock"});
  } else if (facts->daysLeft < 0) {
    checks.push_back({"certificate", Level::Fail, what + ": EXPIRED", kOnboard});
  } else if (!unit.empty() && facts->commonName != unit) {
    checks.push_back({"certificate", Level::Fail, what + ", but unit.code is " + unit,
                      "install the certificate issued for " + unit});
  } else if (facts->daysLeft < 30) {
    checks.push_back({"certificate", Level::Warn,
                      what + " (" + std::to_string(facts->daysLeft) + " days left)",
                      "renew: " + kOnboard});
  } else {
    checks.push_back({"certificate", Level::Ok,
                      what + " (" + std::to_string(facts->daysLeft) + " days left)", {}});
  }
}

void checkCertificateKeyAndCa(Context& ctx, const std::string& certFile, Checks& checks) {
  const std::string keyFile = setting(ctx, "central.key_file");
  const auto matches = keyFile.empty() ? core::Status(core::makeError("cert.key_unreadable",
                                                                      "central.key_file is not set"))
                                       : checkKeyMatches(certFile, keyFile);
  if (matches) {
    checks.push_back({"certificate key", Level::Ok, keyFile + " matches the certificate", {}});
  } else {
    checks.push_back({"certificate key", Level::Fail, matches.error().detail,
                      "set [central] key_file to the key made by mws onboard"});
  }
  const std::string caFile = setting(ctx, "central.ca_file");
  const auto issued = caFile.empty() ? core::Status(core::makeError("cert.ca_unreadable",
                                                                    "central.ca_file is not set"))
                                     : checkIssuedBy(certFile, caFile);
  if (issued) {
    checks.push_back({"certificate issuer", Level::Ok, "issued by the CA in " + caFile, {}});
  } else {
    checks.push_back({"certificate issuer", Level::Fail, issued.error().detail,
                      "mws onboard --install-cert FILE --ca CA.pem with the centre's CA"});
  }
}

void checkCertificate(Context& ctx, Checks& checks) {
  const std::string certFile = setting(ctx, "central.cert_file");
  const std::string url = setting(ctx, "central.url");
  if (certFile.empty()) {
    const bool needed = url.rfind("https://", 0) == 0;
    checks.push_back({"certificate", needed ? Level::Fail : Level::Warn,
                      needed ? "central.url is https but central.cert_file is not set"
                             : "not onboarded (central.cert_file is not set)",
                      kOnboard});
    return;
  }
  checkCertificateValidity(ctx, certFile, checks);
  checkCertificateKeyAndCa(ctx, certFile, checks);
}

// --- the centre --------------------------------------------------------------------------

void checkCentre(Context& ctx, Checks& checks) {
  const std::string url = setting(ctx, "central.url");
  if (url.empty()) {
    checks.push_back({"centre", Level::Warn, "central.url is not set; nothing syncs", kOnboard});
    return;
  }
  sync::client::ClientOptions options;
  options.connectTimeout = std::chrono::milliseconds(2000);
  options.ioTimeout = std::chrono::milliseconds(3000);
  options.caFile = setting(ctx, "central.ca_file");
  options.certificateFile = setting(ctx, "central.cert_file");
  options.privateKeyFile = setting(ctx, "central.key_file");
  sync::client::CentralClient client(url, options);
  sync::protocol::HelloRequest hello;
  hello.origin = setting(ctx, "unit.code");
  hello.clientClock = sync::protocol::wallClockNow();
  auto reply = client.hello(hello);
  if (!reply) {
    checks.push_back({"centre", Level::Fail, url + ": " + describe(reply.error()),
                      "check the network, the centre, and the certificate lines above"});
    return;
  }
  const auto skew = std::chrono::duration_cast<std::chrono::seconds>(reply->serverClock -
                                                                      hello.clientClock);
  const std::string what = url + ": mws-central " + reply->serverVersion + ", clock offset " +
                           std::to_string(skew.count()) + " s";
  const bool clockOk = skew.count() > -120 && skew.count() < 120;
  checks.push_back({"centre", clockOk ? Level::Ok : Level::Warn, what,
                    clockOk ? "" : "set the clock (systemd-timesyncd or chrony)"});
}

// --- devices -----------------------------------------------------------------------------

void checkCamera(Context& ctx, Checks& checks) {
  const std::string spec = setting(ctx, "devices.camera");
  auto camera = camera::openCamera(spec);
  if (!camera) {
    checks.push_back({"camera", Level::Fail, spec + ": " + describe(camera.error()),
                      "connect the camera or set [devices] camera (v4l2:0, synthetic, ...)"});
    return;
  }
  const auto size = (*camera)->frameSize();
  (*camera)->close();
  const bool simulated = spec == "synthetic";
  checks.push_back({"camera", simulated ? Level::Warn : Level::Ok,
                    spec + " opens, " + std::to_string(size.width) + "x" + std::to_string(size.height),
                    simulated ? "a synthetic test picture: set [devices] camera = v4l2:0 on a counter" : ""});
}

void checkFingerprint(Context& ctx, Checks& checks) {
  const std::string kind = setting(ctx, "devices.fingerprint");
  std::unique_ptr<peripherals::FingerprintScanner> scanner;
  if (kind == "libfprint") scanner = std::make_unique<fingerprint::FprintScanner>();
  if (kind == "simulated") scanner = std::make_unique<fingerprint::SimulatedFingerprintScanner>();
  if (!scanner) {
    checks.push_back({"fingerprint scanner", Level::Fail, "devices.fingerprint is '" + kind + "'",
                      "set [devices] fingerprint = libfprint (or simulated)"});
    return;
  }
  auto devices = scanner->listDevices();
  if (!devices || devices->empty()) {
    checks.push_back({"fingerprint scanner", Level::Fail,
                      devices ? kind + ": no scanner found" : kind + ": " + describe(devices.error()),
                      "plug the scanner in; check lsusb and /lib/udev/rules.d/60-mws-fingerprint.rules"});
    return;
  }
  const auto& first = devices->front();
  checks.push_back({"fingerprint scanner", kind == "simulated" ? Level::Warn : Level::Ok,
                    kind + ": " + first.name + " (" + first.driver + ")",
                    kind == "simulated" ? "a simulated scanner: set [devices] fingerprint = libfprint" : ""});
}

void checkDocumentFolder(Context& ctx, Checks& checks) {
  const std::string folder = setting(ctx, "devices.document_folder");
  if (folder.empty()) return;  // no scanner drop folder configured
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    checks.push_back({"document folder", Level::Fail, folder + " is not a folder",
                      "create it or fix [devices] document_folder"});
  } else if (::access(folder.c_str(), R_OK | W_OK | X_OK) != 0) {
    checks.push_back({"document folder", Level::Fail, folder + " is not readable and writable",
                      "give this user access to " + folder});
  } else {
    checks.push_back({"document folder", Level::Ok, folder, {}});
  }
}

// --- output ------------------------------------------------------------------------------

void printText(std::ostream& out, const Checks& checks) {
  for (const auto& c : checks) {
    const std::string level = levelName(c.level);
    out << level << std::string(6 - level.size(), ' ') << c.name << ": " << c.detail;
    if (!c.fix.empty()) out << " -> " << c.fix;
    out << "\n";
  }
}

void printJson(std::ostream& out, const Checks& checks, bool ok) {
  std::vector<std::string> items;
  for (const auto& c : checks) {
    JsonObject item;
    std::string level = levelName(c.level);
    for (auto& ch : level) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    item.add("check", c.name).add("status", level).add("detail", c.detail).add("fix", c.fix);
    items.push_back(item.str());
  }
  out << JsonObject().add("ok", ok).addRaw("checks", jsonArray(items)).str() << "\n";
}

}  // namespace

int doctor(Context& ctx) {
  if (!ctx.args.positional(1).empty()) return ctx.usage("usage: mws doctor [--json] [--as LOGIN]");
  if (auto refused = machineWorkRefused(ctx, core::Right::DeviceManage,
                                        ctx.config->getString("unit.code", ""), "machine.doctor")) {
    return *refused;
  }
  Checks checks;
  checkConfiguration(ctx, checks);
  checkDatabase(ctx, checks);
  checkBlobKey(ctx, checks);
  checkCertificate(ctx, checks);
  checkCentre(ctx, checks);
  checkCamera(ctx, checks);
  checkFingerprint(ctx, checks);
  checkDocumentFolder(ctx, checks);
  bool ok = true;
  for (const auto& c : checks) ok = ok && c.level != Level::Fail;
  if (ctx.args.flag("json")) {
    printJson(ctx.out, checks, ok);
  } else {
    printText(ctx.out, checks);
  }
  return ok ? kOk : kFailed;
}

int dbUnsyncedCount(Context& ctx) {
  Checks checks;
  auto handle = connectForDoctor(ctx, checks);
  if (!handle) {
    if (checks.back().level == Level::Warn) {  // no private cluster: nothing can be unsynced
      ctx.out << "0\n";
      return kOk;
    }
    ctx.err << "mws: " << checks.back().detail << "\n";
    return kFailed;
  }
  auto unsent = storage::Outbox::countUnsent(*handle->db);
  if (!unsent) return ctx.fail(unsent.error());
  ctx.out << *unsent << "\n";
  return kOk;
}

int dbBackup(Context& ctx) {
  const auto out = ctx.args.option("out");
  if (!out) return ctx.usage("usage: mws db backup --out FILE");
  Checks checks;
  auto handle = connectForDoctor(ctx, checks);
  if (!handle) {
    if (checks.back().level == Level::Warn) {  // no private cluster yet: no data to keep
      ctx.out << "no database yet: nothing to back up\n";
      return kOk;
    }
    ctx.err << "mws: " << checks.back().detail << "\n";
    return kFailed;
  }
  auto bin = storage::PrivateCluster::findBinDir();
  if (!bin) return ctx.fail(bin.error());
  const std::string dsn = handle->db->dsn();
  handle->db.reset();
  std::error_code ec;
  fs::create_directories(fs::path(*out).parent_path(), ec);
  const mode_t previous = ::umask(077);  // the dump holds personal data
  Poco::Process::Args args{"--format=custom", "--file=" + *out, "--dbname=" + dsn};
  Poco::ProcessHandle dump = Poco::Process::launch(*bin + "/pg_dump", args);
  const int status = dump.wait();
  ::umask(previous);
  if (status != 0) {
    fs::remove(*out, ec);
    ctx.err << "mws: pg_dump of " << storage::redactDsn(dsn) << " failed (exit " << status << ")\n";
    return kFailed;
  }
  ctx.out << "backed up " << storage::redactDsn(dsn) << " to " << *out << " ("
          << fs::file_size(*out, ec) << " bytes)\n";
  return kOk;
}

}  // namespace mws::cli
