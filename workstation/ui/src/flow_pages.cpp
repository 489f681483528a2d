// The new-case flow's step pages: service, document, match, person, form, review, receipt.
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datetime.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <algorithm>
#include <fstream>
#include <functional>

#include "case_words.hpp"
#include "flow_words.hpp"
#include "mws/presenter/person_form.hpp"
#include "mws/ui/language.hpp"
#include "mws/ui/new_case_panel.hpp"
#include "mws/ui/receipt_printing.hpp"

namespace mws::ui {

using presenter::FieldKind;
using presenter::FlowStep;

namespace {

wxString utf8(const std::string& text) { return wxString::FromUTF8(text.c_str()); }

wxStaticText* title(wxWindow* parent, const wxString& text) {
  auto* label = new wxStaticText(parent, wxID_ANY, text);
  wxFont font = label->GetFont();
  font.SetPointSize(font.GetPointSize() + 3);
  font.SetWeight(wxFONTWEIGHT_BOLD);
  label->SetFont(font);
  return label;
}

wxString personSummary(const core::Person& p) {
  wxString text = utf8(p.latin.full()) + "\n" + utf8(p.cyrillic.full()) + "\n";
  text += wxString::Format(_("Born %s, %s"), formatDate(p.birthDate), utf8(p.citizenship)) + "\n";
  for (const auto& d : p.documents) {
    text += wxString::Format(_("%s %s, valid until %s"), flow_words::choice(std::string(core::toString(d.kind))),
                             utf8(d.fullNumber()), formatDate(d.expiresOn)) + "\n";
  }
  for (const auto& v : p.visas) {
    text += wxString::Format(_("Visa %s: %s to %s"), utf8(v.number), formatDate(v.validFrom), formatDate(v.validTo)) + "\n";
  }
  if (p.personalNumber) text += wxString::Format(_("Personal number %s"), utf8(*p.personalNumber)) + "\n";
  return text;
}

core::PrintLanguage printLanguage() {
  switch (currentLanguage()) {
    case Language::UzCyrl: return core::PrintLanguage::UzCyrl;
    case Language::Ru: return core::PrintLanguage::Ru;
    case Language::En: return core::PrintLanguage::En;
    default: return core::PrintLanguage::UzLatn;
  }
}

}  // namespace

wxWindow* NewCasePanel::buildServicePage() {
  auto* page = new wxPanel(m_book);
  m_services = new wxListBox(page, wxID_ANY, wxDefaultPosition, wxSize(420, 260));
  m_services->SetName("serviceList");
  for (core::ServiceCode code : core::kAllServices) m_services->Append(words::service(code));
  m_services->SetSelection(0);
  m_services->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { onNext(); });
  m_drafts = new wxListBox(page, wxID_ANY, wxDefaultPosition, wxSize(420, 100));
  m_drafts->SetName("draftList");
  // Enter on a row (GTK activates it) or a double click reopens the draft.
  m_drafts->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) {
    if (m_drafts->GetSelection() != wxNOT_FOUND) {
      reopenDraft(m_draftItems[static_cast<std::size_t>(m_drafts->GetSelection())]);
    }
  });
  auto* reopen = new wxButton(page, wxID_ANY, _("&Reopen the unfinished case"));
  reopen->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (m_drafts->GetSelection() != wxNOT_FOUND) {
      reopenDraft(m_draftItems[static_cast<std::size_t>(m_drafts->GetSelection())]);
    }
  });
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(title(page, _("Which service? (arrows, then Enter)")), 0, wxBOTTOM, 8);
  column->Add(m_services, 1, wxEXPAND);
  column->Add(new wxStaticText(page, wxID_ANY, _("&Unfinished cases (select, then Enter):")), 0, wxTOP, 12);
  column->Add(m_drafts, 0, wxEXPAND | wxTOP, 4);
  column->Add(reopen, 0, wxTOP, 4);
  page->SetSizer(column);
  return page;
}

wxWindow* NewCasePanel::buildDocumentPage() {
  auto* page = new wxPanel(m_book);
  m_mrz = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(560, 90), wxTE_MULTILINE);
  m_mrz->SetName("mrzField");
  m_mrz->SetFont(wxFont(wxFontInfo(12).Family(wxFONTFAMILY_TELETYPE)));
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(title(page, _("Read the document")), 0, wxBOTTOM, 8);
  column->Add(new wxStaticText(page, wxID_ANY,
                               _("Put the document on the reader, or scan or type its MRZ lines here (&MRZ).\n"
                                 "Without a document, press Enter to type the person's details.")),
              0, wxBOTTOM, 8);
  column->Add(m_mrz, 0, wxEXPAND);
  page->SetSizer(column);
  return page;
}

