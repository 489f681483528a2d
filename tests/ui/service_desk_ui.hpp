#pragma once
// The officer at the counter for every service, under Xvfb in the real window: the fixture
// (a camera playing portrait frames, the simulated scanner, three applicants on record) and
// the keyboard moves of the new-case flow, shared by the every-service and refusal tests.
#include <boost/test/unit_test.hpp>
#include <wx/app.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <functional>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "../face/face_images.hpp"
#include "mws/document/document_sources.hpp"
#include "mws/document/mrz_sample_generator.hpp"
#include "mws/document/ocrb_font.hpp"
#include "mws/presenter/person_form.hpp"
#include "mws/presenter/service_form.hpp"
#include "mws/ui/language.hpp"
#include "mws/ui/panels.hpp"
#include "ui_fixture.hpp"

namespace mws::test {

// 640×480 frames of a person in front of a plain wall, as the counter's camera sees them.
inline std::filesystem::path deskCameraFrames() {
  const auto dir = outputDir() / "camera";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  cv::Mat small;
  cv::resize(studioPortrait(), small, cv::Size(340, 480), 0, 0, cv::INTER_AREA);
  cv::Mat frame(480, 640, CV_8UC3, cv::Scalar(200, 200, 200));
  small.copyTo(frame(cv::Rect(150, 0, 340, 480)));
  for (int i = 0; i < 40; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "frame-%03d.jpg", i);
    cv::imwrite((dir / name).string(), frame);
  }
  return dir;
}

// A passport's data page as the reader's camera or scanner gives it.
inline peripherals::Frame mrzPage(const std::vector<std::string>& lines) {
  auto font = document::OcrbFont::load(document::defaultOcrbFontPath());
  BOOST_REQUIRE_MESSAGE(font.ok(), "the OCR-B font is missing (fonts-ocr-b)");
  document::MrzSampleGenerator generator(*font, 7);
  cv::Mat page = generator.render(core::MrzFormat::Td3, lines, 300);
  auto frame = peripherals::makeFrame(page.cols, page.rows, peripherals::PixelFormat::Gray8);
  for (int y = 0; y < page.rows; ++y) std::memcpy(frame.row(y), page.ptr(y), static_cast<std::size_t>(page.cols));
  return frame;
}

// The applicants: the fixture's foreigner (an e-visa), a foreigner on an ordinary visa,
// a citizen and a stateless person (these two come new from their documents).
enum class Applicant { EVisaForeigner, VisaForeigner, Citizen, Stateless };

inline std::vector<std::string> applicantMrz(Applicant who) {
  switch (who) {
    case Applicant::EVisaForeigner: return FlowFixture::foreignerMrz();
    case Applicant::VisaForeigner: return passportMrz("DEU", "MUELLER", "HANS", "C01234567", "850505", 'M', "310505");
    case Applicant::Citizen: return passportMrz("UZB", "TOSHMATOV", "BOBUR", "AB7654321", "950101", 'M', "310101");
    case Applicant::Stateless: return passportMrz("XXA", "IVANOV", "PETR", "XA1234567", "800202", 'M', "300303");
  }
  return {};
}

struct DeskFixture : UiFixture {
  Officer keys;

  DeskFixture() : UiFixture(app::DeviceSettings{"folder:" + deskCameraFrames().string(), "simulated", "simulated", 60}) {
    core::Person visitor = FlowFixture::makeForeigner();
    visitor.latin = {"MUELLER", "HANS", ""};
    visitor.cyrillic = {};
    visitor.citizenship = "DEU";
    visitor.birthDate = day("1985-05-05");
    visitor.documents.front() = {core::DocumentKind::Passport, "", "C01234567", "DEU", "Stadt Berlin",
                                 day("2021-05-06"), day("2031-05-05")};
    visitor.visas.front() = {"V5550001", core::VisaKind::Other, core::VisaEntries::Multiple,
                             day("2026-10-01"), day("2026-12-31"), {}};
    BOOST_REQUIRE(persons.add(visitor, {officer, "person.add", clock.now()}).ok());
  }
  ~DeskFixture() { ui::setLanguage(ui::Language::En); }

