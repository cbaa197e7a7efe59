#include "job/docx_input.hpp"

#include <filesystem>
#include <fstream>
#include <stdlib.h>

#include "core/error.hpp"

namespace handout::job {

namespace fs = std::filesystem;

bool is_docx_path(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".docx";
}

namespace {

// mkdtemp: a fresh folder only this process can have made (never one planted in advance).
fs::path make_scratch_folder() {
  std::error_code ec;
  const fs::path base = fs::temp_directory_path(ec);
  std::string name = ((ec ? fs::path("/tmp") : base) / "handout-docx-XXXXXX").string();
  if (!::mkdtemp(name.data())) {
    throw InputError("io-error", name, {}, "cannot create a scratch folder for the document's pictures");
  }
  return fs::path(name);
}

void set_image_paths(std::vector<model::Block>& blocks, const fs::path& dir) {
  for (model::Block& b : blocks) {
    if (b.image && !b.image->src.empty()) b.image->resolved_path = (dir / b.image->src).string();
    set_image_paths(b.children, dir);
    if (b.table) {
      for (model::TableRow& r : b.table->rows) {
        for (model::TableCell& c : r.cells) set_image_paths(c.content, dir);
      }
    }
  }
}

}  // namespace

DocxInput load_docx_input(const std::string& path) {
  import::ImportResult imported = import::import_docx_file(path);
  DocxInput out;
  if (!imported.images.empty()) {
    const fs::path dir = make_scratch_folder();
    out.scratch = std::shared_ptr<void>(nullptr, [dir](void*) {
      std::error_code ec;
      fs::remove_all(dir, ec);
    });
    for (const import::ImportedImage& img : imported.images) {
      const fs::path file = dir / img.src;
      std::error_code ec;
      fs::create_directories(file.parent_path(), ec);
      std::ofstream f(file, std::ios::binary);
      f.write(img.bytes.data(), static_cast<std::streamsize>(img.bytes.size()));
      if (!f) throw InputError("io-error", file.string(), {}, "cannot write a picture to the scratch folder");
    }
    set_image_paths(imported.doc.body, dir);
  }
  out.doc = std::move(imported.doc);
  out.warnings = std::move(imported.warnings);
  out.places = std::move(imported.places);
  return out;
}

void describe_docx_locations(std::vector<Diagnostic>& diagnostics, const std::string& path,
                             const std::map<std::uint32_t, import::ParagraphPlace>& places) {
  for (Diagnostic& d : diagnostics) {
    if (d.file != path || !d.loc.known()) continue;
    std::string where = "paragraph " + std::to_string(d.loc.line);
    // The nearest described paragraph at or before this one (tables and pictures have none).
    auto it = places.upper_bound(d.loc.line);
    if (it != places.begin()) {
      --it;
      if (!it->second.heading.empty()) where += ", under \"" + it->second.heading + "\"";
      if (it->first == d.loc.line && !it->second.quote.empty()) where += ": \"" + it->second.quote + "\"";
    }
    d.message += " (in " + where + ")";
  }
}

}  // namespace handout::job
