// mws person add | find | show
#include <ostream>

#include "context.hpp"
#include "json_writer.hpp"
#include "mws/core/domain/transliteration.hpp"
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

using Found = core::Result<std::vector<core::Person>>;

Found single(core::Result<std::optional<core::Person>> found) {
  if (!found) return found.error();
  std::vector<core::Person> persons;
  if (found->has_value()) persons.push_back(std::move(**found));
  return persons;
}

Found search(Context& ctx, Workspace& ws) {
  if (auto document = ctx.args.option("document"))
    return single(ws.persons().findByDocumentNumber(*document));
  if (auto number = ctx.args.option("personal-number"))
    return single(ws.persons().findByPersonalNumber(*number));
  core::PersonQuery query;
  query.nameKey = core::normaliseName(ctx.args.option("name").value_or(""));
  if (auto birth = ctx.args.option("birth")) {
    auto date = parseDateOption("--birth", *birth);
    if (!date) return date.error();
    query.birthDate = *date;
  }
  auto page = ws.persons().search(query);
  if (!page) return page.error();
  return std::move(page->items);
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
  auto added = ws->persons().add(*person, {*actor, "person.add", ws->clock().now()});
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
        "[--json]");
  }
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto found = search(ctx, *ws);
  if (!found) return report(ctx, found.error());
  printPersons(ctx, *found);
  if (found->empty() && !ctx.args.flag("json")) ctx.err << "mws: no person matches\n";
  return found->empty() ? kFailed : kOk;
}

int personShow(Context& ctx) {
  auto id = parseId(ctx.args.positional(2));
  if (!id) return ctx.usage("usage: mws person show ID [--json]");
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto found = ws->persons().findById(*id);
  if (!found) return ctx.fail(found.error());
  if (!found->has_value())
    return ctx.fail(core::makeError("person.not_found").with("person_id", std::to_string(*id)));
  if (ctx.args.flag("json")) {
    ctx.out << personJson(**found) << "\n";
  } else {
    printPerson(ctx.out, **found);
  }
  return kOk;
}

}  // namespace mws::cli
