// ContentReader: block elements (headings, paragraphs, lists, definition lists, callouts, quotes,
// sections, addresses) and reply slips.
#include "parse/content_reader_impl.hpp"

#include <charconv>

namespace handout::parse::detail {

// Children of a container that holds blocks only (body, section, callout, quote, list).
std::vector<Block> ContentReader::read_blocks(pugi::xml_node parent, std::string_view context) {
  std::vector<Block> out;
  std::vector<PendingSuppression> pending;
  for (pugi::xml_node n : parent.children()) {
    switch (n.type()) {
      case pugi::node_pi: take_processing_instruction(n, pending); break;
      case pugi::node_pcdata:
      case pugi::node_cdata:
        check_text_size(n);
        if (!is_blank(n.value()))
          throw error("schema-misplaced-text", n, "text directly inside <" + std::string(context) + ">",
                      "put the text in a <p> (or another block)");
        break;
      case pugi::node_element: {
        const SourceLoc first = loc_of(n);
        out.push_back(read_block(n, context));
        apply_suppressions(pending, first);
        break;
      }
      default: break;
    }
  }
  return out;
}

// Content that may be inline text or blocks (li, th, td): runs of inline nodes become Plain blocks.
std::vector<Block> ContentReader::read_flow(pugi::xml_node parent) {
  std::vector<Block> out;
  std::vector<pugi::xml_node> run;
  std::vector<PendingSuppression> pending;
  auto flush = [&] {
    bool has_content = false;
    for (pugi::xml_node r : run) has_content |= r.type() == pugi::node_element || !is_blank(r.value());
    if (has_content) {
      Block plain;
      plain.kind = BlockKind::Plain;
      plain.id = next_id();
      plain.loc = loc_of(run.front());
      plain.inlines = read_inline_nodes(run);
      finish_inlines(plain.inlines);
      out.push_back(std::move(plain));
    }
    run.clear();
  };
  for (pugi::xml_node n : parent.children()) {
    if (n.type() == pugi::node_pi) { take_processing_instruction(n, pending); continue; }
    if (n.type() == pugi::node_element && is_block_element(n.name())) {
      flush();
      const SourceLoc first = loc_of(n);
      out.push_back(read_block(n, parent.name()));
      apply_suppressions(pending, first);
    } else if (n.type() == pugi::node_element || n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
      run.push_back(n);
    }
  }
  flush();
  return out;
}

Block ContentReader::read_block(pugi::xml_node n, std::string_view context) {
  DepthGuard guard(*this, n);
  const std::string_view name = n.name();
  Block b;
  b.id = next_id();
  b.loc = loc_of(n);
  if (name != "img" && name != "pagebreak" && name != "hr") b.dir = dir_attribute(n);
  if (is_block_element(name) && name != "pagebreak" && name != "hr") b.anchor = anchor_attribute(n);
  if (auto level = heading_level(name)) {
    check_attributes(n, {"id"}, "dir");
    b.kind = BlockKind::Heading;
    b.level = *level;
    b.inlines = read_inline_children(n);
  } else if (name == "p") {
    check_attributes(n, {"id"}, "dir");
    b.kind = BlockKind::Paragraph;
    b.inlines = read_inline_children(n);
  } else if (name == "ul" || name == "ol") {
    if (name == "ol") check_attributes(n, {"id", "start", "type"}, "dir");
    else check_attributes(n, {"id"}, "dir");
    b.kind = BlockKind::List;
    b.ordered = name == "ol";
    if (b.ordered) read_list_numbering(n, b);
    b.children = read_blocks(n, name);  // non-li children are kept for the list-structure rule
  } else if (name == "li") {
    check_attributes(n, {"id"}, "dir");
    b.kind = BlockKind::ListItem;
    b.children = read_flow(n);
  } else if (name == "figure") {
    check_attributes(n, {"id"}, "dir");
    read_figure(n, b);
  } else if (name == "img") {
    b.kind = BlockKind::Image;
    b.image = read_image(n, "id");
  } else if (name == "table") {
    check_attributes(n, {"id"}, "dir");
    b.kind = BlockKind::Table;
    b.table = read_table(n);
  } else if (name == "callout") {
    check_attributes(n, {"id", "title", "color", "background", "kind"}, "dir");
    b.kind = BlockKind::Callout;
    b.callout_kind = callout_kind_attribute(n);
    b.title = string_attribute(n, "title");
    b.color = colour_attribute(n, "color");
    b.background = colour_attribute(n, "background");
    b.children = read_blocks(n, name);
  } else if (name == "quote") {
    check_attributes(n, {"id"}, "dir");
    b.kind = BlockKind::Quote;
    b.children = read_blocks(n, name);
  } else if (name == "section") {
    check_attributes(n, {"id"}, "dir");
    b.kind = BlockKind::Section;
    b.children = read_blocks(n, name);
  } else if (name == "pagebreak") {
    check_attributes(n, {});
    b.kind = BlockKind::PageBreak;
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_element || !is_blank(c.value()))
        throw error("schema-invalid-content", n, "<pagebreak/> must be empty");
    }
  } else if (name == "reply-slip") {
    require_version_1_1(n, "<reply-slip>");
    check_attributes(n, {"id", "title"}, "dir");
    b.kind = BlockKind::ReplySlip;
    b.slip = read_reply_slip(n);
  } else if (name == "dl") {
    require_version_1_1(n, "<dl>");
    check_attributes(n, {"id"}, "dir");
    b.kind = BlockKind::DefinitionList;
    b.children = read_blocks(n, name);
    check_definition_list(n, b);
  } else if (name == "dt" || name == "dd") {
    require_version_1_1(n, "<" + std::string(name) + ">");
    check_attributes(n, {"id"}, "dir");
    if (context != "dl")
      throw error("schema-misplaced-element", n, "<" + std::string(name) + "> can only stand in <dl>",
                  "put the terms and their definitions in a <dl>");
    b.kind = name == "dt" ? BlockKind::DefinitionTerm : BlockKind::DefinitionDetails;
    if (name == "dt") b.inlines = read_inline_children(n);
    else b.children = read_flow(n);
  } else if (name == "address") {
    require_version_1_1(n, "<address>");
    check_attributes(n, {"id"}, "dir");
    b.kind = BlockKind::Address;
    b.inlines = read_address_lines(n);
  } else if (name == "hr") {
    require_version_1_1(n, "<hr/>");
    check_attributes(n, {});
    b.kind = BlockKind::Rule;
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_element || !is_blank(c.value()))
        throw error("schema-invalid-content", n, "<hr/> must be empty");
    }
  } else if (is_inline_element(name)) {
    throw error("schema-misplaced-element", n,
                "<" + std::string(name) + "> is inline and cannot stand directly in <" + std::string(context) + ">",
                "put it inside a <p> (or heading, list item, cell)");
  } else {
    throw unknown_element(n);
  }
  return b;
}

