// One picture as an inline w:drawing run (ECMA-376 Part 1 §20.4.2.8), with its alt text in
// docPr/@descr or marked decorative: shared by the body and the header parts (the letterhead).
#include "docx/parts.hpp"

namespace handout::docx {

void write_picture_run(XmlWriter& w, const Picture& pic) {
  w.open("w:r");
  w.open("w:drawing");
  // §20.4.2.8 inline: the picture flows with the text, so reading order is document order.
  w.open("wp:inline").attr("distT", 0).attr("distB", 0).attr("distL", 0).attr("distR", 0);
  w.open("wp:extent").attr("cx", pic.cx).attr("cy", pic.cy);
  w.close();
  w.open("wp:effectExtent").attr("l", 0).attr("t", 0).attr("r", 0).attr("b", 0);
  w.close();
  // §20.4.2.5 docPr/@descr is the alt text Word, LibreOffice and pandoc read (WCAG 2.2 SC 1.1.1).
  w.open("wp:docPr").attr("id", pic.id).attr("name", "Picture " + std::to_string(pic.id));
  if (pic.alt) w.attr("descr", *pic.alt);
  if (pic.decorative) {
    // Word 2019+ "Mark as decorative": an a:ext (§20.1.2.2.15) that consumers which do not
    // know its uri skip, so it needs no mc:Ignorable; the namespace is declared on the element
    // as Word does.
    w.open("a:extLst");
    w.open("a:ext").attr("uri", "{C183D7F6-B498-43B3-948B-1728B52AA6E4}");
    w.open("adec:decorative").attr("xmlns:adec", "http://schemas.microsoft.com/office/drawing/2017/decorative")
        .attr("val", "1");
    w.close();
    w.close();
    w.close();
  }
  w.close();
  w.open("wp:cNvGraphicFramePr");
  w.open("a:graphicFrameLocks").attr("noChangeAspect", "1");
  w.close();
  w.close();
  w.open("a:graphic");
  w.open("a:graphicData").attr("uri", kNsPic);
  w.open("pic:pic");
  w.open("pic:nvPicPr");
  w.open("pic:cNvPr").attr("id", 0).attr("name", pic.file_name);
  w.close();
  w.empty("pic:cNvPicPr");
  w.close();
  w.open("pic:blipFill");
  w.empty("a:blip", "r:embed", pic.rel_id);
  w.open("a:stretch");
  w.empty("a:fillRect");
  w.close();
  w.close();
  w.open("pic:spPr");
  w.open("a:xfrm");
  w.open("a:off").attr("x", 0).attr("y", 0);
  w.close();
  w.open("a:ext").attr("cx", pic.cx).attr("cy", pic.cy);
  w.close();
  w.close();
  w.open("a:prstGeom").attr("prst", "rect");
  w.empty("a:avLst");
  w.close();
  w.close();
  w.close();  // pic:pic
  w.close();  // a:graphicData
  w.close();  // a:graphic
  w.close();  // wp:inline
  w.close();  // w:drawing
  w.close();  // w:r
}

}  // namespace handout::docx
