#include "fprint_session.hpp"

#include "fprint_convert.hpp"
#include <memory>
#include <utility>

namespace mws::fingerprint {
namespace {

std::string text(const gchar* value) { return value ? std::string(value) : std::string(); }

// libfprint 1.94 enumerates by iterating GLib's *global* default context
// (fp_context_enumerate), whatever context is the thread's default. This lease holds it for
// the enumeration and makes it the thread-default, so the probes complete there too.
class DefaultContextLease {
public:
  DefaultContextLease() : m_acquired(g_main_context_acquire(nullptr) != FALSE) {
    if (m_acquired) {
      g_main_context_push_thread_default(nullptr);
    }
  }
  ~DefaultContextLease() {
    if (m_acquired) {
      g_main_context_pop_thread_default(nullptr);
      g_main_context_release(nullptr);
    }
  }
  DefaultContextLease(const DefaultContextLease&) = delete;
  DefaultContextLease& operator=(const DefaultContextLease&) = delete;
  bool acquired() const { return m_acquired; }

private:
  bool m_acquired;
};

void fingerStatusChanged(GObject*, GParamSpec*, gpointer session) {
  static_cast<FprintSession*>(session)->onFingerStatus();
}

FpDevice* findDevice(GPtrArray* devices, const std::string& id) {
  for (guint i = 0; devices && i < devices->len; ++i) {
    auto* device = FP_DEVICE(g_ptr_array_index(devices, i));
    if (id.empty() || text(fp_device_get_device_id(device)) == id) {
      return device;
    }
  }
  return nullptr;
}

}  // namespace

FprintSession::~FprintSession() {
  dropDevice();
  g_clear_object(&m_cancellable);
  g_clear_pointer(&m_gallery, g_ptr_array_unref);
  g_clear_object(&m_context);
}

core::Result<std::vector<peripherals::FingerprintDevice>> FprintSession::listDevices() {
  DefaultContextLease lease;
  if (!lease.acquired()) {
    return core::makeError("fingerprint.unavailable",
                           "GLib's default main context is owned by another thread");
  }
  if (!m_context) {
    m_context = fp_context_new();
  }
  GPtrArray* devices = fp_context_get_devices(m_context);  // owned by the context
  std::vector<peripherals::FingerprintDevice> found;
  for (guint i = 0; devices && i < devices->len; ++i) {
    auto* device = FP_DEVICE(g_ptr_array_index(devices, i));
    found.push_back({text(fp_device_get_device_id(device)), text(fp_device_get_driver(device)),
                     text(fp_device_get_name(device))});
  }
  return found;
}

void FprintSession::open(const std::string& deviceId, std::function<void(core::Status)> done) {
  if (m_device) {
    done(core::success());
    return;
  }
  if (!m_context) {
    auto listed = listDevices();
    if (!listed.ok()) {
      done(listed.error());
      return;
    }
  }
  FpDevice* device = findDevice(fp_context_get_devices(m_context), deviceId);
  if (!device) {
    done(core::makeError("fingerprint.not_found").with("device", deviceId));
    return;
  }
  m_device = FP_DEVICE(g_object_ref(device));
  auto* callback = new std::function<void(core::Status)>([this, done](core::Status status) {
    if (!status.ok()) {
      dropDevice();
    }
    done(std::move(status));
  });
  fp_device_open(m_device, nullptr, [](GObject* source, GAsyncResult* result, gpointer data) {
    std::unique_ptr<std::function<void(core::Status)>> finish(
        static_cast<std::function<void(core::Status)>*>(data));
    GError* error = nullptr;
    if (!fp_device_open_finish(FP_DEVICE(source), result, &error)) {
      auto failure = toError(error);
      g_clear_error(&error);
      (*finish)(failure);
      return;
    }
    (*finish)(core::success());
  }, callback);
  m_statusHandler = g_signal_connect(m_device, "notify::finger-status",
                                     G_CALLBACK(fingerStatusChanged), this);
}

void FprintSession::close(std::function<void()> done) {
  if (!m_device) {
    done();
    return;
  }
  g_signal_handler_disconnect(m_device, m_statusHandler);
  FpDevice* device = std::exchange(m_device, nullptr);
  auto* callback = new std::function<void()>(std::move(done));
  fp_device_close(device, nullptr, [](GObject* source, GAsyncResult* result, gpointer data) {
    std::unique_ptr<std::function<void()>> finish(static_cast<std::function<void()>*>(data));
    fp_device_close_finish(FP_DEVICE(source), result, nullptr);  // closed either way
    g_object_unref(source);
    (*finish)();
  }, callback);
}

void FprintSession::dropDevice() {
  if (m_device) {
    g_signal_handler_disconnect(m_device, m_statusHandler);
    g_clear_object(&m_device);
  }
}

std::string FprintSession::driver() const {
  return m_device ? text(fp_device_get_driver(m_device)) : std::string();
}

int FprintSession::enrollStages() const {
  return m_device ? fp_device_get_nr_enroll_stages(m_device) : 0;
}

}  // namespace mws::fingerprint
