#pragma once
// The "New case" page: one page per step of presenter::NewCaseFlow, Enter = next / confirm,
// Esc = back, the MRZ field taking what a keyboard-wedge scanner types, the document reader's
// readings arriving by themselves, the draft saved every few seconds and on each step.
// Layout and wiring only; the logic is the presenter's.

#include <wx/panel.h>
#include <wx/timer.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "mws/presenter/new_case_flow.hpp"
#include "mws/ui/panels.hpp"

class wxButton;
class wxListBox;
class wxSimplebook;
class wxStaticText;
class wxTextCtrl;

namespace mws::ui {

struct NewCaseOptions {
  presenter::PortraitCapture* portraits = nullptr;
  presenter::TenPrintCapture* tenPrints = nullptr;
  std::filesystem::path receiptDir;  // where receipts are saved as PDF
  int draftSaveMs = 3000;
};

class NewCasePanel : public wxPanel {
public:
  NewCasePanel(wxWindow* parent, presenter::Services& services, const core::User& user,
               const ShellActions& shell, NewCaseOptions options);
  ~NewCasePanel() override;

  // A new flow for the service (from a called ticket or the service list).
  void startCase(core::ServiceCode service, std::int64_t ticketId);
  // Reopens a saved draft of this officer; false when it cannot be read.
  bool reopenDraft(const core::FlowDraft& draft);
  // Discards the flow on screen and shows the service list.
  void restart();
  // Saves the draft now when it changed.
  void saveDraftNow();

  // For tests and keyboard automation.
  presenter::NewCaseFlow& flow() { return *m_flow; }
  wxTextCtrl* mrzField() const { return m_mrz; }
  wxButton* nextButton() const { return m_next; }
  wxListBox* serviceList() const { return m_services; }
  wxListBox* draftList() const { return m_drafts; }
  wxWindow* control(const std::string& key) const;  // a person or form field's control
  wxString messageText() const;
  std::filesystem::path lastReceipt() const { return m_lastReceipt; }
  int draftsSaved() const { return m_draftsSaved; }

private:
  void build();
  wxWindow* buildServicePage();
  wxWindow* buildDocumentPage();
  void fillMatchPage();
  void fillPersonPage();
  void fillPhotoPage();
  void fillFingerprintPage();
  void fillFormPage();
  void fillReviewPage();
  void fillReceiptPage();
  wxWindow* fieldControl(wxWindow* parent, const presenter::FormField& field, const std::string& value,
                         bool person);
  void showStep();
  void refreshMessage();
  void refreshDrafts();
  void onKey(wxKeyEvent& event);
  void onNext();
  void onBack();
  void onMrzKey(wxKeyEvent& event);
  void nextRecentHost();
  void startReader();
  void stopDevices();
  void onCaptureTick();
  void saveReceipt();
  void printReceipt(bool preview);
  void reset(std::unique_ptr<presenter::NewCaseFlow> flow);

  presenter::Services& m_servicesBundle;
  core::User m_user;
  ShellActions m_shell;
  NewCaseOptions m_options;
  std::unique_ptr<presenter::NewCaseFlow> m_flow;
  std::optional<presenter::FlowState> m_previous;  // the last submitted case's flow
  presenter::FlowStep m_shown = presenter::FlowStep::Service;
  wxStaticText* m_steps = nullptr;
  wxSimplebook* m_book = nullptr;
  std::map<presenter::FlowStep, wxPanel*> m_pages;
  wxStaticText* m_message = nullptr;
  wxButton* m_back = nullptr;
  wxButton* m_next = nullptr;
  wxListBox* m_services = nullptr;
  wxListBox* m_drafts = nullptr;
  std::vector<core::FlowDraft> m_draftItems;
  wxTextCtrl* m_mrz = nullptr;
  std::map<std::string, wxWindow*> m_controls;
  wxWindow* m_firstControl = nullptr;  // of the page shown, in form order
  wxWindow* m_preview = nullptr;
  wxStaticText* m_captureStatus = nullptr;
  std::vector<wxStaticText*> m_fingerLabels;
  wxTimer m_draftTimer;
  wxTimer m_captureTimer;
  std::filesystem::path m_lastReceipt;
  int m_draftsSaved = 0;
  std::size_t m_hostIndex = 0;  // the recent host Ctrl+H put in last
  bool m_readerRunning = false;
  std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

}  // namespace mws::ui
