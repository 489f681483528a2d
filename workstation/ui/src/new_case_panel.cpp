// The new-case page: step pages, keyboard, drafts and the document reader.
#include "mws/ui/new_case_panel.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <wx/datetime.h>

#include "case_words.hpp"
#include "flow_words.hpp"
#include "mws/peripherals/document_reader.hpp"
#include "mws/presenter/person_form.hpp"

namespace mws::ui {

using presenter::FlowStep;

NewCasePanel::NewCasePanel(wxWindow* parent, presenter::Services& services, const core::User& user,
                           const ShellActions& shell, NewCaseOptions options)
    : wxPanel(parent, wxID_ANY),
      m_servicesBundle(services),
      m_user(user),
      m_shell(shell),
      m_options(std::move(options)),
      m_draftTimer(this),
      m_captureTimer(this) {
  SetName("newCasePanel");
  build();
  reset(std::make_unique<presenter::NewCaseFlow>(services, user, m_options.portraits, m_options.tenPrints));
  Bind(wxEVT_CHAR_HOOK, &NewCasePanel::onKey, this);
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { saveDraftNow(); }, m_draftTimer.GetId());
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { onCaptureTick(); }, m_captureTimer.GetId());
  m_draftTimer.Start(m_options.draftSaveMs);
}

NewCasePanel::~NewCasePanel() {
  *m_alive = false;
  m_draftTimer.Stop();
  m_captureTimer.Stop();
  stopDevices();
}

void NewCasePanel::build() {
  auto* column = new wxBoxSizer(wxVERTICAL);
  m_steps = new wxStaticText(this, wxID_ANY, "");
  m_steps->SetName("flowSteps");
  wxFont font = m_steps->GetFont();
  font.SetWeight(wxFONTWEIGHT_BOLD);
  m_steps->SetFont(font);
  m_book = new wxSimplebook(this);
  for (FlowStep step : {FlowStep::Service, FlowStep::Document, FlowStep::Match, FlowStep::Person,
                        FlowStep::Photo, FlowStep::Fingerprints, FlowStep::Form, FlowStep::Review,
                        FlowStep::Receipt}) {
    wxPanel* page = step == FlowStep::Service    ? static_cast<wxPanel*>(buildServicePage())
                    : step == FlowStep::Document ? static_cast<wxPanel*>(buildDocumentPage())
                                                 : new wxPanel(m_book);
    page->SetName(wxString("step_") + std::string(toString(step)));
    m_pages[step] = page;
    m_book->AddPage(page, "");
  }
  m_message = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxSize(-1, 40));
  m_message->SetName("flowMessage");
  m_message->SetForegroundColour(wxColour(170, 0, 0));
  m_back = new wxButton(this, wxID_ANY, _("< &Back (Esc)"));
  m_next = new wxButton(this, wxID_ANY, _("&Next (Enter) >"));
  m_back->SetName("flowBack");
  m_next->SetName("flowNext");
  m_back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onBack(); });
  m_next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onNext(); });
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(m_back, 0, wxRIGHT, 8);
  buttons->AddStretchSpacer();
  buttons->Add(m_next);
  column->Add(m_steps, 0, wxALL, 8);
  column->Add(m_book, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
  column->Add(m_message, 0, wxEXPAND | wxALL, 8);
  column->Add(buttons, 0, wxEXPAND | wxALL, 8);
  SetSizer(column);
}

void NewCasePanel::reset(std::unique_ptr<presenter::NewCaseFlow> flow) {
  stopDevices();
  m_flow = std::move(flow);
  std::weak_ptr<bool> alive = m_alive;
  m_flow->setOnChanged([this, alive] {
    if (!alive.lock()) return;
    if (m_flow->step() != m_shown) CallAfter([this, alive] {
        if (alive.lock()) showStep();
      });
  });
  m_shown = FlowStep::Service;
  showStep();
}

void NewCasePanel::startCase(core::ServiceCode service, std::int64_t ticketId) {
  reset(std::make_unique<presenter::NewCaseFlow>(m_servicesBundle, m_user, m_options.portraits,
                                                 m_options.tenPrints));
  m_flow->chooseService(service, ticketId);
  if (m_previous) m_flow->carryFrom(*m_previous);
  showStep();
}

bool NewCasePanel::reopenDraft(const core::FlowDraft& draft) {
  auto state = presenter::decodeFlowState(draft.content);
  if (!state) return false;
  reset(std::make_unique<presenter::NewCaseFlow>(m_servicesBundle, m_user, *state, m_options.portraits,
                                                 m_options.tenPrints));
  return true;
}

void NewCasePanel::restart() {
  reset(std::make_unique<presenter::NewCaseFlow>(m_servicesBundle, m_user, m_options.portraits,
                                                 m_options.tenPrints));
}

void NewCasePanel::saveDraftNow() {
  if (!m_flow->dirty()) return;
  if (m_flow->saveDraft()) ++m_draftsSaved;
}

