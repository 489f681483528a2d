// libFuzzer target for the image loaders behind `mws mrz read` (document::loadPageImage)
// and `mws face check` (face::readImageFile), and OpenCV's cv::imdecode under them: any
// bytes in a file must give a frame or an Error ("document.unreadable", "face.unreadable")
// — no crash, no hang, no read out of bounds in our conversion of what OpenCV decodes.
// peripherals::checkImageBytes sizes the bytes first, as every loader does: a header that
// claims gigapixels (seeds bomb_*) is refused before OpenCV allocates for it.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "mws/document/page_image.hpp"
#include "mws/face/image_file.hpp"
#include "mws/peripherals/image_limits.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "/tmp/mws-image-fuzz-" + std::to_string(::getpid());
  {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  auto page = mws::document::loadPageImage(path);
  if (page && (page->width <= 0 || page->height <= 0)) __builtin_trap();
  auto photo = mws::face::readImageFile(path);
  if (photo && (photo->width <= 0 || photo->height <= 0)) __builtin_trap();
  auto sized = mws::peripherals::checkImageBytes({data, size});
  if (sized && (sized->width == 0 || sized->height == 0)) __builtin_trap();
  if (!sized) return 0;
  try {
    const cv::Mat bytes(1, static_cast<int>(size), CV_8UC1, const_cast<std::uint8_t*>(data));
    (void)cv::imdecode(bytes, cv::IMREAD_UNCHANGED);
  } catch (const cv::Exception&) {
    // a refusal by the decoder, as the loaders expect
  }
  return 0;
}
