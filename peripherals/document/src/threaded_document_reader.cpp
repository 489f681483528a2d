#include "mws/document/threaded_document_reader.hpp"

#include "mws/document/barcode_reader.hpp"
#include "mws/document/scan_evidence.hpp"

namespace mws::document {

ThreadedDocumentReader::ThreadedDocumentReader(std::shared_ptr<MrzImageReader> reader,
                                               std::function<core::CivilDate()> today,
                                               std::chrono::milliseconds pollInterval)
    : m_reader(std::move(reader)), m_today(std::move(today)), m_pollInterval(pollInterval) {}

ThreadedDocumentReader::~ThreadedDocumentReader() { stop(); }

core::Status ThreadedDocumentReader::start(std::shared_ptr<peripherals::DocumentSource> source,
                                           peripherals::DocumentCallbacks callbacks) {
  if (m_worker.joinable()) {
    if (m_running) return core::makeError("document.busy", "the reader is already running");
    m_worker.join();  // the last run ended on its own (its source failed)
  }
  m_source = std::move(source);
  m_callbacks = std::move(callbacks);
  m_stopping = false;
  m_running = true;
  m_worker = std::thread([this] { work(); });
  return core::success();
}

void ThreadedDocumentReader::stop() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_wake.notify_all();
  if (m_worker.joinable()) m_worker.join();
  m_running = false;
}

bool ThreadedDocumentReader::pause() {
  std::unique_lock lock(m_mutex);
  return !m_wake.wait_for(lock, m_pollInterval, [this] { return m_stopping; });
}

void ThreadedDocumentReader::work() {
  std::uint64_t pages = 0;
  for (;;) {
    {
      std::lock_guard lock(m_mutex);
      if (m_stopping) break;
    }
    auto polled = m_source->poll();
    if (!polled) {
      if (m_callbacks.failure) m_callbacks.failure(polled.error());
      if (polled.error().code == "document.source_failed") break;
      continue;
    }
    if (!*polled) {
      if (!pause()) break;
      continue;
    }
    readPage(**polled, ++pages);
  }
  m_running = false;
}

void ThreadedDocumentReader::readPage(const peripherals::Frame& page, std::uint64_t number) {
  const auto report = [&](peripherals::ReadStage stage) {
    if (m_callbacks.progress) m_callbacks.progress({number, stage});
  };
  report(peripherals::ReadStage::PageReceived);
  peripherals::DocumentReading reading;
  reading.page = number;
  report(peripherals::ReadStage::ReadingMrz);
  std::optional<std::array<MrzPoint, 4>> band;
  if (auto mrz = m_reader->read(page, m_today()); mrz && mrz->document) {
    reading.mrz = *mrz->document;
    reading.mrzLines = mrz->lines;
    band = mrz->corners;
  }
  report(peripherals::ReadStage::ReadingBarcodes);
  if (auto codes = readBarcodes(page)) reading.barcodes = *std::move(codes);
  if (!reading.empty()) {
    reading.scanJpeg = documentScanJpeg(page, band);
  }
  report(peripherals::ReadStage::Done);
  if (!reading.empty()) {
    if (m_callbacks.result) m_callbacks.result(reading);
  } else if (!m_source->continuous() && m_callbacks.failure) {
    m_callbacks.failure(core::makeError("document.nothing_found", "no MRZ and no barcode on the page")
                            .with("page", std::to_string(number)));
  }
}

}  // namespace mws::document
