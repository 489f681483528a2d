// The case list and person search page: one field for a name (either script), a document
// number or a personal number; filters by state and service; results in a virtual list.
// A search runs on the search worker (its own database session and thread): the window
// stays live, a busy gauge and Cancel (or Esc) show while it runs, a newer search drops the
// older one's rows.
#include <wx/app.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include <memory>

#include "case_words.hpp"
#include "mws/presenter/case_list_presenter.hpp"
#include "mws/ui/language.hpp"
#include "mws/ui/panels.hpp"

namespace mws::ui {
namespace {

constexpr core::CaseState kStates[] = {
    core::CaseState::Draft,    core::CaseState::Submitted, core::CaseState::InReview,
    core::CaseState::Approved, core::CaseState::Rejected,  core::CaseState::Returned,
    core::CaseState::Issued,   core::CaseState::Cancelled,
};

// The results: rows are drawn on demand, so a long list costs nothing to show.
class ResultList : public wxListCtrl {
public:
  explicit ResultList(wxWindow* parent)
      : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxSize(-1, 300),
                   wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    SetName("caseResults");
    AppendColumn(_("Person"), wxLIST_FORMAT_LEFT, 320);
    AppendColumn(_("Service"), wxLIST_FORMAT_LEFT, 240);
    AppendColumn(_("State"), wxLIST_FORMAT_LEFT, 100);
    AppendColumn(_("Filed"), wxLIST_FORMAT_LEFT, 100);
    AppendColumn(_("Case"), wxLIST_FORMAT_LEFT, 120);
  }
  void setRows(const std::vector<presenter::CaseRow>* rows) {
    m_rows = rows;
    SetItemCount(rows ? static_cast<long>(rows->size()) : 0);
    Refresh();
  }
  const presenter::CaseRow* rowAt(long index) const {
    if (!m_rows || index < 0 || index >= static_cast<long>(m_rows->size())) return nullptr;
    return &(*m_rows)[static_cast<std::size_t>(index)];
  }

protected:
  wxString OnGetItemText(long item, long column) const override {
    const presenter::CaseRow* row = rowAt(item);
    if (row == nullptr) return {};
    switch (column) {
      case 0: {
        wxString latin = words::utf8(row->personLatin);
        wxString cyrillic = words::utf8(row->personCyrillic);
        return cyrillic.empty() || cyrillic == latin ? latin : latin + " / " + cyrillic;
      }
      case 1: return words::service(row->summary.service);
      case 2: return words::state(row->summary.state);
      case 3: return formatDate(row->summary.filedOn);
      default: return words::utf8(row->summary.id.substr(0, 8));
    }
  }

private:
  const std::vector<presenter::CaseRow>* m_rows = nullptr;
};

class CaseListPanel : public wxPanel {
public:
  CaseListPanel(wxWindow* parent, presenter::Services& services, const core::User& user,
                const ShellActions& shell)
      : wxPanel(parent, wxID_ANY),
        m_services(services),
        m_user(user),
        m_shell(shell),
        m_inline(services),
        m_searcher(services.searchWorker ? *services.searchWorker : m_inline, deliverer()),
        m_busyTimer(this) {
    SetName("caseListPanel");
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(buildSearchRow(), 0, wxEXPAND | wxALL, 12);
    column->Add(buildProgressRow(), 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
    m_results = new ResultList(this);
    column->Add(m_results, 1, wxEXPAND | wxALL, 12);
    SetSizer(column);
    m_results->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) { open(e.GetIndex()); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) { onCharHook(e); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { showBusy(); }, m_busyTimer.GetId());
    CallAfter([this] { startSearch(); });
  }

