#pragma once
// The case pages in a real window under Xvfb: a frame hosting one page, finding widgets by
// their names, clicking, and scripting the modal case dialog from the inside.
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/modalhook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include <functional>
#include <string>
#include <vector>

#include "case_pages_fixture.hpp"
#include "mws/test/wx_fixture.hpp"
#include "mws/ui/panels.hpp"

namespace mws::test {

template <typename T>
T* findNamed(wxWindow* root, const char* name) {
  auto* found = dynamic_cast<T*>(wxWindow::FindWindowByName(name, root));
  if (found == nullptr) BOOST_FAIL(std::string("no widget named ") + name);
  return found;
}

inline void click(wxButton* button) {
  BOOST_REQUIRE_MESSAGE(button->IsEnabled(), "the button " + button->GetName().ToStdString() + " is disabled");
  wxCommandEvent event(wxEVT_BUTTON, button->GetId());
  event.SetEventObject(button);
  button->GetEventHandler()->ProcessEvent(event);
}

// A label's text, with the line breaks that wrapping added read as spaces.
inline std::string textOf(wxWindow* root, const char* name) {
  wxString label = findNamed<wxStaticText>(root, name)->GetLabel();
  label.Replace("\n", " ");
  return label.utf8_string();
}

inline std::string cell(wxListCtrl* list, long row, int column) {
  return list->GetItemText(row, column).utf8_string();
}

// What the shell would do, recorded.
struct RecordingShell {
  std::vector<std::pair<core::ServiceCode, std::int64_t>> started;
  std::vector<std::string> opened;
  std::vector<std::string> statuses;
  ui::ShellActions actions() {
    ui::ShellActions shell;
    shell.startCase = [this](core::ServiceCode s, std::int64_t ticket) { started.emplace_back(s, ticket); };
    shell.openCase = [this](const std::string& id) { opened.push_back(id); };
    shell.status = [this](const wxString& text) { statuses.push_back(text.utf8_string()); };
    return shell;
  }
};

// Runs `script` on the case dialog when it opens (shown for real, non-modally), answers its
// reason dialogs with `reason` (wxID_OK) and closes it afterwards.
class CaseDialogScript : public wxModalDialogHook {
public:
  explicit CaseDialogScript(std::function<void(wxDialog*)> script) : m_script(std::move(script)) { Register(); }
  ~CaseDialogScript() override { Unregister(); }
  std::string reason;
  std::vector<std::string> reasonPrompts;
  std::string savePath;  // what the file dialog is answered with; empty: cancelled

protected:
  int Enter(wxDialog* dialog) override {
    if (auto* ask = dynamic_cast<wxTextEntryDialog*>(dialog)) {
      reasonPrompts.push_back(ask->GetTitle().utf8_string());
      ask->SetValue(wxString::FromUTF8(reason.c_str()));
      return wxID_OK;
    }
    if (auto* save = dynamic_cast<wxFileDialog*>(dialog)) {
      if (savePath.empty()) return wxID_CANCEL;
      // GTK's chooser reports the chosen file only once it has been realised on screen.
      save->SetPath(wxString::FromUTF8(savePath.c_str()));
      save->Show();
      WxFixture::pump(300);
      save->Hide();
      return wxID_OK;
    }
    if (dialog->GetName() != "caseDialog") return wxID_CANCEL;
    dialog->Show();
    WxFixture::pumpUntil([&] { return dialog->IsShownOnScreen(); });
    WxFixture::pump(100);
    m_script(dialog);
    dialog->Hide();
    return wxID_CANCEL;
  }
  void Exit(wxDialog*) override {}

private:
  std::function<void(wxDialog*)> m_script;
};

// A frame holding one page, as the shell's page book would.
struct PageFixture : CasePagesFixture, WxFixture {
  wxFrame* frame = nullptr;
  RecordingShell shell;

  ~PageFixture() {
    if (frame != nullptr) frame->Destroy();
    pump(50);
  }

  wxWindow* host(const std::function<wxWindow*(wxWindow*)>& make, const wxSize& size = wxSize(1000, 640)) {
    frame = new wxFrame(nullptr, wxID_ANY, "case pages", wxDefaultPosition, size);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    wxWindow* page = make(frame);
    sizer->Add(page, 1, wxEXPAND);
    frame->SetSizer(sizer);
    frame->Show();
    pumpUntil([&] { return frame->IsShownOnScreen(); });
    frame->Layout();
    pump(100);
    return page;
  }
};

}  // namespace mws::test
