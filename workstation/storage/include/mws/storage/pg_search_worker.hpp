#pragma once
// The search worker over PostgreSQL: a second connection to the unit database (the screens'
// own stays on the GUI thread), a thread that runs the queued jobs with a case and a person
// repository on that connection, and interruption by a PostgreSQL cancel request (PQcancel)
// for the statement the job runs. Every statement is bounded by statement_timeout.

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

#include "mws/core/domain/ports/search_worker.hpp"
#include "mws/core/result.hpp"

typedef struct pg_cancel PGcancel;

namespace mws::storage {

class Database;
class PgCaseRepository;
class PgPersonRepository;

struct SearchWorkerOptions {
  int statementTimeoutMs = 30000;
  // SQL run on the worker's connection at the start of each job, before the job (tests make
  // a search slow with "select pg_sleep(5)"); empty: nothing.
  std::string beforeEachJob;
};

class PgSearchWorker : public core::SearchWorker {
public:
  // Opens the worker's own connection (db.unreachable when it cannot) and starts its thread.
  static core::Result<std::unique_ptr<PgSearchWorker>> open(const std::string& dsn,
                                                            SearchWorkerOptions options = {});
  // Drops the queued jobs, interrupts the running one and joins the thread.
  ~PgSearchWorker() override;
  PgSearchWorker(const PgSearchWorker&) = delete;
  PgSearchWorker& operator=(const PgSearchWorker&) = delete;

  std::uint64_t post(Job job) override;
  void interrupt(std::uint64_t number) override;

private:
  PgSearchWorker(std::unique_ptr<Database> db, SearchWorkerOptions options);
  void run();
  void runJob(Job& job);

  std::unique_ptr<Database> m_db;
  std::unique_ptr<PgCaseRepository> m_cases;
  std::unique_ptr<PgPersonRepository> m_persons;
  SearchWorkerOptions m_options;
  PGcancel* m_cancel = nullptr;  // made once on the opening thread; PQcancel is thread-safe
  std::mutex m_mutex;            // guards the queue, m_running, and each cancel request
  std::condition_variable m_wake;
  std::deque<std::pair<std::uint64_t, Job>> m_queue;
  std::uint64_t m_next = 1;
  std::uint64_t m_running = 0;  // the job on the thread now, 0: none
  bool m_stopping = false;
  std::thread m_thread;
};

}  // namespace mws::storage
