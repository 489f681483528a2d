#pragma once
// mws-central as a Poco ServerApplication: options, configuration, logging, and the
// CentralServer's lifetime until a termination request (SIGINT, SIGTERM).

#include <Poco/Util/ServerApplication.h>

#include <optional>
#include <string>
#include <vector>

#include "mws/sync/central/central_server.hpp"

namespace mws::sync::central {

class CentralApp : public Poco::Util::ServerApplication {
 protected:
  void initialize(Poco::Util::Application& self) override;
  void defineOptions(Poco::Util::OptionSet& options) override;
  void handleOption(const std::string& name, const std::string& value) override;
  int main(const std::vector<std::string>& args) override;

 private:
  void printHelp() const;
  // The address to serve on, from the command line and the configuration file.
  std::optional<ServerOptions> serverOptions() const;

  bool m_helpRequested = false;
};

}  // namespace mws::sync::central
