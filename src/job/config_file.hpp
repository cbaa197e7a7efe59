// Project configuration (handout.toml; format in docs/configuration.md) → rules::LintConfig.
// The file is found by walking up from the content file's folder, as .editorconfig and
// markdownlint's .markdownlint.jsonc are, so one file at the root of a handout collection
// sets the rules for every document below it.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "rules/lint_config.hpp"

namespace handout::job {

inline constexpr const char* kConfigFileName = "handout.toml";

// The nearest handout.toml in the content file's folder or any folder above it, up to the
// filesystem root; nullopt if there is none. Relative content paths give a path relative to the
// current folder, absolute ones an absolute path.
std::optional<std::string> find_config_file(const std::string& content_path);

// Parses handout.toml text on top of LintConfig::defaults(); `path` for messages and
// LintConfig::path. Bad input: InputError "config-invalid" with line and column.
rules::LintConfig parse_config(std::string_view toml_text, const std::string& path);

// Reads and parses the file; unreadable file: InputError "config-invalid".
rules::LintConfig read_config_file(const std::string& path);

// Remembers, per folder, which handout.toml applies and, per file, what it says, so linting a
// thousand files in one folder searches the tree and reads the file once.
class ConfigCache {
 public:
  // The config for a content file: its nearest handout.toml, or the built-in defaults.
  // Throws InputError "config-invalid" (every time it is asked) when that file is broken.
  const rules::LintConfig& for_content(const std::string& content_path);

  // The built-in defaults (for --no-config).
  const rules::LintConfig& defaults() const { return defaults_; }

  std::size_t files_read() const { return files_read_; }

 private:
  rules::LintConfig defaults_ = rules::LintConfig::defaults();
  std::map<std::string, std::optional<std::string>, std::less<>> by_folder_;    // folder → config file
  std::map<std::string, std::unique_ptr<rules::LintConfig>, std::less<>> by_file_;
  std::map<std::string, InputError, std::less<>> broken_;                      // config file → its error
  std::size_t files_read_ = 0;
};

}  // namespace handout::job