void NewCasePanel::showStep() {
  const FlowStep step = m_flow->step();
  if (m_shown == FlowStep::Document && step != FlowStep::Document) stopDevices();
  if ((m_shown == FlowStep::Photo || m_shown == FlowStep::Fingerprints) && step != m_shown) stopDevices();
  m_shown = step;
  m_controls.clear();
  m_firstControl = nullptr;
  switch (step) {
    case FlowStep::Service: refreshDrafts(); break;
    case FlowStep::Document: startReader(); break;
    case FlowStep::Match: fillMatchPage(); break;
    case FlowStep::Person: fillPersonPage(); break;
    case FlowStep::Photo: fillPhotoPage(); break;
    case FlowStep::Fingerprints: fillFingerprintPage(); break;
    case FlowStep::Form:
      m_hostIndex = 0;
      fillFormPage();
      break;
    case FlowStep::Review: fillReviewPage(); break;
    case FlowStep::Receipt:
      m_previous = m_flow->state();
      fillReceiptPage();
      break;
  }
  wxString line;
  for (FlowStep s : m_flow->steps()) {
    if (s == FlowStep::Match && m_flow->isSkipped(s)) continue;
    const wxString name = flow_words::step(s);
    line += (line.empty() ? wxString() : wxString::FromUTF8("  \u203a  ")) + (s == step ? "[" + name + "]" : name);
  }
  m_steps->SetLabel(line);
  m_book->ChangeSelection(static_cast<std::size_t>(step));
  // The page's controls were made anew: let the book's keyboard order take the page in again
  // (wxGTK builds a container's focus chain from the children it has then; an empty page was
  // left out, and Tab never reached the form's fields). The order itself does not change.
  wxWindow* page = m_pages[step];
  if (step == FlowStep::Service) page->MoveBeforeInTabOrder(m_pages[FlowStep::Document]);
  else page->MoveAfterInTabOrder(m_pages[static_cast<FlowStep>(static_cast<int>(step) - 1)]);
  m_back->Enable(m_flow->canGoBack());
  m_next->SetLabel(step == FlowStep::Review    ? _("&Submit (Enter)")
                   : step == FlowStep::Receipt ? _("&New case (Enter)")
                                               : _("&Next (Enter) >"));
  m_message->SetLabel("");
  refreshMessage();
  saveDraftNow();
  Layout();
  if (step == FlowStep::Service) m_services->SetFocus();
  else if (step == FlowStep::Document) m_mrz->SetFocus();
  else if (m_firstControl) m_firstControl->SetFocus();
  else m_next->SetFocus();
}

void NewCasePanel::refreshMessage() {
  if (m_flow->step() == FlowStep::Form) {
    const core::Status& check = m_flow->formCheck();
    m_message->SetLabel(check ? _("All rules are met.") : flow_words::error(check.error()));
    m_message->SetForegroundColour(check ? wxColour(0, 110, 0) : wxColour(170, 0, 0));
    m_message->Wrap(GetClientSize().GetWidth() > 100 ? GetClientSize().GetWidth() - 20 : 800);
  }
}

wxString NewCasePanel::messageText() const { return m_message->GetLabel(); }

wxWindow* NewCasePanel::control(const std::string& key) const {
  auto it = m_controls.find(key);
  return it == m_controls.end() ? nullptr : it->second;
}

void NewCasePanel::onNext() {
  const FlowStep step = m_flow->step();
  if (step == FlowStep::Receipt) return restart();
  if (step == FlowStep::Service) {
    const int selected = m_services->GetSelection();
    if (selected == wxNOT_FOUND) return;
    m_flow->chooseService(core::kAllServices[static_cast<std::size_t>(selected)]);
    if (m_previous) m_flow->carryFrom(*m_previous);
    return showStep();
  }
  if (step == FlowStep::Document && !m_mrz->GetValue().empty() && !m_flow->mrz()) {
    auto accepted = m_flow->acceptMrzText(m_mrz->GetValue().ToStdString(wxConvUTF8));
    if (!accepted) {
      m_message->SetForegroundColour(wxColour(170, 0, 0));
      m_message->SetLabel(flow_words::error(accepted.error()));
      return;
    }
    return showStep();
  }
  auto moved = m_flow->next();
  if (!moved) {
    m_message->SetForegroundColour(wxColour(170, 0, 0));
    m_message->SetLabel(flow_words::error(moved.error()));
    m_message->Wrap(GetClientSize().GetWidth() > 100 ? GetClientSize().GetWidth() - 20 : 800);
    Layout();
    return;
  }
  showStep();
}

void NewCasePanel::onBack() {
  if (!m_flow->canGoBack()) return;
  m_flow->back();
  showStep();
}

