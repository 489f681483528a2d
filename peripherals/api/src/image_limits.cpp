#include "mws/peripherals/image_limits.hpp"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstring>
#include <fstream>
#include <optional>
#include <string_view>
#include <system_error>
#include <vector>

namespace mws::peripherals {
namespace {

// Bytes of the image's beginning, read with bounds checks; a read past the end records how
// many bytes the header needs so that the file can be read further.
class Bytes {
public:
  explicit Bytes(std::span<const std::uint8_t> data) : m_data(data) {}

  bool has(std::uint64_t offset, std::uint64_t count) {
    if (offset + count <= m_data.size() && offset + count >= offset) return true;
    m_need = std::max(m_need, offset + count);
    return false;
  }
  std::uint8_t at(std::uint64_t i) const { return m_data[i]; }
  std::uint64_t get(std::uint64_t offset, int width, bool bigEndian) const {
    std::uint64_t value = 0;
    for (int k = 0; k < width; ++k) {
      const std::uint64_t byte = m_data[offset + (bigEndian ? k : width - 1 - k)];
      value = (value << 8) | byte;
    }
    return value;
  }
  bool startsWith(std::string_view prefix, std::uint64_t offset = 0) const {
    return offset + prefix.size() <= m_data.size() &&
           std::memcmp(m_data.data() + offset, prefix.data(), prefix.size()) == 0;
  }
  std::uint64_t size() const { return m_data.size(); }
  std::uint64_t need() const { return m_need; }

private:
  std::span<const std::uint8_t> m_data;
  std::uint64_t m_need = 0;
};

using Sized = std::optional<ImageHeader>;  // nullopt: broken or cut short (see Bytes::need)

ImageHeader header(const char* format, std::uint64_t width, std::uint64_t height) {
  return ImageHeader{format, width, height};
}

Sized png(Bytes& b) {
  if (!b.has(0, 24) || !b.startsWith("IHDR", 12)) return std::nullopt;
  return header("png", b.get(16, 4, true), b.get(20, 4, true));
}

bool isFrameMarker(std::uint8_t m) { return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC; }

// Walks the markers to the first frame header (SOF0..SOF15).
Sized jpeg(Bytes& b) {
  std::uint64_t pos = 2;
  for (int segments = 0; segments < 100000; ++segments) {
    if (!b.has(pos, 2)) return std::nullopt;
    if (b.at(pos) != 0xFF) return std::nullopt;
    const std::uint8_t marker = b.at(pos + 1);
    if (marker == 0xFF) { ++pos; continue; }  // fill byte
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) { pos += 2; continue; }
    if (marker == 0xD9 || marker == 0xDA) return std::nullopt;  // image data before any frame
    if (!b.has(pos + 2, 2)) return std::nullopt;
    const std::uint64_t length = b.get(pos + 2, 2, true);
    if (length < 2) return std::nullopt;
    if (isFrameMarker(marker)) {
      if (!b.has(pos + 5, 4)) return std::nullopt;
      return header("jpeg", b.get(pos + 7, 2, true), b.get(pos + 5, 2, true));
    }
    pos += 2 + length;
  }
  return std::nullopt;
}

Sized bmp(Bytes& b) {
  if (!b.has(0, 26)) return std::nullopt;
  if (b.get(14, 4, false) == 12) return header("bmp", b.get(18, 2, false), b.get(20, 2, false));
  const auto width = static_cast<std::int32_t>(b.get(18, 4, false));
  const auto height = static_cast<std::int32_t>(b.get(22, 4, false));
  if (width < 0 || height == INT32_MIN) return std::nullopt;
  return header("bmp", static_cast<std::uint64_t>(width), static_cast<std::uint64_t>(height < 0 ? -height : height));
}

// The first directory's ImageWidth (256) and ImageLength (257), classic or BigTIFF.
Sized tiff(Bytes& b, bool bigEndian, bool big) {
  const int offsetWidth = big ? 8 : 4;
  if (!b.has(0, big ? 16 : 8)) return std::nullopt;
  const std::uint64_t directory = b.get(big ? 8 : 4, offsetWidth, bigEndian);
  const int countWidth = big ? 8 : 2;
  if (!b.has(directory, countWidth)) return std::nullopt;
  const std::uint64_t count = std::min<std::uint64_t>(b.get(directory, countWidth, bigEndian), 4096);
  const std::uint64_t entrySize = big ? 20 : 12;
  std::uint64_t width = 0;
  std::uint64_t height = 0;
  for (std::uint64_t i = 0; i < count; ++i) {
    const std::uint64_t entry = directory + countWidth + i * entrySize;
    if (!b.has(entry, entrySize)) return std::nullopt;
    const std::uint64_t tag = b.get(entry, 2, bigEndian);
    const std::uint64_t type = b.get(entry + 2, 2, bigEndian);
    const std::uint64_t value = entry + 4 + offsetWidth;
    const int valueWidth = type == 3 ? 2 : type == 4 ? 4 : type == 16 ? 8 : 0;
    if ((tag != 256 && tag != 257) || valueWidth == 0 || valueWidth > offsetWidth) continue;
    (tag == 256 ? width : height) = b.get(value, valueWidth, bigEndian);
  }
  if (width == 0 || height == 0) return std::nullopt;
  return header("tiff", width, height);
}

Sized webp(Bytes& b) {
  if (!b.has(0, 30)) return std::nullopt;
  if (b.startsWith("VP8 ", 12)) {
    if (b.at(23) != 0x9D || b.at(24) != 0x01 || b.at(25) != 0x2A) return std::nullopt;
    return header("webp", b.get(26, 2, false) & 0x3FFF, b.get(28, 2, false) & 0x3FFF);
  }
  if (b.startsWith("VP8L", 12)) {
    if (b.at(20) != 0x2F) return std::nullopt;
    const std::uint64_t bits = b.get(21, 4, false);
    return header("webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
  }
  if (b.startsWith("VP8X", 12)) {
    return header("webp", b.get(24, 3, false) + 1, b.get(27, 3, false) + 1);
  }
  return std::nullopt;
}

// Decimal tokens of a PNM header after its magic, '#' comments skipped.
std::optional<std::uint64_t> pnmNumber(Bytes& b, std::uint64_t& pos) {
  for (;;) {
    if (!b.has(pos, 1)) return std::nullopt;
    const int c = b.at(pos);
    if (c == '#') {
      while (b.has(pos, 1) && b.at(pos) != '\n') ++pos;
    } else if (std::isspace(c)) {
      ++pos;
    } else {
      break;
    }
  }
  std::uint64_t value = 0;
  int digits = 0;
  while (b.has(pos, 1) && std::isdigit(b.at(pos)) && digits < 12) {
    value = value * 10 + (b.at(pos++) - '0');
    ++digits;
  }
  if (digits == 0 || digits == 12) return std::nullopt;
  return value;
}

Sized pnm(Bytes& b) {
  std::uint64_t pos = 2;
  auto width = pnmNumber(b, pos);
  if (!width) return std::nullopt;
  auto height = pnmNumber(b, pos);
  if (!height) return std::nullopt;
  return header("pnm", *width, *height);
}

// PAM ("P7"): lines "WIDTH n", "HEIGHT n", ... up to "ENDHDR".
Sized pam(Bytes& b) {
  std::uint64_t width = 0;
  std::uint64_t height = 0;
  for (std::uint64_t pos = 2; b.has(pos, 7) && !b.startsWith("ENDHDR", pos); ++pos) {
    for (auto [name, target] : {std::pair{std::string_view("\nWIDTH"), &width},
                                std::pair{std::string_view("\nHEIGHT"), &height}}) {
      if (!b.startsWith(name, pos)) continue;
      std::uint64_t at = pos + name.size();
      if (auto value = pnmNumber(b, at)) *target = *value;
    }
  }
  if (width == 0 || height == 0) return std::nullopt;
  return header("pnm", width, height);
}

bool pnmMagic(Bytes& b, char first, char last) {
  return b.has(0, 3) && b.at(0) == 'P' && b.at(1) >= first && b.at(1) <= last && std::isspace(b.at(2));
}

Sized sized(Bytes& b) {
  if (b.startsWith("\x89PNG\r\n\x1a\n")) return png(b);
  if (b.startsWith("\xFF\xD8\xFF")) return jpeg(b);
  if (b.startsWith("BM")) return bmp(b);
  if (b.startsWith(std::string_view("II*\0", 4))) return tiff(b, false, false);
  if (b.startsWith(std::string_view("MM\0*", 4))) return tiff(b, true, false);
  if (b.startsWith(std::string_view("II+\0", 4))) return tiff(b, false, true);
  if (b.startsWith(std::string_view("MM\0+", 4))) return tiff(b, true, true);
  if (b.startsWith("RIFF") && b.startsWith("WEBP", 8)) return webp(b);
  if (pnmMagic(b, '1', '6') || ((b.startsWith("PF") || b.startsWith("Pf")) && b.has(0, 3))) return pnm(b);
  if (pnmMagic(b, '7', '7')) return pam(b);
  if (b.startsWith("\x59\xA6\x6A\x95")) {
    if (!b.has(0, 12)) return std::nullopt;
    return header("sunras", b.get(4, 4, true), b.get(8, 4, true));
  }
  return std::nullopt;
}

core::Error unknown(const char* reason) {
  return core::makeError("image.unknown_format", "not an image of a format read here, or cut short")
      .with("reason", reason);
}

core::Error tooLarge(const char* what, std::uint64_t limit, std::uint64_t actual) {
  return core::makeError("image.too_large", "refused before decoding")
      .with("what", what)
      .with("limit", std::to_string(limit))
      .with("actual", std::to_string(actual));
}

core::Result<ImageHeader> withinLimits(core::Result<ImageHeader> header, const ImageLimits& limits) {
  if (!header) return header;
  const std::uint64_t side = std::max(header->width, header->height);
  if (side > limits.maxSide) return tooLarge("side", limits.maxSide, side);
  const std::uint64_t pixels = header->width * header->height;
  if (pixels > limits.maxPixels) return tooLarge("pixels", limits.maxPixels, pixels);
  return header;
}

// Whether every PNG chunk fits in the bytes that follow it: libpng allocates a chunk's
// declared length (up to 2 GiB for a text chunk) before it reads the chunk, so 220 bytes can
// ask for 1.8 GB. read8(offset, out) reads a chunk's length and type.
template <typename Read8>
bool pngChunksFit(std::uint64_t size, Read8 read8) {
  std::uint64_t pos = 8;
  std::uint8_t head[8];
  while (pos + 12 <= size) {
    if (!read8(pos, head)) return false;
    const std::uint64_t length = (std::uint64_t{head[0]} << 24) | (head[1] << 16) | (head[2] << 8) | head[3];
    if (length > size - pos - 12) return false;
    if (std::memcmp(head + 4, "IEND", 4) == 0) return true;
    pos += 12 + length;
  }
  return true;
}

std::vector<std::uint8_t> readPrefix(std::ifstream& file, std::uint64_t count) {
  std::vector<std::uint8_t> bytes(count);
  file.seekg(0);
  file.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(count));
  bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(file.gcount(), 0)));
  return bytes;
}

}  // namespace

