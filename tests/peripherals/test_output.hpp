#pragma once
// Where a test may write files: $MWS_TEST_OUTPUT/<name>, emptied first.

#include <filesystem>
#include <string>

namespace mws::test {

std::filesystem::path freshOutputDir(const std::string& name);

}  // namespace mws::test
