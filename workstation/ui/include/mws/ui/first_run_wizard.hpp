#pragma once
// The first-run wizard of a counter with no configuration: where the database is (the
// private cluster on this computer, or the unit's PostgreSQL server, with a connection
// test), the unit code and counter name, the machine's onboarding (a certificate request
// for the centre's CA, then installing the certificate it issued), and a summary whose
// Finish writes the settings. The wizard only lays out and wires; what each step does is
// given by the program (FirstRunActions: mws-workstation runs `mws onboard`, the database
// test and the configuration writer; a test gives its own).

#include <wx/dialog.h>

#include <functional>
#include <string>

class wxButton;
class wxRadioButton;
class wxSimplebook;
class wxStaticText;
class wxTextCtrl;

namespace mws::ui {

struct FirstRunSettings {
  bool privateCluster = true;  // false: `dsn` names the unit's server
  std::string dsn;
  std::string unit;            // A-Z, 0-9, '-', 2-32 characters
  std::string counter;
  std::string centre;          // https://host:port of mws-central; may stay empty
};

// What a step gave: ok with a text to show (a path, a summary), or the reason it failed,
// already in words the person at the counter reads.
struct FirstRunOutcome {
  bool ok = false;
  std::string text;
};

struct FirstRunActions {
  std::function<FirstRunOutcome(const std::string& dsn)> testDatabase;  // empty dsn: private cluster
  std::function<FirstRunOutcome(const std::string& unit, const std::string& centre)> makeRequest;
  std::function<FirstRunOutcome(const std::string& certificate, const std::string& ca)> installCertificate;
  std::function<FirstRunOutcome(const FirstRunSettings& settings)> finish;  // writes the settings
};

class FirstRunWizard : public wxDialog {
 public:
  enum Page { kDatabase = 0, kUnit, kOnboarding, kSummary };

  FirstRunWizard(wxWindow* parent, FirstRunActions actions);

  int page() const;
  FirstRunSettings settings() const;
  // True once Finish wrote the settings (also when shown without ShowModal, in tests).
  bool finished() const { return m_finished; }

  // The controls, for the UI tests.
  wxRadioButton* privateClusterChoice() const { return m_private; }
  wxRadioButton* serverChoice() const { return m_server; }
  wxTextCtrl* dsnField() const { return m_dsn; }
  wxButton* testButton() const { return m_test; }
  wxStaticText* databaseStatus() const { return m_databaseStatus; }
  wxTextCtrl* unitField() const { return m_unit; }
  wxTextCtrl* counterField() const { return m_counter; }
  wxStaticText* unitStatus() const { return m_unitStatus; }
  wxTextCtrl* centreField() const { return m_centre; }
  wxButton* requestButton() const { return m_request; }
  wxStaticText* requestStatus() const { return m_requestStatus; }
  wxTextCtrl* certificateField() const { return m_certificate; }
  wxTextCtrl* caField() const { return m_ca; }
  wxButton* installButton() const { return m_install; }
  wxStaticText* installStatus() const { return m_installStatus; }
  wxStaticText* summaryText() const { return m_summary; }
  wxButton* backButton() const { return m_back; }
  wxButton* nextButton() const { return m_next; }

 private:
  wxWindow* buildDatabasePage(wxWindow* parent);
  wxWindow* buildUnitPage(wxWindow* parent);
  wxWindow* buildOnboardingPage(wxWindow* parent);
  wxWindow* buildSummaryPage(wxWindow* parent);
  void showPage(int page);
  bool leavePage();  // checks the page's fields before Next; false keeps it
  void onNext();
  void onTestDatabase();
  void onMakeRequest();
  void onInstallCertificate();
  void browse(wxTextCtrl* field, const wxString& title);
  void report(wxStaticText* label, const FirstRunOutcome& outcome);
  void refreshSummary();

  FirstRunActions m_actions;
  bool m_finished = false;
  wxSimplebook* m_book = nullptr;
  wxRadioButton* m_private = nullptr;
  wxRadioButton* m_server = nullptr;
  wxTextCtrl* m_dsn = nullptr;
  wxButton* m_test = nullptr;
  wxStaticText* m_databaseStatus = nullptr;
  wxTextCtrl* m_unit = nullptr;
  wxTextCtrl* m_counter = nullptr;
  wxStaticText* m_unitStatus = nullptr;
  wxTextCtrl* m_centre = nullptr;
  wxButton* m_request = nullptr;
  wxStaticText* m_requestStatus = nullptr;
  wxTextCtrl* m_certificate = nullptr;
  wxTextCtrl* m_ca = nullptr;
  wxButton* m_install = nullptr;
  wxStaticText* m_installStatus = nullptr;
  wxStaticText* m_summary = nullptr;
  wxStaticText* m_finishStatus = nullptr;
  wxButton* m_back = nullptr;
  wxButton* m_next = nullptr;
};

}  // namespace mws::ui
