// mws queue issue | call | served | no-show | status: the unit's electronic queue from the
// command line (a kiosk script, a hall display, IT checking a counter).
#include "queue_commands.hpp"

#include <ostream>

#include "context.hpp"
#include "json_writer.hpp"
#include "mws/storage/pg_queue_repository.hpp"
#include "person_input.hpp"
#include "workspace.hpp"

namespace mws::cli {
namespace {

std::string serviceNames() {
  std::string names;
  for (core::ServiceCode s : core::kAllServices)
    names += (names.empty() ? "" : ", ") + std::string(core::toString(s));
  return names;
}

core::Result<core::ServiceCode> serviceArgument(const std::string& name) {
  auto service = core::parseServiceCode(name);
  if (!service) return usageError("unknown service '" + name + "' (one of " + serviceNames() + ")");
  return *service;
}

// --unit, else unit.code of the configuration.
core::Result<std::string> unitOption(Context& ctx) {
  std::string unit = ctx.args.option("unit").value_or(ctx.config->getString("unit.code", ""));
  if (unit.empty()) return usageError("name the unit with --unit (or unit.code in the configuration)");
  return unit;
}

long waitedMinutes(const core::QueueTicket& t) {
  const auto end = t.calledAt.value_or(std::chrono::system_clock::now());
  return static_cast<long>(std::chrono::duration_cast<std::chrono::minutes>(end - t.issuedAt).count());
}

std::string ticketJson(const core::QueueTicket& t) {
  return JsonObject()
      .add("id", t.id)
      .add("ticket", t.label)
      .add("service", core::toString(t.service))
      .add("state", core::toString(t.state))
      .add("counter", t.counter)
      .add("waited_minutes", static_cast<std::int64_t>(waitedMinutes(t)))
      .str();
}

int closeTicket(Context& ctx, core::TicketState outcome, const std::string& verb) {
  auto id = parseId(ctx.args.positional(2));
  if (!id) return ctx.usage("usage: mws queue " + verb + " TICKET-ID (the number `mws queue call` printed)");
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  storage::PgQueueRepository queue(ws->database());
  auto closed = queue.close(*id, outcome);
  if (!closed) return ctx.fail(closed.error());
  ctx.out << "ticket " << closed->label << " (id " << closed->id << "): called -> "
          << core::toString(closed->state) << "\n";
  return kOk;
}

void printLoads(std::ostream& out, const std::vector<core::QueueLoad>& loads) {
  if (loads.empty()) out << "nobody waits\n";
  for (const auto& l : loads) {
    out << core::toString(l.service) << ": " << l.waiting << " waiting, longest "
        << l.longestWait.count() / 60 << " min\n";
  }
}

}  // namespace

int queueIssue(Context& ctx) {
  auto service = serviceArgument(ctx.args.positional(2));
  if (!service) return report(ctx, service.error());
  auto unit = unitOption(ctx);
  if (!unit) return report(ctx, unit.error());
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  storage::PgQueueRepository queue(ws->database());
  auto ticket = queue.issue(*unit, *service, ws->clock().today());
  if (!ticket) return ctx.fail(ticket.error());
  ctx.out << "ticket " << ticket->label << " (id " << ticket->id << "): "
          << core::toString(ticket->service) << ", " << ticket->unitCode << ", "
          << ticket->day.toString() << "\n";
  return kOk;
}

int queueCall(Context& ctx) {
  std::optional<core::ServiceCode> service;
  if (auto name = ctx.args.option("service")) {
    auto parsed = serviceArgument(*name);
    if (!parsed) return report(ctx, parsed.error());
    service = *parsed;
  }
  const std::string counter = ctx.args.option("counter").value_or(ctx.config->getString("counter.name", ""));
  if (counter.empty()) return ctx.usage("usage: mws queue call [--service S] --counter C --as LOGIN");
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto actor = signInActor(ctx, *ws);
  if (!actor) return report(ctx, actor.error());
  storage::PgQueueRepository queue(ws->database());
  auto called = queue.callNext(actor->unitCode, service, counter, actor->id);
  if (!called) return ctx.fail(called.error());
  if (!*called) {
    ctx.out << "nobody waits" << (service ? " for " + std::string(core::toString(*service)) : "") << "\n";
    return kOk;
  }
  const auto& t = **called;
  ctx.out << "ticket " << t.label << " (id " << t.id << ") to " << counter << ": "
          << core::toString(t.service) << ", waited " << waitedMinutes(t) << " min\n";
  return kOk;
}

int queueServed(Context& ctx) { return closeTicket(ctx, core::TicketState::Served, "served"); }

int queueNoShow(Context& ctx) { return closeTicket(ctx, core::TicketState::NoShow, "no-show"); }

int queueStatus(Context& ctx) {
  auto unit = unitOption(ctx);
  if (!unit) return report(ctx, unit.error());
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  storage::PgQueueRepository queue(ws->database());
  const core::CivilDate today = ws->clock().today();
  auto loads = queue.load(*unit, today);
  if (!loads) return ctx.fail(loads.error());
  auto tickets = queue.tickets(*unit, today);
  if (!tickets) return ctx.fail(tickets.error());
  std::vector<std::string> called;
  for (const auto& t : *tickets) {
    if (t.state == core::TicketState::Called) called.push_back(ticketJson(t));
  }
  if (!ctx.args.flag("json")) {
    printLoads(ctx.out, *loads);
    for (const auto& t : *tickets) {
      if (t.state == core::TicketState::Called) ctx.out << t.counter << ": " << t.label << "\n";
    }
    return kOk;
  }
  std::vector<std::string> services;
  for (const auto& l : *loads) {
    services.push_back(JsonObject()
                           .add("service", core::toString(l.service))
                           .add("waiting", static_cast<std::int64_t>(l.waiting))
                           .add("longest_wait_seconds", static_cast<std::int64_t>(l.longestWait.count()))
                           .str());
  }
  ctx.out << JsonObject()
                 .add("unit", *unit)
                 .add("day", today.toString())
                 .addRaw("waiting", jsonArray(services))
                 .addRaw("called", jsonArray(called))
                 .add("issued_today", static_cast<std::int64_t>(tickets->size()))
                 .str()
          << "\n";
  return kOk;
}

}  // namespace mws::cli
