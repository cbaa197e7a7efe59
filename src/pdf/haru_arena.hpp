#pragma once

#include <hpdf.h>

#include <cstddef>

namespace handout::pdf {

// The memory of one libharu document. libharu allocates every dictionary, array, name and
// number of a PDF as its own block (about 110,000 of them for a 60-page handbook, most of them
// structure elements) and frees them one by one when the document is freed: a third of the PDF
// writer's allocator time. While a HaruArena is alive, the small blocks libharu asks for on this
// thread are cut one after another from one reserved stretch of address space (pages are only
// backed by memory once written) and released together when the arena goes; larger blocks
// (stream buffers, lists that grow) still come from malloc and go back as libharu frees them, so
// a document's peak memory stays where it was. Should the stretch run out, blocks come from
// malloc too.
//
// A block is recognised as the arena's by its address, so it is released correctly whichever
// arena, if any, is current when libharu frees it. Create the arena before the document and free
// the document before the arena goes (declare the arena first).
class HaruArena {
 public:
  HaruArena();
  ~HaruArena();
  HaruArena(const HaruArena&) = delete;
  HaruArena& operator=(const HaruArena&) = delete;

  // HPDF_NewEx's alloc_fn and free_fn.
  static void* allocate(HPDF_UINT size);
  static void release(void* block);

  // Bytes cut from the arena so far.
  std::size_t bytes_used() const { return used_; }

 private:
  void* cut(std::size_t size);
  bool owns(const void* block) const;

  std::byte* base_ = nullptr;  // the reserved stretch; null when it could not be reserved
  std::size_t reserved_ = 0;
  std::size_t used_ = 0;
  HaruArena* previous_ = nullptr;
};

}  // namespace handout::pdf
