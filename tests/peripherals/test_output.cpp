#include "test_output.hpp"

#include <cstdlib>

namespace mws::test {

std::filesystem::path freshOutputDir(const std::string& name) {
  namespace fs = std::filesystem;
  const char* root = std::getenv("MWS_TEST_OUTPUT");
  const fs::path base = (root && *root) ? fs::path(root)
                                        : fs::temp_directory_path() / "mws-peripherals-tests";
  const fs::path dir = base / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace mws::test
