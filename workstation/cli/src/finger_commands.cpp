// mws finger devices | enroll --finger F --out FILE | verify --template FILE: fingerprint
// diagnostics for IT. The scanner is devices.fingerprint: "simulated" (default) or
// "libfprint". A template file is one header line "MWSFP1 <driver> <finger>" and then the
// bytes the scanner serialised (a libfprint print); templates go encrypted into the
// database elsewhere — this file is for diagnostics only.
#include <fstream>
#include <iterator>
#include <memory>
#include <ostream>
#include <sstream>

#include "context.hpp"
#include "mws/fingerprint/fprint_scanner.hpp"
#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"

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

}  // namespace mws::cli
