// Template files (templates/<name>/template.toml; format in templates/README.md) → style::Template.
// Every key is checked against the table's vocabulary so that a typo ("line_spaceing") is an error
// rather than a silently ignored setting, and each value's position is kept in the *_loc fields so
// the template lint rules (50-53) can point at the line that sets it.
#include "parse/template_reader.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>
#include <utility>
#include <toml++/toml.h>

#include "core/error.hpp"
#include "parse/template_image.hpp"

namespace handout::parse {
namespace {

namespace fs = std::filesystem;

constexpr const char* kInvalid = "template-invalid";
constexpr const char* kNotFound = "template-not-found";
constexpr const char* kTemplateFile = "template.toml";

// Ranges from the brief and from print guidance: RNIB Clear Print never goes below 12pt for body
// text (rule 50 reports that), but captions and running heads may be smaller, so 4pt is only a
// "this is a typo" floor; 72pt is a display size no running text needs.
constexpr double kMinSizePt = 4, kMaxSizePt = 72;
constexpr double kMinLineSpacing = 0.8, kMaxLineSpacing = 3;
constexpr double kMaxMarginMm = 100;
constexpr double kMinPageMm = 50, kMaxPageMm = 1000;
constexpr double kMinColumnMm = 30;  // the text column left between the side margins
constexpr double kMaxPanels = 4;     // side-by-side panels of a folded leaflet ([layout])

SourceLoc loc_of(const toml::source_region& r) {
  return SourceLoc{static_cast<std::uint32_t>(r.begin.line), static_cast<std::uint32_t>(r.begin.column)};
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// Reads one [table]: every accessor records that its key is known, so `finish()` can reject the rest.
class TableReader {
 public:
  TableReader(const toml::table& table, std::string name, const std::string& path)
      : table_(table), name_(std::move(name)), path_(path) {}

  const std::string& path() const { return path_; }

  [[noreturn]] void fail(const toml::node& n, const std::string& message, std::string hint = {},
                         const char* code = kInvalid) const {
    throw InputError(code, path_, loc_of(n.source()), message, std::move(hint));
  }

  std::string where(std::string_view key) const {
    return name_.empty() ? std::string(key) : "[" + name_ + "] " + std::string(key);
  }

  const toml::node* find(std::string_view key) {
    known_.emplace(key);
    return table_.get(key);
  }

  std::optional<std::string> string(std::string_view key, SourceLoc* loc = nullptr) {
    const toml::node* n = find(key);
    if (!n) return std::nullopt;
    if (!n->is_string()) fail(*n, where(key) + " must be a string (in quotes)");
    if (loc) *loc = loc_of(n->source());
    return n->as_string()->get();
  }

  // One of `choices`; matching ignores case so "a4" and "Left" are accepted.
  std::optional<std::string> choice(std::string_view key, std::initializer_list<std::string_view> choices,
                                    SourceLoc* loc = nullptr) {
    auto text = string(key, loc);
    if (!text) return std::nullopt;
    for (std::string_view c : choices) {
      if (equal_ignoring_case(*text, c)) return std::string(c);
    }
    std::vector<std::string> names;
    for (std::string_view c : choices) names.push_back("\"" + std::string(c) + "\"");
    fail(*table_.get(key), where(key) + " is \"" + *text + "\"; expected one of " + join(names, ", "));
  }

  std::optional<double> number(std::string_view key, double min, double max, SourceLoc* loc = nullptr) {
    const toml::node* n = find(key);
    if (!n) return std::nullopt;
    return number_value(*n, where(key), min, max, loc);
  }

  double number_value(const toml::node& n, const std::string& what, double min, double max,
                      SourceLoc* loc = nullptr) const {
    double v = 0;
    if (auto i = n.as_integer()) {
      v = static_cast<double>(i->get());
    } else if (auto f = n.as_floating_point()) {
      v = f->get();
    } else {
      fail(n, what + " must be a number");
    }
    if (!(v >= min && v <= max)) {
      std::ostringstream msg;
      msg << what << " is " << v << ", outside the allowed range " << min << " to " << max;
      fail(n, msg.str());
    }
    if (loc) *loc = loc_of(n.source());
    return v;
  }

  std::optional<bool> boolean(std::string_view key) {
    const toml::node* n = find(key);
    if (!n) return std::nullopt;
    if (!n->is_boolean()) fail(*n, where(key) + " must be true or false (no quotes)");
    return n->as_boolean()->get();
  }

  std::optional<Colour> colour(std::string_view key) {
    const toml::node* n = find(key);
    if (!n) return std::nullopt;
    if (!n->is_string()) fail(*n, where(key) + " must be a colour string such as \"#1a1a1a\"");
    auto c = parse_hex_colour(n->as_string()->get());
    if (!c) {
      // Same code as a bad colour attribute in content, so users meet one spelling of the problem.
      fail(*n, where(key) + " is \"" + n->as_string()->get() + "\", not a #rrggbb colour",
           "write six hex digits after '#', e.g. \"#1a1a1a\"", "attr-bad-colour");
    }
    return c;
  }

  // Every key of the table, in file order, for tables whose keys are data ([fonts]).
  std::vector<std::string> keys() const {
    std::vector<std::pair<SourceLoc, std::string>> found;
    for (auto&& [key, node] : table_) found.emplace_back(loc_of(key.source()), std::string(key.str()));
    std::sort(found.begin(), found.end());
    std::vector<std::string> out;
    for (auto& [loc, key] : found) out.push_back(std::move(key));
    return out;
  }

  const toml::table* subtable(std::string_view key) {
    const toml::node* n = find(key);
    if (!n) return nullptr;
    if (!n->is_table()) fail(*n, where(key) + " must be a table ([" + std::string(key) + "])");
    return n->as_table();
  }

  // Rejects keys no accessor asked for: a misspelt key would otherwise silently keep its default.
  // toml++ iterates keys sorted by name, so the first unknown key in the file is picked by position.
  void finish() const {
    const toml::key* first = nullptr;
    SourceLoc first_loc;
    for (auto&& [key, node] : table_) {
      if (known_.count(std::string(key.str()))) continue;
      SourceLoc loc = loc_of(key.source());
      if (!loc.known()) loc = loc_of(node.source());
      if (!first || loc < first_loc) first = &key, first_loc = loc;
    }
    if (!first) return;
    std::vector<std::string> names(known_.begin(), known_.end());
    std::string message = name_.empty() ? "unknown table or key '" + std::string(first->str()) + "'"
                                        : "unknown key '" + std::string(first->str()) + "' in [" + name_ + "]";
    throw InputError(kInvalid, path_, first_loc, message, "known here: " + join(names, ", "));
  }

 private:
  static bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             auto lower = [](char ch) { return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch; };
             return lower(x) == lower(y);
           });
  }

