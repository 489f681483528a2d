#pragma once
// A real libfprint stack on its virtual_image driver, opened, with a VirtualFinger on its
// socket; and synthetic fingers shared by the tests (growing one takes a fraction of a second).

#include <filesystem>
#include <memory>
#include <string>

#include "mws/fingerprint/fprint_scanner.hpp"
#include "mws/fingerprint/synthetic_fingerprint.hpp"
#include "virtual_finger.hpp"

namespace mws::test {

std::filesystem::path freshFingerprintDir(const std::string& name);

const fingerprint::SyntheticFinger& syntheticFinger(std::uint64_t seed);

struct VirtualScanner {
  explicit VirtualScanner(const std::string& name);

  std::filesystem::path socket;
  fingerprint::FprintScanner scanner;
  std::string deviceId;
  std::unique_ptr<VirtualFinger> finger;

  peripherals::ScanOptions options(std::chrono::milliseconds timeout = std::chrono::seconds(20));
  // Queues the stages of an enrolment of `seed` (impressions 1…stages) and enrols it.
  core::Result<peripherals::Enrolment> enrol(std::uint64_t seed, peripherals::FingerPosition finger);
};

}  // namespace mws::test
