#include "fingerprint_fixture.hpp"

#include <cstdlib>
#include <map>
#include <mutex>

#include <boost/test/unit_test.hpp>

namespace mws::test {

std::filesystem::path freshFingerprintDir(const std::string& name) {
  const char* root = std::getenv("MWS_TEST_OUTPUT");
  auto dir = std::filesystem::path(root ? root : "/tmp/mws-test-output") / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

const fingerprint::SyntheticFinger& syntheticFinger(std::uint64_t seed) {
  static std::mutex mutex;
  static std::map<std::uint64_t, std::unique_ptr<fingerprint::SyntheticFinger>> fingers;
  std::lock_guard lock(mutex);
  auto& finger = fingers[seed];
  if (!finger) {
    finger = std::make_unique<fingerprint::SyntheticFinger>(seed);
  }
  return *finger;
}

VirtualScanner::VirtualScanner(const std::string& name)
    : socket(freshFingerprintDir(name) / "fp.sock") {
  setenv("FP_VIRTUAL_IMAGE", socket.c_str(), 1);
  auto devices = scanner.listDevices();
  unsetenv("FP_VIRTUAL_IMAGE");
  BOOST_REQUIRE_MESSAGE(devices.ok(), (devices.ok() ? "" : devices.error().detail));
  for (const auto& device : devices.value()) {
    if (device.driver == "virtual_image") {
      deviceId = device.id;
    }
  }
  BOOST_REQUIRE_MESSAGE(!deviceId.empty(), "libfprint did not list its virtual_image driver");
  auto opened = scanner.open(deviceId);
  BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().code));
  finger = std::make_unique<VirtualFinger>(socket);
  BOOST_REQUIRE(finger->connected());
}

peripherals::ScanOptions VirtualScanner::options(std::chrono::milliseconds timeout) {
  peripherals::ScanOptions options;
  options.progress = finger->listener();
  options.timeout = timeout;
  return options;
}

core::Result<peripherals::Enrolment> VirtualScanner::enrol(std::uint64_t seed,
                                                           peripherals::FingerPosition position) {
  for (int stage = 1; stage <= scanner.enrollStages(); ++stage) {
    finger->queue(syntheticFinger(seed).impression(std::uint64_t(stage)));
  }
  return scanner.enroll(position, options());
}

}  // namespace mws::test