  const toml::table& table_;
  std::string name_;
  const std::string& path_;
  std::set<std::string, std::less<>> known_;
};

// Runs `read` over [name] if present, then rejects unknown keys in it.
template <typename Fn>
void read_table(TableReader& root, std::string_view name, Fn&& read) {
  const toml::table* t = root.subtable(name);
  if (!t) return;
  TableReader sub(*t, std::string(name), root.path());
  read(sub);
  sub.finish();
}

void read_font(TableReader& t, style::FontSpec& font) {
  if (auto family = t.string("font", &font.loc)) {
    if (family->empty()) {
      t.fail(*t.find("font"), t.where("font") + " is empty", "name a fontconfig family, e.g. \"Liberation Sans\"");
    }
    font.family = *family;
    font.file = t.path();
  }
  if (auto c = t.colour("color")) font.color = *c;
}

// Running header/footer patterns may only use the documented placeholders; "{titel}" would
// otherwise be printed literally on every page.
void check_pattern(TableReader& t, std::string_view key, const std::string& pattern) {
  static const std::set<std::string, std::less<>> kPlaceholders{"title", "page", "pages", "page_of_pages", "date", "author"};
  std::size_t pos = 0;
  while ((pos = pattern.find('{', pos)) != std::string::npos) {
    std::size_t end = pattern.find('}', pos);
    if (end == std::string::npos) {
      t.fail(*t.find(key), t.where(key) + " has a '{' without a closing '}'");
    }
    std::string name = pattern.substr(pos + 1, end - pos - 1);
    if (!kPlaceholders.count(name)) {
      t.fail(*t.find(key), t.where(key) + " uses unknown placeholder {" + name + "}",
             "placeholders: {title}, {page}, {pages}, {page_of_pages}, {date}, {author}");
    }
    pos = end + 1;
  }
}

void read_running(TableReader& t, style::RunningText& run) {
  for (std::string_view key : {"left", "centre", "right"}) {
    auto text = t.string(key);
    if (!text) continue;
    check_pattern(t, key, *text);
    (key == "left" ? run.left : key == "centre" ? run.centre : run.right) = *text;
  }
  if (auto v = t.number("size_pt", kMinSizePt, kMaxSizePt)) run.size_pt = *v;
  if (auto c = t.colour("color")) run.color = *c;
}

