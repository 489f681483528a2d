// One case with all its evidence and, for a supervisor, the decisions. Layout and wiring;
// the logic is presenter::CaseViewPresenter.
#include <wx/bitmap.h>
#include <wx/button.h>
#include <wx/datetime.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/cursor.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/wfstream.h>

#include <chrono>

#include "case_words.hpp"
#include "flow_words.hpp"
#include "image_view.hpp"
#include "mws/presenter/case_view_presenter.hpp"
#include "mws/ui/language.hpp"
#include "mws/ui/panels.hpp"
#include "mws/ui/receipt_printing.hpp"

namespace mws::ui {
namespace {

using presenter::Decision;

wxListCtrl* reportList(wxWindow* parent, const wxString& name,
                       std::initializer_list<std::pair<wxString, int>> columns) {
  auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxSize(560, 300), wxLC_REPORT | wxLC_SINGLE_SEL);
  list->SetName(name);
  for (const auto& [title, width] : columns) list->AppendColumn(title, wxLIST_FORMAT_LEFT, width);
  return list;
}

void addRow(wxListCtrl* list, std::initializer_list<wxString> cells) {
  const long index = list->GetItemCount();
  auto it = cells.begin();
  list->InsertItem(index, *it++);
  for (int column = 1; it != cells.end(); ++it, ++column) list->SetItem(index, column, *it);
}

void addHeading(wxListCtrl* list, const wxString& text) {
  addRow(list, {text, ""});
  const long index = list->GetItemCount() - 1;
  wxFont font = list->GetFont();
  font.SetWeight(wxFONTWEIGHT_BOLD);
  list->SetItemFont(index, font);
  list->SetItemBackgroundColour(index, wxColour(238, 242, 247));
}

wxString timeText(std::chrono::system_clock::time_point at) {
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
  const wxDateTime local(static_cast<time_t>(seconds));
  const auto day = core::CivilDate::make(local.GetYear(), static_cast<unsigned>(local.GetMonth()) + 1, local.GetDay());
  return (day ? formatDate(*day) : wxString()) + local.Format(" %H:%M");
}

wxString fieldValue(const presenter::PayloadField& field) {
  using Kind = presenter::PayloadField::Kind;
  switch (field.kind) {
    case Kind::Text: return words::utf8(field.text);
    case Kind::Code: return words::code(field.key, field.text);
    case Kind::Date: return formatDate(field.date);
    case Kind::Period:
      return wxString::Format(_("%s to %s"), formatDate(field.period.from), formatDate(field.period.to));
    case Kind::Flag: return field.flag ? _("yes") : _("no");
    case Kind::Number: return formatNumber(field.number);
  }
  return {};
}

core::PrintLanguage printLanguage() {
  switch (currentLanguage()) {
    case Language::UzLatn: return core::PrintLanguage::UzLatn;
    case Language::UzCyrl: return core::PrintLanguage::UzCyrl;
    case Language::Ru: return core::PrintLanguage::Ru;
    case Language::En: return core::PrintLanguage::En;
  }
  return core::PrintLanguage::UzLatn;
}

class CaseDialog : public wxDialog {
public:
  CaseDialog(wxWindow* parent, presenter::Services& services, const core::User& user, const std::string& caseId)
      : wxDialog(parent, wxID_ANY, _("Case"), wxDefaultPosition, wxSize(1140, 660),
                 wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
        m_services(services), m_user(user), m_presenter(services, user, caseId) {
    SetName("caseDialog");
    build();
    reload();
  }

private:
  void build() {
    m_heading = new wxStaticText(this, wxID_ANY, "");
    m_heading->SetName("caseHeading");
    wxFont font = m_heading->GetFont();
    font.SetPointSize(font.GetPointSize() + 4);
    font.SetWeight(wxFONTWEIGHT_BOLD);
    m_heading->SetFont(font);
    m_subheading = new wxStaticText(this, wxID_ANY, "");
    m_subheading->SetName("caseSubheading");
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(buildBiometrics(), 0, wxRIGHT, 12);
    body->Add(buildBook(), 1, wxEXPAND);
    m_message = new wxStaticText(this, wxID_ANY, "");
    m_message->SetName("caseMessage");
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_heading, 0, wxLEFT | wxRIGHT | wxTOP, 12);
    column->Add(m_subheading, 0, wxALL, 12);
    column->Add(body, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
    column->Add(m_message, 0, wxEXPAND | wxALL, 12);
    column->Add(buildButtons(), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
    SetSizer(column);
  }

  // The portrait and the document page side by side, each enlarged by a click; the
  // fingerprints' summary under them.
  wxSizer* buildBiometrics() {
    auto* portrait = new wxBoxSizer(wxVERTICAL);
    m_portrait = new wxStaticBitmap(this, wxID_ANY, wxBitmap(kPhotoW, kPhotoH));
    m_portrait->SetName("casePortrait");
    m_photoNote = new wxStaticText(this, wxID_ANY, "");
    m_photoNote->SetName("casePhotoNote");
    portrait->Add(m_portrait, 0, wxBOTTOM, 6);
    portrait->Add(m_photoNote, 0, wxBOTTOM, 6);
    auto* scan = new wxBoxSizer(wxVERTICAL);
    m_scan = new wxStaticBitmap(this, wxID_ANY, wxBitmap(kScanW, kScanH));
    m_scan->SetName("caseDocumentScan");
    m_scanNote = new wxStaticText(this, wxID_ANY, "");
    m_scanNote->SetName("caseDocumentScanNote");
    scan->Add(m_scan, 0, wxBOTTOM, 6);
    scan->Add(m_scanNote, 0, wxBOTTOM, 6);
    m_portrait->Bind(wxEVT_LEFT_UP, [this](wxMouseEvent&) { enlarge(m_presenter.evidence().portrait, _("Portrait")); });
    m_scan->Bind(wxEVT_LEFT_UP, [this](wxMouseEvent&) { enlarge(m_presenter.evidence().documentScan, _("Document page")); });
    auto* images = new wxBoxSizer(wxHORIZONTAL);
    images->Add(portrait, 0, wxRIGHT, 10);
    images->Add(scan);
    m_fingerNote = new wxStaticText(this, wxID_ANY, "");
    m_fingerNote->SetName("caseFingerprints");
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(images);
    column->Add(m_fingerNote);
    return column;
  }

  void enlarge(const std::string& image, const wxString& title) {
    if (!image.empty()) showImageDialog(this, image, title);
  }

  wxWindow* buildBook() {
    auto* book = new wxNotebook(this, wxID_ANY);
    book->SetName("caseBook");
    m_details = reportList(book, "caseDetails", {{_("Item"), 230}, {_("Value"), 420}});
    m_history = reportList(book, "caseHistory",
                           {{_("When"), 140}, {_("Step"), 160}, {_("State"), 100}, {_("By"), 140}, {_("Reason"), 220}});
    m_rules = reportList(book, "caseRules", {{_("Rule"), 140}, {_("Result"), 110}, {_("What it says"), 520}});
    m_fingers = reportList(book, "caseFingerQuality", {{_("Finger"), 200}, {_("Quality"), 300}});
    book->AddPage(m_details, _("Details"));
    book->AddPage(m_history, _("History"));
    book->AddPage(m_rules, _("Rules"));
    book->AddPage(m_fingers, _("Fingerprints"));
    return book;
  }

  wxSizer* buildButtons() {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_take = new wxButton(this, wxID_ANY, _("&Take into review"));
    m_take->SetName("takeIntoReview");
    m_approve = new wxButton(this, wxID_ANY, _("&Approve"));
    m_approve->SetName("approve");
    m_reject = new wxButton(this, wxID_ANY, _("&Reject..."));
    m_reject->SetName("reject");
    m_return = new wxButton(this, wxID_ANY, _("Re&turn..."));
    m_return->SetName("return");
    m_issue = new wxButton(this, wxID_ANY, _("&Issue to the applicant"));
    m_issue->SetName("issue");
    m_issue->SetToolTip(_("Hand the approved case and its documents to the applicant"));
    m_print = new wxButton(this, wxID_ANY, _("&Print receipt..."));
    m_print->SetName("printReceipt");
    m_savePdf = new wxButton(this, wxID_ANY, _("Save as P&DF..."));
    m_savePdf->SetName("saveReceiptPdf");
    auto* close = new wxButton(this, wxID_CANCEL, _("&Close"));
    for (wxButton* button : {m_take, m_approve, m_reject, m_return, m_issue}) row->Add(button, 0, wxRIGHT, 8);
    row->AddStretchSpacer();
    row->Add(m_print, 0, wxRIGHT, 8);
    row->Add(m_savePdf, 0, wxRIGHT, 8);
    row->Add(close);
    SetEscapeId(wxID_CANCEL);
    m_take->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { decide(Decision::TakeIntoReview); });
    m_approve->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { decide(Decision::Approve); });
    m_reject->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { decide(Decision::Reject); });
    m_return->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { decide(Decision::Return); });
    m_issue->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { decide(Decision::Issue); });
    m_print->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { printReceipt(); });
    m_savePdf->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveReceiptPdf(); });
    return row;
  }

  void reload() {
    auto loaded = m_presenter.load();
    if (!loaded) {
      say(words::error(loaded.error()), true);
      for (wxButton* b : {m_take, m_approve, m_reject, m_return, m_issue, m_print, m_savePdf}) b->Disable();
      return;
    }
    show();
  }

  void show() {
    const auto& evidence = m_presenter.evidence();
    const core::Case& item = evidence.item;
    const bool known = evidence.person.has_value();
    SetTitle(wxString::Format(_("Case %s"), words::utf8(item.id.substr(0, 8))));
    m_heading->SetLabel(known ? words::utf8(evidence.person->latin.full()) + "  /  " +
                                    words::utf8(evidence.person->cyrillic.full())
                              : _("Unknown person"));
    m_subheading->SetLabel(wxString::Format(_("%s - %s - filed %s - case %s"), words::service(item.service()),
                                            words::state(item.state), formatDate(item.filedOn),
                                            words::utf8(item.id)));
    showDetails(evidence);
    showHistory(item);
    showRules(evidence.rules);
    showBiometrics(evidence);
    showFingers(evidence.fingers);
    m_take->Show(m_presenter.isSupervisor());
    m_approve->Show(m_presenter.isSupervisor());
    m_reject->Show(m_presenter.isSupervisor());
    m_return->Show(m_presenter.isSupervisor());
    m_take->Enable(m_presenter.canDecide(Decision::TakeIntoReview));
    m_approve->Enable(m_presenter.canDecide(Decision::Approve));
    m_reject->Enable(m_presenter.canDecide(Decision::Reject));
    m_return->Enable(m_presenter.canDecide(Decision::Return));
    // Only an approved case, for a role that may issue (CaseService checks again).
    m_issue->Show(m_presenter.canDecide(Decision::Issue));
    m_print->Enable(m_services.receipts != nullptr);
    m_savePdf->Enable(m_services.receipts != nullptr);
    // The buttons' words are longer in some languages: the dialog widens rather than cut Close off.
    const wxSize needed = GetSizer()->CalcMin();
    if (needed.x > GetClientSize().x) SetClientSize(needed.x, GetClientSize().y);
    Layout();
  }

  void showDetails(const presenter::CaseEvidence& evidence) {
    m_details->DeleteAllItems();
    if (evidence.person) {
      const core::Person& p = *evidence.person;
      addHeading(m_details, _("Person"));
      addRow(m_details, {_("Name (Latin)"), words::utf8(p.latin.full())});
      addRow(m_details, {_("Name (Cyrillic)"), words::utf8(p.cyrillic.full())});
      addRow(m_details, {_("Born"), formatDate(p.birthDate)});
      addRow(m_details, {_("Citizenship"), words::utf8(p.citizenship)});
      if (p.personalNumber) addRow(m_details, {_("Personal number"), words::utf8(*p.personalNumber)});
      for (const auto& doc : p.documents) {
        addRow(m_details, {_("Document"), wxString::Format(_("%s, issued by %s, valid %s to %s"),
                                                           words::utf8(doc.fullNumber()), words::utf8(doc.issuingState),
                                                           formatDate(doc.issuedOn), formatDate(doc.expiresOn))});
      }
    }
    addHeading(m_details, _("Case"));
    addRow(m_details, {_("Opened by"), actorText(evidence.item.openedBy, core::Role::Officer)});
    addHeading(m_details, words::service(evidence.item.service()));
    for (const auto& field : evidence.fields) addRow(m_details, {words::field(field.key), fieldValue(field)});
    addHeading(m_details, _("Fee"));
    for (const auto& line : evidence.item.fee.lines) {
      addRow(m_details, {words::code("fee", line.item), line.waived ? wxString::Format(_("waived (rule %s)"),
                                                                                words::utf8(line.waiverRule))
                                                             : formatMoney(line.som)});
    }
    addRow(m_details, {_("Total"), formatMoney(evidence.item.fee.totalSom)});
  }

  // "Sardor Rahimov (supervisor)", "you (officer)"; the id when the account is not known here.
  wxString actorText(std::int64_t actorId, core::Role role) const {
    if (actorId == m_user.id) return wxString::Format(_("you (%s)"), words::role(role));
    const std::string name = m_presenter.actorName(actorId);
    if (name.empty()) return wxString::Format(_("%s #%lld"), words::role(role), static_cast<long long>(actorId));
    return wxString::Format(_("%s (%s)"), words::utf8(name), words::role(role));
  }

  void showHistory(const core::Case& item) {
    m_history->DeleteAllItems();
    for (const auto& event : item.history) {
      addRow(m_history, {timeText(event.at), words::action(event.action), words::state(event.to),
                         actorText(event.actorId, event.actorRole),
                         words::utf8(event.reason)});
    }
  }

  void showRules(const presenter::RuleCheck& check) {
    m_rules->DeleteAllItems();
    std::string refused;
    if (check.refusal) {
      auto it = check.refusal->params.find("rule");
      if (it != check.refusal->params.end()) refused = it->second;
    }
    bool listed = false;
    for (const auto& id : check.ruleIds) {
      wxString result = !check.ran ? _("not checked") : check.passed ? _("met") : id == refused ? _("NOT MET") : wxS("—");
      // The broken rule says what is wrong with this case, in the words the flow uses.
      addRow(m_rules, {words::utf8(id), result, id == refused ? flow_words::error(*check.refusal) : words::rule(id)});
      if (id == refused) m_rules->SetItemTextColour(m_rules->GetItemCount() - 1, wxColour(170, 0, 0));
      listed = listed || id == refused;
    }
    if (check.refusal && !listed) {
      addRow(m_rules, {words::utf8(refused), _("NOT MET"), flow_words::error(*check.refusal)});
      m_rules->SetItemTextColour(m_rules->GetItemCount() - 1, wxColour(170, 0, 0));
    }
  }

  static wxBitmap blankBitmap(int width, int height) {
    wxImage blank(width, height);
    blank.SetRGB(wxRect(0, 0, width, height), 235, 235, 235);
    return wxBitmap(blank);
  }

  void showBiometrics(const presenter::CaseEvidence& evidence) {
    const wxBitmap portrait = fittedBitmap(evidence.portrait, kPhotoW, kPhotoH);
    m_portrait->SetBitmap(portrait.IsOk() ? portrait : blankBitmap(kPhotoW, kPhotoH));
    m_portrait->SetCursor(portrait.IsOk() ? wxCursor(wxCURSOR_HAND) : wxNullCursor);
    m_portrait->SetToolTip(portrait.IsOk() ? _("Click to enlarge") : wxString());
    m_photoNote->SetLabel(portrait.IsOk()             ? _("Portrait")
                          : evidence.portraitError ? words::error(*evidence.portraitError)
                                                   : _("No portrait in this case"));
    const wxBitmap scan = fittedBitmap(evidence.documentScan, kScanW, kScanH);
    m_scan->SetBitmap(scan.IsOk() ? scan : blankBitmap(kScanW, kScanH));
    m_scan->SetCursor(scan.IsOk() ? wxCursor(wxCURSOR_HAND) : wxNullCursor);
    m_scan->SetToolTip(scan.IsOk() ? _("Click to enlarge") : wxString());
    m_scanNote->SetLabel(scan.IsOk()                     ? _("Document page")
                         : evidence.documentScanError ? words::error(*evidence.documentScanError)
                                                      : _("The document was typed: no page image"));
    m_scanNote->Wrap(kScanW);
    const int referenced = evidence.fingerprintsReferenced;
    m_fingerNote->SetLabel(referenced == 0 ? _("No fingerprints in this case")
                                           : wxString::Format(_("Fingerprints: %d of %d on this workstation"),
                                                              evidence.fingerprintsHeld, referenced));
    m_fingerNote->Wrap(kPhotoW + kScanW);
    m_photoNote->Wrap(kPhotoW);
  }

  // Each finger with its quality score (0-100) or the exception that replaced it.
  void showFingers(const std::vector<core::FingerQuality>& fingers) {
    m_fingers->DeleteAllItems();
    if (fingers.empty()) addRow(m_fingers, {_("No fingerprints in this case"), ""});
    for (const auto& f : fingers) {
      addRow(m_fingers, {flow_words::finger(f.finger),
                         f.exception.empty() ? wxString::Format(_("%.0f of 100"), f.quality)
                                             : wxString::Format(_("not taken: %s"), flow_words::choice(f.exception))});
    }
  }

  void say(const wxString& text, bool problem) {
    m_message->SetForegroundColour(problem ? wxColour(170, 0, 0) : wxColour(0, 110, 60));
    m_message->SetLabel(text);
    m_message->Wrap(GetClientSize().x - 24);
    Layout();
  }

  bool askReason(Decision decision, std::string& reason) {
    const bool reject = decision == Decision::Reject;
    wxTextEntryDialog ask(this,
                          reject ? _("Why is the case rejected? The applicant is told this reason.")
                                 : _("What must be corrected? The officer and the applicant are told this reason."),
                          reject ? _("Reject the case") : _("Return the case for correction"), "",
                          wxOK | wxCANCEL | wxTE_MULTILINE);
    ask.SetName("reasonDialog");
    if (ask.ShowModal() != wxID_OK) return false;
    reason = ask.GetValue().utf8_string();
    return true;
  }

  void decide(Decision decision) {
    std::string reason;
    if ((decision == Decision::Reject || decision == Decision::Return) && !askReason(decision, reason)) return;
    auto done = m_presenter.decide(decision, reason);
    show();
    if (!done) {
      say(flow_words::error(done.error()), true);
      return;
    }
    say(wxString::Format(_("Done: the case is now %s."), words::state(m_presenter.evidence().item.state)), false);
  }

  core::ReceiptData receiptData() {
    auto data = m_presenter.receiptData(printLanguage(), m_user.displayName);
    for (const auto& field : m_presenter.evidence().fields) {
      data.details.emplace_back(words::field(field.key).utf8_string(), fieldValue(field).utf8_string());
    }
    return data;
  }

  // Through the system's print dialog (rendered off the GUI thread, cancellable).
  void printReceipt() {
    auto printed = ui::printReceipt(this, *m_services.receipts, receiptData());
    if (!printed) return say(words::error(printed.error()), true);
    if (*printed == PrintOutcome::Printed) say(_("The receipt was sent to the printer."), false);
  }

  void saveReceiptPdf() {
    const auto data = receiptData();
    auto pdf = m_services.receipts->renderPdf(data);
    if (!pdf) {
      say(words::error(pdf.error()), true);
      return;
    }
    wxFileDialog choose(this, _("Save the receipt as PDF"), "", "receipt-" + data.caseId.substr(0, 8) + ".pdf",
                        _("PDF files (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (choose.ShowModal() != wxID_OK) return;
    wxFileOutputStream out(choose.GetPath());
    if (!out.IsOk() || !out.WriteAll(pdf->data(), pdf->size())) {
      say(_("The file could not be written. Choose another folder."), true);
      return;
    }
    say(wxString::Format(_("Receipt saved to %s."), choose.GetPath()), false);
  }

  static constexpr int kPhotoW = 140;
  static constexpr int kPhotoH = 180;
  static constexpr int kScanW = 252;  // a TD3 page's proportions (125 x 88 mm) at the portrait's height
  static constexpr int kScanH = 180;

  presenter::Services& m_services;
  core::User m_user;
  presenter::CaseViewPresenter m_presenter;
  wxStaticText* m_heading = nullptr;
  wxStaticText* m_subheading = nullptr;
  wxStaticBitmap* m_portrait = nullptr;
  wxStaticText* m_photoNote = nullptr;
  wxStaticBitmap* m_scan = nullptr;
  wxStaticText* m_scanNote = nullptr;
  wxStaticText* m_fingerNote = nullptr;
  wxListCtrl* m_details = nullptr;
  wxListCtrl* m_history = nullptr;
  wxListCtrl* m_rules = nullptr;
  wxListCtrl* m_fingers = nullptr;
  wxStaticText* m_message = nullptr;
  wxButton* m_take = nullptr;
  wxButton* m_approve = nullptr;
  wxButton* m_reject = nullptr;
  wxButton* m_return = nullptr;
  wxButton* m_issue = nullptr;
  wxButton* m_print = nullptr;
  wxButton* m_savePdf = nullptr;
};

}  // namespace

void showCaseDialog(wxWindow* parent, presenter::Services& services, const core::User& user,
                    const std::string& caseId) {
  CaseDialog dialog(parent, services, user, caseId);
  dialog.ShowModal();
}

}  // namespace mws::ui
