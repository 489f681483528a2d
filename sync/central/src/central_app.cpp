#include "central_app.hpp"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/NumberParser.h>
#include <Poco/PatternFormatter.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/IntValidator.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>
#include <pthread.h>

#include <csignal>
#include <iostream>
#include <optional>

#include "admin_command.hpp"
#include "ca_command.hpp"
#include "ca_sign.hpp"
#include "mws/core/version.hpp"
#include "mws/sync/central/central_server.hpp"
#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::central {

namespace {

using Poco::Util::Option;

constexpr const char* kBindKey = "central.bind";
constexpr const char* kPortKey = "central.port";
constexpr const char* kDsnKey = "central.dsn";
constexpr const char* kTlsCertKey = "central.tls_cert";
constexpr const char* kTlsKeyKey = "central.tls_key";
constexpr const char* kTlsCaKey = "central.tls_ca";
constexpr const char* kMaxSkewKey = "central.max_clock_skew_s";

void addValueOption(Poco::Util::OptionSet& options, const std::string& name,
                    const std::string& help, const std::string& argument, const char* key) {
  options.addOption(Option(name, "", help).argument(argument).binding(key));
}

Poco::Logger& centralLog() {
  return Poco::Logger::get("mws.central");
}

// Timestamped console lines, unless the configuration file sets up logging itself.
void setDefaultLogging() {
  Poco::AutoPtr<Poco::PatternFormatter> formatter(
      new Poco::PatternFormatter("%Y-%m-%d %H:%M:%S.%i %q %s: %t"));
  formatter->setProperty("times", "local");
  Poco::AutoPtr<Poco::Channel> channel(
      new Poco::FormattingChannel(formatter, new Poco::ConsoleChannel));
  Poco::Logger::setChannel("", channel);
}

// SIGINT, SIGTERM and SIGQUIT are blocked before any worker thread exists (threads inherit
// the mask), so that they wait for waitForTerminationRequest() instead of killing the
// process with the default action while it starts, or through a worker thread.
void blockTerminationSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGQUIT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
}

}  // namespace

void CentralApp::initialize(Poco::Util::Application& self) {
  ServerApplication::initialize(self);
  if (!config().has("logging.loggers.root.channel")) setDefaultLogging();
}

void CentralApp::defineOptions(Poco::Util::OptionSet& options) {
  ServerApplication::defineOptions(options);
  options.addOption(Option("help", "h", "Print this help and exit."));
  options.addOption(Option("bind", "b", "Address to listen on (default 127.0.0.1).")
                        .argument("address")
                        .binding(kBindKey));
  options.addOption(Option("port", "p",
                           "TCP port to listen on (default " + std::to_string(kDefaultPort) +
                               "; 0 picks a free one).")
                        .argument("port")
                        .validator(new Poco::Util::IntValidator(0, 65535))
                        .binding(kPortKey));
  addValueOption(options, "dsn", "The centre's PostgreSQL database (libpq DSN).", "dsn", kDsnKey);
  addValueOption(options, "tls-cert", "The centre's certificate (PEM); with --tls-key and --tls-ca "
                 "the centre serves https and requires unit certificates.", "file", kTlsCertKey);
  addValueOption(options, "tls-key", "The centre's private key (PEM).", "file", kTlsKeyKey);
  addValueOption(options, "tls-ca", "The CA whose unit certificates are accepted (PEM).", "file",
                 kTlsCaKey);
  addValueOption(options, "max-clock-skew", "Refuse workstations whose clock is further than "
                 "this many seconds from ours (default 300; 0: do not check).", "seconds", kMaxSkewKey);
  addValueOption(options, "dir", "ca: the authority's directory.", "dir", "ca.dir");
  addValueOption(options, "unit", "ca issue, person, district: the unit code.", "code", "ca.unit");
  addValueOption(options, "csr", "ca sign: the unit's certificate request (PEM).", "file", "ca.csr");
  addValueOption(options, "host", "ca init: the centre's names (default 127.0.0.1,localhost).",
                 "names", "ca.host");
  addValueOption(options, "case", "decide: the case's UUID.", "id", "decide.case");
  addValueOption(options, "state", "decide: approved or rejected.", "state", "decide.state");
  addValueOption(options, "reason", "decide: why (required to reject); alarms: how it was "
                 "resolved.", "text", "decide.reason");
  addValueOption(options, "by", "decide: who decided (default centre).", "name", "decide.by");
  addValueOption(options, "table", "reference: service_catalogue, fee_table or bcu_rates.",
                 "table", "reference.table");
  addValueOption(options, "row", "reference, person, overstay: the row as a JSON object.", "json",
                 "reference.row");
  addValueOption(options, "ref", "person: the centre's id of the person.", "ref", "admin.ref");
  addValueOption(options, "district", "district, overstay: the district's name.", "name",
                 "admin.district");
  addValueOption(options, "id", "overstay: the centre's key of the entry; alarms: the alarm to "
                 "resolve (with --reason).", "id", "admin.id");
  options.addOption(Option("config", "c",
                           "Configuration file (.properties, .ini, .json or .xml) with the keys "
                           "central.bind, central.port and Poco's logging.*.")
                        .argument("file"));
}

