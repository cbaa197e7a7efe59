// HaruArena: libharu's small blocks are cut from one stretch and released with it; large blocks and
// blocks allocated before an arena existed go back to malloc, whichever arena is current.
#include <catch2/catch.hpp>

#include <hpdf.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "pdf/haru_arena.hpp"

using handout::pdf::HaruArena;

TEST_CASE("haru arena: small blocks come from the arena, large ones from malloc", "[pdf][arena]") {
  HaruArena arena;
  void* small = HaruArena::allocate(24);
  void* large = HaruArena::allocate(64 * 1024);
  REQUIRE(small != nullptr);
  REQUIRE(large != nullptr);
  CHECK(reinterpret_cast<std::uintptr_t>(small) % alignof(void*) == 0);
  CHECK(arena.bytes_used() == 24);
  std::memset(small, 0xAB, 24);
  std::memset(large, 0xCD, 64 * 1024);
  HaruArena::release(large);  // back to malloc: ASan would report a leak otherwise
  HaruArena::release(small);  // kept until the arena goes
  HaruArena::release(nullptr);
  CHECK(arena.bytes_used() == 24);
}

TEST_CASE("haru arena: many blocks stay distinct", "[pdf][arena]") {
  HaruArena arena;
  std::uint8_t* previous = nullptr;
  int overwritten = 0;
  for (int i = 0; i < 20000; ++i) {  // about 2.7 MB
    auto* block = static_cast<std::uint8_t*>(HaruArena::allocate(129));
    REQUIRE(block != nullptr);
    std::memset(block, i & 0xFF, 129);
    if (previous && previous[128] != ((i - 1) & 0xFF)) ++overwritten;  // by the block after it
    previous = block;
  }
  CHECK(overwritten == 0);
  CHECK(arena.bytes_used() == 20000u * 136u);  // rounded up to pointer alignment
}

TEST_CASE("haru arena: a block from an outer arena or from malloc is released correctly", "[pdf][arena]") {
  void* before = HaruArena::allocate(32);  // no arena yet: malloc
  {
    HaruArena outer;
    void* from_outer = HaruArena::allocate(32);
    {
      HaruArena inner;
      void* from_inner = HaruArena::allocate(32);
      HaruArena::release(from_outer);  // not freed: it lies in the outer arena
      HaruArena::release(from_inner);
      HaruArena::release(before);  // freed by malloc, or ASan reports a leak or a bad free
      CHECK(inner.bytes_used() == 32);
    }
    CHECK(outer.bytes_used() == 32);
  }
  void* after = HaruArena::allocate(32);  // arenas gone: malloc again
  REQUIRE(after != nullptr);
  HaruArena::release(after);
}

TEST_CASE("haru arena: a libharu document lives and dies in one", "[pdf][arena]") {
  HaruArena arena;
  HPDF_Doc doc = HPDF_NewEx(nullptr, &HaruArena::allocate, &HaruArena::release, 0, nullptr);
  REQUIRE(doc != nullptr);
  for (int i = 0; i < 50; ++i) {
    HPDF_Page page = HPDF_AddPage(doc);
    REQUIRE(page != nullptr);
    HPDF_Page_SetWidth(page, 300);
  }
  HPDF_SaveToStream(doc);
  CHECK(HPDF_GetStreamSize(doc) > 1000);
  CHECK(arena.bytes_used() > 0);
  HPDF_Free(doc);
}