  // The words under the form, as one line (the label wraps them to the window's width).
  std::string message() {
    std::string text = flowPanel().messageText().ToStdString(wxConvUTF8);
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
  }

  // Chooses the language on the sign-in page (a click on the list) and signs in.
  void signInAs(const std::string& login, ui::Language language) {
    if (frame->isSignedIn()) {
      frame->signOut();
      BOOST_REQUIRE(pumpUntil([&] { return !frame->isSignedIn(); }));
    }
    const auto languages = ui::availableLanguages();
    auto at = std::find(languages.begin(), languages.end(), language);
    BOOST_REQUIRE(at != languages.end());
    wxChoice* choice = frame->languageChoice();
    choice->SetSelection(static_cast<int>(at - languages.begin()));
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    choice->GetEventHandler()->ProcessEvent(event);
    BOOST_REQUIRE(pumpUntil([&] { return ui::currentLanguage() == language; }));
    pump(100);
    signIn(login);
  }

  // From wherever the flow is, Esc back to the service list, arrows to the service, Enter.
  void chooseService(core::ServiceCode service) {
    for (int i = 0; i < 8 && step() != "service"; ++i) {
      if (step() == "receipt") keys.key(WXK_RETURN);
      else keys.key(WXK_ESCAPE);
    }
    BOOST_REQUIRE(waitStep("service"));
    auto index = std::find(core::kAllServices.begin(), core::kAllServices.end(), service) - core::kAllServices.begin();
    BOOST_REQUIRE(wxWindow::FindFocus() == flowPanel().serviceList());
    keys.key(WXK_HOME);
    for (long i = 0; i < index; ++i) keys.key(WXK_DOWN);
    BOOST_REQUIRE_EQUAL(flowPanel().serviceList()->GetSelection(), static_cast<int>(index));
    keys.key(WXK_RETURN);
    BOOST_REQUIRE(waitStep("document"));
    BOOST_REQUIRE(flowPanel().flow().state().service == service);
  }

  // The passport goes on the document reader: its page image is read (OCR-B), the MRZ taken.
  void readPassport(Applicant who) {
    auto* pages = dynamic_cast<document::SimulatedDocumentSource*>(workstation->services().documentSource.get());
    BOOST_REQUIRE(pages);
    pages->push(mrzPage(applicantMrz(who)));
    BOOST_REQUIRE_MESSAGE(pumpUntil([&] { return step() == "match" || step() == "person"; }, 15000),
                          "the passport page was not read: " + message());
    if (step() == "match") keys.key(WXK_RETURN);  // the person on record, preselected
    BOOST_REQUIRE(waitStep("person"));
  }

  // Tab until the field has the focus: every field is reachable without the mouse.
  void tabTo(const std::string& key) {
    wxWindow* field = flowPanel().control(key);
    BOOST_REQUIRE_MESSAGE(field, "no field " + key);
    std::string path;  // where the focus went, for the message
    for (int i = 0; i < 60 && wxWindow::FindFocus() != field; ++i) {
      keys.key(WXK_TAB);
      wxWindow* focus = wxWindow::FindFocus();
      path += " > " + (focus ? focus->GetName().ToStdString() : std::string("(none)"));
    }
    BOOST_REQUIRE_MESSAGE(wxWindow::FindFocus() == field, "Tab does not reach " + key + ":" + path.substr(0, 400));
  }

  // Types the values into the page's fields in the order they stand: a text replaces what
  // the field holds (Tab selects it), "[x]" toggles a check box with the space bar.
  void fill(const std::vector<presenter::FormField>& order, const presenter::FieldValues& values) {
    for (const presenter::FormField& field : order) {
      auto it = values.find(field.key);
      if (it == values.end()) continue;
      tabTo(field.key);
      if (it->second == "[x]") keys.key(' ');
      else keys.type(it->second);
    }
  }

  std::string fieldText(const std::string& key) {
    auto* text = dynamic_cast<wxTextCtrl*>(flowPanel().control(key));
    return text ? text->GetValue().ToStdString(wxConvUTF8) : std::string();
  }

