#include "mws/runtime/logging.hpp"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FileChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/PatternFormatter.h>
#include <Poco/SplitterChannel.h>
#include <Poco/Util/AbstractConfiguration.h>

#include <filesystem>
#include <iostream>

namespace mws::runtime {

void setupLogging(const Poco::Util::AbstractConfiguration& config, const std::string& program) {
  Poco::AutoPtr<Poco::SplitterChannel> splitter(new Poco::SplitterChannel);
  splitter->addChannel(new Poco::ConsoleChannel(std::cerr));

  const std::filesystem::path dir = config.getString("log.dir", "");
  std::error_code ec;
  if (!dir.empty() && (std::filesystem::create_directories(dir, ec), !ec)) {
    Poco::AutoPtr<Poco::FileChannel> file(new Poco::FileChannel((dir / (program + ".log")).string()));
    file->setProperty("rotation", "10 M");
    file->setProperty("archive", "timestamp");
    file->setProperty("purgeCount", "10");
    splitter->addChannel(file);
  }
  Poco::AutoPtr<Poco::PatternFormatter> format(
      new Poco::PatternFormatter("%Y-%m-%dT%H:%M:%S.%iZ %p %s: %t"));
  Poco::AutoPtr<Poco::FormattingChannel> formatted(new Poco::FormattingChannel(format, splitter));
  Poco::Logger& root = Poco::Logger::root();
  root.setChannel(formatted);
  root.setLevel(config.getString("log.level", "information"));
}

}  // namespace mws::runtime
