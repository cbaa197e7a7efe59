// Help text in Handout's own layout (not Boost's "-f [ --format ] arg (=text)"): a usage line,
// a description, the options in titled sections, aligned by display width and wrapped to the
// terminal. Options are declared once, with Boost.Program_options; a command's help page only
// names which section each option belongs to.
//
// To add an option to a command: declare it in the command's add_options() (give a value name
// with ->value_name("NAME") when it takes one) and add its long name to one of the sections of
// that command's HelpPage. An option left out of every section is still shown, under "Other
// options", so none goes undocumented.
#pragma once
#include <boost/program_options.hpp>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace handout::cli {

struct HelpSection {
  std::string_view title;                  // "Report"
  std::vector<std::string_view> options;   // long names, in the order shown: "format", "output"
};

struct HelpPage {
  std::string_view usage;      // "handout lint [options] PATH..."
  std::string description;     // paragraphs separated by blank lines; wrapped when printed
  std::vector<HelpSection> sections;
  std::string_view footer;     // the last paragraph (exit codes), wrapped
};

// Writes `page` for the options of `options` (a positional option such as "paths" is left out
// when `hidden` names it).
void print_help(std::ostream& out, const HelpPage& page, const boost::program_options::options_description& options,
                std::size_t width, std::string_view hidden = {});

// The width to wrap to: $COLUMNS, else the width of the terminal on standard output, else 80
// (never under 40, and at most 100 so that lines stay readable on a wide window).
std::size_t terminal_width();

// Columns a UTF-8 string takes in a terminal: one per code point ("—" is one, not three bytes).
std::size_t display_width(std::string_view text);

// `text` padded with spaces to `width` display columns (unchanged when already wider).
std::string pad_to(std::string_view text, std::size_t width);

// Wraps each paragraph of `text` (paragraphs are separated by "\n\n"; a single "\n" is kept as
// a line break) to `width` columns, indenting every line by `indent` spaces.
std::string wrap(std::string_view text, std::size_t width, std::size_t indent = 0);

}  // namespace handout::cli
