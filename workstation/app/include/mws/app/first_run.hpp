#pragma once
// mws-workstation's first run: whether the set-up wizard is due, and the wizard's steps
// wired to the real things — the database test (libpq, or PostgreSQL's programs for the
// private cluster), `mws onboard` (the same command IT runs) and the account's mws.ini.

#include <wx/arrstr.h>

namespace Poco::Util {
class AbstractConfiguration;
}

namespace mws::app {

// True with --first-run on the command line; otherwise when no unit is configured, the
// account has no ~/.config/mws/mws.ini yet and the command line names no database
// (--dsn, --cluster-dir: a scripted start such as the benchmarks').
bool firstRunWanted(const wxArrayString& args, const Poco::Util::AbstractConfiguration& config);

// Shows the wizard modally; true when it finished and wrote the account's mws.ini.
bool runFirstRunWizard(const Poco::Util::AbstractConfiguration& config);

}  // namespace mws::app