  ~CaseListPanel() override {
    m_busyTimer.Stop();
    m_searcher.cancel();
    m_alive.reset();
  }

private:
  wxSizer* buildSearchRow() {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_query = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(320, -1), wxTE_PROCESS_ENTER);
    m_query->SetName("caseQuery");
    m_query->SetHint(_("Name (Latin or Cyrillic), document or personal number"));
    m_state = new wxChoice(this, wxID_ANY);
    m_state->SetName("stateFilter");
    m_state->Append(_("All states"));
    for (core::CaseState state : kStates) m_state->Append(words::state(state));
    m_state->SetSelection(0);
    m_service = new wxChoice(this, wxID_ANY);
    m_service->SetName("serviceFilter");
    m_service->Append(_("All services"));
    for (core::ServiceCode code : core::kAllServices) m_service->Append(words::service(code));
    m_service->SetSelection(0);
    auto* find = new wxButton(this, wxID_ANY, _("&Find"));
    find->SetName("findCases");
    row->Add(new wxStaticText(this, wxID_ANY, _("&Search")), 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, 8);
    row->Add(m_query, 1, wxRIGHT, 8);
    row->Add(m_state, 0, wxRIGHT, 8);
    row->Add(m_service, 0, wxRIGHT, 8);
    row->Add(find);
    m_query->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { startSearch(); });
    m_query->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) { onQueryKey(e); });
    find->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startSearch(); });
    m_state->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { startSearch(); });
    m_service->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { startSearch(); });
    return row;
  }

  wxSizer* buildProgressRow() {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_gauge = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, wxSize(160, -1));
    m_gauge->SetName("searchProgress");
    m_cancel = new wxButton(this, wxID_ANY, _("Cancel search"));
    m_cancel->SetName("cancelSearch");
    m_cancel->Disable();
    m_status = new wxStaticText(this, wxID_ANY, "");
    m_status->SetName("searchStatus");
    row->Add(m_gauge, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, 8);
    row->Add(m_cancel, 0, wxRIGHT, 12);
    row->Add(m_status, 1, wxALIGN_CENTRE_VERTICAL);
    m_cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_searcher.cancel(); });
    return row;
  }

  // The worker hands the outcome over on its thread; it is shown on the GUI thread, if the
  // page is still there and the search is still the newest.
  presenter::CaseListSearcher::Deliver deliverer() {
    std::weak_ptr<bool> alive = m_alive;
    return [this, alive](presenter::SearchOutcome outcome) {
      if (!wxTheApp) return;
      wxTheApp->CallAfter([this, alive, outcome = std::move(outcome)] {
        if (alive.lock() && m_searcher.accept(outcome)) finish(outcome);
      });
    };
  }

  // Esc cancels a running search (wherever the focus is on the page).
  void onCharHook(wxKeyEvent& event) {
    if (event.GetKeyCode() == WXK_ESCAPE && m_searcher.busy()) {
      m_searcher.cancel();
      return;
    }
    event.Skip();
  }

  void showBusy() {
    if (!m_searcher.busy()) return m_busyTimer.Stop();
    const double done = m_searcher.progress();
    if (done > 0) m_gauge->SetValue(static_cast<int>(done * 100));
    else m_gauge->Pulse();
  }

  // Down goes to the results, Esc clears the field (and lists the unit's latest cases).
  void onQueryKey(wxKeyEvent& event) {
    if (event.GetKeyCode() == WXK_DOWN && m_results->GetItemCount() > 0) {
      m_results->SetFocus();
      m_results->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                              wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
      return;
    }
    if (event.GetKeyCode() == WXK_ESCAPE && !m_query->IsEmpty()) {
      m_query->Clear();
      startSearch();
      return;
    }
    event.Skip();
  }

  presenter::CaseFilter filter() const {
    presenter::CaseFilter chosen;
    if (int s = m_state->GetSelection(); s > 0) chosen.state = kStates[s - 1];
    if (int v = m_service->GetSelection(); v > 0) chosen.service = core::kAllServices[static_cast<std::size_t>(v - 1)];
    return chosen;
  }

  // The older search, if one runs, is cancelled and its rows will not be shown.
  void startSearch() {
    m_results->setRows(nullptr);
    m_cancel->Enable();
    m_gauge->SetValue(0);
    m_status->SetLabel(_("Searching..."));
    m_busyTimer.Start(100);
    m_searcher.start(m_user.unitCode, m_query->GetValue().utf8_string(), filter());
  }

  void finish(const presenter::SearchOutcome& outcome) {
    m_busyTimer.Stop();
    m_cancel->Disable();
    m_gauge->SetValue(outcome.cancelled ? 0 : 100);
    m_rows = outcome.rows;
    m_results->setRows(&m_rows);
    const int count = static_cast<int>(m_rows.size());
    if (outcome.error) {
      m_status->SetLabel(words::error(*outcome.error));
    } else if (outcome.cancelled) {
      m_status->SetLabel(wxString::Format(_("Search cancelled; %s cases found so far."), formatNumber(count)));
    } else if (outcome.kind != presenter::SearchKind::Recent && outcome.personsFound == 0) {
      m_status->SetLabel(_("No person matches."));
    } else {
      m_status->SetLabel(wxString::Format(wxPLURAL("%s case found", "%s cases found", count), formatNumber(count)));
    }
    if (count > 0) {
      m_results->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                              wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
  }

  void open(long index) {
    const presenter::CaseRow* row = m_results->rowAt(index);
    if (row == nullptr) return;
    const std::string caseId = row->summary.id;
    if (m_shell.openCase) {
      m_shell.openCase(caseId);
    } else {
      showCaseDialog(this, m_services, m_user, caseId);
    }
    startSearch();  // the case may have moved on while it was open
  }

  presenter::Services& m_services;
  core::User m_user;
  ShellActions m_shell;
  std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
  presenter::InlineSearchWorker m_inline;  // when the services have no worker of their own
  presenter::CaseListSearcher m_searcher;
  wxTimer m_busyTimer;
  std::vector<presenter::CaseRow> m_rows;
  wxTextCtrl* m_query = nullptr;
  wxChoice* m_state = nullptr;
  wxChoice* m_service = nullptr;
  wxGauge* m_gauge = nullptr;
  wxButton* m_cancel = nullptr;
  wxStaticText* m_status = nullptr;
  ResultList* m_results = nullptr;
};

}  // namespace

wxWindow* makeCaseListPanel(wxWindow* parent, presenter::Services& services, const core::User& user,
                            const ShellActions& shell) {
  return new CaseListPanel(parent, services, user, shell);
}

}  // namespace mws::ui
