#pragma once
// The words of the new-case flow and the shell: steps, form and person field labels, the
// flow's errors and refusals (citing the rule), photo guidance, fingers, device states.
// Everything through gettext.

#include <wx/string.h>

#include <string>

#include "mws/core/result.hpp"
#include "mws/presenter/new_case_flow.hpp"
#include "mws/presenter/shell_presenter.hpp"

namespace mws::ui::flow_words {

wxString step(presenter::FlowStep step);
// "Street", "Last day", … for a form or person field key ("address.street", "period.to").
wxString field(const std::string& key);
// The value of a choice field ("host.kind" + "organisation").
wxString choice(const std::string& value);
// An error of the flow in words; a refusal names its rule id and the rule's sentence.
wxString error(const core::Error& error);
wxString guidance(const std::string& code);
wxString finger(const std::string& name);
wxString fingerStatus(const std::string& status);
wxString page(presenter::ShellPage page);
// Short words for the status bar field, and the tooltip: what is wrong and what to do.
wxString deviceLabel(const presenter::DeviceStatus& status);
wxString deviceAdvice(const presenter::DeviceStatus& status);

}  // namespace mws::ui::flow_words
