// The case dialog with all the evidence (issue 7): a passport page printed in OCR-B is read
// by the real MRZ reader, kept as the case's document scan (cropped around the MRZ, sealed
// as a blob), and a supervisor opening the case sees the scan beside the portrait (a click
// enlarges it), the officer's name in the history, and each finger's quality.
#include <boost/test/unit_test.hpp>
#include <wx/image.h>
#include <wx/mstream.h>
#include <wx/notebook.h>
#include <wx/statbmp.h>

#include <opencv2/imgcodecs.hpp>

#include "case_pages_ui.hpp"
#include "mws/document/mrz_reader.hpp"
#include "mws/document/mrz_sample_generator.hpp"
#include "mws/document/scan_evidence.hpp"

using namespace mws;

namespace {

// Records the image dialog a click opens, shows it and saves its screenshot.
class ImageDialogWatch : public wxModalDialogHook {
public:
  ImageDialogWatch() { Register(); }
  ~ImageDialogWatch() override { Unregister(); }
  int opened = 0;
  wxSize pictureSize;

protected:
  int Enter(wxDialog* dialog) override {
    if (dialog->GetName() != "imageDialog") return wxID_NONE;
    ++opened;
    dialog->Show();
    test::WxFixture::pumpUntil([&] { return dialog->IsShownOnScreen(); });
    test::WxFixture::pump(100);
    pictureSize = test::findNamed<wxStaticBitmap>(dialog, "imageDialogPicture")->GetBitmap().GetSize();
    test::saveScreenshot(dialog, "case-dialog-document-enlarged");
    dialog->Hide();
    return wxID_CANCEL;
  }
  void Exit(wxDialog*) override {}
};

struct ScanDialogFixture : test::PageFixture {
  // A TD3 passport page at 300 dpi on a scanner bed, read by the real reader: the scan the
  // document reader keeps (documentScanJpeg around the MRZ's corners).
  std::string readPassportScan() {
    auto font = document::OcrbFont::load(document::defaultOcrbFontPath());
    BOOST_REQUIRE(font.ok());
    document::MrzSampleGenerator generator(*font, 7);
    std::mt19937 rng(7);
    const auto lines = document::randomMrzLines(core::MrzFormat::Td3, rng);
    const cv::Mat bed = generator.render(core::MrzFormat::Td3, lines, 300);
    auto reader = document::MrzImageReader::create(document::defaultOcrbFontPath());
    BOOST_REQUIRE(reader.ok());
    auto reading = (*reader)->read(bed, today());
    BOOST_REQUIRE(reading.ok());
    BOOST_REQUIRE(reading->document.ok());
    auto page = peripherals::makeFrame(bed.cols, bed.rows, peripherals::PixelFormat::Gray8);
    for (int y = 0; y < bed.rows; ++y) std::copy_n(bed.ptr(y), bed.cols, page.row(y));
    std::string jpeg = document::documentScanJpeg(page, reading->corners);
    BOOST_REQUIRE(jpeg.size() > 1000u);
    // Cropped to the document, upright, at about 150 dpi: 760 px wide for a 125 mm page.
    const cv::Mat decoded = cv::imdecode(std::vector<unsigned char>(jpeg.begin(), jpeg.end()), cv::IMREAD_GRAYSCALE);
    BOOST_TEST(decoded.cols == 760);
    BOOST_TEST(decoded.cols > decoded.rows);
    BOOST_TEST(jpeg.size() < 200000u);
    return jpeg;
  }

  std::string pngPortrait() {
    wxImage image(350, 450);
    image.SetRGB(wxRect(0, 0, 350, 450), 200, 215, 235);
    image.SetRGB(wxRect(110, 90, 130, 170), 225, 180, 150);
    image.SetRGB(wxRect(70, 280, 210, 170), 40, 60, 110);
    wxMemoryOutputStream out;
    BOOST_REQUIRE(image.SaveFile(out, wxBITMAP_TYPE_PNG));
    std::string bytes(out.GetSize(), '\0');
    out.CopyTo(bytes.data(), bytes.size());
    return bytes;
  }

