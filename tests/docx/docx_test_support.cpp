#include "docx/docx_test_support.hpp"

#include <zip.h>

#include <stdexcept>

#include "parse/content_reader.hpp"
#include "support/test_support.hpp"

namespace handout::test {

style::Template leaflet_template() {
  style::Template t = default_template();
  t.name = "test-leaflet";
  t.page.size_name = "A5";
  t.page.width_mm = 148;
  t.page.height_mm = 210;
  t.page.margin_top_mm = t.page.margin_bottom_mm = 15;
  t.page.margin_left_mm = t.page.margin_right_mm = 15;
  t.body.font.size_pt = 12;
  t.body.line_spacing = 1.4;
  t.headings.font.color = Colour{0x0b, 0x4f, 0x9c};
  t.headings.sizes_pt[0] = 22;
  t.notes = style::NotePlacement::Endnotes;
  t.notes_heading = "Notes";
  t.expand_abbreviations = true;
  t.footer.left = "{title}";
  t.footer.right = "{page_of_pages}";
  return t;
}

style::Template handout_template() {
  style::Template t = default_template();
  t.name = "test-handout";
  t.page.size_name = "A4";
  t.page.width_mm = 210;
  t.page.height_mm = 297;
  t.notes = style::NotePlacement::Footnotes;
  t.callout.border = Colour{0x0b, 0x4f, 0x9c};
  t.callout.border_width_pt = 1;
  t.header.right = "{title}";
  t.footer.centre = "{page_of_pages}";
  return t;
}

model::Document read_docx_fixture(const std::string& name) {
  return parse::read_content_file(test_path("fixtures/docx/" + name));
}

std::vector<std::pair<std::string, std::string>> unzip_entries(const std::string& zip_bytes) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(zip_bytes.data(), zip_bytes.size(), 0, &err);
  if (!src) throw std::runtime_error("zip_source_buffer_create failed");
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!z) {
    zip_source_free(src);
    throw std::runtime_error(std::string("not a zip: ") + zip_error_strerror(&err));
  }
  std::vector<std::pair<std::string, std::string>> out;
  const zip_int64_t n = zip_get_num_entries(z, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st);
    std::string bytes(static_cast<std::size_t>(st.size), '\0');
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
    if (!f) throw std::runtime_error("cannot open entry");
    const zip_int64_t got = zip_fread(f, bytes.data(), st.size);
    zip_fclose(f);
    if (got != static_cast<zip_int64_t>(st.size)) throw std::runtime_error("short read");
    out.emplace_back(st.name, std::move(bytes));
  }
  zip_close(z);
  return out;
}

std::string unzip_entry(const std::string& zip_bytes, const std::string& name) {
  for (auto& [n, bytes] : unzip_entries(zip_bytes)) {
    if (n == name) return bytes;
  }
  return {};
}

std::string docx_validate_path() { return std::string(HANDOUT_TEST_DIR) + "/tools/docx_check.py"; }

}  // namespace handout::test