void read_page(TableReader& t, style::PageSetup& page) {
  SourceLoc size_loc;
  if (auto size = t.choice("size", {"A4", "A5", "Letter"}, &size_loc)) {
    page.size_name = *size;
    // ISO 216 A sizes; US Letter is 8.5 x 11 in.
    if (*size == "A4") page.width_mm = 210, page.height_mm = 297;
    if (*size == "A5") page.width_mm = 148, page.height_mm = 210;
    if (*size == "Letter") page.width_mm = 215.9, page.height_mm = 279.4;
  }
  auto width = t.number("width_mm", kMinPageMm, kMaxPageMm);
  auto height = t.number("height_mm", kMinPageMm, kMaxPageMm);
  if (width || height) {
    const toml::node& n = *t.find(width ? "width_mm" : "height_mm");
    if (size_loc.known()) t.fail(n, "[page] has both size and width_mm/height_mm", "keep one of them");
    if (!width || !height) t.fail(n, "[page] needs both width_mm and height_mm for a custom size");
    page.size_name = "custom";
    page.width_mm = *width;
    page.height_mm = *height;
  }
  // A named size is portrait; a folded leaflet is printed on the sheet turned sideways.
  if (auto o = t.choice("orientation", {"portrait", "landscape"})) {
    const bool landscape = *o == "landscape";
    if (landscape != (page.width_mm > page.height_mm)) std::swap(page.width_mm, page.height_mm);
  }
  if (auto all = t.number("margin_mm", 0, kMaxMarginMm)) {
    page.margin_top_mm = page.margin_bottom_mm = page.margin_left_mm = page.margin_right_mm = *all;
  }
  if (auto v = t.number("margin_top_mm", 0, kMaxMarginMm)) page.margin_top_mm = *v;
  if (auto v = t.number("margin_bottom_mm", 0, kMaxMarginMm)) page.margin_bottom_mm = *v;
  if (auto v = t.number("margin_left_mm", 0, kMaxMarginMm)) page.margin_left_mm = *v;
  if (auto v = t.number("margin_right_mm", 0, kMaxMarginMm)) page.margin_right_mm = *v;
  if (auto c = t.colour("background")) page.background = *c;
}

// [letterhead]: a logo needs words for a reader who cannot see it, or must say it adds nothing
// (PDF/UA-1 §7.3, WCAG 2.2 SC 1.1.1), exactly like a content image.
void read_letterhead(TableReader& t, const toml::table& table, style::Letterhead& lh, Colour page) {
  SourceLoc loc;
  auto image = t.string("image", &loc);
  if (!image) t.fail(table, "[letterhead] has no image", "add image = \"logo.svg\" (PNG, JPEG or SVG, in the template's folder)");
  lh.image = *image;
  lh.loc = loc;
  if (auto a = t.string("alt")) lh.alt = *a;
  if (auto d = t.boolean("decorative")) lh.decorative = *d;
  if (lh.decorative && !lh.alt.empty()) t.fail(*t.find("alt"), "[letterhead] is decorative and has alt text", "keep one of them");
  if (!lh.decorative && lh.alt.find_first_not_of(" \t") == std::string::npos) {
    t.fail(table, "[letterhead] image has no alt text and is not marked decorative",
           "add alt = \"…\" naming the school or service, or decorative = true if the text says it already");
  }
  if (auto p = t.choice("pages", {"first", "every"})) {
    lh.pages = *p == "every" ? style::LetterheadPages::Every : style::LetterheadPages::First;
  }
  if (auto w = t.number("width_mm", 5, 200)) lh.width_mm = *w;
  if (auto a = t.choice("align", {"left", "centre", "right"})) {
    lh.align = *a == "centre" ? style::LetterheadAlign::Centre
                              : *a == "right" ? style::LetterheadAlign::Right : style::LetterheadAlign::Left;
  }
  if (auto v = t.number("space_after_mm", 0, 50)) lh.space_after_mm = *v;
  load_letterhead_picture(lh, t.path(), page);
}

