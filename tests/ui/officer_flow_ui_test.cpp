// The officer's window for real under Xvfb: a stay registration from an MRZ page image read
// by the document reader, through the steps by keyboard to submit, a supervisor approving it,
// the refusals of the form in words, and the action count of a standard registration.
#include <boost/test/unit_test.hpp>
#include <wx/app.h>
#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include <cstring>
#include <fstream>
#include <functional>

#include <opencv2/core.hpp>

#include "mws/document/document_sources.hpp"
#include "mws/document/mrz_sample_generator.hpp"
#include "mws/document/ocrb_font.hpp"
#include "ui_fixture.hpp"

using namespace mws;

namespace {

// The passport's data page as the reader's camera or scanner gives it.
peripherals::Frame mrzPage(const std::vector<std::string>& lines) {
  auto font = document::OcrbFont::load(document::defaultOcrbFontPath());
  BOOST_REQUIRE_MESSAGE(font.ok(), "the OCR-B font is missing (fonts-ocr-b)");
  document::MrzSampleGenerator generator(*font, 7);
  cv::Mat page = generator.render(core::MrzFormat::Td3, lines, 300);
  auto frame = peripherals::makeFrame(page.cols, page.rows, peripherals::PixelFormat::Gray8);
  for (int y = 0; y < page.rows; ++y) std::memcpy(frame.row(y), page.ptr(y), static_cast<std::size_t>(page.cols));
  return frame;
}

void setText(ui::NewCasePanel& panel, const std::string& key, const std::string& value) {
  auto* text = dynamic_cast<wxTextCtrl*>(panel.control(key));
  BOOST_REQUIRE_MESSAGE(text, "no text field " + key);
  text->SetValue(wxString::FromUTF8(value.c_str()));
}

void setFlag(ui::NewCasePanel& panel, const std::string& key, bool value) {
  auto* box = dynamic_cast<wxCheckBox*>(panel.control(key));
  BOOST_REQUIRE_MESSAGE(box, "no check box " + key);
  box->SetValue(value);
  wxCommandEvent event(wxEVT_CHECKBOX, box->GetId());
  event.SetEventObject(box);
  event.SetInt(value ? 1 : 0);
  box->GetEventHandler()->ProcessEvent(event);
}

// Types into a field as the officer would: focus it (one click) and type.
void typeInto(test::Officer& officer, ui::NewCasePanel& panel, const std::string& key, const std::string& text) {
  wxWindow* field = panel.control(key);
  BOOST_REQUIRE_MESSAGE(field, "no field " + key);
  field->SetFocus();
  ++officer.actions;  // the click that puts the cursor there
  test::WxFixture::pump(30);
  officer.type(text);
}

std::string message(test::UiFixture& f) { return f.flowPanel().messageText().ToStdString(wxConvUTF8); }

void recordActions(const std::string& name, int actions) {
  std::ofstream out(test::outputDir() / "actions.txt", std::ios::app);
  out << name << "\t" << actions << "\n";
  BOOST_TEST_MESSAGE(name << ": " << actions << " officer actions");
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(officer_flow, test::UiFixture)

BOOST_AUTO_TEST_CASE(stay_registration_from_an_mrz_image_is_submitted_and_approved) {
  openFrame();
  test::saveScreenshot(frame, "01-sign-in");
  signIn("o.aliyev");
  BOOST_TEST(frame->headerText().ToStdString(wxConvUTF8).find("Otabek Aliyev") != std::string::npos);
  BOOST_TEST((frame->currentPage() == presenter::ShellPage::NewCase));
  test::saveScreenshot(frame, "02-service");
  test::Officer keys;
  keys.key(WXK_RETURN);  // the first service: registration at place of stay
  BOOST_REQUIRE(waitStep("document"));
  test::saveScreenshot(frame, "03-document");
  // The passport goes on the reader: the page is read, the person on record is found.
  auto* pages = dynamic_cast<document::SimulatedDocumentSource*>(workstation->services().documentSource.get());
  BOOST_REQUIRE(pages);
  pages->push(mrzPage(test::FlowFixture::foreignerMrz()));
  BOOST_REQUIRE_MESSAGE(waitStep("match", 15000), "the MRZ page was not read: " + message(*this));
  BOOST_TEST(flowPanel().flow().state().personId == foreigner.id);
  test::saveScreenshot(frame, "04-match");
  keys.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("person"));
  test::saveScreenshot(frame, "05-person");
  keys.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("form"));
  BOOST_TEST(message(*this).find("SERVICE-4") != std::string::npos);  // no address yet
  test::saveScreenshot(frame, "06-form-empty");
  const int navigation = keys.actions;
  typeInto(keys, flowPanel(), "address.region", "TK");
  typeInto(keys, flowPanel(), "address.district", "TK-CHI");
  typeInto(keys, flowPanel(), "address.street", "Bunyodkor");
  typeInto(keys, flowPanel(), "address.house", "12");
  typeInto(keys, flowPanel(), "host.tax_id", "301234567");
  typeInto(keys, flowPanel(), "host.name", "Hotel Chilonzor");
  flowPanel().control("host.consent_given")->SetFocus();
  keys.key(' ');  // ticks the consent box
  typeInto(keys, flowPanel(), "host.consent_evidence", "paper:17");
  BOOST_TEST(flowPanel().flow().formCheck().ok(), message(*this));
  test::saveScreenshot(frame, "07-form-filled");
  keys.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("review"));
  test::saveScreenshot(frame, "08-review");
  keys.key(WXK_RETURN);  // submits
  BOOST_REQUIRE_MESSAGE(waitStep("receipt"), message(*this));
  test::saveScreenshot(frame, "09-receipt");
  recordActions("stay registration, first at this host (navigation)", navigation + 2);
  recordActions("stay registration, first at this host (all keys and clicks)", keys.actions);
  const std::string caseId = flowPanel().flow().state().flowId;
  auto stored = workstation->services().caseRepository->load(caseId);
  BOOST_REQUIRE(stored.ok() && stored->has_value());
  BOOST_TEST(core::toString((*stored)->state) == "submitted");

  // The next guest at the same hotel: host and address are carried, Enter all the way.
  test::Officer next;
  next.key(WXK_RETURN);  // "New case"
  BOOST_REQUIRE(waitStep("service"));
  next.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("document"));
  core::Person guest = test::FlowFixture::makeForeigner();
  guest.latin = {"SMITH", "JOHN", ""};
  guest.cyrillic = {};
  guest.documents.front().number = "C01234567";
  guest.documents.front().issuingState = "GBR";
  guest.citizenship = "GBR";
  guest.visas.front().number = "EV0099999";
  BOOST_REQUIRE(persons.add(guest, {officer, "person.add", clock.now()}).ok());
  pages->push(mrzPage(test::passportMrz("GBR", "SMITH", "JOHN", "C01234567", "900315", 'M', "300109")));
  BOOST_REQUIRE(waitStep("match", 15000));
  next.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("person"));
  next.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("form"));
  BOOST_TEST(flowPanel().flow().formCheck().ok(), message(*this));
  next.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("review"));
  next.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("receipt"));
  recordActions("stay registration, same host as the last (all keys and clicks)", next.actions);
  BOOST_TEST(next.actions <= 12);

  // The supervisor signs in, finds the case in the review queue and approves it.
  frame->signOut();
  BOOST_REQUIRE(pumpUntil([&] { return !frame->isSignedIn(); }));
  signIn("s.rahimov");
  frame->showPage(presenter::ShellPage::Review);
  pump(500);
  test::saveScreenshot(frame, "10-review-queue");
  auto* list = dynamic_cast<wxListCtrl*>(wxWindow::FindWindowByName("reviewList", frame));
  BOOST_REQUIRE(list);
  BOOST_REQUIRE(pumpUntil([&] { return list->GetItemCount() >= 2; }));
  bool approved = false;
  // Inside the modal case dialog: take into review, approve, look, close.
  std::function<void()> inDialog;
  inDialog = [&] {
    auto press = [](const char* button_name) {
      auto* button = dynamic_cast<wxButton*>(wxWindow::FindWindowByName(button_name));
      if (!button || !button->IsEnabled()) return false;
      wxCommandEvent event(wxEVT_BUTTON, button->GetId());
      event.SetEventObject(button);
      button->GetEventHandler()->ProcessEvent(event);
      return true;
    };
    auto* dialog = wxWindow::FindWindowByName("caseDialog");
    if (!dialog || !dialog->IsShown()) {
      wxTheApp->CallAfter(inDialog);
      return;
    }
    pump(300);
    press("takeIntoReview");
    pump(200);
    approved = press("approve");
    pump(300);
    test::saveScreenshot(dialog, "11-case-approved");
    static_cast<wxDialog*>(dialog)->EndModal(wxID_OK);  // NOLINT
  };
  wxTheApp->CallAfter(inDialog);
  for (long i = 0; i < list->GetItemCount(); ++i) {
    list->SetItemState(i, 0, wxLIST_STATE_SELECTED);
  }
  // Open the first registration: its row carries the case.
  long row = -1;
  for (long i = 0; i < list->GetItemCount() && row < 0; ++i) {
    for (int c = 0; c < list->GetColumnCount(); ++c) {
      if (list->GetItemText(i, c).ToStdString().find("KARIMOV") != std::string::npos) row = i;
    }
  }
  if (row < 0) row = list->GetItemCount() - 1;
  wxListEvent activate(wxEVT_LIST_ITEM_ACTIVATED, list->GetId());
  activate.m_itemIndex = row;
  activate.SetEventObject(list);
  list->GetEventHandler()->ProcessEvent(activate);
  BOOST_TEST(approved);
  auto decided = workstation->services().caseRepository->load(caseId);
  BOOST_REQUIRE(decided.ok() && decided->has_value());
  BOOST_TEST(core::toString((*decided)->state) == "approved");
}

