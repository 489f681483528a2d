#include "admin_command.hpp"

#include <ostream>
#include <string>

#include "mws/sync/central/central_admin.hpp"
#include "mws/sync/central/central_server.hpp"

namespace mws::sync::central {

namespace {

constexpr int kUsage = 64;
constexpr int kDataError = 65;
constexpr int kUnavailable = 69;

int report(const core::Result<std::int64_t>& result, std::ostream& out, std::ostream& err) {
  if (!result) {
    // Codes and the detail only: a decision's reason is not echoed.
    err << "mws-central: " << result.error().code << "\n";
    return result.error().code == codes::kDbFailed ? kUnavailable : kDataError;
  }
  out << "change " << *result << "\n";
  return 0;
}

int usage(std::ostream& err) {
  err << "usage: mws-central decide --dsn D --case ID --state approved|rejected "
         "[--reason TEXT] [--by NAME]\n"
         "       mws-central reference --dsn D --table service_catalogue|fee_table|bcu_rates "
         "--row JSON\n"
         "       mws-central person --dsn D --unit U --ref R --row JSON\n"
         "       mws-central district --dsn D --unit U --district NAME\n"
         "       mws-central overstay --dsn D --district NAME --id ID --row JSON\n"
         "       mws-central alarms --dsn D [--id ID --reason TEXT]\n";
  return kUsage;
}

}  // namespace

int runAdminCommand(const std::vector<std::string>& args,
                    const Poco::Util::AbstractConfiguration& config, std::ostream& out,
                    std::ostream& err) {
  const std::string dsn = config.getString("central.dsn", "");
  if (dsn.empty() || args.size() != 1) return usage(err);
  const std::string unit = config.getString("ca.unit", "");
  const std::string district = config.getString("admin.district", "");
  const std::string json = config.getString("reference.row", "");
  if (args.front() == "alarms" && !config.has("admin.id")) {
    const auto alarms = openAuditAlarms(dsn);
    if (!alarms) return report(core::Result<std::int64_t>(alarms.error()), out, err);
    for (const auto& line : *alarms) out << line << "\n";
    out << alarms->size() << " open audit alarm(s)\n";
    return 0;
  }
  if (args.front() == "alarms") {
    long long id = 0;
    try {
      id = std::stoll(config.getString("admin.id"));
    } catch (const std::exception&) {
      return usage(err);
    }
    const auto resolved = resolveAuditAlarm(dsn, id, config.getString("decide.reason", ""));
    if (!resolved) return report(resolved, out, err);
    out << "alarm " << *resolved << " resolved\n";
    return 0;
  }
  if (args.front() == "person") {
    const CentralPerson person{unit, config.getString("admin.ref", ""), json};
    if (unit.empty() || person.ref.empty() || json.empty()) return usage(err);
    return report(publishPerson(dsn, person), out, err);
  }
  if (args.front() == "district") {
    if (unit.empty() || district.empty()) return usage(err);
    const auto assigned = assignDistrict(dsn, unit, district);
    return report(assigned ? core::Result<std::int64_t>(0) : core::Result<std::int64_t>(assigned.error()),
                  out, err);
  }
  if (args.front() == "overstay") {
    const OverstayEntry entry{district, config.getString("admin.id", ""), json};
    if (district.empty() || entry.id.empty() || json.empty()) return usage(err);
    return report(publishOverstay(dsn, entry), out, err);
  }
  if (args.front() == "decide") {
    CentralDecision decision{config.getString("decide.case", ""),
                             config.getString("decide.state", ""),
                             config.getString("decide.reason", ""),
                             config.getString("decide.by", "centre")};
    if (decision.caseId.empty() || decision.state.empty()) return usage(err);
    return report(recordDecision(dsn, decision), out, err);
  }
  const ReferenceRow row{config.getString("reference.table", ""),
                         config.getString("reference.row", "")};
  if (row.table.empty() || row.rowJson.empty()) return usage(err);
  return report(publishReference(dsn, row), out, err);
}

}  // namespace mws::sync::central
