// mws finger devices | enroll --finger F --out FILE | verify --template FILE |
// session --out DIR [--finger F[=amputated|bandaged]]...: fingerprint diagnostics for IT. The scanner is devices.fingerprint: "simulated" (default) or
// "libfprint". A template file is one header line "MWSFP1 <driver> <finger>" and then the
// bytes the scanner serialised (a libfprint print); templates go encrypted into the
// database elsewhere — this file is for diagnostics only. A session writes, per finger,
// DIR/<finger>.tpl (a template file) and DIR/<finger>.pgm (the image), and DIR/session.txt:
// one line per finger "<finger> TAB captured|exception TAB quality|reason TAB retries".
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <utility>
#include <vector>

#include "context.hpp"
#include "workspace.hpp"
#include "mws/fingerprint/fprint_scanner.hpp"
#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"
#include "mws/fingerprint/ten_print_session.hpp"

namespace mws::cli {
namespace {

using peripherals::FingerprintScanner;
using peripherals::FingerprintTemplate;

std::unique_ptr<FingerprintScanner> makeScanner(Context& ctx) {
  const std::string kind = ctx.config->getString("devices.fingerprint", "simulated");
  if (kind == "libfprint") return std::make_unique<fingerprint::FprintScanner>();
  if (kind == "simulated") return std::make_unique<fingerprint::SimulatedFingerprintScanner>();
  ctx.err << "mws: devices.fingerprint must be 'simulated' or 'libfprint', not '" << kind << "'\n";
  return nullptr;
}

peripherals::ScanOptions promptingOptions(Context& ctx) {
  peripherals::ScanOptions options;
  options.progress = [&err = ctx.err](const peripherals::ScanProgress& p) {
    if (p.prompt == peripherals::ScanPrompt::PlaceFinger) {
      err << "place the finger on the scanner";
      if (p.stages > 0) err << " (" << p.stage + 1 << "/" << p.stages << ")";
      err << "\n";
    } else if (p.prompt == peripherals::ScanPrompt::RemoveFinger) {
      err << "lift the finger\n";
    } else {
      err << "try again: " << peripherals::retryReasonName(p.reason) << "\n";
    }
  };
  return options;
}

std::unique_ptr<FingerprintScanner> openScanner(Context& ctx, int& status) {
  auto scanner = makeScanner(ctx);
  status = kUsage;
  if (!scanner) return nullptr;
  auto opened = scanner->open(ctx.args.option("device").value_or(""));
  if (!opened.ok()) {
    status = ctx.fail(opened.error());
    return nullptr;
  }
  return scanner;
}

bool writeTemplate(const std::string& path, const FingerprintTemplate& print) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << "MWSFP1 " << print.driver << " " << peripherals::fingerName(print.finger) << "\n";
  file.write(reinterpret_cast<const char*>(print.data.data()), std::streamsize(print.data.size()));
  return bool(file);
}

std::optional<FingerprintTemplate> readTemplate(const std::string& path) {
  // A template is a few kilobytes: a device, a pipe or a huge file is never read whole.
  constexpr std::uintmax_t kMaxTemplateBytes = 1u << 20;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec) ||
      std::filesystem::file_size(path, ec) > kMaxTemplateBytes || ec) {
    return std::nullopt;
  }
  std::ifstream file(path, std::ios::binary);
  std::string header;
  if (!std::getline(file, header)) return std::nullopt;
  std::istringstream words(header);
  std::string magic, driver, finger;
  words >> magic >> driver >> finger;
  const auto position = peripherals::parseFinger(finger);
  if (magic != "MWSFP1" || !position) return std::nullopt;
  FingerprintTemplate print{*position, driver, {}};
  print.data.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  return print;
}

// --finger F picks the fingers in that order (default: all ten); F=REASON declares F an
// exception (amputated or bandaged) that is never scanned.
struct SessionPlan {
  fingerprint::TenPrintConfig config;
  std::vector<std::pair<peripherals::FingerPosition, fingerprint::FingerException>> exceptions;
};

std::optional<SessionPlan> planSession(const Arguments& args) {
  SessionPlan plan;
  const auto words = args.options("finger");
  if (!words.empty()) plan.config.fingers.clear();
  for (const auto& word : words) {
    const auto equals = word.find('=');
    const auto finger = peripherals::parseFinger(word.substr(0, equals));
    if (!finger) return std::nullopt;
    plan.config.fingers.push_back(*finger);
    if (equals == std::string::npos) continue;
    const auto reason = fingerprint::parseFingerException(word.substr(equals + 1));
    if (!reason || *reason == fingerprint::FingerException::Unreadable) return std::nullopt;
    plan.exceptions.emplace_back(*finger, *reason);
  }
  return plan;
}

// The status board, one line per change, on standard error.
fingerprint::TenPrintListener boardPrinter(std::ostream& err) {
  return [&err](const fingerprint::TenPrintEvent& e) {
    const auto name = peripherals::fingerName(e.finger);
    using Kind = fingerprint::TenPrintEvent::Kind;
    if (e.kind == Kind::Started) {
      err << name << ": place the finger on the scanner\n";
    } else if (e.kind == Kind::Prompt && e.prompt.prompt == peripherals::ScanPrompt::Retry) {
      err << name << ": try again: " << peripherals::retryReasonName(e.prompt.reason) << "\n";
    } else if (e.kind == Kind::Changed) {
      err << name << ": " << fingerprint::fingerStatusName(e.status);
      if (e.exception) err << " (" << fingerprint::fingerExceptionName(*e.exception) << ")";
      err << "\n";
    }
  };
}

