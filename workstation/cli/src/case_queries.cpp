// mws case show | list
#include <set>
#include <ostream>

#include "case_output.hpp"
#include "context.hpp"
#include "json_writer.hpp"
#include "mws/core/domain/uuid.hpp"
#include "person_input.hpp"
#include "workspace.hpp"

namespace mws::cli {
namespace {

core::Result<core::CaseQuery> listQuery(const Arguments& args) {
  core::CaseQuery query;
  if (auto state = args.option("state")) {
    query.state = core::parseCaseState(*state);
    if (!query.state)
      return usageError(
          "--state is draft, submitted, in_review, approved, rejected, returned, issued or "
          "cancelled");
  }
  if (auto service = args.option("service")) {
    query.service = core::parseServiceCode(*service);
    if (!query.service) return usageError("unknown service '" + *service + "'");
  }
  if (auto limit = args.option("limit")) {
    auto n = parseId(*limit);
    if (!n) return usageError("--limit is a positive number");
    query.page.limit = *n;
  }
  return query;
}

core::Result<std::vector<std::string>> unitsToList(Context& ctx, Workspace& ws) {
  if (auto unit = ctx.args.option("unit")) return std::vector<std::string>{*unit};
  storage::PgUnitRepository units(ws.database());
  auto all = units.list();
  if (!all) return all.error();
  std::vector<std::string> codes;
  for (const auto& unit : *all) codes.push_back(unit.code);
  return codes;
}

core::Result<std::vector<core::CaseSummary>> listCases(Context& ctx, Workspace& ws,
                                                       core::CaseQuery query) {
  auto units = unitsToList(ctx, ws);
  if (!units) return units.error();
  std::vector<core::CaseSummary> found;
  for (const std::string& unit : *units) {
    query.unitCode = unit;
    auto page = ws.cases().list(query);
    if (!page) return page.error();
    found.insert(found.end(), page->items.begin(), page->items.end());
    if (page->total > static_cast<std::int64_t>(page->items.size())) {
      ctx.err << "mws: unit " << unit << " has " << page->total << " such cases; "
              << page->items.size() << " shown (see --limit)\n";
    }
  }
  return found;
}

}  // namespace

int caseShow(Context& ctx) {
  const std::string id = ctx.args.positional(2);
  if (!core::isUuidV4(id))
    return ctx.usage("usage: mws case show ID [--json] (ID is a lower-case UUID v4)");
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto stored = ws->cases().load(id);
  if (!stored) return ctx.fail(stored.error());
  if (!stored->has_value()) return ctx.fail(core::makeError("case.not_found").with("case_id", id));
  if (ctx.args.flag("json")) {
    ctx.out << caseJson(**stored) << "\n";
    return kOk;
  }
  auto person = ws->persons().findById((*stored)->personId);
  std::set<std::int64_t> actors;
  for (const auto& event : (*stored)->history) actors.insert(event.actorId);
  auto logins = ws->users().loginsById(actors);
  printCase(ctx.out, **stored, person ? *person : std::nullopt,
            logins ? *logins : std::map<std::int64_t, std::string>());
  return kOk;
}

int caseList(Context& ctx) {
  auto query = listQuery(ctx.args);
  if (!query) return report(ctx, query.error());
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto found = listCases(ctx, *ws, *query);
  if (!found) return ctx.fail(found.error());
  if (ctx.args.flag("json")) {
    std::vector<std::string> items;
    for (const auto& summary : *found) items.push_back(caseSummaryJson(summary));
    ctx.out << jsonArray(items) << "\n";
  } else {
    for (const auto& summary : *found) ctx.out << caseSummaryLine(summary) << "\n";
  }
  return kOk;
}

}  // namespace mws::cli
