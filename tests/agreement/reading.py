"""What one output says, read back by an independent reader, in a shape the three readers share.

Each reader (read_pdf, read_docx, read_html) feeds text fragments into a TextCollector and fills a
Reading; check_agreement compares the Readings of one document's PDF, DOCX and HTML.
"""
import re
from dataclasses import dataclass, field


@dataclass
class Word:
    text: str
    lang: str = ""  # the language the innermost element around the word switches to, "" if none


@dataclass
class Pair:
    """A text colour painted on a background, with where it was seen (for the report)."""
    fg: str  # "#rrggbb"
    bg: str
    large: bool
    where: str


@dataclass
class Reading:
    body: list = field(default_factory=list)          # [Word] outside notes, page furniture excluded
    notes: list = field(default_factory=list)         # [[str]] words of each note, by number
    headings: list = field(default_factory=list)      # [(level, text)]
    alts: list = field(default_factory=list)          # [str] non-empty alternative texts
    table_headers: list = field(default_factory=list)  # [[str]] per table, the header cells' text
    header_fills: list = field(default_factory=list)  # [[str]] per table, the background behind each header cell
    links: list = field(default_factory=list)         # [str] external link targets, body then notes
    pairs: list = field(default_factory=list)         # [Pair]
    running_header: list = field(default_factory=list)  # [str] words of the running header
    running_footer: list = field(default_factory=list)  # [str] words, page numbers left out
    problems: list = field(default_factory=list)      # [str] what the reader could not understand
    notes_heading: tuple = None                       # HTML: (level, text) of the notes section's heading

    def lang_changes(self):
        """Runs of consecutive body words in one switched-to language: [(lang, text)]."""
        out = []
        previous = ""
        for w in self.body:
            if w.lang and w.lang == previous:
                out[-1] = (w.lang, out[-1][1] + " " + w.text)
            elif w.lang:
                out.append((w.lang, w.text))
            previous = w.lang
        return out


class TextCollector:
    """Turns fragments of text into words. Fragments join directly (so "<em>in</em>side" stays
    one word) unless whitespace or a break() (a block boundary, a line end) comes between them."""

    def __init__(self):
        self.words = []
        self._current = ""
        self._lang = ""

    def add(self, text, lang=""):
        text = BIDI_CONTROLS.sub("", text)
        for piece in re.split(r"(\s+)", text):
            if not piece:
                continue
            if piece.isspace():
                self.break_()
            else:
                if not self._current:
                    self._lang = lang
                self._current += piece

    def break_(self):
        if self._current:
            self.words.append(Word(self._current, self._lang))
        self._current = ""
        self._lang = ""

    def finish(self):
        self.break_()
        return self.words


# Bidi marks, embeddings and isolates (the DOCX wraps a passage in the other direction in LRI/RLI
# ... PDI): invisible format characters that order text, not words of it.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def words_of(text):
    return text.split()


def without_page_numbers(words):
    """Running text minus numbers: the PDF prints page numbers, the DOCX has fields for them and
    HTML has no pages, so numbers in running text are left out on every side alike."""
    return [w for w in words if not re.fullmatch(r"\d+", w)]


def relative_luminance(hex_colour):
    """WCAG 2.2 relative luminance of an sRGB colour "#rrggbb"."""
    def channel(v):
        c = v / 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a, b):
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def hex_from_floats(r, g, b):
    return "#%02x%02x%02x" % tuple(max(0, min(255, round(float(v) * 255))) for v in (r, g, b))


def normal_hex(value):
    """"1F3A5F", "#1f3a5f", "#fff" → "#1f3a5f"; None when it is not a plain sRGB colour."""
    if value is None:
        return None
    v = value.strip().lower()
    if not v.startswith("#"):
        v = "#" + v
    if re.fullmatch(r"#[0-9a-f]{3}", v):
        v = "#" + "".join(c * 2 for c in v[1:])
    return v if re.fullmatch(r"#[0-9a-f]{6}", v) else None
