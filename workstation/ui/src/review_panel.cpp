// The supervisor's review queue: the unit's cases waiting for a decision, oldest first,
// with age, service, person and officer. Enter opens the case with all its evidence.
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include "case_words.hpp"
#include "mws/presenter/review_presenter.hpp"
#include "mws/ui/language.hpp"
#include "mws/ui/panels.hpp"

namespace mws::ui {
namespace {

constexpr int kRefreshMs = 20000;

class ReviewPanel : public wxPanel {
public:
  ReviewPanel(wxWindow* parent, presenter::Services& services, const core::User& user,
              const ShellActions& shell)
      : wxPanel(parent, wxID_ANY), m_services(services), m_user(user), m_shell(shell),
        m_presenter(services, user) {
    SetName("reviewPanel");
    m_summary = new wxStaticText(this, wxID_ANY, "");
    m_summary->SetName("reviewSummary");
    auto* refreshButton = new wxButton(this, wxID_REFRESH, _("&Refresh"));
    refreshButton->SetName("reviewRefresh");
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 300), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName("reviewList");
    m_list->AppendColumn(_("Waiting"), wxLIST_FORMAT_RIGHT, 100);
    m_list->AppendColumn(_("Service"), wxLIST_FORMAT_LEFT, 230);
    m_list->AppendColumn(_("State"), wxLIST_FORMAT_LEFT, 100);
    m_list->AppendColumn(_("Person"), wxLIST_FORMAT_LEFT, 220);
    m_list->AppendColumn(_("Officer"), wxLIST_FORMAT_LEFT, 120);
    m_list->AppendColumn(_("Filed"), wxLIST_FORMAT_LEFT, 100);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(m_summary, 1, wxALIGN_CENTRE_VERTICAL);
    top->Add(refreshButton);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(top, 0, wxEXPAND | wxALL, 12);
    column->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
    SetSizer(column);
    refreshButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { refresh(); });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) { open(e.GetIndex()); });
    Bind(wxEVT_SHOW, [this](wxShowEvent& e) {
      if (e.IsShown()) refresh();
      e.Skip();
    });
    // New submissions appear while the supervisor watches the page.
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
      if (IsShownOnScreen()) refresh();
    });
    m_timer.Start(kRefreshMs);
    refresh();
  }

private:
  wxString officerText(const presenter::ReviewRow& row) const {
    if (row.officerId == m_user.id) return _("you");
    return wxString::Format(_("officer #%lld"), static_cast<long long>(row.officerId));
  }

  std::string selectedCase() const {
    const long index = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (index < 0 || index >= static_cast<long>(m_presenter.rows().size())) return {};
    return m_presenter.rows()[static_cast<std::size_t>(index)].caseId;
  }

  void refresh() {
    const std::string selected = selectedCase();  // kept selected across the reload
    auto status = m_presenter.refresh();
    m_list->DeleteAllItems();
    if (!status) {
      m_summary->SetLabel(words::error(status.error()));
      return;
    }
    long index = 0;
    for (const auto& row : m_presenter.rows()) {
      m_list->InsertItem(index, words::duration(row.age));
      m_list->SetItem(index, 1, words::service(row.service));
      m_list->SetItem(index, 2, words::state(row.state));
      m_list->SetItem(index, 3, words::utf8(row.personLatin));
      m_list->SetItem(index, 4, officerText(row));
      m_list->SetItem(index, 5, formatDate(row.filedOn));
      if (row.ownCase) m_list->SetItemTextColour(index, wxColour(110, 110, 110));
      ++index;
    }
    const int count = static_cast<int>(m_presenter.rows().size());
    m_summary->SetLabel(count == 0 ? _("No case waits for a decision.")
                                   : wxString::Format(wxPLURAL("%s case waits for a decision",
                                                               "%s cases wait for a decision", count),
                                                      formatNumber(count)));
    long select = 0;
    for (std::size_t i = 0; i < m_presenter.rows().size(); ++i) {
      if (m_presenter.rows()[i].caseId == selected) select = static_cast<long>(i);
    }
    if (count > 0) m_list->SetItemState(select, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  }

  void open(long index) {
    if (index < 0 || index >= static_cast<long>(m_presenter.rows().size())) return;
    const std::string caseId = m_presenter.rows()[static_cast<std::size_t>(index)].caseId;
    if (m_shell.openCase) {
      m_shell.openCase(caseId);
    } else {
      showCaseDialog(this, m_services, m_user, caseId);
    }
    refresh();
  }

  presenter::Services& m_services;
  core::User m_user;
  ShellActions m_shell;
  presenter::ReviewPresenter m_presenter;
  wxTimer m_timer{this};
  wxStaticText* m_summary = nullptr;
  wxListCtrl* m_list = nullptr;
};

}  // namespace

wxWindow* makeReviewPanel(wxWindow* parent, presenter::Services& services, const core::User& user,
                          const ShellActions& shell) {
  return new ReviewPanel(parent, services, user, shell);
}

}  // namespace mws::ui