void NewCasePanel::onKey(wxKeyEvent& event) {
  const int key = event.GetKeyCode();
  if (key == WXK_ESCAPE) return onBack();
  const bool enter = key == WXK_RETURN || key == WXK_NUMPAD_ENTER;
  if (enter && FindFocus() == m_mrz && m_flow->step() == FlowStep::Document) return onMrzKey(event);
  if (enter && FindFocus() == m_drafts && m_drafts->GetSelection() != wxNOT_FOUND) {
    reopenDraft(m_draftItems[static_cast<std::size_t>(m_drafts->GetSelection())]);
    return;
  }
  if (enter && !event.HasAnyModifiers()) return onNext();
  if (key == 'H' && event.GetModifiers() == wxMOD_CONTROL && m_flow->step() == FlowStep::Form) {
    // The form's controls are rebuilt: not inside the key event of one of them.
    std::weak_ptr<bool> alive = m_alive;
    CallAfter([this, alive] {
      if (alive.lock()) nextRecentHost();
    });
    return;
  }
  event.Skip();
}

// Ctrl+H puts the next of the unit's recent hosts (with its address) into the form.
void NewCasePanel::nextRecentHost() {
  const auto hosts = m_flow->recentHosts();
  if (hosts.empty()) {
    if (m_shell.status) m_shell.status(_("No earlier host in this unit: type the host."));
    return;
  }
  const auto& host = hosts[m_hostIndex++ % hosts.size()];
  m_flow->applyFields(host);
  // The page's controls are made again: forget the destroyed ones first (a dangling first
  // control was focused here and crashed now and then).
  m_controls.clear();
  m_firstControl = nullptr;
  fillFormPage();
  refreshMessage();
  if (m_shell.status) {
    m_shell.status(wxString::Format(_("Host: %s (Ctrl+H for the next of %zu)"),
                                    wxString::FromUTF8(host.at("host.name").c_str()), hosts.size()));
  }
  Layout();
  if (m_firstControl) m_firstControl->SetFocus();
}

// A keyboard-wedge scanner types each MRZ line and Enter: the Enter that completes the zone
// accepts it, an earlier one starts the next line.
void NewCasePanel::onMrzKey(wxKeyEvent& event) {
  const auto lines = presenter::splitMrzText(m_mrz->GetValue().ToStdString(wxConvUTF8));
  if (presenter::looksLikeCompleteMrz(lines) || lines.empty()) {
    if (lines.empty()) return onNext();
    auto accepted = m_flow->acceptMrzText(m_mrz->GetValue().ToStdString(wxConvUTF8));
    if (!accepted) {
      m_message->SetForegroundColour(wxColour(170, 0, 0));
      m_message->SetLabel(flow_words::error(accepted.error()));
      return;
    }
    showStep();
    return;
  }
  m_mrz->WriteText("\n");
  (void)event;
}

void NewCasePanel::startReader() {
  m_mrz->Clear();
  peripherals::DocumentReader* reader = m_servicesBundle.documents;
  if (!reader || !m_servicesBundle.documentSource || m_readerRunning) return;
  std::weak_ptr<bool> alive = m_alive;
  peripherals::DocumentCallbacks callbacks;
  callbacks.result = [this, alive](const peripherals::DocumentReading& reading) {
    if (!reading.mrz || !alive.lock()) return;
    auto lines = reading.mrzLines;
    auto scan = reading.scanJpeg;
    CallAfter([this, alive, lines, scan] {
      if (!alive.lock() || m_flow->step() != FlowStep::Document) return;
      wxString text;
      for (const auto& l : lines) text += wxString::FromUTF8(l.c_str()) + "\n";
      m_mrz->SetValue(text);
      auto accepted = m_flow->acceptMrzLines(lines, scan);
      if (!accepted) {
        m_message->SetLabel(flow_words::error(accepted.error()));
        return;
      }
      showStep();
    });
  };
  m_readerRunning = reader->start(m_servicesBundle.documentSource, callbacks).ok();
}

void NewCasePanel::stopDevices() {
  m_captureTimer.Stop();
  if (m_readerRunning && m_servicesBundle.documents) m_servicesBundle.documents->stop();
  m_readerRunning = false;
  if (m_options.portraits) m_options.portraits->stop();
  if (m_options.tenPrints) m_options.tenPrints->cancel();
}

void NewCasePanel::refreshDrafts() {
  m_drafts->Clear();
  m_draftItems.clear();
  if (!m_servicesBundle.drafts) return;
  auto drafts = m_servicesBundle.drafts->listFor(m_user.id);
  if (!drafts) return;
  for (const core::FlowDraft& draft : *drafts) {
    if (draft.id == m_flow->state().flowId) continue;
    auto state = presenter::decodeFlowState(draft.content);
    if (!state) continue;
    wxString name = wxString::FromUTF8((state->person["latin.surname"] + " " + state->person["latin.given_name"]).c_str());
    wxString service = state->service ? words::service(*state->service) : _("no service yet");
    const auto t = std::chrono::system_clock::to_time_t(draft.savedAt);
    m_drafts->Append(wxString::Format(_("%s - %s - %s (step: %s)"), wxDateTime(t).Format("%d.%m %H:%M"),
                                      service, name.Strip(wxString::both), flow_words::step(state->step)));
    m_draftItems.push_back(draft);
  }
}

}  // namespace mws::ui
