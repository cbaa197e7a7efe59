#include "rules/link_text.hpp"

#include "core/utf8.hpp"
#include "model/query.hpp"

namespace handout::rules::links {
namespace {

char32_t lower_code_point(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 0x20;
  // Latin-1 Supplement: À..Þ except × (U+00D7).
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  // Latin Extended-A: capital/small pairs, even/odd in 0100-0137 and 014A-0177, odd/even in
  // 0139-0148 and 0179-017E; Ÿ (U+0178) lowers to ÿ (U+00FF).
  if (c == 0x130) return U'i';  // İ: the pair rule below would give dotless ı
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return (c % 2 == 0) ? c + 1 : c;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c % 2 == 1) ? c + 1 : c;
  if (c == 0x178) return 0xFF;
  return c;
}

}  // namespace

std::string fold_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  if (find_invalid_utf8(text)) {
    for (char c : text) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 0x20) : c;
    return out;
  }
  for (std::size_t pos = 0; pos < text.size();) append_utf8(out, lower_code_point(next_code_point(text, pos)));
  return out;
}

std::string excerpt(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    // Count code points by their lead bytes; cut before the lead byte that would exceed the limit.
    if ((static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80 && ++chars > max_chars)
      return std::string(text.substr(0, pos)) + "…";
  }
  return std::string(text);
}

std::string primary_language(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 0x20) : c;
  }
  return out;
}

std::string link_text(const model::Inline& link) { return normalise_space(model::plain_text(link.children)); }

std::vector<LinkRef> collect_links(const resolve::ResolvedDocument& resolved) {
  std::vector<LinkRef> out;
  model::for_each_block(resolved.doc, [&](const model::Block& block, model::BlockPath) {
    model::for_each_inline_run(block, [&](const model::Inlines& run) {
      model::for_each_inline(run, [&](const model::Inline& i, const std::vector<const model::Inline*>&) {
        if (i.kind != model::InlineKind::Link) return;
        out.push_back(LinkRef{&i, std::string(resolved.style_of(i).lang)});
      });
    });
  });
  return out;
}

}  // namespace handout::rules::links
