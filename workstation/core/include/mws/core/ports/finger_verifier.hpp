#pragma once
// The fingerprint second factor as the core sees it (issues 7 and 9): an account's enrolled
// finger, where it is kept, and a scanner that compares a live finger with it. No driver
// types: the template travels as the bytes the scanner serialised it to. peripherals/
// fingerprint implements the verifier over a scanner (ScannerFingerVerifier); storage keeps
// the finger sealed at rest (PgAccountFingerStore).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "mws/core/auth/account_store.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

// One enrolled finger of an account. `data` is biometric: it never goes to a log line.
struct EnrolledFinger {
  std::string finger;  // "right-index" … (the fingerprint module's names)
  std::string driver;  // who can read `data`: "simulated", "virtual_image", "synaptics", …
  std::string data;    // the serialised template
};

// The answer of a 1:1 comparison of the finger on the scanner with an enrolled one.
struct FingerVerdict {
  bool match = false;
  double score = 0;  // quality of the live impression, 0–100
};

// What the person at the scanner should do now: "place_finger", "remove_finger", "retry".
using FingerPrompt = std::function<void(const std::string& prompt)>;

class FingerVerifier {
public:
  virtual ~FingerVerifier() = default;
  // Blocks while the finger is scanned (call from a worker, never from the GUI thread);
  // the scanner's "fingerprint.*" codes when it cannot (timeout, cancelled, unplugged,
  // a template of another driver). `prompt` is called on the scanner's own thread.
  virtual Result<FingerVerdict> verify(const EnrolledFinger& stored, const FingerPrompt& prompt) = 0;
  // Ends a running verify with "fingerprint.cancelled"; safe from any thread.
  virtual void cancel() = 0;
};

// Where the accounts' fingers and the "finger required" flags are kept, each change with
// its audit entry in one transaction. "user.unknown" (param login) for a login with no account.
class AccountFingerStore {
public:
  virtual ~AccountFingerStore() = default;
  // The enrolled finger, or nothing; "auth.finger_corrupt" when its seal does not open.
  virtual Result<std::optional<EnrolledFinger>> finger(std::int64_t userId) = 0;
  virtual Result<bool> fingerRequired(std::int64_t userId) = 0;
  // Replaces the account's finger ("auth.finger_enrol" in the audit chain, by `by`).
  virtual Status enrolFinger(const std::string& login, const EnrolledFinger& finger,
                             const AccountActor& by) = 0;
  // "auth.finger_not_enrolled" when turning it on for an account with no finger.
  virtual Status setFingerRequired(const std::string& login, bool required,
                                   const AccountActor& by) = 0;
};

}  // namespace mws::core
