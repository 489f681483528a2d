#pragma once
// A thread that runs its own GLib main context (pushed as its thread-default) until
// destroyed. libfprint's asynchronous calls made from jobs posted here complete here, so the
// scanner never touches the GUI thread's main loop (see fprint_scanner.hpp).

#include <chrono>
#include <functional>
#include <thread>

#include <glib.h>

namespace mws::fingerprint {

class GlibThread {
public:
  GlibThread();
  ~GlibThread();  // runs pending jobs, stops the loop and joins
  GlibThread(const GlibThread&) = delete;
  GlibThread& operator=(const GlibThread&) = delete;

  // Runs `job` on the thread (at once when called from it).
  void post(std::function<void()> job);
  // Runs `job` on the thread and waits for it to return.
  void call(const std::function<void()>& job);
  bool onThread() const { return std::this_thread::get_id() == m_thread.get_id(); }
  GMainContext* context() const { return m_context; }

private:
  GMainContext* m_context;
  GMainLoop* m_loop;
  std::thread m_thread;
};

}  // namespace mws::fingerprint