// Binary PGM; images in other formats are not written.
bool writeImage(const std::filesystem::path& path, const peripherals::Frame& image) {
  if (image.empty() || image.format != peripherals::PixelFormat::Gray8) return true;
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << "P5\n" << image.width << " " << image.height << "\n255\n";
  for (int y = 0; y < image.height; ++y) {
    file.write(reinterpret_cast<const char*>(image.row(y)), image.width);
  }
  return bool(file);
}

bool writeSession(const std::filesystem::path& dir, const fingerprint::TenPrintResult& result) {
  std::filesystem::create_directories(dir);
  std::ofstream summary(dir / "session.txt", std::ios::trunc);
  for (const auto& entry : result.fingers) {
    const std::string name(peripherals::fingerName(entry.finger));
    if (entry.exception) {
      summary << name << "\texception\t" << fingerprint::fingerExceptionName(*entry.exception);
    } else {
      if (!writeTemplate((dir / (name + ".tpl")).string(), entry.print)) return false;
      if (!writeImage(dir / (name + ".pgm"), entry.image)) return false;
      summary << name << "\tcaptured\t" << int(entry.quality.score);
    }
    summary << "\t" << entry.retries << "\n";
  }
  return bool(summary);
}

}  // namespace

int fingerDevices(Context& ctx) {
  auto scanner = makeScanner(ctx);
  if (!scanner) return kUsage;
  auto devices = scanner->listDevices();
  if (!devices.ok()) return ctx.fail(devices.error());
  if (devices->empty()) ctx.out << "no fingerprint scanner found\n";
  for (const auto& d : devices.value()) {
    ctx.out << d.id << "\t" << d.driver << "\t" << d.name << "\n";
  }
  return kOk;
}

int fingerEnroll(Context& ctx) {
  const auto finger = peripherals::parseFinger(ctx.args.option("finger").value_or(""));
  const auto out = ctx.args.option("out");
  if (!finger || !out) return ctx.usage("finger enroll needs --finger right-thumb…left-little and --out FILE");
  if (auto refused = machineWorkRefused(ctx, core::Right::DeviceManage,
                                        ctx.config->getString("unit.code", ""), "device.finger_enroll")) {
    return *refused;
  }
  int status = kOk;
  auto scanner = openScanner(ctx, status);
  if (!scanner) return status;
  auto enrolment = scanner->enroll(*finger, promptingOptions(ctx));
  if (!enrolment.ok()) return ctx.fail(enrolment.error());
  if (!writeTemplate(*out, enrolment->print)) return ctx.usage("cannot write " + *out);
  ctx.out << "enrolled " << peripherals::fingerName(*finger) << " in " << enrolment->stages
          << " stages (" << enrolment->retries << " retries) to " << *out << "\n";
  return kOk;
}

int fingerVerify(Context& ctx) {
  const auto path = ctx.args.option("template");
  if (!path) return ctx.usage("finger verify needs --template FILE");
  const auto stored = readTemplate(*path);
  if (!stored) return ctx.usage(*path + " is not a template written by mws finger enroll");
  int status = kOk;
  auto scanner = openScanner(ctx, status);
  if (!scanner) return status;
  auto verdict = scanner->verify(*stored, promptingOptions(ctx));
  if (!verdict.ok()) return ctx.fail(verdict.error());
  ctx.out << (verdict->match ? "match" : "no match") << " ("
          << peripherals::fingerName(stored->finger) << ", quality "
          << int(verdict->quality.score) << ")\n";
  return verdict->match ? kOk : kFailed;
}

int fingerSession(Context& ctx) {
  const auto out = ctx.args.option("out");
  const auto plan = planSession(ctx.args);
  if (!out || !plan) {
    return ctx.usage("finger session needs --out DIR; --finger F[=amputated|bandaged] picks fingers");
  }
  if (auto refused = machineWorkRefused(ctx, core::Right::DeviceManage,
                                        ctx.config->getString("unit.code", ""), "device.finger_session")) {
    return *refused;
  }
  int status = kOk;
  auto scanner = openScanner(ctx, status);
  if (!scanner) return status;
  fingerprint::TenPrintSession session(*scanner, plan->config);
  for (const auto& [finger, reason] : plan->exceptions) {
    if (auto declared = session.declareException(finger, reason); !declared.ok()) {
      return ctx.fail(declared.error());
    }
  }
  session.setListener(boardPrinter(ctx.err));
  if (auto ran = session.run(); !ran.ok()) return ctx.fail(ran.error());
  auto result = session.result();
  if (!result.ok()) return ctx.fail(result.error());
  if (!writeSession(*out, *result)) return ctx.usage("cannot write to " + *out);
  int captured = 0;
  for (const auto& entry : result->fingers) captured += entry.exception ? 0 : 1;
  ctx.out << "captured " << captured << " of " << result->fingers.size() << " fingers to "
          << *out << "\n";
  return kOk;
}

}  // namespace mws::cli
