#include "mws/fingerprint/fprint_scanner.hpp"

#include <fprint.h>
#include <glib-object.h>

namespace mws::fingerprint {
namespace {

std::string text(const gchar* value) { return value ? std::string(value) : std::string(); }

peripherals::FingerprintDevice describe(FpDevice* device) {
  return {text(fp_device_get_device_id(device)), text(fp_device_get_driver(device)),
          text(fp_device_get_name(device))};
}

// Holds GLib's default main context for the scope, as libfprint iterates it.
class DefaultContextLease {
public:
  DefaultContextLease() : m_acquired(g_main_context_acquire(nullptr) != FALSE) {}
  ~DefaultContextLease() {
    if (m_acquired) {
      g_main_context_release(nullptr);
    }
  }
  DefaultContextLease(const DefaultContextLease&) = delete;
  DefaultContextLease& operator=(const DefaultContextLease&) = delete;
  bool acquired() const { return m_acquired; }

private:
  bool m_acquired;
};

}  // namespace

struct FprintScanner::Impl {
  FpContext* context = nullptr;

  ~Impl() {
    if (context) {
      g_object_unref(context);
    }
  }
};

FprintScanner::FprintScanner() : m_impl(std::make_unique<Impl>()) {}

FprintScanner::~FprintScanner() = default;

core::Result<std::vector<peripherals::FingerprintDevice>> FprintScanner::listDevices() {
  std::lock_guard lock(m_mutex);
  DefaultContextLease lease;
  if (!lease.acquired()) {
    return core::makeError("fingerprint.unavailable",
                           "GLib's default main context is owned by another thread");
  }
  if (!m_impl->context) {
    m_impl->context = fp_context_new();
  }
  // The first call enumerates, iterating the main context until every device is probed;
  // afterwards the list follows hotplug events as the main loop dispatches them.
  GPtrArray* devices = fp_context_get_devices(m_impl->context);  // owned by the context
  std::vector<peripherals::FingerprintDevice> found;
  for (guint i = 0; devices && i < devices->len; ++i) {
    found.push_back(describe(FP_DEVICE(g_ptr_array_index(devices, i))));
  }
  return found;
}

}  // namespace mws::fingerprint