const ImageLimits& defaultImageLimits() {
  static const ImageLimits limits;
  return limits;
}

core::Result<ImageHeader> readImageHeader(std::span<const std::uint8_t> data) {
  Bytes bytes(data);
  Sized found = sized(bytes);
  if (!found) {
    if (bytes.need() > bytes.size()) {
      return unknown("more").with("need", std::to_string(bytes.need()));
    }
    return unknown(bytes.size() == 0 ? "empty" : "format");
  }
  if (found->width == 0 || found->height == 0) return unknown("no_size");
  return *found;
}

core::Result<ImageHeader> checkImageBytes(std::span<const std::uint8_t> bytes, const ImageLimits& limits) {
  if (bytes.size() > limits.maxFileBytes) return tooLarge("file_size", limits.maxFileBytes, bytes.size());
  auto header = withinLimits(readImageHeader(bytes), limits);
  if (header && header->format == "png" &&
      !pngChunksFit(bytes.size(), [&](std::uint64_t at, std::uint8_t* out) {
        std::memcpy(out, bytes.data() + at, 8);
        return true;
      })) {
    return unknown("chunk");
  }
  return header;
}

core::Result<ImageHeader> checkImageFile(const std::filesystem::path& path, const ImageLimits& limits) {
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return unknown("unreadable");
  if (size > limits.maxFileBytes) return tooLarge("file_size", limits.maxFileBytes, size);
  std::ifstream file(path, std::ios::binary);
  if (!file) return unknown("unreadable");
  std::uint64_t want = std::min<std::uint64_t>(size, 64 * 1024);
  for (;;) {
    const std::vector<std::uint8_t> prefix = readPrefix(file, want);
    auto header = readImageHeader(prefix);
    const bool more = !header && header.error().params.at("reason") == "more";
    if (!more || prefix.size() < want || want >= size) {
      header = withinLimits(std::move(header), limits);
      if (header && header->format == "png" && !pngChunksFit(size, [&](std::uint64_t at, std::uint8_t* out) {
            file.clear();
            file.seekg(static_cast<std::streamoff>(at));
            return bool(file.read(reinterpret_cast<char*>(out), 8));
          })) {
        return unknown("chunk");
      }
      return header;
    }
    const std::uint64_t need = std::stoull(header.error().params.at("need"));
    want = std::min<std::uint64_t>(size, std::max(need, want * 4));
    file.clear();
  }
}

}  // namespace mws::peripherals