  void inDialog(const core::User& user, const std::string& caseId, std::function<void(wxDialog*)> body) {
    if (frame == nullptr) host([](wxWindow* parent) { return new wxPanel(parent); }, wxSize(400, 300));
    bool ran = false;
    test::CaseDialogScript script([&](wxDialog* dialog) {
      ran = true;
      body(dialog);
    });
    ui::showCaseDialog(frame, services, user, caseId);
    BOOST_TEST(ran);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(case_dialog_scan, ScanDialogFixture)

BOOST_AUTO_TEST_CASE(the_supervisor_sees_the_document_scan_the_officer_and_each_finger) {
  const std::string scan = readPassportScan();
  core::IdCardPayload card;
  card.biometrics.photoSha256 = *blobs.put(pngPortrait());
  core::CaseCapture capture{*blobs.put(scan), {}};
  const char* names[] = {"right-thumb", "right-index", "right-middle", "right-ring", "right-little",
                         "left-thumb",  "left-index",  "left-middle",  "left-ring",  "left-little"};
  for (int i = 0; i < 10; ++i) {
    if (i == 4) {
      capture.fingers.push_back({names[i], 0, "bandaged"});
      continue;
    }
    card.biometrics.fingerprintSha256.push_back(*blobs.put("finger " + std::to_string(i)));
    capture.fingers.push_back({names[i], 55.0 + 4 * i, ""});
  }
  core::Person citizen = foreigner;
  citizen.status = core::PersonStatus::Citizen;
  citizen.citizenship = "UZB";
  citizen.personalNumber = "31407850000011";
  citizen.documents = {{core::DocumentKind::Passport, "AB", "1234567", "UZB", "IIV 2603", today().addDays(-900),
                        today().addDays(2000)}};
  citizen.visas.clear();
  citizen = addPerson(citizen);
  auto opened = service.open({"", citizen.id, core::Channel::Counter, card, capture}, officer);
  BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().code));
  BOOST_REQUIRE(service.submit(opened->id, officer).ok());

  inDialog(supervisor, opened->id, [&](wxDialog* dialog) {
    auto* picture = test::findNamed<wxStaticBitmap>(dialog, "caseDocumentScan");
    BOOST_TEST(test::textOf(dialog, "caseDocumentScanNote") == "Document page");
    BOOST_TEST(picture->GetBitmap().GetWidth() == 252);  // the page fills the box's width
    BOOST_TEST(test::textOf(dialog, "casePhotoNote") == "Portrait");
    auto* history = test::findNamed<wxListCtrl>(dialog, "caseHistory");
    BOOST_TEST(test::cell(history, 0, 3) == "Oybek Aliyev (officer)");
    auto* details = test::findNamed<wxListCtrl>(dialog, "caseDetails");
    bool openedBy = false;
    for (long row = 0; row < details->GetItemCount(); ++row) {
      openedBy = openedBy || (test::cell(details, row, 0) == "Opened by" &&
                              test::cell(details, row, 1) == "Oybek Aliyev (officer)");
    }
    BOOST_TEST(openedBy);
    test::saveScreenshot(dialog, "case-dialog-document-scan");

    auto* book = test::findNamed<wxNotebook>(dialog, "caseBook");
    book->SetSelection(3);
    auto* fingers = test::findNamed<wxListCtrl>(dialog, "caseFingerQuality");
    BOOST_REQUIRE(fingers->GetItemCount() == 10);
    BOOST_TEST(test::cell(fingers, 0, 1) == "55 of 100");
    BOOST_TEST(test::cell(fingers, 4, 1).find("not taken") == 0u);
    test::WxFixture::pump(100);
    test::saveScreenshot(dialog, "case-dialog-finger-quality");

    ImageDialogWatch watch;
    wxMouseEvent click(wxEVT_LEFT_UP);
    click.SetEventObject(picture);
    picture->GetEventHandler()->ProcessEvent(click);
    BOOST_TEST(watch.opened == 1);
    BOOST_TEST(watch.pictureSize.GetWidth() > 600);  // larger than in the dialog
  });
}

BOOST_AUTO_TEST_CASE(a_typed_document_shows_that_there_is_no_page_image) {
  auto item = stayCase(officer);
  inDialog(supervisor, item.id, [&](wxDialog* dialog) {
    BOOST_TEST(test::textOf(dialog, "caseDocumentScanNote") == "The document was typed: no page image");
    auto* fingers = test::findNamed<wxListCtrl>(dialog, "caseFingerQuality");
    BOOST_TEST(fingers->GetItemCount() == 1);
  });
}

BOOST_AUTO_TEST_SUITE_END()
