#pragma once
// Latency samples and their percentiles for the benchmark programs.

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace mws::bench {

struct Summary {
  std::size_t count = 0;
  double p50 = 0, p95 = 0, p99 = 0, max = 0, mean = 0;  // milliseconds
};

// Nearest-rank percentiles of the samples (milliseconds).
Summary summarise(std::vector<double> samples);

class Stopwatch {
 public:
  Stopwatch() : m_start(std::chrono::steady_clock::now()) {}
  double elapsedMs() const {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
        .count();
  }

 private:
  std::chrono::steady_clock::time_point m_start;
};

// One row of the results table; `target` and `verdict` may be empty.
struct TableRow {
  std::string measure;
  Summary summary;
  std::string note;
  std::string target;
  std::string verdict;
};

void printTable(const std::vector<TableRow>& rows);

}  // namespace mws::bench
