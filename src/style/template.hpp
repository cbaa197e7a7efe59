// Layout templates (templates/<name>/template.toml) as plain data: page, fonts, colours,
// running header/footer and note placement. Parsed by parse/template_reader; read by the
// template lint rules (50-53), the layout engine and both writers.
#pragma once
#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/colour.hpp"
#include "core/source_loc.hpp"

namespace handout::style {

// The running header and footer keep at least this far from the paper's edge, in every output:
// desktop printers cannot print nearer, and the hand holding a leaflet covers it.
inline constexpr double kRunningTextInsetMm = 10;

enum class TextAlign { Left, Justify };
enum class NotePlacement { Footnotes, Endnotes };
// Where the PDF prints the address of an external link, which paper cannot follow:
// after the link text in brackets, or nowhere ([links] print_urls).
enum class PrintUrls { None, After };

// The printed table of contents ([contents]): settled in resolve, printed by every writer.
struct ContentsSetup {
  bool enabled = false;
  int min_headings = 0;   // printed only when at least this many headings would be listed
  int levels = 2;         // headings of levels 1..levels are listed (2 or 3 in practice)
  bool new_page = true;   // PDF: the body continues on a new page after the contents
};
enum class EmphasisStyle { Italic, Bold };

struct PageSetup {
  std::string size_name;  // "A4", "A5" or "custom"
  double width_mm = 210, height_mm = 297;
  double margin_top_mm = 20, margin_bottom_mm = 20, margin_left_mm = 20, margin_right_mm = 20;
  Colour background = kWhite;
};

// [layout]: the page's text area split into side-by-side panels, as on a folded leaflet. Each panel
// is an equal share of the page width with the [page] side margins inside it, so the text keeps as
// far from a fold as from the paper's edge. The text flows from panel to panel: left to right, page
// by page; with a roll fold (three panels, two sides), front cover first (templates/README.md).
enum class Fold { None, Roll };

struct PanelSetup {
  int panels = 1;
  Fold fold = Fold::None;
  SourceLoc loc;  // where [layout] panels is written
};

struct FontSpec {
  std::string family;       // a fontconfig family name, e.g. "Liberation Sans"
  double size_pt = 12;
  bool bold = false;
  Colour color = kBlack;
  SourceLoc loc;            // where the family was set, for template lint
  std::string file;         // the template file that set it (a parent's, when inherited)
};

// A family for text in one script or language ([fonts] in template.toml): `key` is an ISO 15924
// script code in lower case ("beng") or a BCP 47 language tag ("zh", "zh-Hant"). The PDF uses it
// for characters the body font lacks; a language entry wins over a script entry.
struct ScriptFont {
  std::string key;
  std::string family;
  SourceLoc loc;            // where the template set it; unknown for a house default
};

struct BodyStyle {
  FontSpec font;
  double line_spacing = 1.5;   // multiple of the font size
  double paragraph_space_pt = 8;  // space after each paragraph
  TextAlign align = TextAlign::Left;
  SourceLoc size_loc, line_spacing_loc, align_loc;
  // The template file that set each of them: a template that `extends` another inherits the
  // setting with its position in the parent's file, so lint must name that file.
  std::string size_file, line_spacing_file, align_file;
};

// [text]: sizes held for all running text, not only the body, and how secondary text is set.
struct TextRules {
  // The smallest size any running text may take (body, captions, table text, notes): the
  // template's readership, as a number, for rule 50 and for the scaled-down secondary text.
  // RNIB Clear Print: 12pt minimum; 14pt for a general readership; 16pt and up for large print.
  double min_size_pt = 12;
  SourceLoc min_size_loc;
  std::string min_size_file;
  double secondary_scale = 0.9;   // captions, table text and notes relative to the body size
  bool italic_captions = true;    // figure captions in italic (RNIB/BDA advise against italics)
  bool smart_punctuation = true;  // curly quotes, dashes and ellipses (resolve stage)
};

struct HeadingStyle {
  FontSpec font;                 // size_pt unused; see sizes_pt
  double sizes_pt[6] = {24, 19, 16, 14, 13, 12};
  double space_before_pt = 12, space_after_pt = 6;
};

struct CalloutStyle {
  Colour background{0xfd, 0xf2, 0xd0};
  std::optional<Colour> border;  // nullopt = no border drawn
  double border_width_pt = 0;
  double padding_pt = 8;
};

// The template's own shades for tables: named here so that lint checks them and every writer
// paints the same ones.
struct TableStyle {
  Colour header_background{0xee, 0xf2, 0xf7};  // behind <th> cells
  Colour rule_color{0x88, 0x88, 0x88};         // cell borders, the footnote rule, the quote bar
};

struct RunningText {
  std::string left, centre, right;  // patterns: {title}, {page}, {pages}, {date}, {author}
  double size_pt = 9;
  Colour color{0x44, 0x44, 0x44};
};

// [letterhead]: a logo at the top of the first page or of every page. The picture's bytes are read
// (and an SVG rasterised at 300 dpi for the placed width) when the template is loaded, so every
// writer embeds the same picture and a bad file stops the run before anything is written.
enum class LetterheadPages { First, Every };
enum class LetterheadAlign { Left, Centre, Right };

struct Letterhead {
  std::string image;          // as written in the template
  std::string source;         // the file, resolved inside the template's folder
  bool svg = false;           // `source` is SVG; `bytes` is then its rasterised PNG
  bool jpeg = false;          // `bytes` is JPEG, else PNG
  std::shared_ptr<const std::string> bytes;
  std::uint32_t pixel_width = 0, pixel_height = 0;
  std::string alt;            // empty only when decorative
  bool decorative = false;
  LetterheadPages pages = LetterheadPages::First;
  double width_mm = 40;
  LetterheadAlign align = LetterheadAlign::Left;
  double space_after_mm = 6;  // between the logo and the text below it
  SourceLoc loc;
  double height_mm() const { return pixel_width ? width_mm * pixel_height / pixel_width : 0; }
  bool on_page(int index) const { return index == 0 || pages == LetterheadPages::Every; }
};

struct Template {
  std::string name;
  std::string path;        // the template.toml file, for diagnostics
  std::string extends;     // the parent template's name, or empty
  std::string directory;   // folder holding it (reference parts, images)
  std::string description;
  PageSetup page;
  PanelSetup layout;
  BodyStyle body;
  TextRules text;
  HeadingStyle headings;
  FontSpec monospace;      // for <code>
  Colour link_color{0x0b, 0x4f, 0x9c};
  bool underline_links = true;
  PrintUrls print_urls = PrintUrls::None;
  ContentsSetup contents;
  CalloutStyle callout;
  TableStyle table;
  RunningText header, footer;
  NotePlacement notes = NotePlacement::Endnotes;
  std::string notes_heading = "Notes";
  EmphasisStyle emphasis = EmphasisStyle::Italic;
  bool expand_abbreviations = false;  // print "expansion (ABBR)" at first use
  std::vector<ScriptFont> script_fonts;  // house defaults, replaced key by key by [fonts]
  std::optional<Letterhead> letterhead;

