#include "case_output.hpp"

#include <ostream>

#include "json_writer.hpp"
#include "mws/core/domain/payload_codec.hpp"
#include "mws/storage/audit_chain.hpp"

namespace mws::cli {
namespace {

// "20 600": so'm grouped by thousands.
std::string grouped(std::int64_t value) {
  const std::string digits = std::to_string(value < 0 ? -value : value);
  std::string text = value < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) text += ' ';
    text += digits[i];
  }
  return text;
}

// "2026-11-21 17:20:12Z"
std::string timeText(std::chrono::system_clock::time_point at) {
  std::string iso = storage::isoMicros(at);
  return iso.substr(0, 10) + " " + iso.substr(11, 8) + "Z";
}

std::string actorText(const core::CaseEvent& event,
                      const std::map<std::int64_t, std::string>& logins) {
  auto login = logins.find(event.actorId);
  std::string who = login != logins.end() ? login->second : "user #" + std::to_string(event.actorId);
  return who + " (" + std::string(core::toString(event.actorRole)) + ")";
}

void printFee(std::ostream& out, const core::FeeQuote& fee) {
  out << "  fee:      " << feeText(fee) << ", paid by " << core::toString(fee.payer) << "\n";
  for (const core::FeeLine& line : fee.lines) {
    out << "            " << line.item << " " << core::formatBcu(line.bcuHundredths) << " BCU";
    if (line.waived) {
      out << " waived (" << line.waiverRule << ")\n";
    } else {
      out << " = " << grouped(line.som) << " so'm\n";
    }
  }
}

void printHistory(std::ostream& out, const core::Case& subject,
                  const std::map<std::int64_t, std::string>& logins) {
  out << "  history:\n";
  for (const core::CaseEvent& e : subject.history) {
    out << "    " << timeText(e.at) << "  " << core::toString(e.action) << ": "
        << core::toString(e.from) << " -> " << core::toString(e.to) << " by " << actorText(e, logins);
    if (!e.reason.empty()) out << ", reason: " << e.reason;
    out << "\n";
  }
}

std::string eventJson(const core::CaseEvent& e) {
  return JsonObject()
      .add("action", core::toString(e.action))
      .add("from", core::toString(e.from))
      .add("to", core::toString(e.to))
      .add("actor_id", std::int64_t{e.actorId})
      .add("actor_role", core::toString(e.actorRole))
      .add("reason", e.reason)
      .add("at", storage::isoMicros(e.at))
      .str();
}

}  // namespace

std::string feeText(const core::FeeQuote& fee) {
  return core::formatBcu(fee.totalBcuHundredths) + " BCU = " + grouped(fee.totalSom) + " so'm";
}

void printCase(std::ostream& out, const core::Case& c, const std::optional<core::Person>& person,
               const std::map<std::int64_t, std::string>& logins) {
  out << "case " << c.id << "\n"
      << "  service:  " << core::toString(c.service()) << "\n"
      << "  state:    " << core::toString(c.state) << " (version " << c.version << ")\n"
      << "  person:   " << c.personId;
  if (person) out << "  " << person->latin.full() << " / " << person->cyrillic.full();
  out << "\n  unit:     " << c.unitCode << ", channel " << core::toString(c.channel) << ", filed "
      << c.filedOn << "\n";
  printFee(out, c.fee);
  out << "  payload:  " << core::encodePayload(c.payload) << "\n";
  printHistory(out, c, logins);
}

std::string caseJson(const core::Case& c) {
  std::vector<std::string> history;
  for (const core::CaseEvent& e : c.history) history.push_back(eventJson(e));
  return JsonObject()
      .add("id", c.id)
      .add("service", core::toString(c.service()))
      .add("state", core::toString(c.state))
      .add("version", std::int64_t{c.version})
      .add("unit", c.unitCode)
      .add("person_id", std::int64_t{c.personId})
      .add("channel", core::toString(c.channel))
      .add("filed_on", c.filedOn.toString())
      .add("opened_by", std::int64_t{c.openedBy})
      .addRaw("payload", core::encodePayload(c.payload))
      .addRaw("fee", core::encodeFeeQuote(c.fee))
      .addRaw("history", jsonArray(history))
      .str();
}

std::string caseSummaryLine(const core::CaseSummary& s) {
  return s.id + "  " + std::string(core::toString(s.state)) + "  " +
         std::string(core::toString(s.service)) + "  person " + std::to_string(s.personId) +
         "  filed " + s.filedOn.toString() + "  unit " + s.unitCode;
}

std::string caseSummaryJson(const core::CaseSummary& s) {
  return JsonObject()
      .add("id", s.id)
      .add("unit", s.unitCode)
      .add("service", core::toString(s.service))
      .add("person_id", std::int64_t{s.personId})
      .add("state", core::toString(s.state))
      .add("filed_on", s.filedOn.toString())
      .add("version", std::int64_t{s.version})
      .str();
}

}  // namespace mws::cli
