#include "core/image_probe.hpp"

#include <algorithm>
#include <fstream>
#include <vector>

namespace handout {
namespace {

std::uint32_t be32(std::string_view b, std::size_t at) {
  return (std::uint32_t(std::uint8_t(b[at])) << 24) | (std::uint32_t(std::uint8_t(b[at + 1])) << 16) |
         (std::uint32_t(std::uint8_t(b[at + 2])) << 8) | std::uint32_t(std::uint8_t(b[at + 3]));
}
std::uint32_t be16(std::string_view b, std::size_t at) {
  return (std::uint32_t(std::uint8_t(b[at])) << 8) | std::uint32_t(std::uint8_t(b[at + 1]));
}

std::optional<ImageHeader> probe_png(std::string_view b) {
  // PNG spec §5.2 signature, then the IHDR chunk must come first (§11.2.2).
  static constexpr std::string_view kSignature{"\x89PNG\r\n\x1a\n", 8};
  if (b.size() < 33 || b.substr(0, 8) != kSignature || b.substr(12, 4) != "IHDR") return std::nullopt;
  ImageHeader h{ImageHeader::Format::Png, be32(b, 16), be32(b, 20)};
  if (h.width == 0 || h.height == 0) return std::nullopt;
  return h;
}

std::optional<ImageHeader> probe_jpeg(std::string_view b) {
  // ITU T.81 Annex B: SOI, then marker segments until a SOFn frame header gives the size.
  if (b.size() < 4 || std::uint8_t(b[0]) != 0xFF || std::uint8_t(b[1]) != 0xD8) return std::nullopt;
  std::size_t at = 2;
  while (at + 4 <= b.size()) {
    if (std::uint8_t(b[at]) != 0xFF) return std::nullopt;
    const std::uint8_t marker = std::uint8_t(b[at + 1]);
    if (marker == 0xFF) { ++at; continue; }  // fill byte
    if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) { at += 2; continue; }
    if (marker == 0xD9 || marker == 0xDA) return std::nullopt;  // EOI or scan data before any frame header
    const std::uint32_t length = be16(b, at + 2);
    const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (sof) {
      if (at + 9 > b.size() || length < 7) return std::nullopt;
      ImageHeader h{ImageHeader::Format::Jpeg, be16(b, at + 7), be16(b, at + 5)};
      if (h.width == 0 || h.height == 0) return std::nullopt;
      return h;
    }
    if (length < 2) return std::nullopt;
    at += 2 + length;
  }
  return std::nullopt;
}

}  // namespace

std::optional<ImageHeader> probe_image(std::string_view bytes) {
  if (auto png = probe_png(bytes)) return png;
  return probe_jpeg(bytes);
}

std::optional<ImageHeader> probe_image_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::vector<char> buf(1u << 20);
  in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
  auto header = probe_image(std::string_view(buf.data(), static_cast<std::size_t>(in.gcount())));
  if (!header) return std::nullopt;
  // A truncated file still has a good header: check that it ends as the format says it must,
  // with IEND (PNG spec §11.2.5) or EOI (T.81 B.2.1), allowing some trailing padding.
  in.clear();
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  const std::streamoff tail = std::min<std::streamoff>(size, 1024);
  in.seekg(size - tail);
  std::string end(static_cast<std::size_t>(tail), '\0');
  in.read(end.data(), tail);
  const bool complete = header->format == ImageHeader::Format::Png ? end.find("IEND") != std::string::npos
                                                                    : end.find("\xFF\xD9") != std::string::npos;
  if (!complete) return std::nullopt;
  return header;
}

}  // namespace handout
