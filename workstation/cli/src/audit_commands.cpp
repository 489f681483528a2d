// mws audit verify
#include <ostream>
#include <string>

#include "context.hpp"
#include "mws/storage/audit_chain.hpp"

namespace mws::cli {
namespace {

std::string problemText(const std::string& problem) {
  if (problem == "hash") return "the entry was changed after it was written";
  if (problem == "link") return "the entry does not follow the one before it";
  if (problem == "gap") return "entries are missing before it";
  if (problem == "head") return "the newest entries were removed";
  return problem;
}

}  // namespace

int auditVerify(Context& ctx) {
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
  auto verified = storage::AuditChain::verify(*opened->db);
  if (!verified) return ctx.fail(verified.error());
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
