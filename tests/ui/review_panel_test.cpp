// The supervisor's review queue and the case dialog in real windows: the queue lists what
// waits, the dialog shows the evidence, the supervisor approves another officer's case, is
// refused on their own with the reason in words, and reject/return need a reason.
#include <boost/test/unit_test.hpp>
#include <wx/image.h>
#include <wx/mstream.h>
#include <wx/notebook.h>
#include <wx/statbmp.h>
#include <wx/uiaction.h>

#include <fstream>

#include "case_pages_ui.hpp"
#include "mws/print/cairo_receipt_renderer.hpp"
#include "mws/ui/language.hpp"

using namespace mws;

namespace {

struct ReviewPageFixture : test::PageFixture {
  // Opens the case dialog for `caseId` as `user` and runs `script` in it.
  test::CaseDialogScript* script = nullptr;
  void inDialog(const core::User& user, const std::string& caseId, std::function<void(wxDialog*)> body,
                const std::string& reason = {}) {
    if (frame == nullptr) host([](wxWindow* parent) { return new wxPanel(parent); }, wxSize(400, 300));
    bool ran = false;
    test::CaseDialogScript hook([&](wxDialog* dialog) {
      ran = true;
      body(dialog);
    });
    hook.reason = reason;
    script = &hook;
    ui::showCaseDialog(frame, services, user, caseId);
    script = nullptr;
    BOOST_TEST(ran);
  }
  std::string message(wxDialog* dialog) { return test::textOf(dialog, "caseMessage"); }
  core::CaseState stateOf(const std::string& id) { return cases.load(id)->value().state; }

