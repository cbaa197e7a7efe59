// The one UTF-8 decoder and the UTF-16 conversion that PDF text strings and ToUnicode CMaps use.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/utf8.hpp"

namespace {

// Every code point of `text`, decoded one after the other.
std::vector<char32_t> decode_all(std::string_view text) {
  std::vector<char32_t> out;
  for (std::size_t pos = 0; pos < text.size();) out.push_back(handout::next_code_point(text, pos));
  return out;
}

}  // namespace

TEST_CASE("utf8: next_code_point decodes one to four bytes", "[core][utf8]") {
  CHECK(decode_all("a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80") == std::vector<char32_t>{'a', 0xE9, 0x2019, 0x1F600});
}

TEST_CASE("utf8: a stray continuation byte or a sequence cut short decodes as U+FFFD, one byte at a time",
          "[core][utf8]") {
  CHECK(decode_all("\x80z") == std::vector<char32_t>{0xFFFD, 'z'});
  CHECK(decode_all("a\xE2\x80") == std::vector<char32_t>{'a', 0xFFFD, 0xFFFD});
  std::size_t length = 0;
  CHECK(handout::code_point_at("x\xF0\x9F\x98\x80", 1, length) == 0x1F600);
  CHECK(length == 4);
}

TEST_CASE("utf8: utf8_to_utf16 writes surrogate pairs above U+FFFF", "[core][utf8]") {
  CHECK(handout::utf8_to_utf16("A\xE2\x80\x99\xF0\x9F\x98\x80") == std::u16string{u'A', 0x2019, 0xD83D, 0xDE00});
  CHECK(handout::utf8_to_utf16("").empty());
}
