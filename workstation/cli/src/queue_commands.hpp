#pragma once
// mws queue issue | call | served | no-show | status — the unit's electronic queue.

namespace mws::cli {

struct Context;

int queueIssue(Context& ctx);
int queueCall(Context& ctx);
int queueServed(Context& ctx);
int queueNoShow(Context& ctx);
int queueStatus(Context& ctx);

}  // namespace mws::cli
