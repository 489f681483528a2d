#include "mws/ui/first_run_wizard.hpp"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace mws::ui {
namespace {

wxString utf8(const std::string& text) { return wxString::FromUTF8(text.c_str()); }
std::string text(const wxTextCtrl* field) { return field->GetValue().Trim().Trim(false).ToStdString(wxConvUTF8); }

wxStaticText* heading(wxWindow* parent, const wxString& label) {
  auto* title = new wxStaticText(parent, wxID_ANY, label);
  wxFont font = title->GetFont();
  font.SetPointSize(font.GetPointSize() + 4);
  font.SetWeight(wxFONTWEIGHT_BOLD);
  title->SetFont(font);
  return title;
}

wxStaticText* note(wxWindow* parent, const wxString& label) {
  auto* line = new wxStaticText(parent, wxID_ANY, label);
  line->Wrap(560);
  return line;
}

// Where a step's outcome is shown: green when it worked, red when not.
wxStaticText* statusLine(wxWindow* parent) {
  return new wxStaticText(parent, wxID_ANY, "", wxDefaultPosition, wxSize(560, -1),
                          wxST_NO_AUTORESIZE);
}

// A connection string as it may be shown: a password in it becomes ***.
std::string withoutPassword(std::string dsn) {
  const auto at = dsn.find("password=");
  if (at == std::string::npos) return dsn;
  const auto end = dsn.find(' ', at);
  return dsn.replace(at + 9, end == std::string::npos ? std::string::npos : end - at - 9, "***");
}

bool isUnitCode(const std::string& code) {
  if (code.size() < 2 || code.size() > 32) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

void addRow(wxFlexGridSizer* grid, wxWindow* parent, const wxString& label, wxWindow* field) {
  grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(field, 1, wxEXPAND);
}

}  // namespace

FirstRunWizard::FirstRunWizard(wxWindow* parent, FirstRunActions actions)
    : wxDialog(parent, wxID_ANY, _("Set up this workstation"), wxDefaultPosition, wxSize(680, 520),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_actions(std::move(actions)) {
  auto* column = new wxBoxSizer(wxVERTICAL);
  m_book = new wxSimplebook(this);
  m_book->AddPage(buildDatabasePage(m_book), "database");
  m_book->AddPage(buildUnitPage(m_book), "unit");
  m_book->AddPage(buildOnboardingPage(m_book), "onboarding");
  m_book->AddPage(buildSummaryPage(m_book), "summary");
  column->Add(m_book, 1, wxEXPAND | wxALL, 16);
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  m_back = new wxButton(this, wxID_BACKWARD, _("< &Back"));
  m_next = new wxButton(this, wxID_FORWARD, _("&Next >"));
  buttons->Add(new wxButton(this, wxID_CANCEL, _("Cancel")));
  buttons->AddStretchSpacer();
  buttons->Add(m_back, 0, wxRIGHT, 8);
  buttons->Add(m_next);
  column->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 16);
  SetSizer(column);
  m_back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showPage(page() - 1); });
  m_next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onNext(); });
  m_next->SetDefault();
  showPage(kDatabase);
}

wxWindow* FirstRunWizard::buildDatabasePage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(heading(page, _("Where are the cases kept?")), 0, wxBOTTOM, 12);
  m_private = new wxRadioButton(page, wxID_ANY, _("On this computer (a private database, for a counter on its own)"),
                                wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
  m_server = new wxRadioButton(page, wxID_ANY, _("On the unit's PostgreSQL server (counters that share one database)"));
  m_dsn = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(520, -1));
  m_dsn->SetHint(_("host=db.unit.local dbname=mws user=mws"));
  m_test = new wxButton(page, wxID_ANY, _("&Test the connection"));
  m_databaseStatus = statusLine(page);
  column->Add(m_private, 0, wxBOTTOM, 6);
  column->Add(m_server, 0, wxBOTTOM, 6);
  column->Add(m_dsn, 0, wxLEFT | wxBOTTOM, 24);
  column->Add(note(page, _("Passwords belong in ~/.pgpass, not in the connection string.")), 0, wxLEFT | wxBOTTOM, 24);
  column->Add(m_test, 0, wxBOTTOM, 8);
  column->Add(m_databaseStatus, 0, wxEXPAND);
  page->SetSizer(column);
  auto choose = [this](wxCommandEvent&) { m_dsn->Enable(m_server->GetValue()); m_databaseStatus->SetLabel(""); };
  m_private->Bind(wxEVT_RADIOBUTTON, choose);
  m_server->Bind(wxEVT_RADIOBUTTON, choose);
  m_dsn->Enable(false);
  m_test->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onTestDatabase(); });
  return page;
}

