#include "cli/help.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <set>

namespace handout::cli {
namespace {

namespace po = boost::program_options;

constexpr std::size_t kMinWidth = 40;
constexpr std::size_t kMaxWidth = 100;
constexpr std::size_t kMaxFlagsColumn = 28;  // longer flags put their text on the next line

// Appends `paragraph` (one line of text, no "\n") wrapped to `width`, each line indented.
void wrap_line(std::string& out, std::string_view paragraph, std::size_t width, std::size_t indent) {
  const std::string pad(indent, ' ');
  std::size_t column = 0;
  bool line_open = false;
  std::size_t i = 0;
  while (i < paragraph.size()) {
    while (i < paragraph.size() && paragraph[i] == ' ') ++i;
    if (i >= paragraph.size()) break;
    const std::size_t end = std::min(paragraph.find(' ', i), paragraph.size());
    const std::string_view word = paragraph.substr(i, end - i);
    const std::size_t w = display_width(word);
    if (line_open && column + 1 + w > width) {
      out += '\n';
      line_open = false;
    }
    if (!line_open) {
      out += pad;
      column = indent;
      line_open = true;
    } else {
      out += ' ';
      ++column;
    }
    out += word;
    column += w;
    i = end;
  }
  out += '\n';
}

struct Flags {
  std::string text;  // "-f, --format FORMAT"
  std::string help;  // the description, with its default
};

Flags flags_of(const po::option_description& option) {
  Flags f;
  const std::string shown = option.format_name();  // "-f [ --format ]" or "--format"
  const std::string& long_name = option.long_name();
  std::string short_name;
  if (shown.size() > 1 && shown[0] == '-' && shown[1] != '-') short_name = shown.substr(0, 2);
  f.text = (short_name.empty() ? "    " : short_name + ", ") + "--" + long_name;
  const auto semantic = option.semantic();
  f.help = option.description();
  if (semantic->max_tokens() > 0) {
    // Boost names a value "NAME (=default)"; show "NAME" here and the default after the text.
    std::string name = semantic->name();
    std::string default_text;
    if (const auto at = name.find(" (="); at != std::string::npos) {
      default_text = name.substr(at + 3, name.size() - at - 4);
      name.resize(at);
    }
    if (name == "arg") name = "VALUE";
    f.text += " " + name;
    if (!default_text.empty() && f.help.find("default") == std::string::npos)
      f.help += " (default: " + default_text + ")";
  }
  return f;
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;  // count lead bytes, not continuation bytes
  return n;
}

std::string pad_to(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t w = display_width(text);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::size_t terminal_width() {
  std::size_t width = 80;
  if (const char* columns = std::getenv("COLUMNS"); columns && *columns) {
    std::size_t parsed = 0;
    const std::string_view s(columns);
    if (std::from_chars(s.data(), s.data() + s.size(), parsed).ec == std::errc() && parsed > 0) width = parsed;
  } else {
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) width = size.ws_col;
  }
  return std::clamp(width, kMinWidth, kMaxWidth);
}

std::string wrap(std::string_view text, std::size_t width, std::size_t indent) {
  std::string out;
  std::size_t i = 0;
  while (i <= text.size()) {
    const std::size_t end = std::min(text.find('\n', i), text.size());
    const std::string_view line = text.substr(i, end - i);
    if (line.empty())
      out += '\n';
    else
      wrap_line(out, line, width, indent);
    if (end == text.size()) break;
    i = end + 1;
  }
  return out;
}

void print_help(std::ostream& out, const HelpPage& page, const po::options_description& options, std::size_t width,
                std::string_view hidden) {
  out << "Usage: " << page.usage << "\n\n" << wrap(page.description, width) << '\n';
  // Every option, by long name; the ones no section names go under "Other options".
  std::vector<std::pair<std::string_view, std::vector<Flags>>> sections;
  std::set<std::string, std::less<>> placed;
  for (const HelpSection& section : page.sections) {
    std::vector<Flags> rows;
    for (std::string_view name : section.options) {
      const po::option_description* option = options.find_nothrow(std::string(name), false);
      if (!option) continue;  // an option this build does not have
      rows.push_back(flags_of(*option));
      placed.insert(std::string(name));
    }
    if (!rows.empty()) sections.emplace_back(section.title, std::move(rows));
  }
  std::vector<Flags> others;
  for (const auto& option : options.options())
    if (option->long_name() != hidden && !placed.contains(option->long_name())) others.push_back(flags_of(*option));
  if (!others.empty()) sections.emplace_back("Other options", std::move(others));
  sections.emplace_back("Help", std::vector<Flags>{{"-h, --help", "show this help"}});

  std::size_t column = 0;
  for (const auto& [title, rows] : sections)
    for (const Flags& f : rows)
      if (display_width(f.text) <= kMaxFlagsColumn) column = std::max(column, display_width(f.text));
  column += 2 + 2;  // two spaces of indent, two between the flags and the text
  for (const auto& [title, rows] : sections) {
    out << title << ":\n";
    for (const Flags& f : rows) {
      const std::string help = wrap(f.help, std::max(width, column + 20), column);
      std::string lead = "  " + f.text;
      if (display_width(lead) + 2 > column) {
        out << lead << '\n' << help;
      } else {
        out << pad_to(lead, column) << std::string_view(help).substr(column);
      }
    }
    out << '\n';
  }
  if (!page.footer.empty()) out << wrap(page.footer, width);
}

}  // namespace handout::cli
