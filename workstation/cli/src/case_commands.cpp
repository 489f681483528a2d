// mws case open | edit | submit | review | approve | reject | return | issue | cancel
#include <functional>
#include <ostream>

#include "case_input.hpp"
#include "case_output.hpp"
#include "context.hpp"
#include "mws/core/domain/uuid.hpp"
#include "person_input.hpp"
#include "workspace.hpp"

namespace mws::cli {
namespace {

std::string serviceList() {
  std::string names;
  for (core::ServiceCode s : core::kAllServices)
    names += (names.empty() ? "" : ", ") + std::string(core::toString(s));
  return names;
}

struct OpenArguments {
  core::ServiceCode service = core::ServiceCode::StayRegistration;
  core::OpenCaseRequest request;
};

core::Result<OpenArguments> openArguments(const Arguments& args) {
  const std::string name = args.positional(2);
  auto service = core::parseServiceCode(name);
  if (!service) return usageError("unknown service '" + name + "' (one of " + serviceList() + ")");
  auto person = parseId(args.option("person").value_or(""));
  if (!person || !args.option("payload")) {
    return usageError(
        "usage: mws case open SERVICE --person ID --payload FILE|- "
        "[--channel counter|on_site|portal] [--id UUID] --as LOGIN");
  }
  auto channel = core::parseChannel(args.option("channel").value_or("counter"));
  if (!channel) return usageError("--channel is counter, on_site or portal");
  OpenArguments parsed;
  parsed.service = *service;
  parsed.request.caseId = args.option("id").value_or("");
  parsed.request.personId = *person;
  parsed.request.channel = *channel;
  return parsed;
}

// The case id of `mws case VERB ID`, or a usage error.
core::Result<std::string> caseIdArgument(const Arguments& args, const std::string& usage) {
  const std::string id = args.positional(2);
  if (id.empty()) return usageError("usage: mws case " + usage);
  if (!core::isUuidV4(id))
    return usageError("'" + id + "' is not a case id (a lower-case UUID v4)");
  return id;
}

using Step = std::function<core::Result<core::Case>(
    core::CaseService&, const std::string& id, const core::User& actor, const std::string& reason)>;

int runStep(Context& ctx, const std::string& usage, const Step& step) {
  auto id = caseIdArgument(ctx.args, usage);
  if (!id) return report(ctx, id.error());
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto actor = signInActor(ctx, *ws);
  if (!actor) return report(ctx, actor.error());
  auto moved = step(ws->service(), *id, *actor, ctx.args.option("reason").value_or(""));
  if (!moved) return ctx.fail(moved.error());
  const core::CaseEvent& last = moved->history.back();
  ctx.out << "case " << moved->id << ": " << core::toString(last.from) << " -> "
          << core::toString(moved->state) << "\n";
  return kOk;
}

}  // namespace

int caseOpen(Context& ctx) {
  auto parsed = openArguments(ctx.args);
  if (!parsed) return report(ctx, parsed.error());
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto actor = signInActor(ctx, *ws);
  if (!actor) return report(ctx, actor.error());
  auto text = readPayloadText(ctx);
  if (!text) return ctx.fail(text.error());
  auto payload = decodePayloadFor(*text, parsed->service);
  if (!payload) return report(ctx, payload.error());
  parsed->request.payload = std::move(*payload);
  auto opened = ws->service().open(parsed->request, *actor);
  if (!opened) return ctx.fail(opened.error());
  ctx.out << "case " << opened->id << " opened: " << core::toString(opened->state) << ", "
          << core::toString(opened->service()) << ", fee " << feeText(opened->fee) << "\n";
  return kOk;
}

int caseEdit(Context& ctx) {
  auto id = caseIdArgument(ctx.args, "edit ID --payload FILE|- --as LOGIN");
  if (!id) return report(ctx, id.error());
  if (!ctx.args.option("payload"))
    return ctx.usage("usage: mws case edit ID --payload FILE|- --as LOGIN");
  auto ws = openWorkspace(ctx);
  if (!ws) return kFailed;
  auto actor = signInActor(ctx, *ws);
  if (!actor) return report(ctx, actor.error());
  auto stored = ws->cases().load(*id);
  if (!stored) return ctx.fail(stored.error());
  if (!stored->has_value()) return ctx.fail(core::makeError("case.not_found").with("case_id", *id));
  auto text = readPayloadText(ctx);
  if (!text) return ctx.fail(text.error());
  auto payload = decodePayloadFor(*text, (*stored)->service());
  if (!payload) return report(ctx, payload.error());
  auto edited = ws->service().edit(*id, *payload, *actor);
  if (!edited) return ctx.fail(edited.error());
  ctx.out << "case " << edited->id << " edited: " << core::toString(edited->state) << ", fee "
          << feeText(edited->fee) << "\n";
  return kOk;
}

int caseSubmit(Context& ctx) {
  return runStep(ctx, "submit ID --as LOGIN",
                 [](auto& s, auto& id, auto& actor, auto&) { return s.submit(id, actor); });
}
int caseReview(Context& ctx) {
  return runStep(ctx, "review ID --as LOGIN",
                 [](auto& s, auto& id, auto& actor, auto&) { return s.takeIntoReview(id, actor); });
}
int caseApprove(Context& ctx) {
  return runStep(ctx, "approve ID --as LOGIN",
                 [](auto& s, auto& id, auto& actor, auto&) { return s.approve(id, actor); });
}
int caseIssue(Context& ctx) {
  return runStep(ctx, "issue ID --as LOGIN",
                 [](auto& s, auto& id, auto& actor, auto&) { return s.issue(id, actor); });
}
int caseReject(Context& ctx) {
  return runStep(
      ctx, "reject ID --reason TEXT --as LOGIN",
      [](auto& s, auto& id, auto& actor, auto& reason) { return s.reject(id, actor, reason); });
}
int caseReturn(Context& ctx) {
  return runStep(ctx, "return ID --reason TEXT --as LOGIN",
                 [](auto& s, auto& id, auto& actor, auto& reason) {
                   return s.returnForCorrection(id, actor, reason);
                 });
}
int caseCancel(Context& ctx) {
  return runStep(
      ctx, "cancel ID --reason TEXT --as LOGIN",
      [](auto& s, auto& id, auto& actor, auto& reason) { return s.cancel(id, actor, reason); });
}

}  // namespace mws::cli