wxWindow* FirstRunWizard::buildUnitPage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(heading(page, _("Which unit and counter is this?")), 0, wxBOTTOM, 12);
  auto* grid = new wxFlexGridSizer(2, wxSize(12, 10));
  grid->AddGrowableCol(1);
  m_unit = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(200, -1));
  m_unit->SetHint(_("TAS-07"));
  m_counter = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(300, -1));
  m_counter->SetHint(_("Counter 3"));
  addRow(grid, page, _("&Unit code"), m_unit);
  addRow(grid, page, _("C&ounter name"), m_counter);
  column->Add(grid, 0, wxEXPAND | wxBOTTOM, 8);
  column->Add(note(page, _("The unit code is on the unit's registration sheet: capital letters, digits and '-'.")),
              0, wxBOTTOM, 8);
  m_unitStatus = statusLine(page);
  column->Add(m_unitStatus, 0, wxEXPAND);
  page->SetSizer(column);
  return page;
}

wxWindow* FirstRunWizard::buildOnboardingPage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(heading(page, _("Connect this computer to the centre")), 0, wxBOTTOM, 8);
  column->Add(note(page, _("1. Make a certificate request and give the file to the centre. The private key stays on this computer.")),
              0, wxBOTTOM, 6);
  auto* centreRow = new wxBoxSizer(wxHORIZONTAL);
  m_centre = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(360, -1));
  m_centre->SetHint(_("https://centre.example:8470"));
  m_request = new wxButton(page, wxID_ANY, _("Make the &request"));
  centreRow->Add(new wxStaticText(page, wxID_ANY, _("Centre")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
  centreRow->Add(m_centre, 1, wxRIGHT, 8);
  centreRow->Add(m_request);
  column->Add(centreRow, 0, wxEXPAND | wxBOTTOM, 4);
  m_requestStatus = statusLine(page);
  column->Add(m_requestStatus, 0, wxEXPAND | wxBOTTOM, 12);
  column->Add(note(page, _("2. Install the certificate the centre sent back, with the centre's CA certificate.")),
              0, wxBOTTOM, 6);
  auto* grid = new wxFlexGridSizer(3, wxSize(8, 8));
  grid->AddGrowableCol(1);
  m_certificate = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(330, -1));
  m_ca = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(330, -1));
  for (auto [label, field] : {std::pair{_("Certificate"), m_certificate}, std::pair{_("CA certificate"), m_ca}}) {
    grid->Add(new wxStaticText(page, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(field, 1, wxEXPAND);
    auto* pick = new wxButton(page, wxID_ANY, _("Browse..."));
    pick->Bind(wxEVT_BUTTON, [this, field = field, label = label](wxCommandEvent&) { browse(field, label); });
    grid->Add(pick);
  }
  column->Add(grid, 0, wxEXPAND | wxBOTTOM, 6);
  m_install = new wxButton(page, wxID_ANY, _("&Install the certificate"));
  column->Add(m_install, 0, wxBOTTOM, 4);
  m_installStatus = statusLine(page);
  column->Add(m_installStatus, 0, wxEXPAND | wxBOTTOM, 8);
  column->Add(note(page, _("This can be done later with 'mws onboard'; until then nothing is sent to the centre.")));
  page->SetSizer(column);
  m_request->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onMakeRequest(); });
  m_install->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onInstallCertificate(); });
  return page;
}

wxWindow* FirstRunWizard::buildSummaryPage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(heading(page, _("Ready")), 0, wxBOTTOM, 12);
  m_summary = new wxStaticText(page, wxID_ANY, "");
  column->Add(m_summary, 0, wxBOTTOM, 12);
  column->Add(note(page, _("Finish saves these settings for your account. 'mws doctor' checks them at any time.")),
              0, wxBOTTOM, 8);
  m_finishStatus = statusLine(page);
  column->Add(m_finishStatus, 0, wxEXPAND);
  page->SetSizer(column);
  return page;
}

