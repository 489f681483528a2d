// The status bar in the long languages: at 1024x768 every device field shows its whole label
// in Russian and Uzbek (Cyrillic); in a narrower window the widest fields give way first, end
// in "...", and their tooltip starts with the whole label. Screenshots are saved and looked at.
#include <boost/test/unit_test.hpp>
#include <wx/frame.h>
#include <wx/stattext.h>

#include "device_status_bar.hpp"
#include "mws/test/pg_cluster.hpp"
#include "mws/test/wx_fixture.hpp"
#include "mws/ui/language.hpp"

using namespace mws;
using presenter::DeviceKind;
using presenter::DeviceStatus;
using presenter::Health;

namespace {

std::vector<DeviceStatus> states() {
  return {{DeviceKind::Camera, Health::Off, "camera.not_configured", {}},
          {DeviceKind::FingerprintScanner, Health::Ok, "fingerprint.ready", {}},
          {DeviceKind::DocumentReader, Health::Error, "document.not_configured", {}},
          {DeviceKind::Database, Health::Ok, "db.ready", {}},
          {DeviceKind::Sync, Health::Warning, "sync.offline", {{"left", "1 250"}}}};
}

constexpr DeviceKind kAll[] = {DeviceKind::Camera, DeviceKind::FingerprintScanner, DeviceKind::DocumentReader,
                               DeviceKind::Database, DeviceKind::Sync};

struct StatusBarFixture : test::WxFixture {
  wxFrame* frame = nullptr;
  ui::DeviceStatusBar* bar = nullptr;

  void open(ui::Language language, int width) {
    BOOST_REQUIRE(ui::setLanguage(language));
    frame = new wxFrame(nullptr, wxID_ANY, "status bar", wxDefaultPosition, wxSize(width, 768));
    bar = new ui::DeviceStatusBar(frame);
    frame->SetStatusBar(bar);
    frame->Show();
    bar->show(states());
    bar->SetStatusText("Ready", 0);
    pump(200);
  }

  wxStaticText* field(DeviceKind device) {
    return dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName(
        wxString::Format("device_%d", static_cast<int>(device)), bar));
  }

  ~StatusBarFixture() {
    if (frame) frame->Destroy();
    pump(50);
    ui::setLanguage(ui::Language::En);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(device_status_bar, StatusBarFixture)

BOOST_AUTO_TEST_CASE(every_field_shows_its_whole_label_at_1024_in_russian) {
  open(ui::Language::Ru, 1024);
  test::saveScreenshot(frame, "status-bar-ru-1024");
  for (DeviceKind device : kAll) {
    BOOST_TEST_CONTEXT(bar->text(device).utf8_string()) {
      BOOST_TEST(bar->fits(device));
      // The field is at least as wide as its words.
      BOOST_TEST(field(device)->GetSize().x >= field(device)->GetTextExtent(bar->text(device)).x);
    }
  }
  BOOST_TEST(bar->text(DeviceKind::Sync).utf8_string().find("1 250") != std::string::npos);
  wxRect message;
  BOOST_REQUIRE(bar->GetFieldRect(0, message));
  BOOST_TEST(message.width >= 130);  // room is left for the messages
}

BOOST_AUTO_TEST_CASE(every_field_shows_its_whole_label_at_1024_in_uzbek_cyrillic) {
  open(ui::Language::UzCyrl, 1024);
  test::saveScreenshot(frame, "status-bar-uz-cyrl-1024");
  for (DeviceKind device : kAll) {
    BOOST_TEST_CONTEXT(bar->text(device).utf8_string()) {
      BOOST_TEST(bar->fits(device));
      BOOST_TEST(field(device)->GetSize().x >= field(device)->GetTextExtent(bar->text(device)).x);
    }
  }
}

BOOST_AUTO_TEST_CASE(in_a_narrow_window_the_widest_give_way_and_their_tooltip_has_the_whole_label) {
  open(ui::Language::Ru, 640);
  test::saveScreenshot(frame, "status-bar-ru-640");
  int cut = 0;
  for (DeviceKind device : kAll) {
    const wxString whole = bar->text(device);
    if (bar->fits(device)) {
      BOOST_TEST(!bar->tip(device).StartsWith(whole + "\n"));
      continue;
    }
    ++cut;
    BOOST_TEST(bar->tip(device).StartsWith(whole + "\n"), bar->tip(device).utf8_string());
  }
  BOOST_TEST(cut >= 1);
  wxRect message;
  BOOST_REQUIRE(bar->GetFieldRect(0, message));
  BOOST_TEST(message.width >= 130);
  // Wider again: everything fits again.
  frame->SetSize(wxSize(1024, 768));
  pump(200);
  for (DeviceKind device : kAll) BOOST_TEST(bar->fits(device));
}

BOOST_AUTO_TEST_SUITE_END()
