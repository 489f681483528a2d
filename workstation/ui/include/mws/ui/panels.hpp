#pragma once
// The pages of the signed-in window besides the new-case flow. The shell (MainFrame, owned
// by the new-case flow's code) puts each in its page book; a panel asks the shell for what
// is not its own through ShellActions.

#include <wx/window.h>

#include <cstdint>
#include <functional>
#include <string>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/service.hpp"
#include "mws/presenter/services.hpp"

namespace mws::ui {

struct ShellActions {
  // Start the new-case flow for a service (from a called ticket: its id, else 0).
  std::function<void(core::ServiceCode service, std::int64_t ticketId)> startCase;
  // Show one case with all its evidence (case list, review queue).
  std::function<void(const std::string& caseId)> openCase;
  // Put a short message in the status bar.
  std::function<void(const wxString& text)> status;
};

// Electronic queue: call next, waiting count and longest wait per service, served/no-show.
wxWindow* makeQueuePanel(wxWindow* parent, presenter::Services& services,
                         const core::User& user, const ShellActions& shell);
// Case list and person search (name in either script, document number, personal number).
wxWindow* makeCaseListPanel(wxWindow* parent, presenter::Services& services,
                            const core::User& user, const ShellActions& shell);
// Supervisor: cases waiting for decision with age, service, officer.
wxWindow* makeReviewPanel(wxWindow* parent, presenter::Services& services,
                          const core::User& user, const ShellActions& shell);
// Supervisor: charts drawn in the app.
wxWindow* makeDashboardPanel(wxWindow* parent, presenter::Services& services,
                             const core::User& user, const ShellActions& shell);
// One case with all its evidence and, for a supervisor, approve / reject / return with a
// reason (four-eyes: the service refuses approving one's own case; the dialog says so).
// Modal; returns when closed.
void showCaseDialog(wxWindow* parent, presenter::Services& services, const core::User& user,
                    const std::string& caseId);

}  // namespace mws::ui