BOOST_AUTO_TEST_CASE(each_refusal_of_the_form_is_shown_in_words_with_its_rule) {
  openFrame();
  signIn("o.aliyev");
  test::Officer keys;
  keys.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("document"));
  // A keyboard-wedge scanner types the two lines, each followed by Enter.
  const auto lines = test::FlowFixture::foreignerMrz();
  keys.sim.Text(lines[0].c_str());
  keys.sim.Char(WXK_RETURN);
  pump(50);
  keys.sim.Text(lines[1].c_str());
  keys.sim.Char(WXK_RETURN);
  BOOST_REQUIRE_MESSAGE(waitStep("match"), "wedge input not accepted: " + message(*this));
  keys.key(WXK_RETURN);
  keys.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("form"));
  auto& panel = flowPanel();
  setText(panel, "address.region", "TK");
  setText(panel, "address.district", "TK-CHI");
  setText(panel, "address.street", "Bunyodkor");
  setText(panel, "address.house", "12");
  setText(panel, "host.tax_id", "301234567");
  setText(panel, "host.name", "Hotel Chilonzor");
  setText(panel, "host.consent_evidence", "paper:17");
  setFlag(panel, "host.consent_given", true);
  BOOST_TEST(message(*this) == "All rules are met.");
  struct Case {
    const char* name;
    std::function<void()> make;
    const char* rule;
    const char* words;
  };
  const std::vector<Case> refusals{
      {"12-refusal-outside-visa", [&] { setText(panel, "period.to", "2027-01-15"); }, "STAY_REG-1", "outside the visa"},
      {"13-refusal-consent", [&] {
         setText(panel, "period.to", "2026-12-01");
         setFlag(panel, "host.consent_given", false);
       }, "STAY_REG-2", "consent"},
      {"14-refusal-too-long", [&] {
         setFlag(panel, "host.consent_given", true);
         setText(panel, "period.to", "2027-12-01");
       }, "STAY_REG-3", "longer than"},
      {"15-refusal-tax-id", [&] {
         setText(panel, "period.to", "2026-12-01");
         setText(panel, "host.tax_id", "30123456");
       }, "SERVICE-4", "nine digits"},
  };
  for (const Case& c : refusals) {
    c.make();
    pump(50);
    const std::string shown = message(*this);
    BOOST_TEST(shown.find(c.rule) != std::string::npos, c.name << ": " << shown);
    BOOST_TEST(shown.find(c.words) != std::string::npos, c.name << ": " << shown);
    test::saveScreenshot(frame, c.name);
    keys.key(WXK_RETURN);  // Enter does not move past a refusal
    BOOST_TEST(step() == "form");
  }
  // A period ending before it starts (STAY_REG-1 too, another check) and a date not a date.
  setText(panel, "host.tax_id", "301234567");
  setText(panel, "period.from", "2026-12-05");
  setText(panel, "period.to", "2026-12-01");
  BOOST_TEST(message(*this).find("before the first day") != std::string::npos, message(*this));
  setText(panel, "period.from", "2026-11-3x");
  BOOST_TEST(message(*this).find("YYYY-MM-DD") != std::string::npos, message(*this));
  test::saveScreenshot(frame, "16-refusal-date");
}

BOOST_AUTO_TEST_SUITE_END()
