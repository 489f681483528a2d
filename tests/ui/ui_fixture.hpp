#pragma once
// The real window over a throwaway database with the workstation's own service bundle
// (mws::app_wiring) and simulated devices, for the officer's UI tests.
#include <boost/test/unit_test.hpp>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/uiaction.h>

#include <memory>
#include <string>

#include "flow_fixture.hpp"
#include "mws/app/workstation_services.hpp"
#include "mws/test/wx_fixture.hpp"
#include "mws/ui/main_frame.hpp"

namespace mws::test {

// The officer at the keyboard: every key and click is counted.
struct Officer {
  wxUIActionSimulator sim;
  int actions = 0;
  void key(int code, int modifiers = wxMOD_NONE) {
    sim.Char(code, modifiers);
    ++actions;
    WxFixture::pump(30);
  }
  void type(const std::string& text) {
    sim.Text(text.c_str());
    actions += static_cast<int>(text.size());
    WxFixture::pump(30);
  }
  void click(wxButton* button) {
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
    ++actions;
  }
};

struct UiFixture : DbFixture, WxFixture {
  storage::PgUnitRepository units{database()};
  storage::PgPersonRepository persons{database()};
  FlowClock clock{day("2026-11-21")};
  std::unique_ptr<app::WorkstationServices> workstation;
  core::User officer, supervisor;
  core::Person foreigner;
  ui::MainFrame* frame = nullptr;

  static constexpr const char* kPassword = "officer-pass-1";

  explicit UiFixture(app::DeviceSettings devices = {"none", "simulated", "simulated", 60}) {
    storage::BlobKey key;
    for (std::size_t i = 0; i < key.bytes.size(); ++i) key.bytes[i] = static_cast<unsigned char>(3 * i + 5);
    storage::BlobStore::installKey(key);
    BOOST_REQUIRE(units.add({"TSH-01", "Tashkent, Chilonzor"}).ok());
    workstation = std::make_unique<app::WorkstationServices>(
        database(), presenter::Workplace{"TSH-01", "Tashkent, Chilonzor", "Counter 3", "test cluster"}, &clock);
    workstation->attach(app::makeDevices(devices, [this] { return clock.today(); }));
    BOOST_REQUIRE_MESSAGE(workstation->devices().problems.empty(), workstation->devices().problems);
    officer = addUser("o.aliyev", "Otabek Aliyev", core::Role::Officer);
    supervisor = addUser("s.rahimov", "Sardor Rahimov", core::Role::Supervisor);
    auto added = persons.add(FlowFixture::makeForeigner(), {officer, "person.add", clock.now()});
    BOOST_REQUIRE(added.ok());
    foreigner = *added;
  }
  ~UiFixture() {
    closeFrame();
    workstation.reset();
  }

  core::User addUser(const std::string& login, const std::string& display, core::Role role) {
    auto user = workstation->auth().addUser({login, display, role, "TSH-01", kPassword});
    BOOST_REQUIRE(user.ok());
    return *user;
  }

  ui::MainFrame* openFrame() {
    ui::MainFrameOptions options;
    options.newCase.portraits = workstation->devices().portraits.get();
    options.newCase.tenPrints = workstation->devices().tenPrints.get();
    options.newCase.receiptDir = outputDir() / "receipts";
    options.newCase.draftSaveMs = 300;
    frame = new ui::MainFrame(workstation->services(), options);
    frame->Show();
    frame->Raise();
    BOOST_REQUIRE(pumpUntil([&] { return frame->IsShownOnScreen(); }));
    pump(200);
    return frame;
  }
  void closeFrame() {
    if (!frame) return;
    wxWindow* gone = frame;
    frame->Destroy();
    frame = nullptr;
    // Really gone before the services it uses are: idle time deletes pending windows.
    pumpUntil([gone] {
      wxTheApp->ProcessIdle();
      return !wxPendingDelete.Member(gone);
    });
    pump(50);
  }

  void signIn(const std::string& login) {
    wxUIActionSimulator keyboard;
    frame->loginField()->SetFocus();
    pump(50);
    keyboard.Text(login.c_str());
    keyboard.Char(WXK_RETURN);
    pumpUntil([&] { return frame->loginField()->GetValue() == login; });
    pump(50);
    keyboard.Text(kPassword);
    keyboard.Char(WXK_RETURN);
    BOOST_REQUIRE_MESSAGE(pumpUntil([&] { return frame->isSignedIn(); }, 10000),
                          "sign-in failed: " + frame->errorText().ToStdString(wxConvUTF8));
    pump(200);
  }

  ui::NewCasePanel& flowPanel() { return *frame->newCasePanel(); }
  std::string step() { return std::string(toString(flowPanel().flow().step())); }
  bool waitStep(const std::string& wanted, int ms = 20000) {
    return pumpUntil([&] { return step() == wanted; }, ms);
  }
};

}  // namespace mws::test