void NewCasePanel::fillMatchPage() {
  wxPanel* page = m_pages[FlowStep::Match];
  page->DestroyChildren();
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(title(page, _("Is this the person? (arrows choose, Enter confirms)")), 0, wxBOTTOM, 8);
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  bool first = true;
  for (const core::Person& candidate : m_flow->candidates()) {
    auto* box = new wxStaticBoxSizer(wxVERTICAL, page, wxString::Format(_("Person %lld"), static_cast<long long>(candidate.id)));
    auto* radio = new wxRadioButton(page, wxID_ANY, _("This person"), wxDefaultPosition, wxDefaultSize,
                                    first ? wxRB_GROUP : 0);
    radio->SetName(wxString::Format("candidate_%lld", static_cast<long long>(candidate.id)));
    radio->SetValue(m_flow->state().personId == candidate.id);
    const std::int64_t id = candidate.id;
    radio->Bind(wxEVT_RADIOBUTTON, [this, id](wxCommandEvent&) { m_flow->choosePerson(id); });
    box->Add(radio, 0, wxBOTTOM, 4);
    box->Add(new wxStaticText(page, wxID_ANY, personSummary(candidate)));
    row->Add(box, 1, wxEXPAND | wxRIGHT, 8);
    first = false;
  }
  auto* fresh = new wxRadioButton(page, wxID_ANY, _("A &new person (from the document)"));
  fresh->SetName("candidate_new");
  fresh->SetValue(m_flow->state().personId == 0);
  fresh->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { m_flow->chooseNewPerson(); });
  column->Add(row, 1, wxEXPAND);
  column->Add(fresh, 0, wxTOP, 8);
  page->SetSizer(column);
  page->Layout();
}

namespace {

// A cancellation names one of the person's registrations in force: offered in a choice, the
// newest first (the flow preselected it). Null when none is on record here: the officer
// types the case number then.
wxChoice* registrationChoice(wxWindow* parent, presenter::NewCaseFlow& flow, const std::string& value,
                             const std::function<void(const std::string&)>& set) {
  const auto registrations = flow.registrationsInForce();
  if (registrations.empty()) return nullptr;
  auto* choice = new wxChoice(parent, wxID_ANY);
  std::vector<std::string> ids;
  for (const auto& r : registrations) {
    std::string place = r.address.street + " " + r.address.house;
    if (!r.address.flat.empty()) place += "-" + r.address.flat;
    wxString label = wxString::Format(_("%s to %s"), formatDate(r.period.from), formatDate(r.period.to)) + ", " + utf8(place);
    // The period and the address tell them apart; the case number's start only when they do not.
    if (choice->FindString(label) != wxNOT_FOUND) label += wxString::FromUTF8(" \u2014 ") + utf8(r.caseId.substr(0, 8));
    choice->Append(label);
    ids.push_back(r.caseId);
  }
  if (std::find(ids.begin(), ids.end(), value) == ids.end()) {  // typed or saved before: kept, shown as is
    ids.insert(ids.begin(), value);
    choice->Insert(value.empty() ? wxString::FromUTF8("\u2014") : utf8(value), 0);
  }
  choice->SetSelection(static_cast<int>(std::find(ids.begin(), ids.end(), value) - ids.begin()));
  choice->Bind(wxEVT_CHOICE, [choice, ids, set](wxCommandEvent&) {
    set(ids[static_cast<std::size_t>(choice->GetSelection())]);
  });
  return choice;
}

}  // namespace

