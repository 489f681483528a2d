// FprintSession's scans: capture, enrol, verify and identify on the open device.
#include "fprint_convert.hpp"
#include "fprint_session.hpp"
#include "mws/fingerprint/fingerprint_quality.hpp"

namespace mws::fingerprint {
namespace {

using peripherals::RetryReason;
using peripherals::ScanPrompt;

void enrollProgress(FpDevice*, gint stage, FpPrint* print, gpointer session, GError* error) {
  static_cast<FprintSession*>(session)->onEnrollStage(stage, print, error);
}

void operationFinished(GObject* source, GAsyncResult* result, gpointer session) {
  static_cast<FprintSession*>(session)->onFinished(source, result);
}

ScanOutcome failed(core::Error error) {
  ScanOutcome outcome;
  outcome.error = std::move(error);
  return outcome;
}

}  // namespace

void FprintSession::start(ScanRequest request, ScanDone done) {
  if (!m_device) {
    done(failed(core::makeError("fingerprint.not_open")));
    return;
  }
  if (m_done) {
    done(failed(core::makeError("fingerprint.busy")));
    return;
  }
  m_request = std::move(request);
  m_done = std::move(done);
  m_stage = 0;
  m_stageImage = {};
  m_stageMinutiae = -1;
  m_deviceRetries = 0;
  m_lowQualityStage = false;
  m_timedOut = false;
  m_lastStatus = fp_device_get_finger_status(m_device);
  g_clear_object(&m_cancellable);
  m_cancellable = g_cancellable_new();
  if (m_request.kind == ScanKind::Enroll) {
    FpPrint* print = fp_print_new(m_device);
    fp_print_set_finger(print, toFpFinger(m_request.finger));
    fp_device_enroll(m_device, print, m_cancellable, enrollProgress, this, nullptr,
                     operationFinished, this);
    return;
  }
  startVerifyOrIdentify();
}

// A capture is an identification against an empty gallery: libfprint then hands back the
// scanned print (a single-impression template) together with its image and minutiae.
void FprintSession::startVerifyOrIdentify() {
  g_clear_pointer(&m_gallery, g_ptr_array_unref);
  m_gallery = g_ptr_array_new_with_free_func(g_object_unref);
  for (std::size_t i = 0; i < m_request.gallery.size(); ++i) {
    auto print = deserialize(m_request.gallery[i]);
    if (!print.ok()) {
      auto done = std::exchange(m_done, {});
      done(failed(core::Error(print.error()).with("index", std::to_string(i))));
      return;
    }
    g_ptr_array_add(m_gallery, print.value());
  }
  if (m_request.kind == ScanKind::Verify) {
    fp_device_verify(m_device, FP_PRINT(g_ptr_array_index(m_gallery, 0)), m_cancellable,
                     nullptr, nullptr, nullptr, operationFinished, this);
    return;
  }
  fp_device_identify(m_device, m_gallery, m_cancellable, nullptr, nullptr, nullptr,
                     operationFinished, this);
}

void FprintSession::cancel(bool timedOut) {
  if (m_done && m_cancellable) {
    m_timedOut = timedOut;
    g_cancellable_cancel(m_cancellable);
  }
}

void FprintSession::notify(ScanPrompt prompt, RetryReason reason) {
  if (m_request.progress) {
    const int stages = m_request.kind == ScanKind::Enroll ? enrollStages() : 0;
    m_request.progress({prompt, reason, m_stage, stages});
  }
}

void FprintSession::onFingerStatus() {
  const FpFingerStatusFlags status = fp_device_get_finger_status(m_device);
  const auto rose = FpFingerStatusFlags(status & ~m_lastStatus);
  m_lastStatus = status;
  if (!m_done) {
    return;
  }
  if (rose & FP_FINGER_STATUS_NEEDED) {
    notify(ScanPrompt::PlaceFinger);
  } else if (rose & FP_FINGER_STATUS_PRESENT) {
    notify(ScanPrompt::RemoveFinger);
  }
}

void FprintSession::onEnrollStage(int stage, FpPrint* print, GError* error) {
  if (auto reason = retryReason(error)) {
    ++m_deviceRetries;
    notify(ScanPrompt::Retry, *reason);
    return;
  }
  m_stage = stage;
  FpImage* image = print ? fp_print_get_image(print) : nullptr;
  m_stageImage = toFrame(image);
  m_stageMinutiae = minutiaeCount(image);
  if (image && m_request.minQuality > 0 &&
      assessQuality(m_stageImage, m_stageMinutiae).score < m_request.minQuality) {
    // libfprint keeps every stage it accepted; a poor one restarts the enrolment.
    m_lowQualityStage = true;
    g_cancellable_cancel(m_cancellable);
  }
}

void FprintSession::onFinished(GObject*, GAsyncResult* result) {
  ScanOutcome outcome;
  if (m_request.kind == ScanKind::Enroll) {
    finishEnroll(result, outcome);
  } else {
    finishMatch(result, outcome);
  }
  g_clear_pointer(&m_gallery, g_ptr_array_unref);
  g_clear_object(&m_cancellable);
  auto done = std::exchange(m_done, {});
  done(std::move(outcome));
}

void FprintSession::finishEnroll(GAsyncResult* result, ScanOutcome& outcome) {
  GError* error = nullptr;
  FpPrint* print = fp_device_enroll_finish(m_device, result, &error);
  outcome.deviceRetries = m_deviceRetries;
  outcome.stages = m_stage;
  if (!print) {
    if (m_lowQualityStage) {
      outcome.retry = RetryReason::LowQuality;
    } else {
      outcome.error = toError(error, m_timedOut ? "fingerprint.timeout" : "fingerprint.cancelled");
    }
    g_clear_error(&error);
    return;
  }
  outcome.image = std::move(m_stageImage);  // the template keeps minutiae, not images
  outcome.minutiae = m_stageMinutiae;
  auto bytes = serialize(print);
  if (bytes.ok()) {
    outcome.print = std::move(bytes.value());
  } else {
    outcome.error = bytes.error();
  }
  g_object_unref(print);
}

void FprintSession::finishMatch(GAsyncResult* result, ScanOutcome& outcome) {
  GError* error = nullptr;
  FpPrint* match = nullptr;
  FpPrint* probe = nullptr;
  gboolean matched = FALSE;
  const bool ok = m_request.kind == ScanKind::Verify
                      ? fp_device_verify_finish(m_device, result, &matched, &probe, &error)
                      : fp_device_identify_finish(m_device, result, &match, &probe, &error);
  if (!ok) {
    outcome.retry = retryReason(error);
    if (!outcome.retry) {
      outcome.error = toError(error, m_timedOut ? "fingerprint.timeout" : "fingerprint.cancelled");
    }
    g_clear_error(&error);
  }
  for (guint i = 0; match && i < m_gallery->len; ++i) {
    if (g_ptr_array_index(m_gallery, i) == match) {
      outcome.matchIndex = i;
    }
  }
  outcome.matched = matched || outcome.matchIndex;
  if (ok && probe) {
    takeProbe(probe, outcome);
  }
  g_clear_object(&match);
  g_clear_object(&probe);
}

void FprintSession::takeProbe(FpPrint* probe, ScanOutcome& outcome) {
  FpImage* image = fp_print_get_image(probe);
  outcome.image = toFrame(image);
  outcome.minutiae = minutiaeCount(image);
  if (m_request.kind == ScanKind::Capture) {
    fp_print_set_finger(probe, toFpFinger(m_request.finger));
    auto bytes = serialize(probe);
    if (bytes.ok()) {
      outcome.print = std::move(bytes.value());
    }
  }
}

}  // namespace mws::fingerprint
