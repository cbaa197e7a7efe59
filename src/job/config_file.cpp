// handout.toml → rules::LintConfig (format in docs/configuration.md). Every key is checked, so a
// misspelt rule id or setting is an error with its line rather than a silently ignored line.
#include "job/config_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>
#include <toml++/toml.h>
#include <vector>

#include "core/suggest.hpp"
#include "rules/rule.hpp"

namespace handout::job {
namespace {

namespace fs = std::filesystem;

constexpr const char* kInvalid = "config-invalid";
constexpr const char* kFormatHint = "see docs/configuration.md for the handout.toml format";

SourceLoc loc_of(const toml::source_region& r) {
  return SourceLoc{static_cast<std::uint32_t>(r.begin.line), static_cast<std::uint32_t>(r.begin.column)};
}

SourceLoc loc_of_key(const toml::key& key, const toml::node& value) {
  SourceLoc loc = loc_of(key.source());
  return loc.known() ? loc : loc_of(value.source());
}

std::string closest_rule_id(std::string_view id) {
  std::vector<std::string_view> ids;
  for (const rules::Rule* r : rules::all_rules()) ids.push_back(r->id);
  return closest_word(id, ids);  // more than three edits away is a different word, not a typo
}

class ConfigParser {
 public:
  explicit ConfigParser(const std::string& path) : path_(path) {}

  rules::LintConfig parse(std::string_view text) {
    toml::table doc;
    try {
      doc = toml::parse(text, path_);
    } catch (const toml::parse_error& e) {
      throw InputError(kInvalid, path_, loc_of(e.source()), "TOML syntax error: " + std::string(e.description()),
                       kFormatHint);
    }
    rules::LintConfig config = rules::LintConfig::defaults();
    config.path = path_;
    for (auto&& [key, node] : doc) {
      if (key == "images") {
        config.images_dir = images_folder(node);
        continue;
      }
      if (key != "rules" && key != "audience" && key != "default_audience") {
        fail(loc_of_key(key, node), "unknown table '" + std::string(key.str()) + "'",
             "handout.toml has images = \"folder\", [rules], [audience.NAME] and [default_audience]");
      }
    }
    // [default_audience] first, whatever its place in the file: new audiences start from it.
    if (auto it = doc.find("default_audience"); it != doc.end()) {
      read_targets(table_of(it->first, it->second), config.default_audience);
    }
    if (auto it = doc.find("audience"); it != doc.end()) {
      for (auto&& [name, targets] : table_of(it->first, it->second)) {
        // A known audience keeps what it does not set; a new one starts from the fallback targets.
        auto a = config.audiences.try_emplace(std::string(name.str()), config.default_audience).first;
        read_targets(table_of(name, targets, "[audience." + std::string(name.str()) + "]"), a->second);
      }
    }
    if (auto it = doc.find("rules"); it != doc.end()) read_rules(table_of(it->first, it->second), config);
    return config;
  }

 private:
  [[noreturn]] void fail(SourceLoc loc, std::string message, std::string hint = kFormatHint) const {
    throw InputError(kInvalid, path_, loc, std::move(message), std::move(hint));
  }

  // images = "shared-images": relative to the folder of handout.toml, and must exist there.
  std::string images_folder(const toml::node& node) const {
    if (!node.is_string() || node.as_string()->get().empty()) {
      fail(loc_of(node.source()), "images must name a folder (a string in quotes)", "e.g. images = \"shared-images\"");
    }
    const fs::path written = node.as_string()->get();
    const fs::path folder = written.is_absolute() ? written : fs::path(path_).parent_path() / written;
    std::error_code ec;
    const fs::path real = fs::canonical(folder, ec);
    if (ec || !fs::is_directory(real, ec)) {
      fail(loc_of(node.source()), "images folder \"" + written.string() + "\" does not exist",
           "the path is relative to the folder holding handout.toml");
    }
    return real.string();
  }

  const toml::table& table_of(const toml::key& key, const toml::node& node, std::string what = {}) const {
    if (!node.is_table()) {
      if (what.empty()) what = "[" + std::string(key.str()) + "]";
      fail(loc_of_key(key, node), "'" + std::string(key.str()) + "' must be a table " + what);
    }
    return *node.as_table();
  }

