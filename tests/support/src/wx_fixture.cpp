#include "mws/test/wx_fixture.hpp"

#include <wx/app.h>
#include <wx/dialog.h>
#include <wx/evtloop.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/msgdlg.h>
#include <wx/window.h>

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <thread>

#include "mws/test/pg_cluster.hpp"

namespace mws::test {
namespace {

struct WxRuntime {
  WxRuntime() {
    if (!std::getenv("DISPLAY")) {
      throw std::runtime_error("UI tests need a display: run them under xvfb-run (ctest does)");
    }
    static int argc = 1;
    static char name[] = "mws-ui-tests";
    static char* argv[] = {name, nullptr};
    wxApp::SetInstance(new wxApp);
    if (!wxEntryStart(argc, argv) || !wxTheApp || !wxTheApp->CallOnInit()) {
      throw std::runtime_error("wxWidgets could not start on DISPLAY=" +
                               std::string(std::getenv("DISPLAY")));
    }
    wxInitAllImageHandlers();
    // A loop that is running, so that CallAfter and Yield behave as in the program.
    m_loop = new wxEventLoop;
    wxEventLoopBase::SetActive(m_loop);
  }
  ~WxRuntime() {
    wxEventLoopBase::SetActive(nullptr);
    delete m_loop;
    wxEntryCleanup();
  }
  wxEventLoop* m_loop = nullptr;
};

}  // namespace

WxFixture::WxFixture() { static WxRuntime runtime; }

void WxFixture::pump(int milliseconds) {
  auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
  do {
    wxTheApp->ProcessPendingEvents();
    wxYield();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  } while (std::chrono::steady_clock::now() < end);
}

bool WxFixture::pumpUntil(const std::function<bool()>& condition, int timeoutMs) {
  auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
  while (std::chrono::steady_clock::now() < end) {
    if (condition()) return true;
    pump(10);
  }
  return condition();
}

DialogAnswerer::DialogAnswerer(int answer) : m_answer(answer) { Register(); }
DialogAnswerer::~DialogAnswerer() { Unregister(); }

int DialogAnswerer::Enter(wxDialog* dialog) {
  std::string text = dialog->GetTitle().ToStdString(wxConvUTF8);
  if (auto* message = dynamic_cast<wxMessageDialog*>(dialog)) {
    text += ": " + message->GetMessage().ToStdString(wxConvUTF8);
  }
  m_seen.push_back(text);
  return m_answer;
}

void DialogAnswerer::Exit(wxDialog*) {}

std::filesystem::path saveScreenshot(wxWindow* window, const std::string& name) {
  window->Raise();
  window->Refresh();
  window->Update();
  WxFixture::pump(300);
  // What the X server shows, as a person would see it: ImageMagick's import reads the
  // window's pixels from the server (wxScreenDC on GTK 3 returns stale contents).
  auto path = outputDir() / (name + ".png");
  const wxRect r = window->GetScreenRect();
  const std::string command = "/usr/bin/import -silent -window root -crop " +
                              std::to_string(r.width) + "x" + std::to_string(r.height) + "+" +
                              std::to_string(r.x) + "+" + std::to_string(r.y) + " +repage '" +
                              path.string() + "'";
  if (std::system(command.c_str()) != 0 || !std::filesystem::exists(path)) {
    throw std::runtime_error("cannot save the screenshot " + path.string() +
                             " (is imagemagick installed?)");
  }
  return path;
}

}  // namespace mws::test
