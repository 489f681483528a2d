// The fingerprint step over a scanner and the ten-print session of peripherals/fingerprint:
// the session runs on a worker; its events keep a copy of the board the GUI reads.
#include <atomic>
#include <mutex>
#include <thread>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "mws/app/devices.hpp"
#include "mws/fingerprint/ten_print_session.hpp"

namespace mws::app {
namespace {

using fingerprint::TenPrintEvent;

std::string png(const peripherals::Frame& frame) {
  if (frame.empty() || frame.format != peripherals::PixelFormat::Gray8) return {};
  cv::Mat image(frame.height, frame.width, CV_8UC1, const_cast<std::uint8_t*>(frame.pixels.data()), frame.stride);
  std::vector<unsigned char> bytes;
  if (!cv::imencode(".png", image, bytes)) return {};
  return std::string(bytes.begin(), bytes.end());
}

class SessionTenPrintCapture : public presenter::TenPrintCapture {
public:
  explicit SessionTenPrintCapture(peripherals::FingerprintScanner& scanner) : m_scanner(scanner) { reset(); }
  ~SessionTenPrintCapture() override { cancel(); }

  core::Status start(std::function<void()> onUpdate) override {
    cancel();
    if (!m_scanner.isOpen()) {
      if (auto opened = m_scanner.open(); !opened) return opened;
    }
    {
      std::lock_guard lock(m_mutex);
      m_error.clear();
      m_done = false;
    }
    m_worker = std::thread([this, onUpdate = std::move(onUpdate)] {
      auto ran = m_session->run();
      std::lock_guard lock(m_mutex);
      if (!ran) m_error = ran.error().code;
      m_done = true;
      for (auto& f : m_board) f.current = false;
      if (onUpdate) onUpdate();
    });
    return core::success();
  }

  void cancel() override {
    if (m_session) m_session->cancel();
    if (m_worker.joinable()) m_worker.join();
  }

  std::vector<presenter::FingerState> board() override {
    std::lock_guard lock(m_mutex);
    return m_board;
  }
  std::string prompt() override {
    std::lock_guard lock(m_mutex);
    return m_prompt;
  }
  std::string lastError() override {
    std::lock_guard lock(m_mutex);
    return m_error;
  }

  core::Status declareException(const std::string& finger, const std::string& exception) override {
    auto position = peripherals::parseFinger(finger);
    auto kind = fingerprint::parseFingerException(exception);
    if (!position || !kind) return core::makeError("fingerprint.not_in_session").with("finger", finger);
    cancel();
    return m_session->declareException(*position, *kind);
  }

  bool complete() override {
    std::lock_guard lock(m_mutex);
    return m_done && m_error.empty() && m_session->complete();
  }

  core::Result<std::vector<presenter::CapturedFinger>> result() override {
    cancel();
    auto set = m_session->result();
    if (!set) return set.error();
    std::vector<presenter::CapturedFinger> out;
    for (const auto& entry : set->fingers) {
      presenter::CapturedFinger f;
      f.finger = std::string(peripherals::fingerName(entry.finger));
      if (entry.exception) {
        f.exception = std::string(fingerprint::fingerExceptionName(*entry.exception));
      } else {
        f.templateBytes.assign(entry.print.data.begin(), entry.print.data.end());
        f.imagePng = png(entry.image);
        f.quality = entry.quality.score;
      }
      out.push_back(std::move(f));
    }
    return out;
  }

  void reset() override {
    cancel();
    m_session = std::make_unique<fingerprint::TenPrintSession>(m_scanner);
    m_session->setListener([this](const TenPrintEvent& e) { onEvent(e); });
    std::lock_guard lock(m_mutex);
    m_board.clear();
    for (auto finger : peripherals::kAllFingers) {
      m_board.push_back({std::string(peripherals::fingerName(finger)), "pending", "", 0, 0, false});
    }
    m_prompt.clear();
    m_error.clear();
    m_done = false;
  }

private:
  void onEvent(const TenPrintEvent& e) {
    std::lock_guard lock(m_mutex);
    const auto index = static_cast<std::size_t>(peripherals::isoCode(e.finger) - 1);
    if (index >= m_board.size()) return;
    auto& f = m_board[index];
    if (e.kind == TenPrintEvent::Kind::Prompt) {
      m_prompt = e.prompt.prompt == peripherals::ScanPrompt::RemoveFinger ? "remove_finger"
                 : e.prompt.prompt == peripherals::ScanPrompt::Retry     ? "retry"
                                                                          : "place_finger";
      return;
    }
    for (auto& other : m_board) other.current = false;
    f.status = std::string(fingerprint::fingerStatusName(e.status));
    f.exception = e.exception ? std::string(fingerprint::fingerExceptionName(*e.exception)) : "";
    f.quality = e.quality;
    f.retries = e.retries;
    f.current = e.kind == TenPrintEvent::Kind::Started;
  }

  peripherals::FingerprintScanner& m_scanner;
  std::unique_ptr<fingerprint::TenPrintSession> m_session;
  std::thread m_worker;
  std::mutex m_mutex;
  std::vector<presenter::FingerState> m_board;
  std::string m_prompt;
  std::string m_error;
  bool m_done = false;
};

}  // namespace

std::unique_ptr<presenter::TenPrintCapture> makeTenPrintCapture(peripherals::FingerprintScanner& scanner) {
  return std::make_unique<SessionTenPrintCapture>(scanner);
}

}  // namespace mws::app