  // Photo and fingerprints: the camera's portrait is taken by itself, the scanner gives all ten.
  void takeBiometrics(const std::string& shotPrefix) {
    BOOST_REQUIRE(waitStep("photo"));
    BOOST_REQUIRE_MESSAGE(pumpUntil([&] { return !flowPanel().flow().state().photoSha256.empty(); }, 30000),
                          "no portrait was taken");
    saveScreenshot(frame, shotPrefix + "-photo");
    keys.key(WXK_RETURN);
    BOOST_REQUIRE(waitStep("fingerprints"));
    BOOST_REQUIRE_MESSAGE(pumpUntil([&] { return flowPanel().flow().state().fingerprintSha256.size() == 10u; }, 60000),
                          "the ten prints were not taken");
    saveScreenshot(frame, shotPrefix + "-fingerprints");
    keys.key(WXK_RETURN);
  }

  // The supervisor opens each waiting case of the review page in the case dialog, takes it
  // into review and approves it. Returns the number approved.
  int approveWaitingCases(const std::string& shotPrefix) {
    frame->showPage(presenter::ShellPage::Review);
    pump(300);
    auto* list = dynamic_cast<wxListCtrl*>(wxWindow::FindWindowByName("reviewList", frame));
    BOOST_REQUIRE(list);
    int approved = 0;
    for (int round = 0; round < 20 && list->GetItemCount() > 0; ++round) {
      const std::string service = list->GetItemText(0, 1).ToStdString(wxConvUTF8);
      bool done = false;
      std::function<void()> inDialog;
      inDialog = [&] {
        auto* dialog = wxWindow::FindWindowByName("caseDialog");
        if (!dialog || !dialog->IsShown()) return wxTheApp->CallAfter(inDialog);
        pump(200);
        for (const char* button_name : {"takeIntoReview", "approve"}) {
          auto* button = dynamic_cast<wxButton*>(wxWindow::FindWindowByName(button_name, dialog));
          if (!button || !button->IsEnabled()) break;
          keys.click(button);
          pump(150);
          done = std::string(button_name) == "approve";
        }
        saveScreenshot(dialog, shotPrefix + "-" + std::to_string(round) + "-case-dialog");
        static_cast<wxDialog*>(dialog)->EndModal(wxID_OK);  // NOLINT
      };
      wxTheApp->CallAfter(inDialog);
      wxListEvent activate(wxEVT_LIST_ITEM_ACTIVATED, list->GetId());
      activate.m_itemIndex = 0;
      activate.SetEventObject(list);
      list->GetEventHandler()->ProcessEvent(activate);
      BOOST_REQUIRE_MESSAGE(done, "the case dialog did not approve " + service);
      ++approved;
      pump(100);
    }
    return approved;
  }

  // The officer opens the approved case in the case dialog and presses its Issue button
  // (shown only for an approved case and a role that may issue). Returns whether it was issued.
  bool issueInCaseDialog(const std::string& caseId, const core::User& by, const std::string& shot) {
    bool offered = false;
    std::string outcome;
    std::function<void()> inDialog;
    inDialog = [&] {
      auto* dialog = wxWindow::FindWindowByName("caseDialog");
      if (!dialog || !dialog->IsShown()) return wxTheApp->CallAfter(inDialog);
      pump(200);
      auto* button = dynamic_cast<wxButton*>(wxWindow::FindWindowByName("issue", dialog));
      offered = button && button->IsShown() && button->IsEnabled();
      saveScreenshot(dialog, shot + "-before");
      if (offered) {
        keys.click(button);
        pump(150);
      }
      if (auto* message = wxWindow::FindWindowByName("caseMessage", dialog)) {
        outcome = message->GetLabel().ToStdString(wxConvUTF8);
      }
      saveScreenshot(dialog, shot + "-after");
      static_cast<wxDialog*>(dialog)->EndModal(wxID_OK);  // NOLINT
    };
    wxTheApp->CallAfter(inDialog);
    ui::showCaseDialog(frame, workstation->services(), by, caseId);
    BOOST_TEST_MESSAGE("case dialog after Issue: " << outcome);
    return offered;
  }

  void recordActions(const std::string& what, int actions) {
    std::ofstream(outputDir() / "actions.txt", std::ios::app) << what << "\t" << actions << "\n";
    BOOST_TEST_MESSAGE(what << ": " << actions << " officer actions");
  }
};

}  // namespace mws::test
