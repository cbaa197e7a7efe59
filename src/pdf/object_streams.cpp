#include "pdf/object_streams.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "pdf/flate.hpp"

namespace handout::pdf {
namespace {

// qpdf and most writers put 100 objects in an object stream: small enough that a reader
// decompresses little to reach one object, large enough to compress well.
constexpr std::size_t kObjectsPerStream = 100;

[[noreturn]] void bad(const char* what) {
  throw InternalError(std::string("cannot pack the PDF's objects: ") + what);
}

std::size_t number_at(std::string_view s, std::size_t& pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\r' || s[pos] == '\n')) ++pos;
  std::size_t v = 0;
  const auto [end, ec] = std::from_chars(s.data() + pos, s.data() + s.size(), v);
  if (ec != std::errc()) bad("a number was expected in the cross-reference table");
  pos = static_cast<std::size_t>(end - s.data());
  return v;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

struct Object {
  std::size_t number = 0, offset = 0, end = 0;
};

void put_be(std::string& out, std::size_t v, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

}  // namespace

std::string pack_object_streams(const std::string& pdf) {
  const std::string_view in(pdf);
  // The classic cross-reference table and trailer (ISO 32000-1 §7.5.4, §7.5.5).
  const std::size_t startxref = in.rfind("startxref");
  if (startxref == std::string_view::npos) bad("no startxref");
  std::size_t pos = startxref + 9;
  const std::size_t xref = number_at(in, pos);
  if (xref >= in.size() || in.substr(xref, 4) != "xref") bad("no cross-reference table where startxref points");
  const std::size_t trailer = in.find("trailer", xref);
  if (trailer == std::string_view::npos || trailer > startxref) bad("no trailer");
  std::vector<Object> objects;
  std::size_t size = 0;
  pos = xref + 4;
  while (pos < trailer && trim(in.substr(pos, trailer - pos)).size() > 0) {
    const std::size_t first = number_at(in, pos), count = number_at(in, pos);
    while (pos < in.size() && (in[pos] == '\r' || in[pos] == '\n' || in[pos] == ' ')) ++pos;
    for (std::size_t i = 0; i < count; ++i, pos += 20) {
      if (pos + 20 > trailer) bad("the cross-reference table is cut short");
      const std::string_view entry = in.substr(pos, 20);
      std::size_t p = 0;
      const std::size_t offset = number_at(entry, p), generation = number_at(entry, p);
      if (entry[17] != 'n') continue;
      if (generation != 0) bad("an object of a later generation");  // §7.5.7: never in object streams
      objects.push_back({first + i, offset, 0});
    }
    size = std::max(size, first + count);
  }
  // The trailer's entries, less /Size, go into the cross-reference stream's dictionary (§7.5.8.2).
  const std::size_t open = in.find("<<", trailer), close = in.rfind(">>", startxref);
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) bad("the trailer is not a dictionary");
  std::string trailer_entries(trim(in.substr(open + 2, close - open - 2)));
  if (const std::size_t s = trailer_entries.find("/Size"); s != std::string::npos) {
    std::size_t e = s + 5;
    number_at(trailer_entries, e);
    trailer_entries.erase(s, e - s);
  }

  std::sort(objects.begin(), objects.end(), [](const Object& a, const Object& b) { return a.offset < b.offset; });
  for (std::size_t i = 0; i < objects.size(); ++i) {
    objects[i].end = i + 1 < objects.size() ? objects[i + 1].offset : xref;
    if (objects[i].offset >= objects[i].end || objects[i].end > in.size()) bad("an object lies outside the file");
  }
  if (objects.empty()) bad("no objects");

  // Where each object ends up: 1 = at an offset in the file, 2 = inside object stream `where`.
  struct Entry {
    int type = 0;
    std::size_t where = 0, index = 0;
  };
  std::vector<Entry> entries(size);
  std::string out(in.substr(0, objects.front().offset));  // header and binary comment
  std::vector<std::pair<std::size_t, std::string_view>> packable;  // (number, body)
  for (const Object& o : objects) {
    const std::string_view whole = in.substr(o.offset, o.end - o.offset);
    const std::size_t head = whole.find("obj");
    const std::size_t tail = whole.rfind("endobj");
    if (head == std::string_view::npos || tail == std::string_view::npos || tail < head) bad("an object without obj/endobj");
    const std::string_view body = trim(whole.substr(head + 3, tail - head - 3));
    if (o.number >= size) bad("an object numbered beyond /Size");
    if (ends_with(body, "endstream")) {  // streams stay where they are (§7.5.7)
      entries[o.number] = {1, out.size(), 0};
      out += whole;
    } else {
      packable.emplace_back(o.number, body);
    }
  }

  std::size_t next_number = size;
  for (std::size_t first = 0; first < packable.size(); first += kObjectsPerStream) {
    const std::size_t count = std::min(kObjectsPerStream, packable.size() - first);
    const std::size_t stream_number = next_number++;
    std::string index, bodies;
    for (std::size_t k = first; k < first + count; ++k) {
      index += std::to_string(packable[k].first) + " " + std::to_string(bodies.size()) + " ";
      bodies += packable[k].second;
      bodies += '\n';
      entries[packable[k].first] = {2, stream_number, k - first};
    }
    const std::string data = flate(index + bodies);
    entries.push_back({1, out.size(), 0});
    out += std::to_string(stream_number) + " 0 obj\n<< /Type /ObjStm /N " + std::to_string(count) + " /First " +
           std::to_string(index.size()) + " /Filter /FlateDecode /Length " + std::to_string(data.size()) + " >>\nstream\n";
    out += data;
    out += "\nendstream\nendobj\n";
  }

  // The cross-reference stream (§7.5.8): type, offset or object stream, generation or index.
  const std::size_t xref_number = next_number++;
  const std::size_t xref_offset = out.size();
  entries.push_back({1, xref_offset, 0});
  std::string rows;
  for (std::size_t n = 0; n < entries.size(); ++n) {
    const Entry& e = entries[n];
    put_be(rows, static_cast<std::size_t>(e.type), 1);
    put_be(rows, e.type == 0 ? 0 : e.where, 4);
    put_be(rows, e.type == 0 ? (n == 0 ? 65535 : 0) : e.index, 2);
  }
  const std::string data = flate(rows);
  out += std::to_string(xref_number) + " 0 obj\n<< /Type /XRef /Size " + std::to_string(entries.size()) +
         " /W [1 4 2] /Filter /FlateDecode /Length " + std::to_string(data.size()) + " " + trailer_entries + " >>\nstream\n";
  out += data;
  out += "\nendstream\nendobj\nstartxref\n" + std::to_string(xref_offset) + "\n%%EOF\n";
  return out;
}

}  // namespace handout::pdf
