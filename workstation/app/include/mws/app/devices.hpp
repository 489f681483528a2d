#pragma once
// The devices of the workstation, chosen by the configuration's [devices] section, and the
// photo and fingerprint steps' adapters over peripherals/face and peripherals/fingerprint.
// Defaults are simulated devices, so that `scripts/run` starts a complete window anywhere.
//
//   [devices]
//   camera = synthetic | v4l2:0 | file:/clip.avi | folder:/dir
//   fingerprint = simulated | libfprint | none
//   document = folder:/scans | simulated | none   (the reader's page source)

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "mws/core/domain/civil_date.hpp"
#include "mws/core/ports/finger_verifier.hpp"
#include "mws/peripherals/camera.hpp"
#include "mws/peripherals/document_reader.hpp"
#include "mws/peripherals/fingerprint_scanner.hpp"
#include "mws/presenter/capture_ports.hpp"

namespace mws::app {

struct DeviceSettings {
  std::string camera = "synthetic";
  std::string fingerprint = "simulated";
  std::string document = "simulated";
  int minInterEyePx = 60;  // a 640×480 preview holds a smaller face than a still photo
};

struct Devices {
  std::unique_ptr<peripherals::Camera> camera;
  std::string cameraSource;
  std::unique_ptr<peripherals::FingerprintScanner> scanner;
  std::unique_ptr<peripherals::DocumentReader> reader;
  std::shared_ptr<peripherals::DocumentSource> pages;
  std::unique_ptr<presenter::PortraitCapture> portraits;
  std::unique_ptr<presenter::TenPrintCapture> tenPrints;
  std::unique_ptr<core::FingerVerifier> fingerVerifier;  // the sign-in's second factor over `scanner`
  std::string problems;  // one line per device that could not be made (codes only)

  Devices() = default;
  Devices(Devices&&) noexcept = default;
  Devices& operator=(Devices&&) noexcept = default;
  ~Devices();
};

// Builds what the settings name; a device that cannot be made is left null and noted in
// `problems` (the status bar then says so). `today` dates the MRZ reader's century inference.
Devices makeDevices(const DeviceSettings& settings, std::function<core::CivilDate()> today);

// The adapters, also for tests that bring their own devices.
std::unique_ptr<presenter::PortraitCapture> makePortraitCapture(peripherals::Camera& camera,
                                                                std::string source, int minInterEyePx);
std::unique_ptr<presenter::TenPrintCapture> makeTenPrintCapture(peripherals::FingerprintScanner& scanner);

}  // namespace mws::app
