// The hostile-input corpus of issue 6, through the real binary: each file is built together with
// a good document. For each: one clear message naming the file (and line where there is one),
// a non-zero exit, nothing written for it, the good document still built, all in under a second.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "support/process.hpp"
#include "support/test_support.hpp"

using handout::test::run_handout;
using handout::test::TempDir;
using handout::test::write_file;
namespace fs = std::filesystem;

namespace {


// A leaflet whose body is `body`, starting on line 3.
std::string leaflet(const std::string& body) {
  return "<handout lang=\"en-GB\" template=\"parent-leaflet\"><meta><title>Hostile</title>\n"
         "<audience>parents</audience></meta><body><h1>Hostile</h1>\n" +
         body + "</body></handout>\n";
}

struct HostileCase {
  std::string name;   // file name in the content folder
  std::string bytes;  // its content
  std::string code;   // the error code expected
  std::string where;  // ":line:" expected after the file name, or "" for a file-level error
};

std::vector<HostileCase> corpus() {
  std::string laughs = "<?xml version='1.0'?>\n<!DOCTYPE lolz [\n<!ENTITY lol 'lol'>\n";
  for (int i = 1; i < 10; ++i)
    laughs += "<!ENTITY lol" + std::to_string(i) + " '&lol" + std::to_string(i - 1) + ";&lol" +
              std::to_string(i - 1) + ";'>\n";
  laughs += "]>\n<handout lang='en'>&lol9;</handout>\n";
  std::string deep = leaflet("");
  std::string nest;
  for (int i = 0; i < 100000; ++i) nest += "<section>";
  for (int i = 0; i < 100000; ++i) nest += "</section>";
  deep = leaflet(nest);
  std::string rows;
  for (int i = 0; i < 20000; ++i) rows += "<tr><td>Row " + std::to_string(i) + "</td><td>Value</td></tr>\n";
  return {
      {"billion-laughs.xml", laughs, "xml-dtd-forbidden", ":2:"},
      {"external-entity.xml",
       "<?xml version='1.0'?>\n<!DOCTYPE handout [<!ENTITY secret SYSTEM 'file:///etc/passwd'>]>\n"
       "<handout lang='en'>&secret;</handout>\n",
       "xml-dtd-forbidden", ":2:"},
      {"doctype.xml", "<?xml version='1.0'?>\n<!DOCTYPE handout SYSTEM 'handout.dtd'>\n<handout lang='en'/>\n",
       "xml-dtd-forbidden", ":2:"},
      {"deep-nesting.xml", deep, "limit-exceeded", ":3:"},
      {"50mb-text.xml", leaflet("<p>" + std::string(50u << 20, 'a') + "</p>"), "limit-exceeded", ""},
      {"invalid-utf8.xml", leaflet("<p>caf\xc3\x28</p>"), "xml-encoding", ":3:"},
      {"zero-bytes.xml", "", "xml-encoding", ""},
      {"nul-bytes.xml", leaflet(std::string("<p>a\0b</p>", 10)), "xml-encoding", ":3:"},
      {"dot-dot.xml", leaflet("<img src='../outside.png' alt='A photo'/>"), "image-outside-content-dir", ":3:"},
      {"absolute.xml", leaflet("<img src='/etc/hostname' alt='A photo'/>"), "image-outside-content-dir", ":3:"},
      {"symlink.xml", leaflet("<img src='link.png' alt='A photo'/>"), "image-outside-content-dir", ":3:"},
      {"file-url.xml", leaflet("<img src='file:///etc/hostname' alt='A photo'/>"), "image-outside-content-dir", ":3:"},
      {"http-url.xml", leaflet("<img src='http://example.com/a.png' alt='A photo'/>"), "image-outside-content-dir",
       ":3:"},
      {"huge-png.xml", leaflet("<img src='huge.png' alt='A photo'/>"), "limit-exceeded", ":3:"},
      {"truncated-jpeg.xml", leaflet("<img src='truncated.jpg' alt='A photo'/>"), "image-not-an-image", ":3:"},
      {"20000-rows.xml", leaflet("<table><tr><th>Name</th><th>Value</th></tr>\n" + rows + "</table>"),
       "limit-exceeded", ":2003:"},  // the 2,001st row
      {"bad-colour.xml", leaflet("<p><span color='#ggg'>x</span></p>"), "attr-bad-colour", ":3:"},
  };
}

// Images next to (and outside) the content folder that the corpus points at.
void write_images(const TempDir& dir) {
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x10\0\0\0\x08\x08\x02\0\0\0\0\0\0\0", 33);
  const std::string iend("\0\0\0\0IEND\xae\x42\x60\x82", 12);
  std::string huge = png;  // declares 100,000 x 100,000 pixels
  huge[17] = '\x01', huge[18] = '\x86', huge[19] = '\xa0', huge[21] = '\x01', huge[22] = '\x86', huge[23] = '\xa0';
  std::ofstream(dir.file("content/huge.png"), std::ios::binary) << huge << iend;
  std::ofstream(dir.file("outside.png"), std::ios::binary) << png << iend;
  fs::create_symlink(dir.file("outside.png"), dir.file("content/link.png"));
  const std::string jpeg("\xff\xd8\xff\xc0\x00\x11\x08\x00\x10\x00\x10\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 21);
  std::ofstream(dir.file("content/truncated.jpg"), std::ios::binary) << jpeg << std::string(200, '\x55');
}

}  // namespace

TEST_CASE("hostile input: each file fails alone, clearly and quickly, and the good one is built",
          "[cli][build][hostile]") {
  TempDir dir;
  fs::create_directories(dir.file("content"));
  write_images(dir);
  write_file(dir.file("content/good.xml"), handout::test::kCleanLeaflet);
  for (const HostileCase& c : corpus()) {
    INFO(c.name);
    const std::string path = dir.file("content/" + c.name);
    write_file(path, c.bytes);
    const std::string out = dir.file("out-" + c.name);
    const auto start = std::chrono::steady_clock::now();
    auto r = run_handout({"build", "-q", "--pdf", "--docx", "--html", path, dir.file("content/good.xml"), "-o", out});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO(r.out << r.err);
    CHECK(r.exit_code == 2);
    CHECK(seconds < 1.0);
    const std::size_t at = r.out.find(path + c.where);
    REQUIRE(at != std::string::npos);
    const std::string line = r.out.substr(at, r.out.find('\n', at) - at);
    CHECK(line.find(" error: ") != std::string::npos);
    CHECK(line.find("[" + c.code + "]") != std::string::npos);
    // Nothing for the hostile file (not even a temporary), every output for the good one.
    std::vector<std::string> written;
    for (const auto& e : fs::directory_iterator(out)) written.push_back(e.path().filename().string());
    std::sort(written.begin(), written.end());
    CHECK(written == std::vector<std::string>{"good.docx", "good.html", "good.pdf"});
    fs::remove(path);
  }
}
