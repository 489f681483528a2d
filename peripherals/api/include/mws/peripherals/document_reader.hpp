#pragma once
// Reading identity documents as they arrive (DESIGN §4, issue 4): pages come from a source
// (a scanner's drop folder, camera frames, a simulation), a reader works through them on a
// worker thread and reports progress and each result through callbacks. Plain types only:
// no OpenCV or ZXing here.

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mws/core/mrz/mrz.hpp"
#include "mws/core/result.hpp"
#include "mws/peripherals/frame.hpp"

namespace mws::peripherals {

struct ImagePoint {
  double x = 0;
  double y = 0;
};

// One decoded barcode: "QRCode", "PDF417", "DataMatrix", ... and its corners in the image
// (clockwise from the code's own top left).
struct DecodedBarcode {
  std::string format;
  std::string text;
  std::array<ImagePoint, 4> corners;
};

// What was read from one page. `mrz` holds the parse (checks named, never corrected) when a
// zone was found; `barcodes` every code decoded on the page.
struct DocumentReading {
  std::uint64_t page = 0;  // 1, 2, 3… in the order the source delivered pages
  std::optional<core::MrzDocument> mrz;
  std::vector<std::string> mrzLines;
  std::vector<DecodedBarcode> barcodes;
  // The page as case evidence: a JPEG of the document (cropped around the MRZ when one was
  // found, else the whole page), at about 150 dpi; empty when nothing was read.
  std::string scanJpeg;
  bool empty() const { return !mrz && barcodes.empty(); }
};

enum class ReadStage { PageReceived, ReadingMrz, ReadingBarcodes, Done };

struct ReadProgress {
  std::uint64_t page = 0;
  ReadStage stage = ReadStage::PageReceived;
};

// Where page images come from. poll() never blocks for long: nullopt when no new page is
// there yet. Errors: "document.unreadable" for a page that cannot be decoded (the reader
// reports it and goes on), "document.source_failed" when the source itself is gone.
class DocumentSource {
public:
  virtual ~DocumentSource() = default;
  virtual core::Result<std::optional<Frame>> poll() = 0;
  // A stream of frames (a camera): pages without a document are skipped, not reported.
  virtual bool continuous() const { return false; }
};

// Called on the reader's worker thread. `result` hears of every page holding an MRZ or a
// barcode; `failure` of a page holding neither ("document.nothing_found", param "page") or
// unreadable, and of a source that is gone ("document.source_failed", the worker stops).
// Called on the reader's worker thread: post to the GUI thread and return quickly; never
// call start() or stop() from inside.
struct DocumentCallbacks {
  std::function<void(const ReadProgress&)> progress;
  std::function<void(const DocumentReading&)> result;
  std::function<void(const core::Error&)> failure;
};

class DocumentReader {
public:
  virtual ~DocumentReader() = default;
  // Starts the worker on `source`; "document.busy" while already running.
  virtual core::Status start(std::shared_ptr<DocumentSource> source, DocumentCallbacks callbacks) = 0;
  // Stops polling and waits for the worker (a page being read is finished first).
  virtual void stop() = 0;
  virtual bool running() const = 0;
};

}  // namespace mws::peripherals
