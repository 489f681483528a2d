// mws audit verify
#include <ostream>
#include <string>

#include "context.hpp"
#include "mws/core/auth/audit_trail.hpp"
#include "mws/storage/audit_chain.hpp"
#include "mws/storage/audit_trail.hpp"
#include "person_input.hpp"
#include "workspace.hpp"

namespace mws::cli {
namespace {

std::string problemText(const std::string& problem) {
  if (problem == "hash") return "the entry was changed after it was written";
  if (problem == "link") return "the entry does not follow the one before it";
  if (problem == "gap") return "entries are missing before it";
  if (problem == "head") return "the newest entries were removed";
  return problem;
}

// Walks the chain; with --as LOGIN the account needs the right to (unit administrators and
// IT) and the walk itself is recorded. Without --as it is the machine's operator's check.
core::Result<core::AuditCheck> walk(Context& ctx, Workspace& ws) {
  storage::PgAuditTrail trail(ws.database());
  if (!ctx.args.option("as")) return trail.verify();
  auto actor = signInActor(ctx, ws);
  if (!actor) return actor.error();
  return core::verifyAudit(trail, ws.clock(), *actor);
}

}  // namespace

int auditVerify(Context& ctx) {
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto verified = walk(ctx, *ws);
  if (!verified) return report(ctx, verified.error());
  if (!verified->firstBroken) {
    ctx.out << "audit chain intact: " << verified->entries << " entries\n";
    return kOk;
  }
  ctx.err << "mws: audit chain broken at entry " << *verified->firstBroken << " ("
          << verified->problem << "): " << problemText(verified->problem) << "; "
          << verified->entries << " entries before it hold\n";
  return kFailed;
}

}  // namespace mws::cli
