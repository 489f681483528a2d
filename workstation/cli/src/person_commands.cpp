// mws person add | find | show
#include <ostream>

#include "context.hpp"
#include "json_writer.hpp"
#include "mws/core/auth/person_access.hpp"
#include "mws/core/domain/transliteration.hpp"
#include "mws/storage/audit_trail.hpp"
#include "person_input.hpp"
#include "person_output.hpp"
#include "workspace.hpp"

namespace mws::cli {
namespace {

core::Status validate(Workspace& ws, core::Person& person) {
  auto reference = ws.reference().load();
  if (!reference) return reference.error();
  core::completeNameForms(person);
  return core::validatePerson(person, reference->countries, ws.clock().today());
}

// The persons of this command, with the rights of the signed-in actor and the audit chain.
struct Access {
  explicit Access(Workspace& ws) : trail(ws.database()), persons(ws.persons(), trail, ws.clock()) {}
  storage::PgAuditTrail trail;
  core::PersonAccess persons;
};

// Printing JSON hands the record to another program: an export.
core::Disclosure disclosure(Context& ctx) {
  return ctx.args.flag("json") ? core::Disclosure::Export : core::Disclosure::Display;
}

core::Result<core::PersonLookup> lookupFrom(Context& ctx) {
  core::PersonLookup lookup;
  if (auto document = ctx.args.option("document")) {
    lookup.by = core::PersonLookup::By::Document;
    lookup.text = *document;
  } else if (auto number = ctx.args.option("personal-number")) {
    lookup.by = core::PersonLookup::By::PersonalNumber;
    lookup.text = *number;
  } else {
    lookup.text = ctx.args.option("name").value_or("");
    if (auto birth = ctx.args.option("birth")) {
      auto date = parseDateOption("--birth", *birth);
      if (!date) return date.error();
      lookup.birthDate = *date;
    }
  }
  return lookup;
}

void printPersons(Context& ctx, const std::vector<core::Person>& persons) {
  if (ctx.args.flag("json")) {
    std::vector<std::string> items;
    for (const auto& p : persons) items.push_back(personJson(p));
    ctx.out << jsonArray(items) << "\n";
    return;
  }
  for (const auto& p : persons) ctx.out << personLine(p) << "\n";
}

}  // namespace

int personAdd(Context& ctx) {
  auto person = personFromArguments(ctx.args);
  if (!person) return report(ctx, person.error());
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto actor = signInActor(ctx, *ws);
  if (!actor) return report(ctx, actor.error());
  auto valid = validate(*ws, *person);
  if (!valid) return ctx.fail(valid.error());
  Access access(*ws);
  auto added = access.persons.add(*person, *actor);
  if (!added) return ctx.fail(added.error());
  ctx.out << "person " << added->id << " added: " << added->latin.full() << " / "
          << added->cyrillic.full() << "\n";
  return kOk;
}

int personFind(Context& ctx) {
  const bool byName = ctx.args.option("name").has_value();
  const int ways = byName + ctx.args.option("document").has_value() +
                   ctx.args.option("personal-number").has_value();
  if (ways != 1) {
    return ctx.usage(
        "usage: mws person find (--document N | --personal-number N | --name TEXT [--birth D]) "
        "[--json] --as LOGIN");
  }
  auto lookup = lookupFrom(ctx);
  if (!lookup) return report(ctx, lookup.error());
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto actor = signInActor(ctx, *ws);
  if (!actor) return report(ctx, actor.error());
  Access access(*ws);
  auto found = access.persons.find(*lookup, *actor, disclosure(ctx));
  if (!found) return ctx.fail(found.error());
  printPersons(ctx, *found);
  if (found->empty() && !ctx.args.flag("json")) ctx.err << "mws: no person matches\n";
  return found->empty() ? kFailed : kOk;
}

int personShow(Context& ctx) {
  auto id = parseId(ctx.args.positional(2));
  if (!id) return ctx.usage("usage: mws person show ID [--json] --as LOGIN");
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto actor = signInActor(ctx, *ws);
  if (!actor) return report(ctx, actor.error());
  Access access(*ws);
  auto found = access.persons.view(*id, *actor, disclosure(ctx));
  if (!found) return ctx.fail(found.error());
  if (ctx.args.flag("json")) {
    ctx.out << personJson(*found) << "\n";
  } else {
    printPerson(ctx.out, *found);
  }
  return kOk;
}

}  // namespace mws::cli
