#include "pdf/haru_arena.hpp"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <functional>

namespace handout::pdf {

namespace {

// Address space, not memory: a 60-page handbook writes about 10 MB of small blocks. MAP_NORESERVE
// keeps the reservation out of the system's commit accounting.
constexpr std::size_t kReserve = std::size_t{1} << 30;
// Blocks up to this size come from the arena: libharu's objects and short strings. Anything
// larger is a buffer that may be freed and replaced as it grows; it goes back to malloc when freed.
constexpr std::size_t kSmall = 512;
// libharu's records hold pointers, integers and floats, nothing wider.
constexpr std::size_t kAlign = alignof(void*);

thread_local HaruArena* current = nullptr;

}  // namespace

HaruArena::HaruArena() : previous_(current) {
  void* stretch = mmap(nullptr, kReserve, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (stretch != MAP_FAILED) {
    base_ = static_cast<std::byte*>(stretch);
    reserved_ = kReserve;
  }
  current = this;
}

HaruArena::~HaruArena() {
  current = previous_;
  if (base_) munmap(base_, reserved_);
}

void* HaruArena::cut(std::size_t size) {
  const std::size_t need = (size + kAlign - 1) & ~(kAlign - 1);
  if (need > reserved_ - used_) return nullptr;
  std::byte* block = base_ + used_;
  used_ += need;
  return block;
}

bool HaruArena::owns(const void* block) const {
  // std::less gives a total order over unrelated pointers, as the built-in < does not promise.
  const std::less<const void*> before;
  return base_ && !before(block, base_) && before(block, base_ + reserved_);
}

void* HaruArena::allocate(HPDF_UINT size) {
  if (current && size <= kSmall)
    if (void* block = current->cut(size)) return block;
  return std::malloc(size);
}

void HaruArena::release(void* block) {
  for (const HaruArena* arena = current; arena; arena = arena->previous_)
    if (arena->owns(block)) return;  // released with the arena
  std::free(block);
}

}  // namespace handout::pdf
