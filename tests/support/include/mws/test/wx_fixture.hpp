#pragma once
#include <wx/modalhook.h>

#include <filesystem>
#include <string>
#include <vector>

class wxWindow;

namespace mws::test {

// Starts the wx application object once per test process (under Xvfb: the ctest command
// wraps UI tests in xvfb-run). Without a display the test fails, it is not skipped.
struct WxFixture {
  WxFixture();
  // Runs the event loop until `condition` holds or `timeoutMs` passes; false on time-out.
  static bool pumpUntil(const std::function<bool()>& condition, int timeoutMs = 5000);
  static void pump(int milliseconds = 50);
};

// Answers every modal dialog shown while it lives with `answer` (wxID_OK, wxID_YES, ...)
// and remembers the titles and messages it saw.
class DialogAnswerer : public wxModalDialogHook {
public:
  explicit DialogAnswerer(int answer);
  ~DialogAnswerer() override;
  const std::vector<std::string>& seen() const { return m_seen; }

protected:
  int Enter(wxDialog* dialog) override;
  void Exit(wxDialog* dialog) override;

private:
  int m_answer;
  std::vector<std::string> m_seen;
};

// Saves what the window shows on screen as a PNG in the test's output directory and
// returns the path.
std::filesystem::path saveScreenshot(wxWindow* window, const std::string& name);

}  // namespace mws::test
