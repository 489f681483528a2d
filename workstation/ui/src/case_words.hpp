#pragma once
// The words the case pages (queue, case list, review, dashboard, case dialog) show for the
// core's codes: services, states, actions, payload fields, rules, and the refusals a
// decision can meet. Everything goes through gettext.

#include <wx/string.h>

#include <chrono>
#include <string>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/case.hpp"
#include "mws/core/result.hpp"

namespace mws::ui::words {

wxString utf8(const std::string& text);
wxString service(core::ServiceCode code);
wxString state(core::CaseState code);
wxString action(core::CaseAction code);
wxString role(core::Role code);
// The label of a payload field key ("address", "host.name", ...), or the key itself.
wxString field(const std::string& key);
// The value of an enumeration field ("basis" + "visa" -> "visa").
wxString code(const std::string& key, const std::string& value);
// A rule of the catalogue in one translated sentence, or its English description.
wxString rule(const std::string& id);
// "35 min", "2 h 05 min", "3 d 4 h".
wxString duration(std::chrono::minutes span);
// An error of the case pages in words, citing the rule when there is one; falls back to
// describeError() for codes it does not know.
wxString error(const core::Error& error);

}  // namespace mws::ui::words