// [layout]: a roll fold is a sheet of three panels a side, printed both sides; fewer or more panels
// would not fold that way.
void read_layout(TableReader& t, style::PanelSetup& layout) {
  if (auto v = t.number("panels", 1, kMaxPanels, &layout.loc)) {
    if (*v != static_cast<int>(*v)) t.fail(*t.find("panels"), "[layout] panels must be a whole number");
    layout.panels = static_cast<int>(*v);
  }
  if (auto f = t.choice("fold", {"none", "roll"})) layout.fold = *f == "roll" ? style::Fold::Roll : style::Fold::None;
  if (layout.fold == style::Fold::Roll && layout.panels != 3) {
    // Either key may be inherited from a parent template: report the one this file sets.
    const toml::node* n = t.find("fold");
    if (!n) n = t.find("panels");
    if (n) t.fail(*n, "[layout] fold = \"roll\" needs panels = 3", "a roll fold has three panels a side");
  }
}

void check_page_fits(const TableReader& root, const toml::table& doc, const style::PageSetup& page, int panels) {
  // Every panel keeps both side margins, so the column is a panel's share of the width less both.
  const bool too_narrow = page.width_mm / panels - page.margin_left_mm - page.margin_right_mm < kMinColumnMm;
  const bool too_short = page.height_mm - page.margin_top_mm - page.margin_bottom_mm < kMinColumnMm;
  if (!too_narrow && !too_short) return;
  const toml::node* page_node = doc.get("page");
  std::ostringstream msg;
  msg << "[page] margins leave less than " << kMinColumnMm << " mm of text area on a " << page.width_mm << " x "
      << page.height_mm << " mm page";
  if (panels > 1) msg << " of " << panels << " panels";
  root.fail(page_node ? *page_node : static_cast<const toml::node&>(doc), msg.str(), "reduce the margins");
}

}  // namespace

// [fonts]: script code or language tag = family. Keys are compared in lower case, as BCP 47 and
// ISO 15924 compare them.
void read_script_fonts(TableReader& r, std::vector<style::ScriptFont>& fonts) {
  for (const std::string& key : r.keys()) {
    const bool well_formed = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
    SourceLoc loc;
    const std::optional<std::string> family = r.string(key, &loc);
    if (!well_formed) {
      throw InputError(kInvalid, r.path(), loc, "[fonts] key '" + key + "' is neither a script code nor a language tag",
                       "write an ISO 15924 script code such as beng or a language tag such as zh-Hant");
    }
    std::string lower = key;
    for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    std::erase_if(fonts, [&](const style::ScriptFont& f) { return f.key == lower; });
    fonts.push_back({lower, *family, loc});
  }
}