wxWindow* NewCasePanel::fieldControl(wxWindow* parent, const presenter::FormField& field,
                                     const std::string& value, bool person) {
  const std::string key = field.key;
  auto set = [this, key, person](const std::string& text) {
    if (person) m_flow->setPersonField(key, text);
    else m_flow->setField(key, text);
    refreshMessage();
  };
  wxWindow* control = nullptr;
  if (!person && key == "registration_case_id") control = registrationChoice(parent, *m_flow, value, set);
  if (control) {
    // the person's registrations in force
  } else if (field.kind == FieldKind::Flag) {
    auto* box = new wxCheckBox(parent, wxID_ANY, flow_words::field(key));
    box->SetValue(value == "true");
    box->Bind(wxEVT_CHECKBOX, [box, set](wxCommandEvent&) { set(box->GetValue() ? "true" : "false"); });
    control = box;
  } else if (field.kind == FieldKind::Choice) {
    auto* choice = new wxChoice(parent, wxID_ANY);
    std::vector<std::string> values = field.choices;
    if (!field.required) values.insert(values.begin(), "");
    for (const auto& v : values) choice->Append(v.empty() ? wxString::FromUTF8("\u2014") : flow_words::choice(v));
    auto at = std::find(values.begin(), values.end(), value);
    choice->SetSelection(at == values.end() ? 0 : static_cast<int>(at - values.begin()));
    choice->Bind(wxEVT_CHOICE, [choice, values, set](wxCommandEvent&) {
      set(values[static_cast<std::size_t>(choice->GetSelection())]);
    });
    control = choice;
  } else {
    auto* text = new wxTextCtrl(parent, wxID_ANY, utf8(value), wxDefaultPosition, wxSize(220, -1));
    if (field.kind == FieldKind::Date) text->SetHint(_("YYYY-MM-DD"));
    text->Bind(wxEVT_TEXT, [text, set](wxCommandEvent&) { set(text->GetValue().ToStdString(wxConvUTF8)); });
    control = text;
  }
  control->SetName(wxString::FromUTF8(key.c_str()));
  m_controls[key] = control;
  if (!m_firstControl) m_firstControl = control;
  return control;
}

void NewCasePanel::fillPersonPage() {
  wxPanel* page = m_pages[FlowStep::Person];
  page->DestroyChildren();
  auto* scroll = new wxScrolledWindow(page);
  scroll->SetScrollRate(0, 12);
  auto* grid = new wxFlexGridSizer(4, wxSize(10, 6));
  const auto values = m_flow->state().person;
  for (const presenter::FormField& field : presenter::personFields()) {
    auto it = values.find(field.key);
    const std::string value = it == values.end() ? "" : it->second;
    grid->Add(new wxStaticText(scroll, wxID_ANY, flow_words::field(field.key) + (field.required ? " *" : "")),
              0, wxALIGN_CENTER_VERTICAL);
    grid->Add(fieldControl(scroll, field, value, true));
  }
  scroll->SetSizer(grid);
  auto* column = new wxBoxSizer(wxVERTICAL);
  const wxString heading = m_flow->state().personId ? _("Check the person's details (stored record)")
                                                    : _("Check the details read from the document");
  column->Add(title(page, heading), 0, wxBOTTOM, 8);
  column->Add(scroll, 1, wxEXPAND);
  page->SetSizer(column);
  page->Layout();
}

