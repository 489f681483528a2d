#include "glib_thread.hpp"

#include <future>

namespace mws::fingerprint {
namespace {

gboolean runJob(gpointer data) {
  (*static_cast<std::function<void()>*>(data))();
  return G_SOURCE_REMOVE;
}

void deleteJob(gpointer data) { delete static_cast<std::function<void()>*>(data); }

}  // namespace

GlibThread::GlibThread()
    : m_context(g_main_context_new()), m_loop(g_main_loop_new(m_context, FALSE)) {
  std::promise<void> running;
  auto started = running.get_future();
  m_thread = std::thread([this, &running] {
    g_main_context_push_thread_default(m_context);
    running.set_value();
    g_main_loop_run(m_loop);
    // Let sources that are already due (completions, closes) finish before leaving.
    while (g_main_context_pending(m_context)) {
      g_main_context_iteration(m_context, FALSE);
    }
    g_main_context_pop_thread_default(m_context);
  });
  started.wait();
}

GlibThread::~GlibThread() {
  post([this] { g_main_loop_quit(m_loop); });
  m_thread.join();
  g_main_loop_unref(m_loop);
  g_main_context_unref(m_context);
}

void GlibThread::post(std::function<void()> job) {
  g_main_context_invoke_full(m_context, G_PRIORITY_DEFAULT, runJob,
                             new std::function<void()>(std::move(job)), deleteJob);
}

void GlibThread::call(const std::function<void()>& job) {
  if (onThread()) {
    job();
    return;
  }
  std::promise<void> done;
  post([&] {
    job();
    done.set_value();
  });
  done.get_future().wait();
}

}  // namespace mws::fingerprint
