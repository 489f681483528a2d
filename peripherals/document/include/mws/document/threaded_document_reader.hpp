#pragma once
// The document reader of the workstation: one worker thread polls a source and reads each
// page's MRZ (MrzImageReader) and barcodes (readBarcodes), reporting through callbacks.

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "mws/core/domain/civil_date.hpp"
#include "mws/document/mrz_reader.hpp"
#include "mws/peripherals/document_reader.hpp"

namespace mws::document {

class ThreadedDocumentReader final : public peripherals::DocumentReader {
public:
  // `today` dates the century inference of birth and expiry; `pollInterval` is the pause
  // after a poll that found no page.
  ThreadedDocumentReader(std::shared_ptr<MrzImageReader> reader,
                         std::function<core::CivilDate()> today,
                         std::chrono::milliseconds pollInterval = std::chrono::milliseconds(100));
  ~ThreadedDocumentReader() override;

  core::Status start(std::shared_ptr<peripherals::DocumentSource> source,
                     peripherals::DocumentCallbacks callbacks) override;
  void stop() override;
  bool running() const override { return m_running.load(); }

private:
  void work();
  void readPage(const peripherals::Frame& page, std::uint64_t number);
  bool pause();  // false when stopping

  std::shared_ptr<MrzImageReader> m_reader;
  std::function<core::CivilDate()> m_today;
  std::chrono::milliseconds m_pollInterval;
  std::shared_ptr<peripherals::DocumentSource> m_source;
  peripherals::DocumentCallbacks m_callbacks;
  std::thread m_worker;
  std::mutex m_mutex;
  std::condition_variable m_wake;
  bool m_stopping = false;
  std::atomic<bool> m_running{false};
};

}  // namespace mws::document
