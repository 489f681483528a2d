// The document reader fed by a camera: rendered pages played by the folder camera
// (peripherals/camera) reach the reader through CameraFrameSource, upright or turned, and
// come back through the callbacks, on the reader's worker thread, as the right MRZs.
#include <boost/test/unit_test.hpp>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

#include "mws/camera/folder_camera.hpp"
#include "mws/document/document_sources.hpp"
#include "mws/document/mrz_sample_generator.hpp"
#include "mws/document/threaded_document_reader.hpp"

using namespace mws;
using namespace std::chrono_literals;

namespace {

const core::CivilDate kToday = *core::CivilDate::make(2026, 11, 21);
const std::vector<std::string> kPassport{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                         "L898902C36UTO7408122F1204159ZE184226B<<<<<10"};
const std::vector<std::string> kIdCard{"I<UTOD231458907<<<<<<<<<<<<<<<",
                                       "7408122F1204159UTO<<<<<<<<<<<6",
                                       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"};

// What the callbacks heard, and on which threads.
struct Heard {
  std::mutex mutex;
  std::condition_variable changed;
  std::set<std::vector<std::string>> zones;  // distinct MRZs read
  std::vector<bool> allValid;
  std::vector<peripherals::ReadStage> stages;
  std::set<std::thread::id> threads;
  std::vector<std::string> failures;

  peripherals::DocumentCallbacks callbacks() {
    return {[this](const peripherals::ReadProgress& p) { add([&] { stages.push_back(p.stage); }); },
            [this](const peripherals::DocumentReading& r) {
              add([&] {
                if (r.mrz) zones.insert(r.mrzLines), allValid.push_back(r.mrz->valid());
              });
            },
            [this](const core::Error& e) { add([&] { failures.push_back(e.code); }); }};
  }
  template <typename F> void add(F f) {
    {
      std::lock_guard lock(mutex);
      threads.insert(std::this_thread::get_id());
      f();
    }
    changed.notify_all();
  }
  bool waitForZones(std::size_t count) {
    std::unique_lock lock(mutex);
    return changed.wait_for(lock, 60s, [&] { return zones.size() >= count; });
  }
};

void write(const std::filesystem::path& path, const cv::Mat& gray) {
  cv::Mat colour;  // a camera delivers colour frames
  cv::cvtColor(gray, colour, cv::COLOR_GRAY2BGR);
  BOOST_REQUIRE(cv::imwrite(path.string(), colour));
}

}  // namespace

BOOST_AUTO_TEST_CASE(camera_frames_upright_and_turned_are_read_off_the_calling_thread) {
  const auto dir = std::filesystem::temp_directory_path() / "mws_document_camera_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  document::MrzSampleGenerator generator(*document::OcrbFont::load(document::defaultOcrbFontPath()), 7);
  const cv::Mat passport = generator.render(core::MrzFormat::Td3, kPassport, 300);
  cv::Mat card;
  cv::rotate(generator.render(core::MrzFormat::Td1, kIdCard, 300), card, cv::ROTATE_90_COUNTERCLOCKWISE);
  // Each page stands in front of the camera for several frames, as a held document does; a
  // blank desk comes first (no document: a camera source reports nothing for it).
  write(dir / "00-desk.png", cv::Mat(900, 1200, CV_8UC1, cv::Scalar(220)));
  for (int i = 1; i <= 3; ++i) write(dir / (std::to_string(10 + i) + "-passport.png"), passport);
  for (int i = 1; i <= 3; ++i) write(dir / (std::to_string(20 + i) + "-card.png"), card);

  auto camera = std::make_shared<camera::FolderCamera>(2.0);
  BOOST_REQUIRE(camera->open("folder:" + dir.string(), {}).ok());
  document::ThreadedDocumentReader reader(
      *document::MrzImageReader::create(document::defaultOcrbFontPath()), [] { return kToday; }, 10ms);
  Heard heard;
  BOOST_REQUIRE(reader.start(std::make_shared<document::CameraFrameSource>(camera), heard.callbacks()).ok());
  BOOST_REQUIRE(camera->start().ok());
  const bool both = heard.waitForZones(2);
  reader.stop();
  camera->stop();
  std::filesystem::remove_all(dir);

  BOOST_REQUIRE(both);
  BOOST_TEST(heard.zones.contains(kPassport));
  BOOST_TEST(heard.zones.contains(kIdCard));  // read from the page turned a quarter
  BOOST_TEST(heard.zones.size() == 2u);       // nothing else was "read"
  for (bool valid : heard.allValid) BOOST_TEST(valid);
  BOOST_TEST(heard.failures.empty());  // the empty desk is no failure for a camera
  BOOST_TEST(!heard.threads.contains(std::this_thread::get_id()));
  BOOST_TEST(heard.threads.size() == 1u);  // one worker thread reports everything
  using peripherals::ReadStage;
  const std::vector<ReadStage> onePage{ReadStage::PageReceived, ReadStage::ReadingMrz,
                                       ReadStage::ReadingBarcodes, ReadStage::Done};
  BOOST_REQUIRE(heard.stages.size() >= 8u);
  BOOST_TEST(std::equal(onePage.begin(), onePage.end(), heard.stages.begin()));
  BOOST_TEST(heard.stages.size() % 4 == 0u);
}