namespace {

toml::table parse_toml(std::string_view toml_text, const std::string& path) {
  try {
    return toml::parse(toml_text, path);
  } catch (const toml::parse_error& e) {
    throw InputError(kInvalid, path, loc_of(e.source()), "TOML syntax error: " + std::string(e.description()),
                     "see templates/README.md for the template format");
  }
}

// Reads `doc` over `base`: a key the file sets replaces the base's value, the rest is kept.
style::Template apply_template(const toml::table& doc, const std::string& path, style::Template t) {
  t.path = path;
  // Headings follow the body family unless some template in the chain named their own.
  const bool headings_followed_body = t.headings.font.family.empty() || t.headings.font.family == t.body.font.family;
  bool heading_family_set = false;

  TableReader root(doc, "", path);
  if (auto d = root.string("description")) t.description = *d;
  if (auto e = root.string("extends")) t.extends = *e;  // already followed by load_template

  read_table(root, "page", [&](TableReader& r) { read_page(r, t.page); });
  if (t.page.size_name.empty()) t.page.size_name = "A4";  // PageSetup's default 210 x 297 mm
  read_table(root, "layout", [&](TableReader& r) { read_layout(r, t.layout); });
  read_table(root, "body", [&](TableReader& r) {
    read_font(r, t.body.font);
    if (auto v = r.number("size_pt", kMinSizePt, kMaxSizePt, &t.body.size_loc)) {
      t.body.font.size_pt = *v;
      t.body.size_file = path;
    }
    if (auto v = r.number("line_spacing", kMinLineSpacing, kMaxLineSpacing, &t.body.line_spacing_loc)) {
      t.body.line_spacing = *v;
      t.body.line_spacing_file = path;
    }
    if (auto v = r.number("paragraph_space_pt", 0, kMaxSizePt)) t.body.paragraph_space_pt = *v;
    if (auto a = r.choice("align", {"left", "justify"}, &t.body.align_loc)) {
      t.body.align = *a == "justify" ? style::TextAlign::Justify : style::TextAlign::Left;
      t.body.align_file = path;
    }
  });
  read_table(root, "text", [&](TableReader& r) {
    if (auto v = r.number("min_size_pt", kMinSizePt, kMaxSizePt, &t.text.min_size_loc)) {
      t.text.min_size_pt = *v;
      t.text.min_size_file = path;
    }
    if (auto v = r.number("secondary_scale", 0.5, 1.5)) t.text.secondary_scale = *v;
    if (auto b = r.boolean("italic_captions")) t.text.italic_captions = *b;
    if (auto b = r.boolean("smart_punctuation")) t.text.smart_punctuation = *b;
  });
  read_table(root, "headings", [&](TableReader& r) {
    read_font(r, t.headings.font);
    heading_family_set = !t.headings.font.family.empty();
    if (auto b = r.boolean("bold")) t.headings.font.bold = *b;
    if (const toml::node* n = r.find("sizes_pt")) {
      const toml::array* arr = n->as_array();
      if (!arr || arr->size() != 6) r.fail(*n, "[headings] sizes_pt must be an array of 6 sizes, h1 to h6");
      for (std::size_t i = 0; i < 6; ++i) {
        t.headings.sizes_pt[i] =
            r.number_value(*arr->get(i), "[headings] sizes_pt[" + std::to_string(i) + "]", kMinSizePt, kMaxSizePt);
      }
    }
    if (auto v = r.number("space_before_pt", 0, kMaxSizePt)) t.headings.space_before_pt = *v;
    if (auto v = r.number("space_after_pt", 0, kMaxSizePt)) t.headings.space_after_pt = *v;
  });
  read_table(root, "monospace", [&](TableReader& r) {
    read_font(r, t.monospace);
    if (auto v = r.number("size_pt", kMinSizePt, kMaxSizePt)) t.monospace.size_pt = *v;
  });
  read_table(root, "links", [&](TableReader& r) {
    if (auto c = r.colour("color")) t.link_color = *c;
    if (auto u = r.boolean("underline")) t.underline_links = *u;
    if (auto p = r.choice("print_urls", {"after", "none"}))
      t.print_urls = *p == "after" ? style::PrintUrls::After : style::PrintUrls::None;
  });
  read_table(root, "contents", [&](TableReader& r) {
    if (auto e = r.boolean("enabled")) t.contents.enabled = *e;
    if (auto v = r.number("min_headings", 0, 1000)) t.contents.min_headings = static_cast<int>(*v);
    if (auto v = r.number("levels", 1, 3)) t.contents.levels = static_cast<int>(*v);
    if (auto b = r.boolean("new_page")) t.contents.new_page = *b;
  });
  read_table(root, "callout", [&](TableReader& r) {
    if (auto c = r.colour("background")) t.callout.background = *c;
    if (const toml::node* n = r.find("border")) {
      if (n->is_string() && n->as_string()->get() == "none") {
        t.callout.border.reset();
      } else {
        t.callout.border = r.colour("border");
      }
    }
    if (auto v = r.number("border_width_pt", 0, 12)) t.callout.border_width_pt = *v;
    if (auto v = r.number("padding_pt", 0, kMaxSizePt)) t.callout.padding_pt = *v;
  });
  read_table(root, "table", [&](TableReader& r) {
    if (auto c = r.colour("header_background")) t.table.header_background = *c;
    if (auto c = r.colour("rule_color")) t.table.rule_color = *c;
  });
  read_table(root, "header", [&](TableReader& r) { read_running(r, t.header); });
  read_table(root, "footer", [&](TableReader& r) { read_running(r, t.footer); });
  read_table(root, "notes", [&](TableReader& r) {
    if (auto p = r.choice("placement", {"footnotes", "endnotes"})) {
      t.notes = *p == "footnotes" ? style::NotePlacement::Footnotes : style::NotePlacement::Endnotes;
    }
    if (auto h = r.string("heading")) t.notes_heading = *h;
  });
  read_table(root, "emphasis", [&](TableReader& r) {
    if (auto s = r.choice("style", {"italic", "bold"})) {
      t.emphasis = *s == "bold" ? style::EmphasisStyle::Bold : style::EmphasisStyle::Italic;
    }
  });
  read_table(root, "fonts", [&](TableReader& r) { read_script_fonts(r, t.script_fonts); });
  if (const toml::table* lh = root.subtable("letterhead")) {
    TableReader r(*lh, "letterhead", path);
    style::Letterhead letterhead;
    read_letterhead(r, *lh, letterhead, t.page.background);
    r.finish();
    t.letterhead = std::move(letterhead);
  }
  read_table(root, "abbreviations", [&](TableReader& r) {
    if (auto e = r.boolean("expand_first_use")) t.expand_abbreviations = *e;
  });
  root.finish();

  if (!heading_family_set && headings_followed_body) t.headings.font.family = t.body.font.family;
  check_page_fits(root, doc, t.page, t.layout.panels);
  return t;
}

// The `extends` value of a template file, with where it is written.
std::optional<std::pair<std::string, SourceLoc>> parent_of(const toml::table& doc, const std::string& path) {
  const toml::node* n = doc.get("extends");
  if (!n) return std::nullopt;
  if (!n->is_string() || n->as_string()->get().empty()) {
    throw InputError(kInvalid, path, loc_of(n->source()), "extends must name a template (a string in quotes)",
                     "e.g. extends = \"parent-leaflet\"");
  }
  return std::pair{n->as_string()->get(), loc_of(n->source())};
}

}  // namespace

