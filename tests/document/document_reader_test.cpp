// The document reader off the GUI thread: pages dropped into a folder or handed in by the
// simulated source come back through the callbacks as parsed MRZs.
#include <boost/test/unit_test.hpp>

#include <opencv2/imgcodecs.hpp>

#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>

#include "mws/document/document_sources.hpp"
#include "mws/document/mrz_sample_generator.hpp"
#include "mws/document/threaded_document_reader.hpp"

using namespace mws;
using namespace std::chrono_literals;

namespace {

const core::CivilDate kToday = *core::CivilDate::make(2026, 11, 21);
const std::vector<std::string> kSpecimen{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                         "L898902C36UTO7408122F1204159ZE184226B<<<<<10"};

// What the callbacks heard, with a bounded wait for it.
struct Heard {
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<peripherals::DocumentReading> results;
  std::vector<core::Error> failures;
  std::vector<peripherals::ReadStage> stages;

  peripherals::DocumentCallbacks callbacks() {
    return {[this](const peripherals::ReadProgress& p) { add([&] { stages.push_back(p.stage); }); },
            [this](const peripherals::DocumentReading& r) { add([&] { results.push_back(r); }); },
            [this](const core::Error& e) { add([&] { failures.push_back(e); }); }};
  }
  template <typename F> void add(F f) {
    { std::lock_guard lock(mutex); f(); }
    changed.notify_all();
  }
  bool waitFor(std::size_t events) {
    std::unique_lock lock(mutex);
    return changed.wait_for(lock, 20s, [&] { return results.size() + failures.size() >= events; });
  }
};

peripherals::Frame toFrame(const cv::Mat& gray) {
  auto frame = peripherals::makeFrame(gray.cols, gray.rows, peripherals::PixelFormat::Gray8);
  for (int y = 0; y < gray.rows; ++y) std::memcpy(frame.row(y), gray.ptr(y), frame.stride);
  return frame;
}

struct ReaderFixture {
  ReaderFixture()
      : generator(*document::OcrbFont::load(document::defaultOcrbFontPath()), 99),
        reader(*document::MrzImageReader::create(document::defaultOcrbFontPath()),
               [] { return kToday; }, 20ms) {}
  document::MrzSampleGenerator generator;
  document::ThreadedDocumentReader reader;
  Heard heard;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(document_reader, ReaderFixture)

BOOST_AUTO_TEST_CASE(a_page_dropped_into_the_folder_is_read_and_reported) {
  const auto dir = std::filesystem::temp_directory_path() / "mws_document_reader_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  cv::imwrite((dir / "before.png").string(), cv::Mat(100, 100, CV_8UC1, cv::Scalar(200)));
  BOOST_REQUIRE(reader.start(std::make_shared<document::FolderWatchSource>(dir), heard.callbacks()).ok());
  // Written under another name, then renamed in, as scanners do.
  std::vector<std::uint8_t> png;
  cv::imencode(".png", generator.render(core::MrzFormat::Td3, kSpecimen, 300), png);
  std::ofstream(dir / "scan-0001.part", std::ios::binary)
      .write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
  std::filesystem::rename(dir / "scan-0001.part", dir / "scan-0001.png");
  BOOST_REQUIRE(heard.waitFor(1));
  reader.stop();
  BOOST_TEST(!reader.running());
  BOOST_REQUIRE(heard.results.size() == 1u);  // the file there before start is not read
  BOOST_TEST(heard.failures.empty());
  const auto& reading = heard.results[0];
  BOOST_REQUIRE(reading.mrz.has_value());
  BOOST_TEST(reading.mrzLines == kSpecimen);
  BOOST_TEST(reading.mrz->surname == "ERIKSSON");
  BOOST_TEST(reading.mrz->valid());
  BOOST_TEST(reading.page == 1u);
  std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(simulated_pages_report_progress_results_and_pages_without_a_document) {
  auto source = std::make_shared<document::SimulatedDocumentSource>();
  source->push(toFrame(generator.render(core::MrzFormat::Td3, kSpecimen, 300)));
  source->push(toFrame(cv::Mat(600, 900, CV_8UC1, cv::Scalar(235))));
  BOOST_REQUIRE(reader.start(source, heard.callbacks()).ok());
  BOOST_TEST(reader.start(source, heard.callbacks()).error().code == "document.busy");
  BOOST_REQUIRE(heard.waitFor(2));
  reader.stop();
  BOOST_REQUIRE(heard.results.size() == 1u);
  BOOST_TEST(heard.results[0].mrzLines == kSpecimen);
  BOOST_REQUIRE(heard.failures.size() == 1u);
  BOOST_TEST(heard.failures[0].code == "document.nothing_found");
  BOOST_TEST(heard.failures[0].params.at("page") == "2");
  using peripherals::ReadStage;
  const std::vector<ReadStage> onePage{ReadStage::PageReceived, ReadStage::ReadingMrz,
                                       ReadStage::ReadingBarcodes, ReadStage::Done};
  BOOST_REQUIRE(heard.stages.size() == 8u);
  BOOST_TEST(std::equal(onePage.begin(), onePage.end(), heard.stages.begin()));
}

BOOST_AUTO_TEST_CASE(a_failed_source_stops_the_worker_with_the_error) {
  auto source = std::make_shared<document::SimulatedDocumentSource>();
  source->fail(core::makeError("document.source_failed", "unplugged"));
  BOOST_REQUIRE(reader.start(source, heard.callbacks()).ok());
  BOOST_REQUIRE(heard.waitFor(1));
  BOOST_TEST(heard.failures[0].code == "document.source_failed");
  for (int i = 0; i < 200 && reader.running(); ++i) std::this_thread::sleep_for(10ms);
  BOOST_TEST(!reader.running());
}

BOOST_AUTO_TEST_SUITE_END()
