#pragma once
// Where the document reader's pages come from: a scanner's drop folder, the frames of a
// camera, or a simulation for tests (peripherals::DocumentSource).

#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "mws/peripherals/camera.hpp"
#include "mws/peripherals/document_reader.hpp"

namespace mws::document {

// Polls a folder for new image files (PNG, JPEG, TIFF, BMP). A file is taken once its size
// has stayed the same between two polls (the scanner has finished writing it); each file is
// delivered once, oldest first. Files already there at construction are not delivered.
class FolderWatchSource final : public peripherals::DocumentSource {
public:
  explicit FolderWatchSource(std::filesystem::path folder);
  core::Result<std::optional<peripherals::Frame>> poll() override;

private:
  std::filesystem::path m_folder;
  std::map<std::filesystem::path, std::uintmax_t> m_pending;  // size at the last poll
  std::map<std::filesystem::path, bool> m_done;
};

// The frames of a started camera, the newest each time (a slow reader skips frames).
class CameraFrameSource final : public peripherals::DocumentSource {
public:
  explicit CameraFrameSource(std::shared_ptr<peripherals::Camera> camera);
  core::Result<std::optional<peripherals::Frame>> poll() override;
  bool continuous() const override { return true; }

private:
  std::shared_ptr<peripherals::Camera> m_camera;
  std::uint64_t m_lastSequence = 0;
};

// Pages handed in by a test (or a demo); fail() makes the next poll report the source gone.
class SimulatedDocumentSource final : public peripherals::DocumentSource {
public:
  void push(peripherals::Frame page);
  void fail(core::Error error);
  core::Result<std::optional<peripherals::Frame>> poll() override;

private:
  std::mutex m_mutex;
  std::deque<peripherals::Frame> m_pages;
  std::optional<core::Error> m_failure;
};

}  // namespace mws::document
