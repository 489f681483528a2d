#include "mws/storage/pg_search_worker.hpp"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include "mws/storage/database.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "mws/storage/pg_person_repository.hpp"

namespace mws::storage {

core::Result<std::unique_ptr<PgSearchWorker>> PgSearchWorker::open(const std::string& dsn,
                                                                   SearchWorkerOptions options) {
  auto db = Database::connect(dsn);
  if (!db) return db.error();
  try {
    // A named string: SOCI binds by reference and runs the statement after a temporary died.
    const std::string timeout = std::to_string(options.statementTimeoutMs);
    (*db)->session() << "select set_config('statement_timeout', :t, false)", soci::use(timeout);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
  return std::unique_ptr<PgSearchWorker>(new PgSearchWorker(std::move(*db), std::move(options)));
}

PgSearchWorker::PgSearchWorker(std::unique_ptr<Database> db, SearchWorkerOptions options)
    : m_db(std::move(db)),
      m_cases(std::make_unique<PgCaseRepository>(*m_db)),
      m_persons(std::make_unique<PgPersonRepository>(*m_db)),
      m_options(std::move(options)) {
  auto* backend = static_cast<soci::postgresql_session_backend*>(m_db->session().get_backend());
  m_cancel = PQgetCancel(backend->conn_);
  m_thread = std::thread([this] { run(); });
}

PgSearchWorker::~PgSearchWorker() {
  std::uint64_t running = 0;
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
    m_queue.clear();
    running = m_running;
  }
  interrupt(running);
  m_wake.notify_all();
  m_thread.join();
  if (m_cancel) PQfreeCancel(m_cancel);
}

std::uint64_t PgSearchWorker::post(Job job) {
  std::uint64_t number = 0;
  {
    std::lock_guard lock(m_mutex);
    number = m_next++;
    m_queue.emplace_back(number, std::move(job));
  }
  m_wake.notify_all();
  return number;
}

// The cancel request is sent under the mutex, so the job cannot end and the next one start
// before the server has it (a request that finds the connection idle is ignored there).
void PgSearchWorker::interrupt(std::uint64_t number) {
  std::lock_guard lock(m_mutex);
  if (number == 0 || number != m_running || m_cancel == nullptr) return;
  char reason[256];
  (void)PQcancel(m_cancel, reason, sizeof reason);
}

void PgSearchWorker::run() {
  for (;;) {
    std::pair<std::uint64_t, Job> next;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
      if (m_stopping) return;
      next = std::move(m_queue.front());
      m_queue.pop_front();
      m_running = next.first;
    }
    runJob(next.second);
    std::lock_guard lock(m_mutex);
    m_running = 0;
  }
}

void PgSearchWorker::runJob(Job& job) {
  if (!m_options.beforeEachJob.empty()) {
    try {
      m_db->session() << m_options.beforeEachJob;
    } catch (const std::exception&) {
      // Interrupted or refused: the job runs on and sees its own cancel flag.
    }
  }
  core::SearchRepositories repositories{*m_cases, *m_persons};
  try {
    job(repositories);
  } catch (const std::exception&) {
    // A job reports its own failures; one that throws must not end the worker.
  }
}

}  // namespace mws::storage
