#include "bench_stats.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace mws::bench {

namespace {

double rank(const std::vector<double>& sorted, double percent) {
  const auto n = static_cast<double>(sorted.size());
  const auto index = static_cast<std::size_t>(std::max(1.0, std::ceil(percent / 100.0 * n))) - 1;
  return sorted[std::min(index, sorted.size() - 1)];
}

}  // namespace

Summary summarise(std::vector<double> samples) {
  Summary s;
  if (samples.empty()) return s;
  std::sort(samples.begin(), samples.end());
  s.count = samples.size();
  s.p50 = rank(samples, 50);
  s.p95 = rank(samples, 95);
  s.p99 = rank(samples, 99);
  s.max = samples.back();
  s.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / static_cast<double>(s.count);
  return s;
}

void printTable(const std::vector<TableRow>& rows) {
  std::printf("| %-34s | %6s | %8s | %8s | %8s | %8s | %-16s | %-14s | %s\n", "measure", "n",
              "p50 ms", "p95 ms", "p99 ms", "max ms", "target", "verdict", "note");
  std::printf("|%s|%s|%s|%s|%s|%s|%s|%s|%s\n", std::string(36, '-').c_str(),
              std::string(8, '-').c_str(), std::string(10, '-').c_str(),
              std::string(10, '-').c_str(), std::string(10, '-').c_str(),
              std::string(10, '-').c_str(), std::string(18, '-').c_str(),
              std::string(16, '-').c_str(), "------");
  for (const TableRow& r : rows) {
    const Summary& s = r.summary;
    std::printf("| %-34s | %6zu | %8.2f | %8.2f | %8.2f | %8.2f | %-16s | %-14s | %s\n",
                r.measure.c_str(), s.count, s.p50, s.p95, s.p99, s.max, r.target.c_str(),
                r.verdict.c_str(), r.note.c_str());
  }
  std::fflush(stdout);
}

}  // namespace mws::bench
