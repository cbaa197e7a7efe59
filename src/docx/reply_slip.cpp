// A reply slip → paragraphs under a dashed top border (the cut line), each field a content
// control (§17.5.2 w:sdt) next to its label as ordinary text: a plain-text control for text and
// signature lines, a date picker (w:date) for dates, a Word 2010 check box (w14:checkbox) for tick
// boxes and for each answer of a choice. Each control's w:alias is the field's label (what Word
// and screen readers show for it) and its w:tag the slip's stable field name.
#include <string>

#include "docx/parts.hpp"
#include "model/query.hpp"

namespace handout::docx {
namespace {

using model::FieldKind;
using model::FormField;

constexpr std::string_view kNsW14 = "http://schemas.microsoft.com/office/word/2010/wordml";
constexpr std::string_view kNsMc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

void text_run(XmlWriter& w, std::string_view text, bool bold = false) {
  w.open("w:r");
  if (bold) {
    w.open("w:rPr");
    w.empty("w:b");
    w.close();
  }
  w.open("w:t").attr("xml:space", "preserve");
  w.text(text);
  w.close();
  w.close();
}

// The blank to write on: spaces underlined, so print shows a line and a screen reader no
// run of underscores.
void blank_run(XmlWriter& w, int width_chars) {
  w.open("w:r");
  w.open("w:rPr");
  w.empty("w:u", "w:val", "single");
  w.close();
  w.open("w:t").attr("xml:space", "preserve");
  w.text(std::string(static_cast<std::size_t>(width_chars), ' '));
  w.close();
  w.close();
}

// Opens w:sdt (unless the caller opened it with attributes of its own) and w:sdtPr with the
// control's alias, tag and id.
void begin_control(XmlWriter& w, DocxContext& ctx, std::string_view alias, std::string_view tag, bool open_sdt = true) {
  if (open_sdt) w.open("w:sdt");
  w.open("w:sdtPr");
  w.empty("w:alias", "w:val", alias);
  w.empty("w:tag", "w:val", tag);
  w.empty("w:id", "w:val", static_cast<std::int64_t>(ctx.next_sdt_id++));
}

// ☐ in a check box control (its unchecked state), then the label as text after it.
void check_box(XmlWriter& w, DocxContext& ctx, std::string_view alias, std::string_view tag,
               std::string_view label) {
  w.open("w:p");
  // The Word 2010 check box is declared ignorable (ECMA-376 Part 3) where it is used, so a Word
  // 2007 reader drops it and keeps a plain-text control, and the document element of files
  // without slips stays as it was.
  w.open("w:sdt").attr("xmlns:mc", kNsMc).attr("xmlns:w14", kNsW14).attr("mc:Ignorable", "w14");
  begin_control(w, ctx, alias, tag, false);
  w.open("w14:checkbox");
  w.empty("w14:checked", "w14:val", "0");
  w.open("w14:checkedState").attr("w14:val", "2612").attr("w14:font", "MS Gothic");
  w.close();
  w.open("w14:uncheckedState").attr("w14:val", "2610").attr("w14:font", "MS Gothic");
  w.close();
  w.close();
  w.close();  // sdtPr
  w.open("w:sdtContent");
  text_run(w, "\u2610");
  w.close();
  w.close();  // sdt
  text_run(w, " ");
  text_run(w, label);
  w.close();
}

void field(XmlWriter& w, DocxContext& ctx, const FormField& f) {
  const std::string label = f.label.value_or("");
  switch (f.kind) {
    case FieldKind::Text:
    case FieldKind::Date:
    case FieldKind::Signature:
      w.open("w:p");
      text_run(w, label + " ");
      begin_control(w, ctx, label, f.name);
      if (f.kind == FieldKind::Date) {
        w.open("w:date");
        w.empty("w:dateFormat", "w:val", "dd/MM/yyyy");
        w.empty("w:storeMappedDataAs", "w:val", "dateTime");
        w.empty("w:calendar", "w:val", "gregorian");
        w.close();
      } else if (f.lines > 1) {
        w.empty("w:text", "w:multiLine", "1");
      } else {
        w.empty("w:text");
      }
      w.close();  // sdtPr
      w.open("w:sdtContent");
      blank_run(w, f.kind == FieldKind::Date ? 14 : 40);
      for (int i = 1; i < f.lines; ++i) {
        w.open("w:r");
        w.empty("w:br");
        w.close();
        blank_run(w, 60);
      }
      w.close();
      w.close();  // sdt
      w.close();  // p
      return;
    case FieldKind::Checkbox: check_box(w, ctx, label, f.name, label); return;
    case FieldKind::Choice:
      w.open("w:p");
      w.open("w:pPr");
      w.empty("w:keepNext");
      w.close();
      text_run(w, label);
      w.close();
      for (std::size_t i = 0; i < f.options.size(); ++i)
        check_box(w, ctx, model::choice_answer_name(f, i), f.name + "." + std::to_string(i + 1), f.options[i]);
      return;
  }
}

}  // namespace

void write_reply_slip(DocxContext& ctx, XmlWriter& w, const model::ReplySlip& slip) {
  // The title paragraph carries the cut line: a dashed top border (§17.3.1.24 pBdr).
  w.open("w:p");
  w.open("w:pPr");
  w.empty("w:keepNext");
  w.open("w:pBdr");
  w.open("w:top").attr("w:val", "dashed").attr("w:sz", 8).attr("w:space", 12).attr("w:color", "auto");
  w.close();
  w.close();
  w.open("w:spacing").attr("w:before", 480);
  w.close();
  w.close();
  text_run(w, slip.title.value_or("Reply slip"), true);
  w.close();
  for (const FormField& f : slip.fields) {
    w.set_loc(f.loc);
    field(w, ctx, f);
  }
  if (slip.return_to) {
    w.set_loc(slip.return_loc);
    w.open("w:p");
    text_run(w, *slip.return_to, true);
    w.close();
  }
}

}  // namespace handout::docx
