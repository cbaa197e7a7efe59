#include "pdf/haru_arena.hpp"

#include <algorithm>
#include <cstdlib>

namespace handout::pdf {

namespace {

// Chunks are aligned to their size, so the chunk a block lies in is its address rounded down.
constexpr std::size_t kChunk = 256 * 1024;
// Blocks up to this size come from chunks: libharu's objects and short strings. Anything larger
// is a buffer that may be freed and replaced as it grows; it goes back to malloc when freed.
constexpr std::size_t kSmall = 512;
// libharu's records hold pointers, integers and floats, nothing wider.
constexpr std::size_t kAlign = alignof(void*);

thread_local HaruArena* current = nullptr;

}  // namespace

HaruArena::HaruArena() : previous_(current) { current = this; }

HaruArena::~HaruArena() {
  current = previous_;
  for (std::uintptr_t chunk : chunks_) std::free(reinterpret_cast<void*>(chunk));
}

void* HaruArena::cut(std::size_t size) {
  const std::size_t need = (size + kAlign - 1) & ~(kAlign - 1);
  if (need > left_) {
    void* chunk = std::aligned_alloc(kChunk, kChunk);
    if (!chunk) return nullptr;
    const auto address = reinterpret_cast<std::uintptr_t>(chunk);
    chunks_.insert(std::upper_bound(chunks_.begin(), chunks_.end(), address), address);
    next_ = static_cast<std::byte*>(chunk);
    left_ = kChunk;
  }
  std::byte* block = next_;
  next_ += need;
  left_ -= need;
  used_total_ += need;
  return block;
}

bool HaruArena::owns(const void* block) const {
  const std::uintptr_t chunk = reinterpret_cast<std::uintptr_t>(block) & ~static_cast<std::uintptr_t>(kChunk - 1);
  return std::binary_search(chunks_.begin(), chunks_.end(), chunk);
}

void* HaruArena::allocate(HPDF_UINT size) {
  if (current && size <= kSmall)
    if (void* block = current->cut(size)) return block;
  return std::malloc(size);
}

void HaruArena::release(void* block) {
  for (const HaruArena* arena = current; arena; arena = arena->previous_)
    if (arena->owns(block)) return;  // released with its chunk
  std::free(block);
}

}  // namespace handout::pdf
