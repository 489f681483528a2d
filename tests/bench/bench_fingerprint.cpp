// Fingerprint matching through the real libfprint stack (virtual_image driver, NBIS
// minutiae + bozorth3 at the driver's threshold): enrol N synthetic fingers, then verify K
// genuine impressions of each finger against its own template (false non-match rate) and
// K impressions of the next finger against it (false match rate); time per verify.
// usage: bench_fingerprint [FINGERS=100] [PROBES=3]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <unistd.h>
#include <string>
#include <vector>

#include "../fingerprint/virtual_finger.hpp"
#include "mws/fingerprint/fprint_scanner.hpp"
#include "mws/fingerprint/synthetic_fingerprint.hpp"
#include "bench_stats.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Bench {
  mws::fingerprint::FprintScanner scanner;
  std::unique_ptr<mws::test::VirtualFinger> finger;

  mws::peripherals::ScanOptions options() {
    mws::peripherals::ScanOptions o;
    o.progress = finger->listener();
    o.timeout = std::chrono::seconds(20);
    return o;
  }
};

// Opens libfprint's virtual_image device on a socket in the temporary directory.
bool openVirtualScanner(Bench& bench) {
  const auto socket = std::filesystem::temp_directory_path() /
                      ("mws-bench-fp-" + std::to_string(::getpid()) + ".sock");
  setenv("FP_VIRTUAL_IMAGE", socket.c_str(), 1);
  auto devices = bench.scanner.listDevices();
  unsetenv("FP_VIRTUAL_IMAGE");
  std::string id;
  if (!devices.ok()) return false;
  for (const auto& d : devices.value()) {
    if (d.driver == "virtual_image") id = d.id;
  }
  if (id.empty() || !bench.scanner.open(id).ok()) return false;
  bench.finger = std::make_unique<mws::test::VirtualFinger>(socket);
  return bench.finger->connected();
}

struct Tally {
  int trials = 0, errors = 0, matches = 0;
  std::vector<double> ms;
};

void probe(Bench& v, const mws::peripherals::FingerprintTemplate& stored,
           const mws::peripherals::Frame& impression, Tally& tally) {
  v.finger->queue(impression);
  const auto start = Clock::now();
  auto verdict = v.scanner.verify(stored, v.options());
  tally.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  ++tally.trials;
  if (!verdict.ok()) ++tally.errors;
  else if (verdict->match) ++tally.matches;
}

}  // namespace

int main(int argc, char** argv) {
  const int fingers = argc > 1 ? std::atoi(argv[1]) : 100;
  const int probes = argc > 2 ? std::atoi(argv[2]) : 3;
  Bench v;
  if (!openVirtualScanner(v)) {
    std::fprintf(stderr, "libfprint's virtual_image scanner could not be opened\n");
    return 1;
  }
  std::vector<std::unique_ptr<mws::fingerprint::SyntheticFinger>> synthetic;
  const auto genStart = Clock::now();
  for (int f = 0; f < fingers; ++f) {
    synthetic.push_back(std::make_unique<mws::fingerprint::SyntheticFinger>(std::uint64_t(10000 + f)));
  }
  const double genSeconds = std::chrono::duration<double>(Clock::now() - genStart).count();
  std::vector<mws::peripherals::FingerprintTemplate> templates;
  const auto enrolStart = Clock::now();
  for (int f = 0; f < fingers; ++f) {
    for (int stage = 1; stage <= v.scanner.enrollStages(); ++stage) {
      v.finger->queue(synthetic[std::size_t(f)]->impression(std::uint64_t(stage)));
    }
    auto enrolment = v.scanner.enroll(mws::peripherals::FingerPosition::RightIndex, v.options());
    if (!enrolment.ok()) {
      std::fprintf(stderr, "enrolment %d failed: %s\n", f, enrolment.error().code.c_str());
      return 1;
    }
    templates.push_back(enrolment->print);
  }
  const double enrolSeconds = std::chrono::duration<double>(Clock::now() - enrolStart).count();
  Tally genuine, impostor;
  for (int f = 0; f < fingers; ++f) {
    const auto& own = *synthetic[std::size_t(f)];
    const auto& next = *synthetic[std::size_t((f + 1) % fingers)];
    for (int k = 0; k < probes; ++k) {
      probe(v, templates[std::size_t(f)], own.impression(std::uint64_t(100 + k)), genuine);
      probe(v, templates[std::size_t(f)], next.impression(std::uint64_t(200 + k)), impostor);
    }
  }
  std::vector<double> all = genuine.ms;
  all.insert(all.end(), impostor.ms.begin(), impostor.ms.end());
  std::printf("fingers %d, enrol stages %d, probes per finger %d genuine + %d impostor\n", fingers,
              v.scanner.enrollStages(), probes, probes);
  std::printf("generating %d fingers: %.1f s; enrolling them: %.1f s\n", fingers, genSeconds,
              enrolSeconds);
  std::printf("| set | trials | matches | errors | rate |\n|---|---|---|---|---|\n");
  std::printf("| genuine (FNMR) | %d | %d | %d | %.2f %% |\n", genuine.trials, genuine.matches,
              genuine.errors, 100.0 * (genuine.trials - genuine.matches) / genuine.trials);
  std::printf("| impostor (FMR) | %d | %d | %d | %.2f %% |\n", impostor.trials, impostor.matches,
              impostor.errors, 100.0 * impostor.matches / impostor.trials);
  const auto t = mws::bench::summarise(all);
  std::printf("verify ms (socket + NBIS detection + bozorth3): median %.1f, p95 %.1f, max %.1f\n",
              t.p50, t.p95, t.max);
  return 0;
}
