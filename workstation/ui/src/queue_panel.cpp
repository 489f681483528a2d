// The electronic queue page: waiting lines per service, call next, served / no-show, start
// the case of the called ticket. Layout and wiring; the logic is presenter::QueuePresenter.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include "case_words.hpp"
#include "mws/presenter/queue_presenter.hpp"
#include "mws/ui/language.hpp"
#include "mws/ui/panels.hpp"

namespace mws::ui {
namespace {

constexpr int kRefreshMs = 3000;

wxString waitText(std::chrono::seconds wait) {
  return words::duration(std::chrono::duration_cast<std::chrono::minutes>(wait));
}

wxStaticText* bigText(wxWindow* parent, int extra, const wxString& name) {
  auto* text = new wxStaticText(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                                wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
  wxFont font = text->GetFont();
  font.SetPointSize(font.GetPointSize() + extra);
  font.SetWeight(wxFONTWEIGHT_BOLD);
  text->SetFont(font);
  text->SetName(name);
  return text;
}

class QueuePanel : public wxPanel {
public:
  QueuePanel(wxWindow* parent, presenter::Services& services, const core::User& user,
             const ShellActions& shell)
      : wxPanel(parent, wxID_ANY), m_presenter(services, user), m_shell(shell), m_timer(this) {
    SetName("queuePanel");
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(buildLines(), 1, wxEXPAND | wxALL, 12);
    row->Add(buildTicket(), 1, wxEXPAND | wxALL, 12);
    SetSizer(row);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { refresh(); });
    Bind(wxEVT_CHAR_HOOK, &QueuePanel::onKey, this);
    m_timer.Start(kRefreshMs);
    refresh();
  }

private:
  wxSizer* buildLines() {
    auto* column = new wxBoxSizer(wxVERTICAL);
    m_summary = new wxStaticText(this, wxID_ANY, "");
    m_summary->SetName("queueSummary");
    m_lines = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(420, 260),
                             wxLC_REPORT | wxLC_SINGLE_SEL);
    m_lines->SetName("queueLines");
    m_lines->AppendColumn(_("Service"), wxLIST_FORMAT_LEFT, 240);
    m_lines->AppendColumn(_("Waiting"), wxLIST_FORMAT_RIGHT, 80);
    m_lines->AppendColumn(_("Longest wait"), wxLIST_FORMAT_RIGHT, 110);
    column->Add(new wxStaticText(this, wxID_ANY, _("Waiting now")), 0, wxBOTTOM, 6);
    column->Add(m_summary, 0, wxBOTTOM, 6);
    column->Add(m_lines, 1, wxEXPAND);
    return column;
  }