// <dl> (1.1) holds groups of one <dt> and the <dd>s that define it. A term with no definition
// would be read out as a dangling label, so that is an input error, as is a <dd> with no term.
void ContentReader::check_definition_list(pugi::xml_node n, const Block& b) const {
  std::vector<pugi::xml_node> elements;  // one per child block, in order (read_blocks reads each)
  for (pugi::xml_node c : n.children())
    if (c.type() == pugi::node_element) elements.push_back(c);
  if (b.children.empty())
    throw error("schema-invalid-content", n, "<dl> has no terms", "add <dt>term</dt><dd>definition</dd>");
  for (std::size_t k = 0; k < b.children.size(); ++k) {
    const Block& c = b.children[k];
    if (c.kind == BlockKind::DefinitionTerm) {
      if (k + 1 == b.children.size() || b.children[k + 1].kind != BlockKind::DefinitionDetails)
        throw error("schema-invalid-content", elements[k], "<dt> has no <dd> after it",
                       "follow each term with its definition: <dt>term</dt><dd>definition</dd>");
    } else if (c.kind == BlockKind::DefinitionDetails) {
      if (k == 0) throw error("schema-invalid-content", elements[k], "<dd> has no <dt> before it", "put the term it defines first");
    } else {
      throw error("schema-misplaced-element", elements[k], "<dl> holds only <dt> and <dd>",
                     "move this element out of the list, or into a <dd>");
    }
  }
}

