#include "process.hpp"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

namespace mws::storage::detail {

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args,
                         const std::string& asUser) {
  std::string command = program;
  Poco::Process::Args argv(args.begin(), args.end());
  if (!asUser.empty()) {
    argv.insert(argv.begin(), {"-u", asUser, "--", program});
    command = "runuser";
  }
  ProcessResult result;
  try {
    Poco::Pipe out;
    Poco::ProcessHandle handle = Poco::Process::launch(command, argv, nullptr, &out, &out);
    Poco::PipeInputStream stream(out);
    Poco::StreamCopier::copyToString(stream, result.output);
    result.exitCode = handle.wait();
  } catch (const std::exception& e) {
    result.output = std::string("cannot run ") + command + ": " + e.what();
  }
  return result;
}

}  // namespace mws::storage::detail
