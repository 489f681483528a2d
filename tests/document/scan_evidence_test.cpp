// The page a document was read from, kept as case evidence: the reader hands a JPEG of the
// document with each reading, cropped upright around the MRZ at about 150 dpi (also from a
// page turned a quarter), and the whole page, bounded, when no MRZ says where the document is.
#include <boost/test/unit_test.hpp>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>

#include "mws/document/document_sources.hpp"
#include "mws/document/mrz_sample_generator.hpp"
#include "mws/document/scan_evidence.hpp"
#include "mws/document/threaded_document_reader.hpp"

using namespace mws;
using namespace std::chrono_literals;

namespace {

const core::CivilDate kToday = *core::CivilDate::make(2026, 11, 21);

peripherals::Frame toFrame(const cv::Mat& gray) {
  auto frame = peripherals::makeFrame(gray.cols, gray.rows, peripherals::PixelFormat::Gray8);
  for (int y = 0; y < gray.rows; ++y) std::memcpy(frame.row(y), gray.ptr(y), frame.stride);
  return frame;
}

cv::Mat decode(const std::string& jpeg) {
  return cv::imdecode(std::vector<unsigned char>(jpeg.begin(), jpeg.end()), cv::IMREAD_GRAYSCALE);
}

struct ScanFixture {
  ScanFixture() : generator(*document::OcrbFont::load(document::defaultOcrbFontPath()), 5) {
    std::mt19937 rng(5);
    lines = document::randomMrzLines(core::MrzFormat::Td3, rng);
  }
  document::MrzSampleGenerator generator;
  std::vector<std::string> lines;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(scan_evidence, ScanFixture)

BOOST_AUTO_TEST_CASE(the_reader_hands_the_document_page_with_its_reading) {
  document::ThreadedDocumentReader reader(*document::MrzImageReader::create(document::defaultOcrbFontPath()),
                                          [] { return kToday; }, 20ms);
  auto source = std::make_shared<document::SimulatedDocumentSource>();
  source->push(toFrame(generator.render(core::MrzFormat::Td3, lines, 300)));
  std::mutex mutex;
  std::condition_variable heard;
  std::vector<peripherals::DocumentReading> readings;
  peripherals::DocumentCallbacks callbacks;
  callbacks.result = [&](const peripherals::DocumentReading& r) {
    std::lock_guard lock(mutex);
    readings.push_back(r);
    heard.notify_all();
  };
  BOOST_REQUIRE(reader.start(source, callbacks).ok());
  {
    std::unique_lock lock(mutex);
    BOOST_REQUIRE(heard.wait_for(lock, 20s, [&] { return !readings.empty(); }));
  }
  reader.stop();
  BOOST_TEST(readings[0].mrzLines == lines);
  const cv::Mat scan = decode(readings[0].scanJpeg);
  BOOST_REQUIRE(!scan.empty());
  // A TD3 page (125 x 88 mm, 1476 x 1039 px at 300 dpi on a larger bed) at ~150 dpi.
  BOOST_TEST(scan.cols == 760);
  BOOST_TEST(std::abs(scan.rows - 542) <= 2);
  BOOST_TEST(readings[0].scanJpeg.size() < 150000u);
}

BOOST_AUTO_TEST_CASE(a_page_turned_a_quarter_comes_back_upright) {
  const cv::Mat page = generator.render(core::MrzFormat::Td3, lines, 300);
  cv::Mat turned;
  cv::rotate(page, turned, cv::ROTATE_90_CLOCKWISE);
  auto reader = *document::MrzImageReader::create(document::defaultOcrbFontPath());
  auto reading = reader->read(turned, kToday);
  BOOST_REQUIRE(reading.ok() && reading->document.ok());
  const cv::Mat scan = decode(document::documentScanJpeg(toFrame(turned), reading->corners));
  BOOST_REQUIRE(!scan.empty());
  BOOST_TEST(scan.cols > scan.rows);  // landscape again: the MRZ runs along the bottom
  // The MRZ band is dark ink near the foot: the bottom fifth is darker than the top fifth.
  const double top = cv::mean(scan.rowRange(0, scan.rows / 5))[0];
  const double foot = cv::mean(scan.rowRange(scan.rows * 4 / 5, scan.rows))[0];
  BOOST_TEST(foot < top);
}

BOOST_AUTO_TEST_CASE(without_an_mrz_the_whole_page_is_kept_bounded) {
  const cv::Mat a4(3508, 2480, CV_8UC1, cv::Scalar(230));  // A4 at 300 dpi
  const cv::Mat scan = decode(document::documentScanJpeg(toFrame(a4), std::nullopt));
  BOOST_TEST(scan.rows == 1754);
  BOOST_TEST(scan.cols == 1240);
  BOOST_TEST(document::documentScanJpeg(peripherals::Frame{}, std::nullopt).empty());
}

BOOST_AUTO_TEST_SUITE_END()
