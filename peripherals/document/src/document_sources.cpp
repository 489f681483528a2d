#include "mws/document/document_sources.hpp"

#include <algorithm>
#include <set>
#include <system_error>
#include <vector>

#include "mws/document/page_image.hpp"

namespace mws::document {
namespace {

bool isImage(const std::filesystem::path& path) {
  static const std::set<std::string> kExtensions{".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"};
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return kExtensions.contains(ext);
}

core::Error sourceFailed(std::string reason) {
  return core::makeError("document.source_failed", "the page source is gone")
      .with("reason", std::move(reason));
}

struct Entry {
  std::filesystem::file_time_type written;
  std::filesystem::path path;
  std::uintmax_t size;
};

// The image files of the folder, oldest first; nullopt when it cannot be listed.
std::optional<std::vector<Entry>> listImages(const std::filesystem::path& folder) {
  std::error_code ec;
  std::vector<Entry> entries;
  for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code fileEc;
    if (!it->is_regular_file(fileEc) || !isImage(it->path())) continue;
    const auto size = it->file_size(fileEc);
    const auto written = it->last_write_time(fileEc);
    if (!fileEc) entries.push_back({written, it->path(), size});
  }
  if (ec) return std::nullopt;
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.written != b.written ? a.written < b.written : a.path < b.path;
  });
  return entries;
}

}  // namespace

FolderWatchSource::FolderWatchSource(std::filesystem::path folder) : m_folder(std::move(folder)) {
  if (auto existing = listImages(m_folder)) {
    for (const auto& e : *existing) m_done[e.path] = true;
  }
}

core::Result<std::optional<peripherals::Frame>> FolderWatchSource::poll() {
  auto entries = listImages(m_folder);
  if (!entries) return sourceFailed("folder");
  for (const auto& e : *entries) {
    if (m_done.contains(e.path)) continue;
    auto pending = m_pending.find(e.path);
    if (pending == m_pending.end() || pending->second != e.size || e.size == 0) {
      m_pending[e.path] = e.size;  // still being written, or seen for the first time
      continue;
    }
    m_pending.erase(pending);
    m_done[e.path] = true;
    auto page = loadPageImage(e.path);
    if (!page) return page.error();
    return std::optional<peripherals::Frame>(*std::move(page));
  }
  return std::optional<peripherals::Frame>();
}

CameraFrameSource::CameraFrameSource(std::shared_ptr<peripherals::Camera> camera)
    : m_camera(std::move(camera)) {}

core::Result<std::optional<peripherals::Frame>> CameraFrameSource::poll() {
  if (m_camera->state() == peripherals::StreamState::Failed) return sourceFailed("camera");
  auto frame = m_camera->waitForFrame(m_lastSequence, std::chrono::milliseconds(50));
  if (!frame) return std::optional<peripherals::Frame>();
  m_lastSequence = frame->sequence;
  return std::optional<peripherals::Frame>(*frame);
}

void SimulatedDocumentSource::push(peripherals::Frame page) {
  std::lock_guard lock(m_mutex);
  m_pages.push_back(std::move(page));
}

void SimulatedDocumentSource::fail(core::Error error) {
  std::lock_guard lock(m_mutex);
  m_failure = std::move(error);
}

core::Result<std::optional<peripherals::Frame>> SimulatedDocumentSource::poll() {
  std::lock_guard lock(m_mutex);
  if (!m_pages.empty()) {
    auto page = std::move(m_pages.front());
    m_pages.pop_front();
    return std::optional<peripherals::Frame>(std::move(page));
  }
  if (m_failure) return *m_failure;
  return std::optional<peripherals::Frame>();
}

}  // namespace mws::document
