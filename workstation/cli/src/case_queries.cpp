// mws case show | list
#include <set>
#include <ostream>

#include "case_output.hpp"
#include "context.hpp"
#include "json_writer.hpp"
#include "mws/core/auth/case_access.hpp"
#include "mws/core/domain/uuid.hpp"
#include "mws/storage/audit_trail.hpp"
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

// Printing JSON hands the cases to another program: an export.
core::Disclosure disclosure(Context& ctx) {
  return ctx.args.flag("json") ? core::Disclosure::Export : core::Disclosure::Display;
}

// The cases of this command, with the rights of the signed-in actor and the audit chain.
struct Access {
  explicit Access(Workspace& ws) : trail(ws.database()), cases(ws.cases(), trail, ws.clock()) {}
  storage::PgAuditTrail trail;
  core::CaseAccess cases;
};

}  // namespace

int caseShow(Context& ctx) {
  const std::string id = ctx.args.positional(2);
  if (!core::isUuidV4(id))
    return ctx.usage("usage: mws case show ID [--json] --as LOGIN (ID is a lower-case UUID v4)");
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto actor = signInActor(ctx, *ws);
  if (!actor) return report(ctx, actor.error());
  Access access(*ws);
  auto stored = access.cases.view(id, *actor, disclosure(ctx));
  if (!stored) return ctx.fail(stored.error());
  if (ctx.args.flag("json")) {
    ctx.out << caseJson(*stored) << "\n";
    return kOk;
  }
  auto person = ws->persons().findById(stored->personId);
  std::set<std::int64_t> actors;
  for (const auto& event : stored->history) actors.insert(event.actorId);
  auto logins = ws->users().loginsById(actors);
  printCase(ctx.out, *stored, person ? *person : std::nullopt,
            logins ? *logins : std::map<std::int64_t, std::string>());
  return kOk;
}

// The cases of the actor's unit (--unit may name it; another unit is refused).
int caseList(Context& ctx) {
  auto query = listQuery(ctx.args);
  if (!query) return report(ctx, query.error());
  query->unitCode = ctx.args.option("unit").value_or("");
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto actor = signInActor(ctx, *ws);
  if (!actor) return report(ctx, actor.error());
  Access access(*ws);
  auto found = access.cases.list(*query, *actor, disclosure(ctx));
  if (!found) return ctx.fail(found.error());
  if (ctx.args.flag("json")) {
    std::vector<std::string> items;
    for (const auto& summary : found->items) items.push_back(caseSummaryJson(summary));
    ctx.out << jsonArray(items) << "\n";
  } else {
    for (const auto& summary : found->items) ctx.out << caseSummaryLine(summary) << "\n";
  }
  if (found->total > static_cast<std::int64_t>(found->items.size())) {
    ctx.err << "mws: unit " << (query->unitCode.empty() ? actor->unitCode : query->unitCode) << " has " << found->total
            << " such cases; " << found->items.size() << " shown (see --limit)\n";
  }
  return kOk;
}

}  // namespace mws::cli