  // Captions, table text and notes: the body scaled by [text] secondary_scale, never below
  // [text] min_size_pt, so a template held to 14pt does not print its captions at 12.6pt.
  double secondary_size_pt() const { return reduced_size_pt(text.secondary_scale); }
  double reduced_size_pt(double scale) const {
    const double scaled = body.font.size_pt * scale;
    return scaled < text.min_size_pt ? std::min(text.min_size_pt, body.font.size_pt) : scaled;
  }
  // Paddings, indents, marker widths and rule widths are designed for 12pt body text and grow
  // with it, so a large-print edition keeps the proportions of the standard one.
  double layout_scale() const { return body.font.size_pt / kDesignBodyPt; }
  static constexpr double kDesignBodyPt = 12;

  // The file that set a setting: `file` when it was inherited from a parent, else this one.
  const std::string& file_of(const std::string& file) const { return file.empty() ? path : file; }
};

// The house defaults every template starts from before its TOML is read (templates/README.md):
// Liberation Sans, metric-compatible with Arial (the BDA's first example of a plain sans serif),
// bold headings (in the body family unless the template names one), Liberation Mono for code.
// Tests and fuzzers start from them too.
inline Template house_defaults() {
  Template t;
  t.body.font.family = "Liberation Sans";
  t.headings.font.bold = true;
  t.monospace.family = "Liberation Mono";
  // Noto covers the scripts the families we write for read (Debian: fonts-noto-core,
  // fonts-noto-cjk); Chinese, Japanese and Korean share code points but not glyph shapes, so the
  // language picks the CJK family.
  t.script_fonts = {{"beng", "Noto Sans Bengali", {}},    {"guru", "Noto Sans Gurmukhi", {}},
                    {"ethi", "Noto Sans Ethiopic", {}},   {"deva", "Noto Sans Devanagari", {}},
                    {"arab", "Noto Naskh Arabic", {}},    {"ur", "Noto Nastaliq Urdu", {}},
                    {"hani", "Noto Sans CJK SC", {}},     {"zh", "Noto Sans CJK SC", {}},
                    {"zh-hans", "Noto Sans CJK SC", {}},  {"zh-cn", "Noto Sans CJK SC", {}},
                    {"zh-hant", "Noto Sans CJK TC", {}},  {"zh-tw", "Noto Sans CJK TC", {}},
                    {"zh-hk", "Noto Sans CJK TC", {}},    {"ja", "Noto Sans CJK JP", {}},
                    {"hira", "Noto Sans CJK JP", {}},     {"kana", "Noto Sans CJK JP", {}},
                    {"ko", "Noto Sans CJK KR", {}},       {"hang", "Noto Sans CJK KR", {}}};
  return t;
}

}  // namespace handout::style
