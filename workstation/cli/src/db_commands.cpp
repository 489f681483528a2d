#include <ostream>

#include "context.hpp"
#include "mws/storage/migrator.hpp"
#include "mws/storage/pg_reference_data_repository.hpp"

namespace mws::cli {

int dbMigrate(Context& ctx) {
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
  auto applied = storage::migrateAndSeed(*opened->db);
  if (!applied) return ctx.fail(applied.error());
  if (applied->empty()) {
    ctx.out << "The schema is up to date; nothing to apply.\n";
    return kOk;
  }
  for (int version : *applied) ctx.out << "applied migration " << version << "\n";
  ctx.out << applied->size() << " migration(s) applied.\n";
  return kOk;
}

int dbStatus(Context& ctx) {
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
  storage::Migrator migrator(*opened->db);
  auto states = migrator.status();
  if (!states) return ctx.fail(states.error());
  ctx.out << "database: " << storage::redactDsn(opened->db->dsn()) << "\n";
  int pending = 0;
  for (const auto& state : *states) {
    ctx.out << (state.applied ? "  applied  " : "  PENDING  ") << state.version << " "
            << state.name << (state.applied ? "  " + state.appliedAt : "") << "\n";
    pending += state.applied ? 0 : 1;
  }
  ctx.out << (pending ? std::to_string(pending) + " migration(s) pending: run 'mws db migrate'."
                      : std::string("The schema is up to date."))
          << "\n";
  return pending ? kFailed : kOk;
}

}  // namespace mws::cli
