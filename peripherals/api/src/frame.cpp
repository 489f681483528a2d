#include "mws/peripherals/frame.hpp"

namespace mws::peripherals {

int bytesPerPixel(PixelFormat format) {
  switch (format) {
    case PixelFormat::Gray8:
      return 1;
    case PixelFormat::Bgr8:
      return 3;
  }
  return 1;
}

Frame makeFrame(int width, int height, PixelFormat format) {
  Frame frame;
  if (width <= 0 || height <= 0) {
    return frame;
  }
  frame.width = width;
  frame.height = height;
  frame.format = format;
  frame.stride = std::size_t(width) * std::size_t(bytesPerPixel(format));
  frame.pixels.assign(frame.stride * std::size_t(height), 0);
  return frame;
}

}  // namespace mws::peripherals
