// The photo step over a camera and peripherals/face: a worker analyses the newest frame,
// keeps the guidance for the preview and lets AutoCapture take the portrait.
#include <atomic>
#include <mutex>
#include <thread>

#include "mws/app/devices.hpp"
#include "mws/face/face_analyzer.hpp"
#include "mws/face/portrait.hpp"

namespace mws::app {
namespace {

using namespace std::chrono_literals;

std::optional<presenter::PreviewBox> box(const std::optional<face::Box>& b) {
  if (!b) return std::nullopt;
  return presenter::PreviewBox{b->x, b->y, b->width, b->height};
}

class FacePortraitCapture : public presenter::PortraitCapture {
public:
  FacePortraitCapture(peripherals::Camera& camera, std::string source, int minInterEyePx)
      : m_camera(camera), m_source(std::move(source)) {
    m_config = face::defaultFaceConfig();
    m_config.minInterEyePx = minInterEyePx;
  }
  ~FacePortraitCapture() override { stop(); }

  core::Status start(std::function<void()> onUpdate) override {
    stop();
    if (!m_analyzer) {
      auto made = face::FaceAnalyzer::create(m_config);
      if (!made) return made.error();
      m_analyzer.emplace(std::move(*made));
    }
    if (!m_camera.isOpen()) {
      if (auto opened = m_camera.open(m_source, {640, 480}); !opened) return opened;
    }
    if (auto started = m_camera.start(); !started) return started;
    m_stopping = false;
    m_worker = std::thread([this, onUpdate = std::move(onUpdate)] { work(onUpdate); });
    return core::success();
  }

  void stop() override {
    m_stopping = true;
    if (m_worker.joinable()) m_worker.join();
    m_camera.stop();
    m_camera.close();
  }

  std::optional<presenter::PortraitPreview> preview() override {
    std::lock_guard lock(m_mutex);
    return m_preview;
  }
  std::optional<presenter::CapturedPortrait> captured() override {
    std::lock_guard lock(m_mutex);
    return m_captured;
  }
  void retake() override {
    std::lock_guard lock(m_mutex);
    m_captured.reset();
  }

private:
  void work(const std::function<void()>& onUpdate) {
    face::AutoCapture autoCapture(m_config);
    std::uint64_t seen = 0;
    while (!m_stopping) {
      auto frame = m_camera.waitForFrame(seen, 200ms);
      if (!frame) {
        if (m_camera.state() != peripherals::StreamState::Running) break;
        continue;
      }
      seen = frame->sequence;
      auto report = m_analyzer->analyze(*frame, face::AnalysisMode::Live);
      if (!report) continue;
      presenter::PortraitPreview preview{frame, box(report->face), box(report->crop), {}, 0, m_config.autoCaptureFrames};
      for (face::Guidance g : report->guidance) preview.guidance.emplace_back(face::guidanceName(g));
      auto portrait = autoCapture.feed(frame, *report);
      preview.passingRun = autoCapture.passingRun();
      {
        std::lock_guard lock(m_mutex);
        m_preview = preview;
        if (portrait && *portrait) {
          const auto& p = portrait->value();
          m_captured = presenter::CapturedPortrait{std::string(p.jpeg.begin(), p.jpeg.end()), p.width, p.height};
        }
      }
      if (onUpdate) onUpdate();
      if (portrait && *portrait) break;
    }
  }

  peripherals::Camera& m_camera;
  std::string m_source;
  face::FaceConfig m_config;
  std::optional<face::FaceAnalyzer> m_analyzer;
  std::thread m_worker;
  std::atomic<bool> m_stopping{false};
  std::mutex m_mutex;
  std::optional<presenter::PortraitPreview> m_preview;
  std::optional<presenter::CapturedPortrait> m_captured;
};

}  // namespace

std::unique_ptr<presenter::PortraitCapture> makePortraitCapture(peripherals::Camera& camera,
                                                                std::string source, int minInterEyePx) {
  return std::make_unique<FacePortraitCapture>(camera, std::move(source), minInterEyePx);
}

}  // namespace mws::app
