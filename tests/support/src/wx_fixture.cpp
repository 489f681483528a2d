#include "mws/test/wx_fixture.hpp"

#include <wx/app.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
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
  wxRect rect = window->GetScreenRect();
  wxBitmap bitmap(rect.width, rect.height);
  {
    wxScreenDC screen;
    wxMemoryDC memory(bitmap);
    memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y);
  }
  auto path = outputDir() / (name + ".png");
  if (!bitmap.SaveFile(path.string(), wxBITMAP_TYPE_PNG)) {
    throw std::runtime_error("cannot save the screenshot " + path.string());
  }
  return path;
}

}  // namespace mws::test
