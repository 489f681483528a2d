#pragma once
// The boundary between libfprint/GLib and the plain types of peripherals/api: errors become
// core::Error values, images become Frames, prints become bytes. Call on the GLib thread.

#include <cstdint>
#include <optional>
#include <vector>

#include <fprint.h>

#include "mws/core/result.hpp"
#include "mws/peripherals/fingerprint_types.hpp"

namespace mws::fingerprint {

// A retry request from the device, if `error` is one.
std::optional<peripherals::RetryReason> retryReason(const GError* error);
// Any other GError as a "fingerprint.*" error; `cancelledCode` names a cancellation.
core::Error toError(const GError* error, const char* cancelledCode = "fingerprint.cancelled");

FpFinger toFpFinger(peripherals::FingerPosition finger);

// Copies the image's pixels (8-bit gray); an empty frame for a null image.
peripherals::Frame toFrame(FpImage* image);
// Minutiae libfprint detected in the image, -1 when it has not run detection.
int minutiaeCount(FpImage* image);

core::Result<std::vector<std::uint8_t>> serialize(FpPrint* print);
// A new reference, or "fingerprint.bad_template".
core::Result<FpPrint*> deserialize(const std::vector<std::uint8_t>& data);

}  // namespace mws::fingerprint