  std::string pngPortrait() {
    wxImage image(350, 450);
    image.SetRGB(wxRect(0, 0, 350, 450), 200, 215, 235);
    image.SetRGB(wxRect(110, 90, 130, 170), 225, 180, 150);  // a face-coloured oval's box
    image.SetRGB(wxRect(70, 280, 210, 170), 40, 60, 110);   // shoulders
    wxMemoryOutputStream out;
    BOOST_REQUIRE(image.SaveFile(out, wxBITMAP_TYPE_PNG));
    std::string bytes(out.GetSize(), '\0');
    out.CopyTo(bytes.data(), bytes.size());
    return bytes;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(review_panel, ReviewPageFixture)

BOOST_AUTO_TEST_CASE(the_queue_lists_waiting_cases_and_enter_opens_one) {
  auto theirs = stayCase(officer);
  stayCase(supervisor);
  wxWindow* page = host([&](wxWindow* parent) { return ui::makeReviewPanel(parent, services, supervisor, shell.actions()); });
  auto* list = test::findNamed<wxListCtrl>(page, "reviewList");
  BOOST_REQUIRE(list->GetItemCount() == 2);
  BOOST_TEST(test::textOf(page, "reviewSummary") == "2 cases wait for a decision");
  BOOST_TEST(test::cell(list, 0, 1) == "Registration at place of stay");
  BOOST_TEST(test::cell(list, 0, 2) == "submitted");
  BOOST_TEST(test::cell(list, 0, 3) == "KARIMOV ALISHER");
  BOOST_TEST(test::cell(list, 0, 4) == "officer #" + std::to_string(officer.id));
  BOOST_TEST(test::cell(list, 1, 4) == "you");
  BOOST_TEST(test::cell(list, 0, 0) == "0 min");
  test::saveScreenshot(frame, "review-queue");
  list->SetFocus();
  pump(100);
  wxUIActionSimulator keyboard;
  keyboard.Char(WXK_RETURN);
  BOOST_TEST(pumpUntil([&] { return shell.opened.size() == 1u; }));
  BOOST_TEST(shell.opened.at(0) == theirs.id);
}

BOOST_AUTO_TEST_CASE(the_supervisor_approves_another_officers_case) {
  auto item = stayCase(officer);
  inDialog(supervisor, item.id, [&](wxDialog* dialog) {
    BOOST_TEST(test::textOf(dialog, "caseHeading") == "KARIMOV ALISHER  /  Каримов Алишер");
    auto* details = test::findNamed<wxListCtrl>(dialog, "caseDetails");
    bool host = false;
    for (long row = 0; row < details->GetItemCount(); ++row) {
      host = host || (test::cell(details, row, 0) == "Host's name" && test::cell(details, row, 1) == "Hotel Chilonzor");
    }
    BOOST_TEST(host);
    auto* rules = test::findNamed<wxListCtrl>(dialog, "caseRules");
    BOOST_TEST(rules->GetItemCount() > 3);
    BOOST_TEST(test::cell(rules, 0, 1) == "met");
    test::saveScreenshot(dialog, "case-dialog-supervisor");
    test::findNamed<wxNotebook>(dialog, "caseBook")->SetSelection(2);
    test::saveScreenshot(dialog, "case-dialog-rules");
    test::click(test::findNamed<wxButton>(dialog, "approve"));
    BOOST_TEST(message(dialog) == "Done: the case is now approved.");
    BOOST_TEST(!test::findNamed<wxButton>(dialog, "approve")->IsEnabled());
    test::findNamed<wxNotebook>(dialog, "caseBook")->SetSelection(1);
    auto* history = test::findNamed<wxListCtrl>(dialog, "caseHistory");
    BOOST_TEST(history->GetItemCount() == 4);
    BOOST_TEST(test::cell(history, 3, 1) == "approved");
    BOOST_TEST(test::cell(history, 3, 3) == "you (supervisor)");
    test::saveScreenshot(dialog, "case-dialog-approved");
  });
  BOOST_TEST((stateOf(item.id) == core::CaseState::Approved));
}

BOOST_AUTO_TEST_CASE(approving_ones_own_case_is_refused_with_the_reason_shown) {
  auto own = stayCase(supervisor);
  inDialog(supervisor, own.id, [&](wxDialog* dialog) {
    test::click(test::findNamed<wxButton>(dialog, "approve"));
    BOOST_TEST(message(dialog) ==
               "You opened or submitted this case yourself. Another supervisor has to decide it. (rule CASE-1)");
    test::saveScreenshot(dialog, "case-dialog-four-eyes");
  });
  BOOST_TEST((stateOf(own.id) == core::CaseState::Submitted));
}

BOOST_AUTO_TEST_CASE(reject_without_a_reason_is_refused_and_with_one_done) {
  auto item = stayCase(officer);
  inDialog(supervisor, item.id, [&](wxDialog* dialog) {
    test::click(test::findNamed<wxButton>(dialog, "reject"));
    BOOST_TEST(message(dialog) == "Write the reason: the applicant is told why. (rule CASE-4)");
    test::saveScreenshot(dialog, "case-dialog-reason-missing");
  });
  BOOST_TEST((stateOf(item.id) == core::CaseState::Submitted));
  inDialog(supervisor, item.id, [&](wxDialog* dialog) {
    test::click(test::findNamed<wxButton>(dialog, "reject"));
    BOOST_TEST(message(dialog) == "Done: the case is now rejected.");
  }, "The visa stamp is forged.");
  BOOST_TEST((stateOf(item.id) == core::CaseState::Rejected));
  BOOST_TEST(cases.load(item.id)->value().history.back().reason == "The visa stamp is forged.");
}

BOOST_AUTO_TEST_CASE(return_needs_a_reason_too) {
  auto item = stayCase(officer);
  inDialog(supervisor2, item.id, [&](wxDialog* dialog) {
    test::click(test::findNamed<wxButton>(dialog, "return"));
    BOOST_TEST(message(dialog) == "Write the reason: the applicant is told why. (rule CASE-4)");
    script->reason = "Attach the host's signed consent.";
    test::click(test::findNamed<wxButton>(dialog, "return"));
    BOOST_TEST(message(dialog) == "Done: the case is now returned.");
    BOOST_REQUIRE(script->reasonPrompts.size() == 2u);
    BOOST_TEST(script->reasonPrompts[0] == "Return the case for correction");
  });
  BOOST_TEST((stateOf(item.id) == core::CaseState::Returned));
}

BOOST_AUTO_TEST_CASE(an_officer_sees_the_case_read_only) {
  auto item = stayCase(officer);
  inDialog(officer2, item.id, [&](wxDialog* dialog) {
    for (const char* button : {"takeIntoReview", "approve", "reject", "return"}) {
      BOOST_TEST(!test::findNamed<wxButton>(dialog, button)->IsShown());
    }
    test::saveScreenshot(dialog, "case-dialog-officer");
  });
}

BOOST_AUTO_TEST_CASE(an_officer_prints_the_receipt_to_a_pdf_file) {
  print::CairoReceiptRenderer renderer;
  services.receipts = &renderer;
  auto item = stayCase(officer);
  const auto path = test::outputDir() / "receipt.pdf";
  std::filesystem::remove(path);
  inDialog(officer, item.id, [&](wxDialog* dialog) {
    script->savePath = path.string();
    test::click(test::findNamed<wxButton>(dialog, "saveReceiptPdf"));
    BOOST_TEST(message(dialog) == "Receipt saved to " + path.string() + ".");
    test::saveScreenshot(dialog, "case-dialog-receipt-saved");
  });
  BOOST_REQUIRE(std::filesystem::exists(path));
  std::ifstream pdf(path, std::ios::binary);
  std::string head(5, '\0');
  pdf.read(head.data(), 5);
  BOOST_TEST(head == "%PDF-");
  BOOST_TEST(std::filesystem::file_size(path) > 2000u);
}

BOOST_AUTO_TEST_CASE(the_portrait_and_fingerprint_count_are_shown) {
  core::Person citizen;
  citizen.latin = {"TOSHMATOV", "BOBUR", ""};
  citizen.cyrillic = {"Тошматов", "Бобур", ""};
  citizen.birthDate = *core::CivilDate::parse("1985-07-14");
  citizen.status = core::PersonStatus::Citizen;
  citizen.citizenship = "UZB";
  citizen.personalNumber = "31407850000011";
  citizen.documents.push_back({core::DocumentKind::Passport, "AB", "1234567", "UZB", "IIV 2603",
                               today().addDays(-900), today().addDays(2000)});
  citizen = addPerson(citizen);
  core::IdCardPayload card;
  card.biometrics.photoSha256 = *blobs.put(pngPortrait());
  for (int finger = 0; finger < 10; ++finger) {
    card.biometrics.fingerprintSha256.push_back(*blobs.put("finger " + std::to_string(finger)));
  }
  auto opened = service.open({"", citizen.id, core::Channel::Counter, card}, officer);
  BOOST_REQUIRE(opened.ok());
  inDialog(supervisor, opened->id, [&](wxDialog* dialog) {
    BOOST_TEST(test::textOf(dialog, "casePhotoNote") == "Portrait");
    BOOST_TEST(test::textOf(dialog, "caseFingerprints") == "Fingerprints: 10 of 10 on this workstation");
    auto bitmap = test::findNamed<wxStaticBitmap>(dialog, "casePortrait")->GetBitmap();
    BOOST_TEST(bitmap.GetHeight() == 180);
    test::saveScreenshot(dialog, "case-dialog-portrait");
  });
}

BOOST_AUTO_TEST_CASE(a_rule_broken_since_submission_is_shown_and_blocks_approval) {
  auto item = stayCase(officer);
  core::Person shortened = foreigner;
  shortened.visas.front().validTo = today().addDays(2);  // now ends inside the stay period
  BOOST_REQUIRE(persons.update(shortened, {officer, "person.update", clock.now()}).ok());
  inDialog(supervisor, item.id, [&](wxDialog* dialog) {
    test::findNamed<wxNotebook>(dialog, "caseBook")->SetSelection(2);
    auto* rules = test::findNamed<wxListCtrl>(dialog, "caseRules");
    bool broken = false;
    for (long row = 0; row < rules->GetItemCount(); ++row) {
      broken = broken || (test::cell(rules, row, 0) == "STAY_REG-1" && test::cell(rules, row, 1) == "NOT MET");
    }
    BOOST_TEST(broken);
    test::click(test::findNamed<wxButton>(dialog, "approve"));
    BOOST_TEST(message(dialog).find("STAY_REG-1") != std::string::npos);
    test::saveScreenshot(dialog, "case-dialog-rule-broken");
  });
  BOOST_TEST((stateOf(item.id) != core::CaseState::Approved));
}

// The pages in Russian: the words come from the catalogue, dates and numbers in its style.
BOOST_AUTO_TEST_CASE(the_review_page_and_the_case_dialog_speak_russian) {
  struct English {
    ~English() { ui::setLanguage(ui::Language::En); }
  } restore;
  BOOST_REQUIRE(ui::setLanguage(ui::Language::Ru));
  auto item = stayCase(officer);
  wxWindow* page = host([&](wxWindow* parent) { return ui::makeReviewPanel(parent, services, supervisor, shell.actions()); });
  const std::string summary = test::textOf(page, "reviewSummary");
  BOOST_TEST(summary != "1 case waits for a decision");
  BOOST_TEST(summary.find("1") != std::string::npos);
  test::saveScreenshot(frame, "review-queue-ru");
  inDialog(supervisor, item.id, [&](wxDialog* dialog) {
    BOOST_TEST(test::findNamed<wxButton>(dialog, "approve")->GetLabel().utf8_string() != "&Approve");
    test::saveScreenshot(dialog, "case-dialog-ru");
  });
}

BOOST_AUTO_TEST_SUITE_END()