  wxSizer* buildTicket() {
    auto* column = new wxBoxSizer(wxVERTICAL);
    m_serviceChoice = new wxChoice(this, wxID_ANY);
    m_serviceChoice->SetName("queueService");
    m_serviceChoice->Append(_("Any service"));
    for (core::ServiceCode code : core::kAllServices) m_serviceChoice->Append(words::service(code));
    m_serviceChoice->SetSelection(0);
    m_callNext = new wxButton(this, wxID_ANY, _("&Call next (Enter)"));
    m_callNext->SetName("callNext");
    m_ticket = bigText(this, 28, "ticketLabel");
    m_ticketService = bigText(this, 4, "ticketService");
    m_served = new wxButton(this, wxID_ANY, _("&Served"));
    m_served->SetName("served");
    m_noShow = new wxButton(this, wxID_ANY, _("&No-show"));
    m_noShow->SetName("noShow");
    m_startCase = new wxButton(this, wxID_ANY, _("S&tart case"));
    m_startCase->SetName("startCase");
    m_message = new wxStaticText(this, wxID_ANY, "");
    m_message->SetName("queueMessage");
    m_message->SetForegroundColour(wxColour(170, 0, 0));
    auto* call = new wxBoxSizer(wxHORIZONTAL);
    call->Add(m_serviceChoice, 1, wxRIGHT, 8);
    call->Add(m_callNext);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_startCase, 0, wxRIGHT, 8);
    buttons->Add(m_served, 0, wxRIGHT, 8);
    buttons->Add(m_noShow);
    column->Add(call, 0, wxEXPAND | wxBOTTOM, 16);
    column->Add(new wxStaticText(this, wxID_ANY, _("Called to this counter")), 0, wxBOTTOM, 6);
    column->Add(m_ticket, 0, wxEXPAND | wxBOTTOM, 4);
    column->Add(m_ticketService, 0, wxEXPAND | wxBOTTOM, 16);
    column->Add(buttons, 0, wxALIGN_CENTRE_HORIZONTAL | wxBOTTOM, 12);
    column->Add(m_message, 0, wxEXPAND);
    m_callNext->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { callNext(); });
    m_served->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { show(m_presenter.markServed()); });
    m_noShow->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { show(m_presenter.markNoShow()); });
    m_startCase->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startCase(); });
    return column;
  }

  void onKey(wxKeyEvent& event) {
    const bool enter = event.GetKeyCode() == WXK_RETURN || event.GetKeyCode() == WXK_NUMPAD_ENTER;
    auto* focus = wxWindow::FindFocus();
    if (!enter || dynamic_cast<wxButton*>(focus) != nullptr || event.HasAnyModifiers()) {
      event.Skip();
      return;
    }
    if (m_presenter.current()) {
      startCase();
    } else {
      callNext();
    }
  }

  std::optional<core::ServiceCode> chosenService() const {
    int index = m_serviceChoice->GetSelection();
    if (index <= 0) return std::nullopt;
    return core::kAllServices[static_cast<std::size_t>(index - 1)];
  }

  void callNext() {
    auto called = m_presenter.callNext(chosenService());
    if (!called) {
      show(core::Status(called.error()));
      return;
    }
    show(core::success());
    if (!*called) m_message->SetLabel(_("Nobody is waiting."));
    if (*called && m_shell.status) {
      m_shell.status(wxString::Format(_("Called ticket %s"), words::utf8(m_presenter.current()->label)));
    }
  }

  void startCase() {
    const auto& ticket = m_presenter.current();
    if (!ticket) {
      m_message->SetLabel(words::error(core::makeError("queue.no_ticket")));
      return;
    }
    if (m_shell.startCase) m_shell.startCase(ticket->service, ticket->id);
  }

  void refresh() {
    if (!IsShownOnScreen() && m_loaded) return;  // an unseen page needs no queries
    m_loaded = true;
    show(m_presenter.refresh());
  }

  void show(const core::Status& status) {
    m_message->SetLabel(status ? wxString() : words::error(status.error()));
    fillLines();
    fillTicket();
    Layout();
  }

  void fillLines() {
    m_lines->DeleteAllItems();
    long row = 0;
    for (const auto& line : m_presenter.lines()) {
      m_lines->InsertItem(row, words::service(line.service));
      m_lines->SetItem(row, 1, formatNumber(line.waiting));
      m_lines->SetItem(row, 2, waitText(line.longestWait));
      ++row;
    }
    const int waiting = m_presenter.totalWaiting();
    m_summary->SetLabel(
        waiting == 0 ? _("Nobody is waiting.")
                     : wxString::Format(wxPLURAL("%s person waiting, the longest for %s",
                                                 "%s persons waiting, the longest for %s", waiting),
                                        formatNumber(waiting), waitText(m_presenter.longestWait())));
  }

  void fillTicket() {
    const auto& ticket = m_presenter.current();
    m_ticket->SetLabel(ticket ? words::utf8(ticket->label) : wxString(wxS("—")));
    m_ticketService->SetLabel(ticket ? words::service(ticket->service) : _("No ticket called"));
    m_served->Enable(ticket.has_value());
    m_noShow->Enable(ticket.has_value());
    m_startCase->Enable(ticket.has_value());
    m_callNext->Enable(!ticket.has_value());
  }

  presenter::QueuePresenter m_presenter;
  ShellActions m_shell;
  wxTimer m_timer;
  bool m_loaded = false;
  wxStaticText* m_summary = nullptr;
  wxListCtrl* m_lines = nullptr;
  wxChoice* m_serviceChoice = nullptr;
  wxButton* m_callNext = nullptr;
  wxStaticText* m_ticket = nullptr;
  wxStaticText* m_ticketService = nullptr;
  wxButton* m_served = nullptr;
  wxButton* m_noShow = nullptr;
  wxButton* m_startCase = nullptr;
  wxStaticText* m_message = nullptr;
};

}  // namespace

wxWindow* makeQueuePanel(wxWindow* parent, presenter::Services& services, const core::User& user,
                         const ShellActions& shell) {
  return new QueuePanel(parent, services, user, shell);
}

}  // namespace mws::ui
