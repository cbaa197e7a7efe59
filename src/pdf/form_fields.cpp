#include "pdf/form_fields.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "pdf/haru_ext.hpp"

namespace handout::pdf {
namespace {

using layout::FormWidget;
using layout::WidgetKind;

// Field flags (ISO 32000-1 Table 226, 228): multi-line text; radio buttons, one always on.
constexpr long kMultiline = 1L << 12;
constexpr long kNoToggleToOff = 1L << 14;
constexpr long kRadio = 1L << 15;
constexpr long kPrintFlag = 4;  // annotation flag Print (Table 165): fields print as filled in

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// A form XObject `w` × `h` drawing `ops`: one appearance state of a widget.
HPDF_Dict appearance(HPDF_Doc doc, double w, double h, const std::string& ops) {
  HPDF_Dict s = haru::new_stream(doc, ops, false);
  haru::add_name(s, "Type", "XObject");
  haru::add_name(s, "Subtype", "Form");
  HPDF_Array box = haru::new_array(doc);
  for (double v : {0.0, 0.0, w, h}) haru::push_real(box, v);
  haru::add(s, "BBox", box);
  haru::add(s, "Resources", haru::new_dict(doc, false));
  return s;
}

// A tick drawn with lines (no font needed), inset in a w × h box.
std::string tick(double w, double h) {
  return "q 0 g 0 G " + num(std::min(w, h) * 0.12) + " w 1 J 1 j " + num(w * 0.2) + " " + num(h * 0.52) + " m " +
         num(w * 0.42) + " " + num(h * 0.25) + " l " + num(w * 0.82) + " " + num(h * 0.8) + " l S Q\n";
}

// A filled disc in the middle of a w × h box: four Bézier quarter circles.
std::string disc(double w, double h) {
  const double cx = w / 2, cy = h / 2, r = std::min(w, h) * 0.28, k = r * 0.5523;
  return "q 0 g " + num(cx + r) + " " + num(cy) + " m " + num(cx + r) + " " + num(cy + k) + " " + num(cx + k) + " " +
         num(cy + r) + " " + num(cx) + " " + num(cy + r) + " c " + num(cx - k) + " " + num(cy + r) + " " +
         num(cx - r) + " " + num(cy + k) + " " + num(cx - r) + " " + num(cy) + " c " + num(cx - r) + " " +
         num(cy - k) + " " + num(cx - k) + " " + num(cy - r) + " " + num(cx) + " " + num(cy - r) + " c " +
         num(cx + k) + " " + num(cy - r) + " " + num(cx + r) + " " + num(cy - k) + " " + num(cx + r) + " " + num(cy) +
         " c f Q\n";
}

HPDF_Dict widget(HPDF_Doc doc, HPDF_Page page, const FormWidget& w) {
  HPDF_Dict a = haru::new_dict(doc, true);
  haru::add_name(a, "Type", "Annot");
  haru::add_name(a, "Subtype", "Widget");
  HPDF_Array rect = haru::new_array(doc);
  for (double v : {w.rect.x, w.rect.y, w.rect.x + w.rect.w, w.rect.y + w.rect.h}) haru::push_real(rect, v);
  haru::add(a, "Rect", rect);
  haru::add_int(a, "F", kPrintFlag);
  haru::add(a, "P", page);
  haru::add_page_annotation(page, a);
  return a;
}

// An on state and /Off, the widget showing /Off.
void two_states(HPDF_Doc doc, HPDF_Dict a, const FormWidget& w, const char* on, const std::string& on_ops) {
  HPDF_Dict normal = haru::new_dict(doc, false);
  haru::add(normal, on, appearance(doc, w.rect.w, w.rect.h, on_ops));
  haru::add(normal, "Off", appearance(doc, w.rect.w, w.rect.h, ""));
  HPDF_Dict ap = haru::new_dict(doc, false);
  haru::add(ap, "N", normal);
  haru::add(a, "AP", ap);
  haru::add_name(a, "AS", "Off");
}

void name_field(HPDF_Doc doc, HPDF_Dict field, const char* type, const FormWidget& w) {
  haru::add_name(field, "FT", type);
  haru::add(field, "T", haru::text_string(doc, w.name));
  haru::add(field, "TU", haru::text_string(doc, w.tooltip));  // §7.18.4: the field's spoken name
}

}  // namespace

std::vector<HPDF_Dict> add_form_fields(HPDF_Doc doc, const std::vector<HPDF_Page>& pages,
                                       const std::vector<FormWidget>& widgets) {
  std::vector<HPDF_Dict> out;
  if (widgets.empty()) return out;
  HPDF_Array fields = haru::new_array(doc);
  HPDF_Dict radio = nullptr;  // the radio field the widgets of the current question belong to
  HPDF_Array radio_kids = nullptr, radio_options = nullptr;
  std::string radio_name;
  for (const FormWidget& w : widgets) {
    HPDF_Dict a = widget(doc, pages.at(static_cast<std::size_t>(w.page)), w);
    switch (w.kind) {
      case WidgetKind::Text: {
        name_field(doc, a, "Tx", w);
        if (w.multiline) haru::add_int(a, "Ff", kMultiline);
        haru::add(a, "V", haru::text_string(doc, ""));
        const std::string da = "/Helv " + num(w.font_size) + " Tf 0 g";
        haru::add(a, "DA", haru::ascii_string(doc, da));
        HPDF_Dict ap = haru::new_dict(doc, false);
        haru::add(ap, "N", appearance(doc, w.rect.w, w.rect.h, "/Tx BMC EMC\n"));
        haru::add(a, "AP", ap);
        haru::push(fields, a);
        break;
      }
      case WidgetKind::Checkbox:
        name_field(doc, a, "Btn", w);
        haru::add_name(a, "V", "Off");
        two_states(doc, a, w, "On", tick(w.rect.w, w.rect.h));
        haru::push(fields, a);
        break;
      case WidgetKind::Radio: {
        if (!radio || radio_name != w.name) {
          radio = haru::new_dict(doc, true);
          name_field(doc, radio, "Btn", w);
          haru::add_int(radio, "Ff", kRadio | kNoToggleToOff);
          haru::add_name(radio, "V", "Off");
          radio_kids = haru::new_array(doc);
          radio_options = haru::new_array(doc);
          haru::add(radio, "Kids", radio_kids);
          // /Opt: the answers' text, one per kid in order (§12.7.4.2.4), so a reader of the
          // filled form sees "Yes" rather than the state name.
          haru::add(radio, "Opt", radio_options);
          radio_name = w.name;
          haru::push(fields, radio);
        }
        haru::add(a, "Parent", radio);
        haru::push(radio_kids, a);
        haru::push(radio_options, haru::text_string(doc, w.option));
        two_states(doc, a, w, std::to_string(w.option_index).c_str(), disc(w.rect.w, w.rect.h));
        break;
      }
    }
    out.push_back(a);
  }
  HPDF_Dict helv = haru::new_dict(doc, true);
  haru::add_name(helv, "Type", "Font");
  haru::add_name(helv, "Subtype", "Type1");
  haru::add_name(helv, "BaseFont", "Helvetica");
  haru::add_name(helv, "Encoding", "WinAnsiEncoding");
  HPDF_Dict fonts = haru::new_dict(doc, false);
  haru::add(fonts, "Helv", helv);
  HPDF_Dict resources = haru::new_dict(doc, false);
  haru::add(resources, "Font", fonts);
  HPDF_Dict acroform = haru::new_dict(doc, true);
  haru::add(acroform, "Fields", fields);
  haru::add(acroform, "DR", resources);
  haru::add(acroform, "DA", haru::ascii_string(doc, "/Helv 0 Tf 0 g"));
  haru::add(haru::catalog(doc), "AcroForm", acroform);
  return out;
}

}  // namespace handout::pdf