// <address> (1.1): lines are split by <br/> or by the line ends of the source, so an address
// written one line per line keeps its lines. Blank lines and breaks at either end are dropped.
Inlines ContentReader::read_address_lines(pugi::xml_node n) {
  address_lines_ = true;
  Inlines out = read_inline_children(n);
  address_lines_ = false;
  Inlines kept;
  for (Inline& i : out) {
    const bool line_break = i.kind == InlineKind::LineBreak;
    if (line_break && (kept.empty() || kept.back().kind == InlineKind::LineBreak)) continue;
    kept.push_back(std::move(i));
  }
  while (!kept.empty() && kept.back().kind == InlineKind::LineBreak) kept.pop_back();
  return kept;
}

// <callout kind="warning"> (1.1): the kind the writers say in words at its start.
std::optional<model::CalloutKind> ContentReader::callout_kind_attribute(pugi::xml_node n) const {
  pugi::xml_attribute a = n.attribute("kind");
  if (!a) return std::nullopt;
  require_version_1_1(a, "the kind attribute");
  const std::string_view v = a.value();
  if (v == "note") return model::CalloutKind::Note;
  if (v == "tip") return model::CalloutKind::Tip;
  if (v == "warning") return model::CalloutKind::Warning;
  if (v == "important") return model::CalloutKind::Important;
  throw error("schema-invalid-value", a, "kind=\"" + std::string(v) + "\" is not a callout kind",
              "write note, tip, warning or important");
}

// <ol start="5" type="lower-alpha"> (1.1): where the numbering starts and how it counts.
void ContentReader::read_list_numbering(pugi::xml_node n, Block& b) const {
  if (pugi::xml_attribute a = n.attribute("start")) {
    require_version_1_1(a, "the start attribute");
    const std::string_view v = a.value();
    int start = 0;
    auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), start);
    if (ec != std::errc() || ptr != v.data() + v.size() || start < 1 || start > 3999)
      throw error("schema-invalid-value", a, "start=\"" + std::string(v) + "\" is not a whole number from 1 to 3999",
                  "write the first item's number, e.g. start=\"5\" (3999 is the largest Roman numeral)");
    b.list_start = start;
  }
  if (pugi::xml_attribute a = n.attribute("type")) {
    require_version_1_1(a, "the type attribute");
    static constexpr std::pair<std::string_view, model::ListStyle> kStyles[] = {
        {"decimal", model::ListStyle::Decimal},         {"lower-alpha", model::ListStyle::LowerAlpha},
        {"upper-alpha", model::ListStyle::UpperAlpha},  {"lower-roman", model::ListStyle::LowerRoman},
        {"upper-roman", model::ListStyle::UpperRoman}};
    const std::string_view v = a.value();
    const auto it = std::find_if(std::begin(kStyles), std::end(kStyles), [&](const auto& s) { return s.first == v; });
    if (it == std::end(kStyles))
      throw error("schema-invalid-value", a, "type=\"" + std::string(v) + "\" is not a list style",
                  "write decimal, lower-alpha, upper-alpha, lower-roman or upper-roman");
    b.list_style = it->second;
  }
}

