#include "fprint_convert.hpp"

#include <cstring>

namespace mws::fingerprint {

using peripherals::RetryReason;

std::optional<RetryReason> retryReason(const GError* error) {
  if (!error || error->domain != FP_DEVICE_RETRY) {
    return std::nullopt;
  }
  switch (error->code) {
    case FP_DEVICE_RETRY_TOO_SHORT: return RetryReason::TooShort;
    case FP_DEVICE_RETRY_CENTER_FINGER: return RetryReason::CentreFinger;
    case FP_DEVICE_RETRY_REMOVE_FINGER: return RetryReason::RemoveFinger;
    default: return RetryReason::General;
  }
}

namespace {

const char* deviceErrorCode(int code) {
  switch (code) {
    case FP_DEVICE_ERROR_REMOVED: return "fingerprint.disconnected";
    case FP_DEVICE_ERROR_NOT_OPEN: return "fingerprint.not_open";
    case FP_DEVICE_ERROR_BUSY: return "fingerprint.busy";
    case FP_DEVICE_ERROR_NOT_SUPPORTED: return "fingerprint.not_supported";
    case FP_DEVICE_ERROR_DATA_INVALID: return "fingerprint.bad_template";
    default: return "fingerprint.device_error";
  }
}

}  // namespace

core::Error toError(const GError* error, const char* cancelledCode) {
  if (!error) {
    return core::makeError("fingerprint.device_error", "the driver failed without a reason");
  }
  const std::string detail = error->message ? error->message : "";
  if (g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED)) {
    return core::makeError(cancelledCode, detail);
  }
  if (error->domain == FP_DEVICE_ERROR) {
    return core::makeError(deviceErrorCode(error->code), detail);
  }
  return core::makeError("fingerprint.device_error", detail);
}

FpFinger toFpFinger(peripherals::FingerPosition finger) {
  // ISO numbers the right hand first (1–5), libfprint the left (1–5 = left thumb … little).
  const int iso = peripherals::isoCode(finger);
  return static_cast<FpFinger>(iso <= 5 ? iso + 5 : iso - 5);
}

peripherals::Frame toFrame(FpImage* image) {
  if (!image) {
    return {};
  }
  const int width = int(fp_image_get_width(image));
  const int height = int(fp_image_get_height(image));
  gsize length = 0;
  const guchar* data = fp_image_get_data(image, &length);
  auto frame = peripherals::makeFrame(width, height, peripherals::PixelFormat::Gray8);
  if (data && length >= frame.pixels.size()) {
    std::memcpy(frame.pixels.data(), data, frame.pixels.size());
  }
  return frame;
}

int minutiaeCount(FpImage* image) {
  GPtrArray* minutiae = image ? fp_image_get_minutiae(image) : nullptr;
  return minutiae ? int(minutiae->len) : -1;
}

core::Result<std::vector<std::uint8_t>> serialize(FpPrint* print) {
  guchar* data = nullptr;
  gsize length = 0;
  GError* error = nullptr;
  if (!fp_print_serialize(print, &data, &length, &error)) {
    auto failure = toError(error);
    g_clear_error(&error);
    return failure;
  }
  std::vector<std::uint8_t> bytes(data, data + length);
  g_free(data);
  return bytes;
}

core::Result<FpPrint*> deserialize(const std::vector<std::uint8_t>& data) {
  constexpr std::size_t kSmallest = 32;  // libfprint asserts (aborts) on a few bytes
  if (data.size() < kSmallest) {
    return core::makeError("fingerprint.bad_template", "too short to be a print");
  }
  GError* error = nullptr;
  FpPrint* print = fp_print_deserialize(data.data(), data.size(), &error);
  if (!print) {
    std::string detail = error && error->message ? error->message : "unreadable print";
    g_clear_error(&error);
    return core::makeError("fingerprint.bad_template", detail);
  }
  return print;
}

}  // namespace mws::fingerprint
