#pragma once
#include <Poco/AutoPtr.h>
#include <Poco/Util/LayeredConfiguration.h>

#include <iosfwd>
#include <string>

#include "arguments.hpp"
#include "mws/cli/cli.hpp"
#include "mws/core/result.hpp"
#include "mws/runtime/database_provider.hpp"

namespace mws::cli {

// What a command gets: its arguments, the streams, and the layered configuration.
struct Context {
  Arguments args;
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  Poco::AutoPtr<Poco::Util::LayeredConfiguration> config;

  // Opens the configured database (or the private cluster); prints the error and returns
  // null when it cannot.
  std::unique_ptr<runtime::OpenedDatabase> openDatabase();
  // Prints "mws: <what>" for an error and returns kFailed.
  // "mws: refused: <what>" for a refusal (a rule, the life cycle, a bad input), "mws: <what>"
  // for a database or tool failure; returns kFailed.
  int fail(const core::Error& error);
  // Prints "mws: <text>" and returns kUsage.
  int usage(const std::string& text);
};

// One line of English for IT and scripts (the UI words errors itself, through gettext).
std::string describe(const core::Error& error);

int dbMigrate(Context& ctx);
int dbStatus(Context& ctx);
int dbSeedDemo(Context& ctx);
int unitAdd(Context& ctx);
int unitList(Context& ctx);
int userAdd(Context& ctx);
int userPasswd(Context& ctx);
int userUnlock(Context& ctx);
int userFingerEnrol(Context& ctx);
int userFingerRequire(Context& ctx);
int personAdd(Context& ctx);
int personFind(Context& ctx);
int personShow(Context& ctx);
int caseOpen(Context& ctx);
int caseEdit(Context& ctx);
int caseSubmit(Context& ctx);
int caseReview(Context& ctx);
int caseApprove(Context& ctx);
int caseReject(Context& ctx);
int caseReturn(Context& ctx);
int caseIssue(Context& ctx);
int caseCancel(Context& ctx);
int caseShow(Context& ctx);
int caseList(Context& ctx);
int auditVerify(Context& ctx);
int faceCheck(Context& ctx);
int fingerDevices(Context& ctx);
int fingerEnroll(Context& ctx);
int fingerVerify(Context& ctx);
int fingerSession(Context& ctx);
int syncStatus(Context& ctx);
int syncNow(Context& ctx);
int syncDaemon(Context& ctx);
int barcodeRead(Context& ctx);
int doctor(Context& ctx);
int dbUnsyncedCount(Context& ctx);
int dbBackup(Context& ctx);
int onboard(Context& ctx);

}  // namespace mws::cli
