#pragma once
// One image from a device or a file, in a layout any library can read without OpenCV.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace mws::peripherals {

enum class PixelFormat { Gray8, Bgr8 };

// Bytes one pixel takes in the given format (1 for Gray8, 3 for Bgr8).
int bytesPerPixel(PixelFormat format);

struct FrameSize {
  int width = 0;
  int height = 0;

  bool operator==(const FrameSize&) const = default;
};

struct Frame {
  int width = 0;
  int height = 0;
  PixelFormat format = PixelFormat::Gray8;
  std::size_t stride = 0;                  // bytes from one row to the next
  std::vector<std::uint8_t> pixels;        // height * stride bytes, top row first
  std::chrono::steady_clock::time_point captured{};
  std::uint64_t sequence = 0;              // 1, 2, 3… within one stream; 0 when not streamed

  FrameSize size() const { return {width, height}; }
  bool empty() const { return width <= 0 || height <= 0 || pixels.empty(); }
  const std::uint8_t* row(int y) const { return pixels.data() + stride * std::size_t(y); }
  std::uint8_t* row(int y) { return pixels.data() + stride * std::size_t(y); }
};

// A zeroed frame with rows packed tightly (stride = width * bytesPerPixel).
Frame makeFrame(int width, int height, PixelFormat format);

}  // namespace mws::peripherals
