// ContentReader: tables, their row groups, rows and cells.
#include "parse/content_reader_impl.hpp"

namespace handout::parse::detail {

model::Table ContentReader::read_table(pugi::xml_node n) {
  model::Table t;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      if (!is_blank(c.value())) throw error("schema-misplaced-text", c, "text directly inside <table>");
      continue;
    }
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = c.name();
    if (name == "caption") {
      if (t.caption || !t.rows.empty())
        throw error("schema-invalid-content", c, "a table's <caption> comes first and only once");
      DepthGuard guard(*this, c);
      check_attributes(c, {});
      t.caption_loc = loc_of(c);
      t.caption = read_inline_children(c);
    } else if (name == "thead" || name == "tbody") {
      DepthGuard guard(*this, c);
      check_attributes(c, {});
      const model::RowGroup group = name == "thead" ? model::RowGroup::Head : model::RowGroup::Body;
      for (pugi::xml_node r : c.children()) {
        if (r.type() == pugi::node_element) {
          if (std::string_view(r.name()) != "tr")
            throw error("schema-invalid-content", r, "<" + std::string(name) + "> holds <tr> rows only");
          add_row(t, r, group);
        } else if ((r.type() == pugi::node_pcdata || r.type() == pugi::node_cdata) && !is_blank(r.value())) {
          throw error("schema-misplaced-text", r, "text directly inside <" + std::string(name) + ">");
        }
      }
    } else if (name == "tr") {
      add_row(t, c, model::RowGroup::None);
    } else {
      throw error("schema-invalid-content", c,
                  "<table> holds <caption>, <thead>, <tbody> and <tr>, not <" + std::string(name) + ">");
    }
  }
  return t;
}

void ContentReader::add_row(model::Table& t, pugi::xml_node r, model::RowGroup group) {
  // A table this long is a data set, not part of a handout; it would also cost memory and time
  // out of all proportion (a 20,000-row table is some 500 pages).
  if (t.rows.size() == options_.limits.max_table_rows) {
    throw error("limit-exceeded", r,
                "the table has more than " + std::to_string(options_.limits.max_table_rows) + " rows",
                "publish the data as a spreadsheet and summarise it here, or split the table");
  }
  t.rows.push_back(read_row(r, group));
}

model::TableRow ContentReader::read_row(pugi::xml_node n, model::RowGroup group) {
  DepthGuard guard(*this, n);
  check_attributes(n, {});
  model::TableRow row;
  row.loc = loc_of(n);
  row.id = next_id();
  row.group = group;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      if (!is_blank(c.value())) throw error("schema-misplaced-text", c, "text directly inside <tr>",
                                            "put it in a <td> or <th>");
      continue;
    }
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = c.name();
    if (name != "th" && name != "td")
      throw error("schema-invalid-content", c, "<tr> holds <th> and <td> cells only, not <" + std::string(name) + ">");
    DepthGuard cell_guard(*this, c);
    model::TableCell cell;
    cell.loc = loc_of(c);
    cell.id = next_id();
    cell.header = name == "th";
    check_attributes(c, cell.header ? std::initializer_list<std::string_view>{"scope", "colspan", "rowspan"}
                                    : std::initializer_list<std::string_view>{"colspan", "rowspan"});
    if (pugi::xml_attribute scope = c.attribute("scope")) {
      cell.scope_text = scope.value();
      cell.scope = cell.scope_text == "col"   ? model::CellScope::Col
                   : cell.scope_text == "row" ? model::CellScope::Row
                                              : model::CellScope::Invalid;  // reported by th-scope
    }
    cell.colspan = span_attribute(c, "colspan");
    cell.rowspan = span_attribute(c, "rowspan");
    cell.content = read_flow(c);
    row.cells.push_back(std::move(cell));
  }
  return row;
}

}  // namespace handout::parse::detail
