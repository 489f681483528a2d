#include "mws/app/devices.hpp"

#include "mws/camera/camera_factory.hpp"
#include "mws/document/document_sources.hpp"
#include "mws/document/ocrb_font.hpp"
#include "mws/document/threaded_document_reader.hpp"
#include "mws/fingerprint/fprint_scanner.hpp"
#include "mws/fingerprint/scanner_finger_verifier.hpp"
#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"

namespace mws::app {
namespace {

void note(Devices& devices, const std::string& device, const std::string& code) {
  devices.problems += device + ": " + code + "\n";
}

void makeCamera(Devices& devices, const DeviceSettings& settings) {
  if (settings.camera.empty() || settings.camera == "none") return;
  auto camera = camera::makeCamera(settings.camera);
  if (!camera) return note(devices, "camera", camera.error().code);
  devices.camera = std::move(*camera);
  devices.cameraSource = settings.camera;
  devices.portraits = makePortraitCapture(*devices.camera, settings.camera, settings.minInterEyePx);
}

void makeScanner(Devices& devices, const DeviceSettings& settings) {
  if (settings.fingerprint == "simulated") {
    devices.scanner = std::make_unique<fingerprint::SimulatedFingerprintScanner>();
  } else if (settings.fingerprint == "libfprint") {
    devices.scanner = std::make_unique<fingerprint::FprintScanner>();
  } else {
    if (settings.fingerprint != "none" && !settings.fingerprint.empty()) {
      note(devices, "fingerprint", "fingerprint.unsupported_kind");
    }
    return;
  }
  devices.tenPrints = makeTenPrintCapture(*devices.scanner);
  devices.fingerVerifier = std::make_unique<fingerprint::ScannerFingerVerifier>(*devices.scanner);
}

void makeReader(Devices& devices, const DeviceSettings& settings, std::function<core::CivilDate()> today) {
  const std::string& spec = settings.document;
  if (spec.empty() || spec == "none") return;
  if (spec == "simulated") {
    devices.pages = std::make_shared<document::SimulatedDocumentSource>();
  } else if (spec.rfind("folder:", 0) == 0) {
    std::filesystem::path folder = spec.substr(7);
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    devices.pages = std::make_shared<document::FolderWatchSource>(folder);
  } else {
    return note(devices, "document", "document.unsupported_source");
  }
  auto reader = document::MrzImageReader::create(document::defaultOcrbFontPath());
  if (!reader) {
    devices.pages.reset();
    return note(devices, "document", reader.error().code);
  }
  devices.reader = std::make_unique<document::ThreadedDocumentReader>(*reader, std::move(today));
}

}  // namespace

Devices::~Devices() {
  // The adapters use the devices: they go first.
  portraits.reset();
  tenPrints.reset();
  fingerVerifier.reset();
  if (reader) reader->stop();
}

Devices makeDevices(const DeviceSettings& settings, std::function<core::CivilDate()> today) {
  Devices devices;
  makeCamera(devices, settings);
  makeScanner(devices, settings);
  makeReader(devices, settings, std::move(today));
  return devices;
}

}  // namespace mws::app
