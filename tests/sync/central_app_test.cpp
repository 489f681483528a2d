// The mws-central executable as IT runs it: a configuration file, a log line saying where
// it serves, a hello on that port, and a clean exit on SIGINT.

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <string>
#include <thread>

#include "mws/core/version.hpp"
#include "mws/sync/client/central_client.hpp"

namespace protocol = mws::sync::protocol;

namespace {

std::filesystem::path outputDir() {
  const char* env = std::getenv("MWS_TEST_OUTPUT");
  std::filesystem::path dir = env != nullptr ? std::filesystem::path(env)
                                             : std::filesystem::temp_directory_path() / "mws-sync";
  std::filesystem::create_directories(dir);
  return dir;
}

std::filesystem::path writeConfig() {
  const auto path = outputDir() / "mws-central-test.properties";
  std::ofstream(path) << "central.bind = 127.0.0.1\ncentral.port = 0\n";
  return path;
}

// mws-central in a child process, its console log on a pipe; killed if still running.
class CentralProcess {
 public:
  explicit CentralProcess(const std::filesystem::path& config)
      : m_handle(Poco::Process::launch(MWS_CENTRAL_EXE, {"--config=" + config.string()}, nullptr,
                                       &m_log, &m_log)),
        m_logStream(m_log) {}
  ~CentralProcess() {
    if (Poco::Process::isRunning(m_handle)) Poco::Process::kill(m_handle);
  }

  // Reads the log until the line saying where it serves; nothing if it exits first.
  std::optional<std::uint16_t> servingPort() {
    const std::regex serving("serving protocol [0-9]+ on 127\\.0\\.0\\.1:([0-9]+)");
    std::string line;
    while (std::getline(m_logStream, line)) {
      BOOST_TEST_MESSAGE("mws-central: " << line);
      std::smatch match;
      if (std::regex_search(line, match, serving)) {
        return static_cast<std::uint16_t>(std::stoi(match[1].str()));
      }
    }
    return std::nullopt;
  }

  int interruptAndWait() {
    Poco::Process::requestTermination(m_handle.id());
    return m_handle.wait();
  }

 private:
  Poco::Pipe m_log;
  Poco::ProcessHandle m_handle;
  Poco::PipeInputStream m_logStream;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(central_app)

BOOST_AUTO_TEST_CASE(serves_hello_from_its_config_file_and_exits_cleanly_on_sigint) {
  CentralProcess central(writeConfig());
  const auto port = central.servingPort();
  BOOST_REQUIRE_MESSAGE(port.has_value(), "mws-central never said where it serves");

  mws::sync::client::CentralClient client("http://127.0.0.1:" + std::to_string(*port));
  const auto reply = client.hello({protocol::kProtocolVersion, "UNIT-7", protocol::wallClockNow()});
  BOOST_REQUIRE_MESSAGE(reply.ok(), (reply.ok() ? "" : reply.error().detail));
  BOOST_TEST(reply->serverVersion == std::string(mws::core::version()));

  BOOST_TEST(central.interruptAndWait() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