  void read_rules(const toml::table& table, rules::LintConfig& config) const {
    for (auto&& [key, node] : table) {
      const std::string id(key.str());
      if (!rules::find_rule(id)) {
        std::string near = closest_rule_id(id);
        fail(loc_of_key(key, node), "unknown rule id '" + id + "'",
             near.empty() ? std::string("run `handout rules` to list the rule ids")
                          : "did you mean '" + near + "'? (`handout rules` lists them all)");
      }
      const std::string value = node.is_string() ? node.as_string()->get() : std::string();
      rules::RuleSetting setting;
      if (value == "off") {
        setting.enabled = false;
      } else if (value == "on") {
        // enabled with the rule's own severity
      } else if (value == "error") {
        setting.severity = Severity::Error;
      } else if (value == "warning") {
        setting.severity = Severity::Warning;
      } else if (value == "info") {
        setting.severity = Severity::Info;
      } else {
        fail(loc_of(node.source()), "rule '" + id + "' is set to " + describe(node),
             "write one of \"off\", \"on\", \"error\", \"warning\", \"info\"");
      }
      config.rules[id] = setting;
    }
  }

  void read_targets(const toml::table& table, rules::AudienceTargets& targets) const {
    for (auto&& [key, node] : table) {
      // Ranges: FK grade 0 (reception) to 20 (postgraduate); Flesch Reading Ease runs below 0 for
      // dense academic text and tops out at 121.22 (one-syllable, one-word sentences).
      if (key == "max_grade") {
        targets.max_grade = number(key, node, 0, 20);
      } else if (key == "min_reading_ease") {
        targets.min_reading_ease = number(key, node, -100, 121.22);
      } else if (key == "max_sentence_words") {
        if (!node.is_integer()) fail(loc_of(node.source()), "max_sentence_words must be a whole number");
        targets.max_sentence_words = static_cast<int>(number(key, node, 5, 200));
      } else {
        fail(loc_of_key(key, node), "unknown key '" + std::string(key.str()) + "' in an audience table",
             "audience keys: max_grade, min_reading_ease, max_sentence_words");
      }
    }
  }

  double number(const toml::key& key, const toml::node& node, double min, double max) const {
    double v = 0;
    if (auto i = node.as_integer()) {
      v = static_cast<double>(i->get());
    } else if (auto f = node.as_floating_point()) {
      v = f->get();
    } else {
      fail(loc_of(node.source()), std::string(key.str()) + " must be a number, not " + describe(node));
    }
    if (!(v >= min && v <= max)) {
      std::ostringstream msg;
      msg << key.str() << " is " << v << ", outside the range " << min << " to " << max;
      fail(loc_of(node.source()), msg.str());
    }
    return v;
  }

  static std::string describe(const toml::node& node) {
    if (node.is_string()) return "\"" + node.as_string()->get() + "\"";
    std::ostringstream out;
    out << "a " << node.type();
    return out.str();
  }

  const std::string& path_;
};

}  // namespace

std::optional<std::string> find_config_file(const std::string& content_path) {
  std::error_code ec;
  const fs::path content(content_path);
  fs::path dir = fs::absolute(content, ec).parent_path().lexically_normal();
  if (ec) return std::nullopt;
  while (true) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) {
      if (content.is_absolute()) return candidate.string();
      fs::path rel = candidate.lexically_relative(fs::current_path(ec));
      return (ec || rel.empty()) ? candidate.string() : rel.string();
    }
    if (!dir.has_relative_path()) return std::nullopt;  // reached the root
    dir = dir.parent_path();
  }
}

rules::LintConfig parse_config(std::string_view toml_text, const std::string& path) {
  return ConfigParser(path).parse(toml_text);
}

rules::LintConfig read_config_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(kInvalid, path, {}, "cannot read project config file");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), path);
}

const rules::LintConfig& ConfigCache::for_content(const std::string& content_path) {
  std::error_code ec;
  std::string folder = fs::absolute(fs::path(content_path), ec).parent_path().lexically_normal().string();
  auto found = by_folder_.find(folder);
  if (found == by_folder_.end()) found = by_folder_.emplace(folder, find_config_file(content_path)).first;
  if (!found->second) return defaults_;

  const std::string& file = *found->second;
  if (auto err = broken_.find(file); err != broken_.end()) throw err->second;
  if (auto it = by_file_.find(file); it != by_file_.end()) return *it->second;
  ++files_read_;
  try {
    auto config = std::make_unique<rules::LintConfig>(read_config_file(file));
    return *by_file_.emplace(file, std::move(config)).first->second;
  } catch (const InputError& e) {
    broken_.emplace(file, e);
    throw;
  }
}

}  // namespace handout::job
