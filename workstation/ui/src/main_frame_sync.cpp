// The main window's "Sync now": the button (F9) starts a sending round on the sync agent's
// thread and turns into Cancel while it runs; the status bar's message field counts the
// cases and files sent of those waiting, and its sync field follows the agent.
#include <wx/button.h>
#include <wx/intl.h>

#include "mws/ui/language.hpp"
#include "mws/ui/login_frame.hpp"
#include "mws/ui/main_frame.hpp"

namespace mws::ui {

using presenter::SyncRunState;

void MainFrame::syncNowOrCancel() {
  if (!m_services.sync) return;
  if (!m_syncRun) m_syncRun = std::make_unique<presenter::SyncNowRun>(*m_services.sync);
  if (m_syncRun->running()) {
    m_syncRun->cancel();
  } else {
    m_syncRun->start();
    m_syncTimer.Start(250);
  }
  showSyncProgress();
}

void MainFrame::showSyncProgress() {
  const presenter::SyncRunProgress p = m_syncRun ? m_syncRun->progress() : presenter::SyncRunProgress{};
  const bool running = p.state == SyncRunState::Running;
  if (m_syncButton) {
    const wxString label = running ? _("Cancel s&ync (F9)") : _("S&ync now (F9)");
    if (m_syncButton->GetLabel() != label) {
      m_syncButton->SetLabel(label);
      if (m_syncButton->GetParent()) m_syncButton->GetParent()->Layout();
    }
  }
  const wxString sent = formatNumber(p.casesSent), total = formatNumber(p.casesTotal), files = formatNumber(p.filesSent);
  switch (p.state) {
    case SyncRunState::Idle: return;
    case SyncRunState::Running:
      SetStatusText(wxString::Format(_("Sending to the centre: %s of %s cases, %s files..."), sent, total, files), 0);
      break;
    case SyncRunState::Done:
      SetStatusText(wxString::Format(_("Sent to the centre: %s cases, %s files."), sent, files), 0);
      break;
    case SyncRunState::Cancelled:
      SetStatusText(wxString::Format(_("Sync cancelled: %s of %s cases sent; the rest waits."), sent, total), 0);
      break;
    case SyncRunState::Failed:
      SetStatusText(wxString::Format(_("Sync failed: %s"), describeError(core::makeError(p.errorCode))), 0);
      break;
  }
  if (!running) m_syncTimer.Stop();
  refreshDevices();
}

}  // namespace mws::ui
