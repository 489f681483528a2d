#include <cstdlib>
#include <future>
#include <thread>

#include <boost/test/unit_test.hpp>
#include <glib.h>

#include "mws/fingerprint/fprint_scanner.hpp"
#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"
#include "test_output.hpp"

using mws::peripherals::FingerprintDevice;

namespace {

bool hasDriver(const std::vector<FingerprintDevice>& devices, const std::string& driver) {
  for (const auto& device : devices) {
    if (device.driver == driver) {
      return true;
    }
  }
  return false;
}

// Clears libfprint's virtual-driver variables so each test controls them.
void clearVirtualDrivers() {
  for (const char* name : {"FP_VIRTUAL_IMAGE", "FP_VIRTUAL_DEVICE", "FP_VIRTUAL_DEVICE_STORAGE"}) {
    unsetenv(name);
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(fingerprint)

BOOST_AUTO_TEST_CASE(libfprint_lists_its_virtual_image_scanner) {
  clearVirtualDrivers();
  const auto socket = mws::test::freshOutputDir("fprint_virtual_image") / "fp.sock";
  setenv("FP_VIRTUAL_IMAGE", socket.c_str(), 1);
  mws::fingerprint::FprintScanner scanner;
  auto devices = scanner.listDevices();
  clearVirtualDrivers();

  BOOST_REQUIRE_MESSAGE(devices.ok(), (devices.ok() ? "" : devices.error().detail));
  BOOST_REQUIRE(hasDriver(devices.value(), "virtual_image"));
  for (const auto& device : devices.value()) {
    if (device.driver == "virtual_image") {
      BOOST_TEST(!device.name.empty());
    }
  }
  // The context enumerates once; asking again gives the same scanners.
  auto again = scanner.listDevices();
  BOOST_REQUIRE(again.ok());
  BOOST_TEST(again.value().size() == devices.value().size());
}

BOOST_AUTO_TEST_CASE(libfprint_lists_no_virtual_scanner_unless_asked) {
  clearVirtualDrivers();
  mws::fingerprint::FprintScanner scanner;
  auto devices = scanner.listDevices();
  BOOST_REQUIRE(devices.ok());
  BOOST_TEST(!hasDriver(devices.value(), "virtual_image"));
}

BOOST_AUTO_TEST_CASE(refuses_instead_of_blocking_when_another_thread_runs_glib) {
  std::promise<void> owned;
  std::promise<void> done;
  std::thread owner([&] {
    g_main_context_acquire(nullptr);
    owned.set_value();
    done.get_future().wait();
    g_main_context_release(nullptr);
  });
  owned.get_future().wait();
  mws::fingerprint::FprintScanner scanner;
  auto devices = scanner.listDevices();
  done.set_value();
  owner.join();

  BOOST_REQUIRE(!devices.ok());
  BOOST_TEST(devices.error().code == "fingerprint.unavailable");
}

BOOST_AUTO_TEST_CASE(simulated_scanner_lists_one_device_while_connected) {
  mws::fingerprint::SimulatedFingerprintScanner scanner;
  auto devices = scanner.listDevices();
  BOOST_REQUIRE(devices.ok());
  BOOST_REQUIRE(devices.value().size() == 1u);
  BOOST_TEST(devices.value().front().driver == "simulated");
  BOOST_TEST(devices.value().front().id == "simulated-0");

  scanner.setConnected(false);
  BOOST_TEST(scanner.listDevices().value().empty());
}

BOOST_AUTO_TEST_SUITE_END()
