#pragma once
// The size of an image read from its header, before any decoder allocates for it. A file of
// a few kilobytes can claim 60000 x 60000 pixels (a decompression bomb); OpenCV 4.6 (Debian
// 12) decodes up to 2^30 pixels by default, and its limit comes from the environment
// variable OPENCV_IO_MAX_IMAGE_PIXELS read once when libopencv_imgcodecs loads, so a program
// cannot lower it for itself. Every place that decodes an image file or image bytes checks
// them here first; only the formats sized here are handed to a decoder at all.
//
// Formats: PNG, JPEG, BMP, TIFF (and BigTIFF), WebP, PNM/PAM/PFM, Sun raster.
// Errors: "image.too_large" (params what = file_size | pixels | side, limit, actual) and
// "image.unknown_format" (no header of those formats, or one cut short, or a PNG chunk that
// claims more bytes than the file holds: libpng would allocate them first; params reason).
// Neither names the file: its path may hold a person's name.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

#include "mws/core/result.hpp"

namespace mws::peripherals {

struct ImageLimits {
  std::uintmax_t maxFileBytes = 64u << 20;  // 64 MiB: a 600 dpi A4 scan as PNG is ~30 MiB
  std::uint64_t maxPixels = 50'000'000;     // 50 MP: 150 MB decoded in colour
  std::uint32_t maxSide = 20'000;           // either side, in pixels
};

struct ImageHeader {
  std::string format;  // "png", "jpeg", "bmp", "tiff", "webp", "pnm", "sunras"
  std::uint64_t width = 0;
  std::uint64_t height = 0;
};

// The limits every loader uses.
const ImageLimits& defaultImageLimits();

// The format and size in `bytes` (an image's beginning; its whole when sized from memory).
// "image.unknown_format" with reason "more" when the size lies beyond the bytes given.
core::Result<ImageHeader> readImageHeader(std::span<const std::uint8_t> bytes);

// Header and limits of image bytes about to be decoded (cv::imdecode).
core::Result<ImageHeader> checkImageBytes(std::span<const std::uint8_t> bytes,
                                          const ImageLimits& limits = defaultImageLimits());

// Header and limits of an image file about to be decoded (cv::imread): its size first, then
// as much of its beginning as the header needs (a JPEG's frame header can follow large
// metadata, a TIFF's directory can lie at the end). Unreadable files are
// "image.unknown_format" with reason "unreadable".
core::Result<ImageHeader> checkImageFile(const std::filesystem::path& path,
                                         const ImageLimits& limits = defaultImageLimits());

}  // namespace mws::peripherals