// <reply-slip id title> holds fields (text-field, date-field, checkbox, choice, signature) and
// at most one <return-to>; plain text only, as every label is also a field's spoken name.
model::ReplySlip ContentReader::read_reply_slip(pugi::xml_node n) {
  model::ReplySlip slip;
  ++slip_count_;
  slip.name = string_attribute(n, "id").value_or("reply-slip-" + std::to_string(slip_count_));
  if (slip.name.empty() || slip.name.find_first_of(". \t\n") != std::string::npos)
    throw error("schema-invalid-value", n.attribute("id"), "id=\"" + slip.name + "\" cannot name form fields",
                "write a name without spaces or dots, e.g. id=\"trip-reply\"");
  // Field names are the slip's name and a number: two slips of one name would share them.
  if (!slip_names_.insert(slip.name).second) {
    const std::string message = "a second reply slip named \"" + slip.name + "\"";
    const std::string hint = "give each <reply-slip> an id of its own";
    if (n.attribute("id")) throw error("schema-invalid-value", n.attribute("id"), message, hint);
    throw error("schema-invalid-value", n, message, hint);
  }
  slip.title = string_attribute(n, "title");
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      if (!is_blank(c.value()))
        throw error("schema-misplaced-text", c, "text directly inside <reply-slip>",
                    "put it in a field's label=\"…\" or in <return-to>");
      continue;
    }
    if (c.type() != pugi::node_element) continue;
    DepthGuard guard(*this, c);
    const std::string_view name = c.name();
    if (name == "return-to") {
      check_attributes(c, {});
      if (slip.return_to) throw error("schema-invalid-content", c, "a second <return-to> in <reply-slip>");
      slip.return_to = meta_text(c);
      slip.return_loc = loc_of(c);
      continue;
    }
    if (slip.return_to)
      throw error("schema-invalid-content", c, "<" + std::string(name) + "> after <return-to>",
                  "put <return-to> last, after the fields");
    model::FormField f;
    f.id = next_id();
    f.loc = loc_of(c);
    if (name == "text-field") {
      check_attributes(c, {"label", "lines"});
      f.kind = model::FieldKind::Text;
      f.lines = std::min(span_attribute(c, "lines"), 20);  // no slip has room for more
    } else if (name == "date-field") {
      check_attributes(c, {"label"});
      f.kind = model::FieldKind::Date;
    } else if (name == "checkbox") {
      check_attributes(c, {"label"});
      f.kind = model::FieldKind::Checkbox;
    } else if (name == "signature") {
      check_attributes(c, {"label"});
      f.kind = model::FieldKind::Signature;
    } else if (name == "choice") {
      check_attributes(c, {"label"});
      f.kind = model::FieldKind::Choice;
      for (pugi::xml_node o : c.children()) {
        if (o.type() == pugi::node_element && std::string_view(o.name()) == "option") {
          check_attributes(o, {});
          f.options.push_back(meta_text(o));
          f.option_locs.push_back(loc_of(o));
        } else if (o.type() == pugi::node_element || !is_blank(o.value())) {
          throw error("schema-invalid-content", o, "<choice> holds <option> elements only",
                      "write each answer as <option>…</option>");
        }
      }
      if (f.options.size() < 2)
        throw error("schema-invalid-content", c, "<choice> needs at least two <option>s",
                    "for a yes-or-no question with one answer, use a <checkbox>");
    } else {
      throw error("schema-unknown-element", c, "<" + std::string(name) + "> is not allowed in <reply-slip>",
                  "a reply slip holds text-field, date-field, checkbox, choice, signature and return-to");
    }
    if (f.kind != model::FieldKind::Choice) {
      for (pugi::xml_node o : c.children())
        if (o.type() == pugi::node_element || !is_blank(o.value()))
          throw error("schema-invalid-content", c, "<" + std::string(name) + "> must be empty",
                      "write the field's text as label=\"…\"");
    }
    f.label = string_attribute(c, "label");
    if (f.label) f.label = trimmed(collapse_whitespace(*f.label));
    f.name = slip.name + "." + std::to_string(slip.fields.size() + 1);
    slip.fields.push_back(std::move(f));
  }
  return slip;
}

}  // namespace handout::parse::detail
