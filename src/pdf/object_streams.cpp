#include "pdf/object_streams.hpp"

// qpdf 11 warns unless told which PointerHolder API a program uses: none (std::shared_ptr only).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

#include "core/error.hpp"

namespace handout::pdf {

std::string pack_object_streams(const std::string& pdf) {
  try {
    // QPDF and QPDFWriter own everything they allocate; both go out of scope before we return.
    QPDF in;
    in.setSuppressWarnings(true);
    in.processMemoryFile("handout output", pdf.data(), pdf.size());
    QPDFWriter out(in);
    out.setOutputMemory();
    out.setObjectStreamMode(qpdf_o_generate);
    // Streams are copied byte for byte: libharu has compressed the content and fonts already, and
    // the XMP metadata stays uncompressed on purpose (readable by any tool).
    out.setDecodeLevel(qpdf_dl_none);
    out.setCompressStreams(false);
    // The second /ID half is a digest of the output rather than of the clock (the first half is
    // the writer's own, content-derived ID, kept as it is).
    out.setDeterministicID(true);
    out.write();
    const auto buffer = out.getBufferSharedPointer();
    std::string bytes(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
    // qpdf reports what it could not read as warnings, and repairs; our own output must need none.
    if (in.anyWarnings()) throw InternalError("qpdf found problems in the PDF libharu wrote");
    return bytes;
  } catch (const InternalError&) {
    throw;
  } catch (const std::exception& e) {
    throw InternalError(std::string("qpdf could not pack the PDF's objects: ") + e.what());
  }
}

}  // namespace handout::pdf
