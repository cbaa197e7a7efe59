// The streaming XML writer behind every DOCX part: escaping and XML 1.0 §2.2 characters.
#include "core/error.hpp"
#include "docx/xml_writer.hpp"
#include "support/test_support.hpp"

using handout::docx::XmlWriter;
using handout::docx::find_xml_invalid_char;

TEST_CASE("xml writer: escapes markup characters in text and attributes", "[docx]") {
  std::string out;
  XmlWriter w(out);
  w.open("w:p").attr("a", "x\"<&>\ty\nz");
  w.text("1 < 2 & \"3\" > 0\r\n");
  w.empty("w:br");
  w.close();
  CHECK(out == "<w:p a=\"x&quot;&lt;&amp;&gt;&#9;y&#10;z\">1 &lt; 2 &amp; \"3\" &gt; 0&#13;\n<w:br/></w:p>");
}

TEST_CASE("xml writer: an element without content closes itself", "[docx]") {
  std::string out;
  XmlWriter w(out);
  w.open("a");
  w.open("b").attr("n", std::int64_t{-1});
  w.close();
  w.open("c");
  w.text("");
  w.close();
  w.close();
  CHECK(out == "<a><b n=\"-1\"/><c></c></a>");
}

TEST_CASE("xml writer: characters XML 1.0 cannot carry are an input error at the source location", "[docx]") {
  CHECK(find_xml_invalid_char("tab\tnew line\ncarriage\r ok") == std::string_view::npos);
  CHECK(find_xml_invalid_char("ab\x01") == 2);
  CHECK(find_xml_invalid_char("x\xEF\xBF\xBE") == 1);  // U+FFFE
  CHECK(find_xml_invalid_char("\xEF\xBF\xBD") == std::string_view::npos);  // U+FFFD is allowed

  std::string out;
  XmlWriter w(out);
  const std::string file = "leaflet.xml";
  w.set_source(file, handout::SourceLoc{12, 3});
  w.open("w:t");
  try {
    w.text("bell \x07");
    FAIL("no error");
  } catch (const handout::InputError& e) {
    CHECK(e.diagnostic().code == "xml-invalid-char");
    CHECK(e.diagnostic().file == "leaflet.xml");
    CHECK(e.diagnostic().loc == handout::SourceLoc{12, 3});
    CHECK(e.diagnostic().message == "text contains the control character U+0007, which a DOCX file cannot carry");
  }
}
