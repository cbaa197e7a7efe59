// Helpers for the DOCX writer tests: templates like the two real ones, built in code so the tests
// do not depend on template files; writing a fixture; reading zip entries back with libzip.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "docx/docx_writer.hpp"
#include "model/document.hpp"
#include "style/template.hpp"

namespace handout::test {

// A5 leaflet: endnotes, abbreviations expanded at first use, page numbers in the footer.
style::Template leaflet_template();
// A4 handout: footnotes, title in the header, "Page n of m" in the footer.
style::Template handout_template();

// tests/fixtures/docx/<name>, parsed with image checks on.
model::Document read_docx_fixture(const std::string& name);

// The zip entries in stored order: (name, bytes).
std::vector<std::pair<std::string, std::string>> unzip_entries(const std::string& zip_bytes);
// One entry's bytes; empty if absent.
std::string unzip_entry(const std::string& zip_bytes, const std::string& name);

// tests/tools/docx_check.py: the ECMA-376 schemas plus the rules Word enforces beyond them (needs
// /usr/bin/python3 + lxml).
std::string docx_validate_path();

}  // namespace handout::test