style::Template parse_template(std::string_view toml_text, const std::string& path) {
  return parse_template_over(toml_text, path, style::house_defaults());
}

style::Template parse_template_over(std::string_view toml_text, const std::string& path, style::Template base) {
  return apply_template(parse_toml(toml_text, path), path, std::move(base));
}

std::vector<std::string> template_search_path() {
  std::vector<std::string> dirs;
  auto add = [&](const std::string& d) {
    if (!d.empty() && std::find(dirs.begin(), dirs.end(), d) == dirs.end()) dirs.push_back(d);
  };
  if (const char* env = std::getenv("HANDOUT_TEMPLATES")) {
    std::string_view rest(env);
    while (true) {
      std::size_t colon = rest.find(':');
      add(std::string(rest.substr(0, colon)));
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) add((exe.parent_path().parent_path() / HANDOUT_INSTALL_TEMPLATES_SUBDIR).lexically_normal().string());
  add(HANDOUT_SOURCE_TEMPLATES_DIR);
  return dirs;
}

std::vector<std::string> available_templates() {
  std::set<std::string> names;
  for (const auto& dir : template_search_path()) {
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (fs::is_regular_file(it->path() / kTemplateFile, ec)) names.insert(it->path().filename().string());
    }
  }
  return {names.begin(), names.end()};
}

namespace {

std::string list_hint() {
  auto names = available_templates();
  return names.empty() ? std::string("no templates found; set HANDOUT_TEMPLATES to a folder of templates")
                       : "available templates: " + join(names, ", ");
}

bool valid_name(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::optional<fs::path> find_template_file(const std::string& name) {
  for (const auto& dir : template_search_path()) {
    fs::path file = fs::path(dir) / name / kTemplateFile;
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) return file;
  }
  return std::nullopt;
}

// One step of an `extends` chain. `chain` holds the templates that led here, child first, so a
// cycle is caught before it recurses; `file`/`loc` is the `extends` line that named `name`.
style::Template load_chain(const std::string& name, std::vector<std::string>& chain, const std::string& file,
                           SourceLoc loc) {
  if (std::find(chain.begin(), chain.end(), name) != chain.end()) {
    chain.push_back(name);
    throw InputError(kInvalid, file, loc, "template extends itself: " + join(chain, " -> "),
                     "remove the extends line from one of these templates");
  }
  if (!valid_name(name) || !find_template_file(name)) {
    throw InputError(kInvalid, file, loc, "extends names '" + name + "', but there is no template of that name",
                     list_hint());
  }
  const fs::path path = *find_template_file(name);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(kNotFound, path.string(), {}, "cannot read template file");
  std::ostringstream text;
  text << in.rdbuf();
  const toml::table doc = parse_toml(text.str(), path.string());
  style::Template base = style::house_defaults();
  if (auto parent = parent_of(doc, path.string())) {
    chain.push_back(name);
    base = load_chain(parent->first, chain, path.string(), parent->second);
    chain.pop_back();
  }
  style::Template t = apply_template(doc, path.string(), std::move(base));
  t.name = name;
  t.directory = path.parent_path().string();
  return t;
}

}  // namespace

style::Template load_template(const std::string& name) {
  // The name comes from the content file, so it must never climb out of the template folders.
  if (!valid_name(name)) {
    throw InputError(kNotFound, "", {}, "'" + name + "' is not a template name (lower-case letters, digits, '-')",
                     list_hint());
  }
  if (!find_template_file(name)) throw InputError(kNotFound, "", {}, "no template named '" + name + "'", list_hint());
  std::vector<std::string> chain;
  return load_chain(name, chain, "", {});
}

}  // namespace handout::parse
