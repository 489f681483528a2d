#pragma once
// Read-only work that may take a while (the case list and person search) off the GUI
// thread. A worker owns a database session of its own and runs jobs on its own thread, one
// at a time and in order, with repositories bound to that session; a job no longer wanted
// can be interrupted in the middle of a statement.

#include <cstdint>
#include <functional>

#include "mws/core/domain/ports/case_repository.hpp"
#include "mws/core/domain/ports/person_repository.hpp"

namespace mws::core {

// The repositories a job may use: only on the worker's thread, only during the job.
struct SearchRepositories {
  CaseRepository& cases;
  PersonRepository& persons;
};

class SearchWorker {
public:
  using Job = std::function<void(SearchRepositories&)>;

  virtual ~SearchWorker() = default;
  // Queues a job and returns its number (1, 2, …).
  virtual std::uint64_t post(Job job) = 0;
  // Stops the statement job `number` runs now (it then fails with an error); nothing when
  // that job is not running. The job itself decides what an interrupted search means.
  virtual void interrupt(std::uint64_t number) = 0;
};

}  // namespace mws::core