int FirstRunWizard::page() const { return m_book->GetSelection(); }

FirstRunSettings FirstRunWizard::settings() const {
  FirstRunSettings settings;
  settings.privateCluster = m_private->GetValue();
  settings.dsn = settings.privateCluster ? std::string() : text(m_dsn);
  settings.unit = text(m_unit);
  settings.counter = text(m_counter);
  settings.centre = text(m_centre);
  return settings;
}

void FirstRunWizard::showPage(int index) {
  if (index < kDatabase || index > kSummary) return;
  if (index == kSummary) refreshSummary();
  m_book->ChangeSelection(static_cast<std::size_t>(index));
  m_back->Enable(index > kDatabase);
  m_next->SetLabel(index == kSummary ? _("&Finish") : _("&Next >"));
  Layout();
}

bool FirstRunWizard::leavePage() {
  if (page() == kDatabase && m_server->GetValue() && text(m_dsn).empty()) {
    report(m_databaseStatus, {false, _("Give the server's connection string, or keep the database on this computer.").ToStdString(wxConvUTF8)});
    return false;
  }
  if (page() == kUnit && !isUnitCode(text(m_unit))) {
    report(m_unitStatus, {false, _("A unit code is 2 to 32 capital letters, digits and '-', e.g. TAS-07.").ToStdString(wxConvUTF8)});
    return false;
  }
  return true;
}

void FirstRunWizard::onNext() {
  if (!leavePage()) return;
  if (page() != kSummary) {
    showPage(page() + 1);
    return;
  }
  const auto outcome = m_actions.finish ? m_actions.finish(settings()) : FirstRunOutcome{false, "no writer"};
  report(m_finishStatus, outcome);
  if (!outcome.ok) return;
  m_finished = true;
  if (IsModal()) EndModal(wxID_OK);
  else Hide();
}

void FirstRunWizard::onTestDatabase() {
  if (!leavePage()) return;
  wxBusyCursor busy;
  report(m_databaseStatus, m_actions.testDatabase(settings().dsn));
}

void FirstRunWizard::onMakeRequest() {
  if (!isUnitCode(text(m_unit))) {
    showPage(kUnit);
    leavePage();
    return;
  }
  wxBusyCursor busy;
  report(m_requestStatus, m_actions.makeRequest(text(m_unit), text(m_centre)));
}

void FirstRunWizard::onInstallCertificate() {
  if (text(m_certificate).empty() || text(m_ca).empty()) {
    report(m_installStatus, {false, _("Choose the certificate file and the CA certificate file.").ToStdString(wxConvUTF8)});
    return;
  }
  wxBusyCursor busy;
  report(m_installStatus, m_actions.installCertificate(text(m_certificate), text(m_ca)));
}

void FirstRunWizard::browse(wxTextCtrl* field, const wxString& title) {
  wxFileDialog dialog(this, title, "", "", _("Certificates (*.pem;*.crt)|*.pem;*.crt|All files|*"),
                      wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() == wxID_OK) field->SetValue(dialog.GetPath());
}

void FirstRunWizard::report(wxStaticText* label, const FirstRunOutcome& outcome) {
  label->SetForegroundColour(outcome.ok ? wxColour(0, 110, 40) : wxColour(180, 20, 20));
  label->SetLabel(utf8(outcome.text));
  label->Wrap(560);
  Layout();
}

void FirstRunWizard::refreshSummary() {
  const auto s = settings();
  wxString lines;
  lines << _("Database:") << " " << (s.privateCluster ? _("private, on this computer") : utf8(withoutPassword(s.dsn))) << "\n"
        << _("Unit:") << " " << utf8(s.unit) << "\n"
        << _("Counter:") << " " << (s.counter.empty() ? _("not set") : utf8(s.counter)) << "\n"
        << _("Centre:") << " " << (s.centre.empty() ? _("not set (no sync yet)") : utf8(s.centre));
  m_summary->SetLabel(lines);
}

}  // namespace mws::ui
