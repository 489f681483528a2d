// An ID-card application under Xvfb through the photo step (a camera playing a folder of
// portrait frames, the live guidance and the auto-capture of peripherals/face) and the
// fingerprint step (the simulated scanner through the ten-print session), to submit.
#include <boost/test/unit_test.hpp>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/textctrl.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "../face/face_images.hpp"
#include "ui_fixture.hpp"

using namespace mws;

namespace {

// 640×480 frames of a person in front of a plain wall, as a camera at the counter sees them.
std::filesystem::path portraitFrames() {
  const auto dir = test::outputDir() / "camera";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  cv::Mat small;
  cv::resize(test::studioPortrait(), small, cv::Size(340, 480), 0, 0, cv::INTER_AREA);
  cv::Mat frame(480, 640, CV_8UC3, cv::Scalar(200, 200, 200));
  small.copyTo(frame(cv::Rect(150, 0, 340, 480)));
  for (int i = 0; i < 60; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "frame-%03d.jpg", i);
    cv::imwrite((dir / name).string(), frame);
  }
  return dir;
}

struct BiometricFixture : test::UiFixture {
  BiometricFixture() : UiFixture(settings()) {}
  static app::DeviceSettings settings() {
    return {"folder:" + portraitFrames().string(), "simulated", "simulated", 60};
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(officer_biometrics, BiometricFixture)

BOOST_AUTO_TEST_CASE(an_id_card_takes_photo_and_fingerprints_from_the_simulated_devices) {
  openFrame();
  signIn("o.aliyev");
  test::Officer keys;
  auto* services = flowPanel().serviceList();
  services->SetSelection(7);  // ID card
  BOOST_REQUIRE(services->GetString(7) == "ID card");
  keys.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("document"));
  const auto mrz = test::passportMrz("UZB", "TOSHMATOV", "BOBUR", "AB1234567", "950101", 'M', "310101");
  keys.sim.Text(mrz[0].c_str());
  keys.sim.Char(WXK_RETURN);
  pump(50);
  keys.sim.Text(mrz[1].c_str());
  keys.sim.Char(WXK_RETURN);
  BOOST_REQUIRE(waitStep("person"));
  BOOST_TEST(flowPanel().flow().state().person.at("status") == "citizen");
  BOOST_TEST(flowPanel().flow().state().person.at("document.series") == "AB");
  auto* issued = dynamic_cast<wxTextCtrl*>(flowPanel().control("document.issued_on"));
  BOOST_REQUIRE(issued);
  issued->SetValue("2021-01-02");
  test::saveScreenshot(frame, "30-id-person");
  keys.key(WXK_RETURN);
  BOOST_REQUIRE_MESSAGE(waitStep("photo"), flowPanel().messageText().ToStdString(wxConvUTF8));
  // The preview shows the guidance while the frames come; the portrait is taken by itself.
  BOOST_REQUIRE(pumpUntil([&] { return !wxWindow::FindWindowByName("photoGuidance", frame)->GetLabel().empty(); }, 10000));
  test::saveScreenshot(frame, "31-id-photo-preview");
  BOOST_REQUIRE(pumpUntil([&] { return !flowPanel().flow().state().photoSha256.empty(); }, 30000));
  test::saveScreenshot(frame, "32-id-photo-taken");
  auto photo = workstation->services().blobs->get(flowPanel().flow().state().photoSha256);
  BOOST_REQUIRE(photo.ok());
  BOOST_TEST(photo->substr(0, 2) == std::string("\xFF\xD8"));  // a JPEG
  keys.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("fingerprints"));
  BOOST_REQUIRE(pumpUntil([&] { return !flowPanel().flow().state().fingerprintSha256.empty(); }, 90000));
  test::saveScreenshot(frame, "33-id-fingerprints");
  BOOST_TEST(flowPanel().flow().state().fingerprintSha256.size() == 10u);
  // The right thumb turns out bandaged: declared, the set is made again without its print.
  auto* kind = dynamic_cast<wxChoice*>(wxWindow::FindWindowByName("exceptionKind", frame));
  auto* declare = dynamic_cast<wxButton*>(wxWindow::FindWindowByName("declareException", frame));
  BOOST_REQUIRE(kind && declare);
  kind->SetSelection(1);  // bandaged
  keys.click(declare);
  BOOST_REQUIRE(pumpUntil([&] { return flowPanel().flow().state().fingerprintSha256.size() == 9u; }, 30000));
  auto* thumb = wxWindow::FindWindowByName("finger_right-thumb", frame);
  BOOST_REQUIRE(thumb);
  BOOST_TEST(thumb->GetLabel().ToStdString().find("bandaged") != std::string::npos);
  test::saveScreenshot(frame, "33b-id-fingerprint-exception");
  keys.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("form"));
  BOOST_TEST(flowPanel().flow().formCheck().ok(), flowPanel().messageText().ToStdString(wxConvUTF8));
  test::saveScreenshot(frame, "34-id-form");
  keys.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("review"));
  keys.key(WXK_RETURN);
  BOOST_REQUIRE_MESSAGE(waitStep("receipt"), flowPanel().messageText().ToStdString(wxConvUTF8));
  test::saveScreenshot(frame, "35-id-receipt");
  auto stored = workstation->services().caseRepository->load(flowPanel().flow().state().flowId);
  BOOST_REQUIRE(stored.ok() && stored->has_value());
  const auto& card = std::get<core::IdCardPayload>((*stored)->payload);
  BOOST_TEST(card.biometrics.photoSha256 == flowPanel().flow().state().photoSha256);
  BOOST_TEST(card.biometrics.fingerprintSha256.size() == 9u);  // one finger excepted
  BOOST_TEST(card.freeESignature);  // ID_CARD-1: first issuance
}

BOOST_AUTO_TEST_SUITE_END()