void CentralApp::handleOption(const std::string& name, const std::string& value) {
  ServerApplication::handleOption(name, value);
  if (name == "help") {
    m_helpRequested = true;
    stopOptionsProcessing();
  } else if (name == "config") {
    loadConfiguration(value);  // the command line's --bind/--port still take precedence
  }
}

void CentralApp::printHelp() const {
  Poco::Util::HelpFormatter help(options());
  help.setCommand(commandName());
  help.setUsage("[--bind address] [--port port] [--config file] [--dsn dsn] "
                "[--tls-cert f --tls-key f --tls-ca f] | ca init|issue ... | decide ... | reference ...");
  help.setHeader("The central sync server of the Migration Officer Workstation (version " +
                 std::string(core::version()) + ", protocol " +
                 std::to_string(protocol::kProtocolVersion) + ").");
  help.setFooter("Stops on SIGINT or SIGTERM. 'ca init --dir D' makes a pilot CA and the "
                 "centre's certificate; 'ca issue --unit U --dir D' a unit's client certificate. "
                 "'decide --dsn D --case ID --state approved|rejected --reason R' records a "
                 "central decision, 'reference --dsn D --table T --row JSON' a reference row, "
                 "'person --dsn D --unit U --ref R --row JSON' a person record for a unit, "
                 "'district --dsn D --unit U --district X' the unit's district, 'overstay "
                 "--dsn D --district X --id I --row JSON' an overstay entry for its units; "
                 "units pull them. 'alarms --dsn D' lists open audit alarms, 'alarms --dsn D "
                 "--id N --reason R' resolves one.");
  help.format(std::cout);
}

std::optional<ServerOptions> CentralApp::serverOptions() const {
  ServerOptions options;
  options.host = config().getString(kBindKey, options.host);
  int port = -1;
  const std::string text = config().getString(kPortKey, std::to_string(kDefaultPort));
  if (!Poco::NumberParser::tryParse(text, port) || port < 0 || port > 65535) {
    centralLog().fatal("%s must be a number from 0 to 65535, not '%s'", std::string(kPortKey),
                       text);
    return std::nullopt;
  }
  options.port = static_cast<std::uint16_t>(port);
  options.dsn = config().getString(kDsnKey, "");
  int skewSeconds = -1;
  const std::string skewText = config().getString(kMaxSkewKey, "300");
  if (!Poco::NumberParser::tryParse(skewText, skewSeconds) || skewSeconds < 0) {
    centralLog().fatal("%s must be a number of seconds, not '%s'", std::string(kMaxSkewKey), skewText);
    return std::nullopt;
  }
  options.maxClockSkew = std::chrono::seconds(skewSeconds);
  options.tls = TlsFiles{config().getString(kTlsCertKey, ""), config().getString(kTlsKeyKey, ""),
                         config().getString(kTlsCaKey, "")};
  return options;
}

int CentralApp::main(const std::vector<std::string>& args) {
  if (m_helpRequested) {
    printHelp();
    return EXIT_OK;
  }
  if (args.size() == 2 && args[0] == "ca" && args[1] == "sign") return runCaSign(config(), std::cout, std::cerr);
  if (!args.empty() && args.front() == "ca") return runCaCommand(args, config(), std::cout, std::cerr);
  if (!args.empty() && (args.front() == "decide" || args.front() == "reference" ||
                         args.front() == "person" || args.front() == "district" ||
                         args.front() == "overstay" || args.front() == "alarms")) {
    return runAdminCommand(args, config(), std::cout, std::cerr);
  }
  if (!args.empty()) {
    std::cerr << commandName() << ": unexpected argument '" << args.front() << "' (see --help)\n";
    return EXIT_USAGE;
  }
  const auto options = serverOptions();
  if (!options) return EXIT_CONFIG;
  blockTerminationSignals();
  CentralServer server(*options);
  if (const auto started = server.start(); !started) {
    centralLog().fatal("%s", started.error().detail);
    return EXIT_UNAVAILABLE;
  }
  waitForTerminationRequest();
  server.stop();
  return EXIT_OK;
}

}  // namespace mws::sync::central
