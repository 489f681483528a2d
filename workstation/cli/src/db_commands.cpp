#include <ostream>

#include "context.hpp"
#include "mws/demo/demo_seeder.hpp"
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

namespace mws::cli {
namespace {

core::Result<std::int64_t> countOption(const Context& ctx, const std::string& name,
                                       std::int64_t fallback) {
  auto text = ctx.args.option(name);
  if (!text) return fallback;
  try {
    std::size_t used = 0;
    long long value = std::stoll(*text, &used);
    if (used == text->size() && value >= 0) return static_cast<std::int64_t>(value);
  } catch (const std::exception&) {
  }
  return core::makeError("cli.bad_number").with("option", "--" + name);
}

}  // namespace

int dbSeedDemo(Context& ctx) {
  demo::DemoOptions options;
  auto persons = countOption(ctx, "persons", options.persons);
  auto cases = countOption(ctx, "cases", options.cases);
  auto seed = countOption(ctx, "seed", static_cast<std::int64_t>(options.seed));
  for (const auto* value : {&persons, &cases, &seed}) {
    if (!*value) return ctx.usage("usage: mws db seed-demo [--persons N] [--cases M] [--seed S] "
                                  "(" + value->error().params.at("option") + " takes a whole number)");
  }
  options.persons = *persons;
  options.cases = *cases;
  options.seed = static_cast<std::uint64_t>(*seed);
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
  if (auto migrated = storage::migrateAndSeed(*opened->db); !migrated) return ctx.fail(migrated.error());
  std::string lastStage;
  auto progress = [&](std::string_view stage, std::int64_t done, std::int64_t total) {
    if (stage != lastStage || done == total) {
      ctx.err << "  " << stage << ": " << done << " / " << total << "\n";
      lastStage = std::string(stage);
    }
  };
  if (auto seeded = demo::seedDemo(*opened->db, options, progress); !seeded) return ctx.fail(seeded.error());
  ctx.out << "seeded " << options.persons << " persons and " << options.cases << " cases.\n"
          << "Demo accounts (password '" << demo::kDemoPassword << "'):\n";
  for (const auto& account : demo::demoAccounts()) {
    ctx.out << "  " << account.login << "  " << core::toString(account.role) << ", unit "
            << account.unitCode << "\n";
  }
  return kOk;
}

}  // namespace mws::cli