void NewCasePanel::fillFormPage() {
  wxPanel* page = m_pages[FlowStep::Form];
  page->DestroyChildren();
  auto* scroll = new wxScrolledWindow(page);
  scroll->SetScrollRate(0, 12);
  auto* grid = new wxFlexGridSizer(4, wxSize(10, 6));
  const auto values = m_flow->state().form;
  for (const presenter::FormField& field : presenter::formFields(*m_flow->state().service)) {
    auto it = values.find(field.key);
    const std::string value = it == values.end() ? "" : it->second;
    const wxString label = field.kind == FieldKind::Flag ? wxString() : flow_words::field(field.key) + (field.required ? " *" : "");
    grid->Add(new wxStaticText(scroll, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(fieldControl(scroll, field, value, false));
  }
  scroll->SetSizer(grid);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(title(page, words::service(*m_flow->state().service)), 0, wxBOTTOM, 8);
  if (m_flow->state().service == core::ServiceCode::StayRegistration) {
    column->Add(new wxStaticText(page, wxID_ANY, _("Ctrl+H puts in a host of this unit's recent registrations, with its address.")),
                0, wxBOTTOM, 8);
  }
  column->Add(scroll, 1, wxEXPAND);
  page->SetSizer(column);
  page->Layout();
}

void NewCasePanel::fillReviewPage() {
  wxPanel* page = m_pages[FlowStep::Review];
  page->DestroyChildren();
  wxString text = words::service(*m_flow->state().service) + "\n\n";
  if (auto person = m_flow->person()) text += personSummary(*person) + "\n";
  for (const presenter::FormField& field : presenter::formFields(*m_flow->state().service)) {
    auto it = m_flow->state().form.find(field.key);
    if (it == m_flow->state().form.end() || it->second.empty()) continue;
    const wxString value = field.kind == FieldKind::Choice || field.kind == FieldKind::Flag
                               ? flow_words::choice(it->second) : utf8(it->second);
    text += flow_words::field(field.key) + ": " + value + "\n";
  }
  if (!m_flow->state().photoSha256.empty()) text += _("Photo: taken") + "\n";
  if (!m_flow->state().fingerprintSha256.empty()) {
    text += wxString::Format(_("Fingerprints: %zu taken"), m_flow->state().fingerprintSha256.size()) + "\n";
  }
  if (auto fee = m_flow->feeQuote()) text += "\n" + wxString::Format(_("Fee: %s"), formatMoney(fee->totalSom));
  auto* summary = new wxTextCtrl(page, wxID_ANY, text, wxDefaultPosition, wxDefaultSize,
                                 wxTE_MULTILINE | wxTE_READONLY);
  summary->SetName("reviewSummary");
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(title(page, _("Check everything, then Enter submits the case")), 0, wxBOTTOM, 8);
  column->Add(summary, 1, wxEXPAND);
  page->SetSizer(column);
  page->Layout();
}

void NewCasePanel::fillReceiptPage() {
  wxPanel* page = m_pages[FlowStep::Receipt];
  page->DestroyChildren();
  saveReceipt();
  const auto& submitted = m_flow->submitted();
  wxString text = submitted ? wxString::Format(_("Case %s is submitted for the supervisor's decision."), utf8(submitted->id))
                            : wxString();
  text += "\n" + (m_lastReceipt.empty() ? _("No receipt was made (no printer or renderer configured).")
                                        : wxString::Format(_("Receipt saved: %s"), utf8(m_lastReceipt.string())));
  auto* label = new wxStaticText(page, wxID_ANY, text);
  label->SetName("receiptText");
  auto* print = new wxButton(page, wxID_PRINT, _("&Print the receipt..."));
  print->SetName("printReceipt");
  auto* preview = new wxButton(page, wxID_PREVIEW, _("Pre&view"));
  preview->SetName("previewReceipt");
  for (wxButton* button : {print, preview}) button->Enable(m_servicesBundle.receipts != nullptr && submitted);
  print->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { printReceipt(false); });
  preview->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { printReceipt(true); });
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(print, 0, wxRIGHT, 8);
  buttons->Add(preview);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(title(page, _("Done")), 0, wxBOTTOM, 8);
  column->Add(label, 0, wxBOTTOM, 12);
  column->Add(buttons);
  page->SetSizer(column);
  page->Layout();
}

namespace {

std::pair<std::string, std::string> wordField(const std::string& key, const std::string& text) {
  const wxString value = flow_words::choice(text);  // a choice's words, other texts as typed
  return {flow_words::field(key).ToStdString(wxConvUTF8), value.ToStdString(wxConvUTF8)};
}

}  // namespace

void NewCasePanel::saveReceipt() {
  m_lastReceipt.clear();
  if (m_options.receiptDir.empty()) return;
  auto pdf = m_flow->receiptPdf(printLanguage(), wordField);
  if (!pdf) {
    if (m_shell.status) m_shell.status(flow_words::error(pdf.error()));
    return;
  }
  std::error_code error;
  std::filesystem::create_directories(m_options.receiptDir, error);
  const auto path = m_options.receiptDir / (m_flow->submitted()->id + ".pdf");
  std::ofstream out(path, std::ios::binary);
  out << *pdf;
  if (out) m_lastReceipt = path;
}

// Through the system's print dialog, or its preview window (rendered off the GUI thread).
void NewCasePanel::printReceipt(bool preview) {
  auto data = m_flow->receiptData(printLanguage(), wordField);
  if (!data || !m_servicesBundle.receipts) return;
  auto done = preview ? previewReceipt(this, *m_servicesBundle.receipts, *data)
                      : ui::printReceipt(this, *m_servicesBundle.receipts, *data);
  if (!done && m_shell.status) m_shell.status(flow_words::error(done.error()));
}

}  // namespace mws::ui
