#!/usr/bin/python3
"""Checks DOCX files the way Word reads them, as far as that can be done without Word.

Word refuses ("Word found unreadable content") markup that LibreOffice and pandoc accept without
comment, so a DOCX writer needs a stricter judge than the readers the tests use otherwise. This
one validates every XML part against the ECMA-376 Transitional and OPC schemas vendored in
tests/schemas/ooxml (see SOURCE.md there), and adds the rules Word enforces beyond the schemas.

    docx_check.py FILE.docx [FILE.docx ...] [--schemas DIR]

Prints one line per problem, `FILE:PART:LINE: message`, then `N passed, M failed` (files). A line
containing "warning:" does not fail its file. Exit status 0 when every file passed, 1 otherwise.

The shebang names /usr/bin/python3 on purpose: Debian's python3-lxml is installed for it, while
another python3 first on PATH (pyenv, a virtualenv) usually lacks lxml.
"""
import argparse
import collections
import pathlib
import posixpath
import re
import sys
import urllib.parse
import zipfile

from lxml import etree

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SCHEMAS = HERE.parent / "schemas" / "ooxml"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_DOCUMENT = R + "/officeDocument"
XML_NS = "http://www.w3.org/XML/1998/namespace"

# Content type -> the root element a part of that type must have. Parts are chosen by content
# type, as Word does, not by file name.
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
MAIN_DOCUMENT_TYPES = {
    WML + "document.main+xml",
    WML + "template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
ROOTS = {
    **{t: (W, "document") for t in MAIN_DOCUMENT_TYPES},
    WML + "styles+xml": (W, "styles"),
    WML + "numbering+xml": (W, "numbering"),
    WML + "footnotes+xml": (W, "footnotes"),
    WML + "endnotes+xml": (W, "endnotes"),
    WML + "settings+xml": (W, "settings"),
    WML + "fontTable+xml": (W, "fonts"),
    WML + "webSettings+xml": (W, "webSettings"),
    WML + "comments+xml": (W, "comments"),
    WML + "header+xml": (W, "hdr"),
    WML + "footer+xml": (W, "ftr"),
    "application/vnd.openxmlformats-package.core-properties+xml":
        ("http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "coreProperties"),
    "application/vnd.openxmlformats-officedocument.extended-properties+xml":
        ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "Properties"),
    "application/vnd.openxmlformats-officedocument.custom-properties+xml":
        ("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", "Properties"),
    "application/vnd.openxmlformats-package.relationships+xml": (PKG_RELS, "Relationships"),
}
# WordprocessingML parts whose body text the semantic checks walk.
STORY_ROOTS = {"document", "hdr", "ftr", "footnotes", "endnotes", "comments"}

# Remote schema locations the vendored schemas import, mapped to the local copies.
REMOTE_SCHEMAS = {
    "http://www.w3.org/2001/xml.xsd": "external/xml.xsd",
    "http://www.w3.org/2001/03/xml.xsd": "external/xml.xsd",
    "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dc.xsd": "external/dc.xsd",
    "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcterms.xsd": "external/dcterms.xsd",
    "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcmitype.xsd": "external/dcmitype.xsd",
}


# The usual prefixes, so that messages read "w:pStyle" rather than "{http://…/main}pStyle".
PREFIXES = {
    W: "w", R: "r", WP: "wp", MC: "mc", PKG_RELS: "rel", CONTENT_TYPES: "ct", XML_NS: "xml",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
    "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
    "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": "ep",
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes": "vt",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/dc/terms/": "dcterms",
    "urn:schemas-microsoft-com:vml": "v",
    "urn:schemas-microsoft-com:office:office": "o",
    "urn:schemas-microsoft-com:office:word": "w10",
    "http://schemas.microsoft.com/office/word/2010/wordml": "w14",
}


def short_names(message):
    return re.sub(r"\{([^}]*)\}", lambda m: PREFIXES[m.group(1)] + ":" if m.group(1) in PREFIXES else m.group(0),
                  message)


class LocalOnly(etree.Resolver):
    """Maps the known remote schema URLs to local files and refuses every other remote fetch."""

    def __init__(self, schemas):
        super().__init__()
        self.schemas = schemas

    def resolve(self, url, public_id, context):
        if url in REMOTE_SCHEMAS:
            return self.resolve_filename(str(self.schemas / REMOTE_SCHEMAS[url]), context)
        if urllib.parse.urlparse(url).scheme in ("http", "https", "ftp"):
            raise OSError(f"refusing to fetch {url}: schemas are read from {self.schemas} only")
        return None


def load_schema(schemas):
    """One schema set for every part: a driver schema importing each vendored namespace.

    xml.xsd comes first so that the schemas importing the xml: namespace without a location find
    it already loaded."""
    files = sorted(schemas.glob("*/*.xsd"), key=lambda p: (p.name != "xml.xsd", str(p)))
    imports, namespaces = [], set()
    for path in files:
        namespace = etree.parse(str(path)).getroot().get("targetNamespace")
        if namespace and namespace not in namespaces:
            namespaces.add(namespace)
            imports.append(f'<xs:import namespace="{namespace}" schemaLocation="{path.as_uri()}"/>')
    driver = ('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">' + "".join(imports) + "</xs:schema>")
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(LocalOnly(schemas))
    schema = etree.XMLSchema(etree.fromstring(driver.encode(), parser, base_url=str(schemas) + "/"))
    return schema, namespaces


# ---- Markup Compatibility (ECMA-376 Part 3) ------------------------------------------------------
# The 2006 schemas know neither mc: nor the Word 2010+ namespaces (w14, w15, wps, ...), which Word
# writes everywhere. A consumer "understands" some namespaces and processes the rest as Part 3
# says; this one understands exactly the vendored schemas' namespaces, so what is left for the
# schema is what a Word 2007 consumer would see.

def _prefixes(element, attribute):
    """Namespace URIs named by a whitespace-separated prefix list attribute (in scope of element)."""
    value = element.get(attribute)
    if not value:
        return set()
    return {element.nsmap.get(p) for p in value.split()} - {None}


def _qualified_names(element, attribute):
    """(namespace, local name) pairs of mc:ProcessContent, where "w14:*" means every element."""
    names = set()
    for item in (element.get(attribute) or "").split():
        prefix, _, local = item.partition(":")
        if element.nsmap.get(prefix):
            names.add((element.nsmap[prefix], local))
    return names


def _namespace(name):
    return etree.QName(name).namespace if name.startswith("{") else None


def apply_markup_compatibility(root, understood, warnings):
    def process(element, ignorable, process_content):
        ignorable = ignorable | _prefixes(element, f"{{{MC}}}Ignorable")
        process_content = process_content | _qualified_names(element, f"{{{MC}}}ProcessContent")
        for namespace in _prefixes(element, f"{{{MC}}}MustUnderstand") - understood:
            warnings.append((element.sourceline, f"warning: mc:MustUnderstand names {namespace}, not understood"))
        for name in list(element.attrib):
            namespace = _namespace(name)
            if namespace == MC or (namespace in ignorable and namespace not in understood):
                del element.attrib[name]
        index = 0
        while index < len(element):
            child = element[index]
            namespace = _namespace(child.tag) if isinstance(child.tag, str) else None
            if child.tag == f"{{{MC}}}AlternateContent":
                # The chosen branch's children take its place and are looked at next, in turn.
                _replace_with_children(child, _choose_alternative(child, understood))
            elif namespace in ignorable and namespace not in understood:
                local = etree.QName(child).localname
                if (namespace, local) in process_content or (namespace, "*") in process_content:
                    _replace_with_children(child, child)
                else:
                    element.remove(child)
            else:
                if isinstance(child.tag, str):
                    process(child, ignorable, process_content)
                index += 1

    process(root, set(), set())


def _choose_alternative(alternate, understood):
    """The first mc:Choice whose Requires are all understood, else mc:Fallback, else nothing."""
    for choice in alternate.findall(f"{{{MC}}}Choice"):
        if _prefixes(choice, "Requires") <= understood and choice.get("Requires"):
            return choice
    return alternate.find(f"{{{MC}}}Fallback")


def _replace_with_children(element, source):
    """Puts source's children where element is (None: nothing), then removes element."""
    parent = element.getparent()
    index = parent.index(element)
    for offset, child in enumerate(list(source) if source is not None else []):
        parent.insert(index + offset, child)
    parent.remove(element)


# ---- the package ------------------------------------------------------------------------------

class Package:
    """A DOCX opened as an OPC package: parts, content types and relationships."""

    def __init__(self, path, report):
        self.report = report
        self.zip = zipfile.ZipFile(path)
        self.names = [i.filename for i in self.zip.infolist() if not i.filename.endswith("/")]
        self.xml = {}  # part name -> parsed tree (None if not well-formed)

    def read_xml(self, name):
        if name not in self.xml:
            try:
                parser = etree.XMLParser(no_network=True, resolve_entities=False)
                self.xml[name] = etree.fromstring(self.zip.read(name), parser).getroottree()
            except etree.XMLSyntaxError as e:
                self.report(name, e.lineno or 0, f"not well-formed XML: {e.msg}")
                self.xml[name] = None
            except (zipfile.BadZipFile, OSError, EOFError) as e:  # a damaged entry (CRC, truncation)
                self.report(name, 0, f"cannot be read from the ZIP archive: {e}")
                self.xml[name] = None
        return self.xml[name]

    def content_types(self):
        """Part name -> content type, reporting duplicates and parts without a type."""
        tree = self.read_xml("[Content_Types].xml")
        defaults, overrides = {}, {}
        if tree is None:
            return {}
        for e in tree.getroot():
            if e.tag == f"{{{CONTENT_TYPES}}}Default":
                key, table, what = e.get("Extension", "").lower(), defaults, "Default for extension"
            elif e.tag == f"{{{CONTENT_TYPES}}}Override":
                key, table, what = e.get("PartName", "").lower(), overrides, "Override for"
            else:
                continue
            if key in table:
                self.report("[Content_Types].xml", e.sourceline, f"duplicate {what} {key}")
            table[key] = e.get("ContentType", "")
        types = {}
        lower_names = {"/" + n.lower() for n in self.names}
        for part in overrides:
            if part not in lower_names:
                self.report("[Content_Types].xml", 0, f"warning: Override for {part}, which is not in the package")
        for name in self.names:
            if name == "[Content_Types].xml":
                continue
            base = posixpath.basename(name)
            ext = base.rpartition(".")[2].lower() if "." in base else ""  # "_rels/.rels" -> "rels"
            content_type = overrides.get("/" + name.lower(), defaults.get(ext))
            if content_type is None:
                self.report("[package]", 0, f"part {name} has no content type (no Override, no Default for .{ext})")
            else:
                types[name] = content_type
        return types

    def relationships(self, rels_name):
        """The relationships of one .rels part: list of (Id, Type, resolved target or None, line)."""
        tree = self.read_xml(rels_name)
        if tree is None:
            return []
        folder = posixpath.dirname(posixpath.dirname(rels_name))  # "word/_rels/x.rels" -> "word"
        out = []
        for rel in tree.getroot().iter(f"{{{PKG_RELS}}}Relationship"):
            target = None
            if rel.get("TargetMode") != "External":
                raw = urllib.parse.unquote(rel.get("Target", ""))
                target = posixpath.normpath(raw.lstrip("/") if raw.startswith("/") else posixpath.join(folder, raw))
            out.append((rel.get("Id"), rel.get("Type"), target, rel.sourceline))
        return out


def source_of(rels_name):
    """The part a .rels part belongs to ("" for the package), or None if it is misplaced."""
    folder, base = posixpath.split(rels_name)
    if posixpath.basename(folder) != "_rels" or not base.endswith(".rels"):
        return None
    return posixpath.join(posixpath.dirname(folder), base[: -len(".rels")]) if base != ".rels" else ""


# ---- checks -----------------------------------------------------------------------------------

def check_package(package, report):
    """OPC structure; returns (content types, relationships by source part)."""
    seen = {}
    for name in package.names:
        if name.lower() in seen:
            report("[package]", 0, f"duplicate part names {seen[name.lower()]} and {name} (OPC compares case-insensitively)")
        seen[name.lower()] = name
    if "[Content_Types].xml" not in package.names:
        report("[package]", 0, "no [Content_Types].xml")
        return {}, {}
    types = package.content_types()
    if "_rels/.rels" not in package.names:
        report("[package]", 0, "no _rels/.rels")
    parts = set(package.names)
    rels_by_source = {}
    for name in package.names:
        if not name.endswith(".rels"):
            continue
        source = source_of(name)
        if source is None or (source and source not in parts):
            report(name, 0, "relationships part belongs to no part (it must be _rels/NAME.rels next to NAME)")
            continue
        rels = package.relationships(name)
        rels_by_source[source] = rels
        ids = collections.Counter(r[0] for r in rels)
        for rel_id, target_type, target, line in rels:
            if ids[rel_id] > 1:
                report(name, line, f"duplicate relationship Id {rel_id}")
            if target is not None and target not in parts:
                report(name, line, f"relationship {rel_id} targets {target}, which is not in the package")
    main = [r for r in rels_by_source.get("", []) if r[1] == OFFICE_DOCUMENT]
    if len(main) != 1:
        report("_rels/.rels", 0, f"{len(main)} officeDocument relationships; a DOCX has exactly one")
    elif main[0][2] in parts and types.get(main[0][2]) not in MAIN_DOCUMENT_TYPES:
        report("_rels/.rels", main[0][3], f"the officeDocument {main[0][2]} has content type "
                                          f"{types.get(main[0][2])}, not a WordprocessingML main document")
    return types, rels_by_source


def check_schema(package, name, expected_root, schema, understood, report):
    tree = package.read_xml(name)
    if tree is None:
        return None
    root = tree.getroot()
    if (etree.QName(root).namespace or "").startswith("http://purl.oclc.org/ooxml/"):
        report(name, root.sourceline, "Strict OOXML is not supported; only Transitional is checked")
        return tree
    if (etree.QName(root).namespace, etree.QName(root).localname) != expected_root:
        report(name, root.sourceline, f"root element is {root.tag}, expected {{{expected_root[0]}}}{expected_root[1]}")
        return tree
    # Markup Compatibility processing changes the tree, so it works on a second parse of the same
    # bytes (line numbers still those of the part). Word parts are often one long line, hence the
    # element path in each message.
    copy = etree.fromstring(package.zip.read(name), etree.XMLParser(no_network=True, resolve_entities=False))
    copy = copy.getroottree()
    warnings = []
    apply_markup_compatibility(copy.getroot(), understood, warnings)
    for line, message in warnings:
        report(name, line, message)
    if not schema.validate(copy):
        for error in schema.error_log:
            report(name, error.line, f"{short_names(error.message)} [at {error.path}]")
    return tree


def _rows_or_cells(element, local):
    """w:tr of a table (or w:tc of a row), looking through w:sdt and w:customXml wrappers."""
    found = []
    for child in element:
        if child.tag == f"{{{W}}}{local}":
            found.append(child)
        elif child.tag == f"{{{W}}}customXml":
            found += _rows_or_cells(child, local)
        elif child.tag == f"{{{W}}}sdt":
            for content in child.findall(f"{{{W}}}sdtContent"):
                found += _rows_or_cells(content, local)
    return found


def check_semantics(name, tree, rel_ids, note_ids, doc_pr_ids, report):
    """Rules Word enforces beyond the schemas, for one WordprocessingML story part."""
    root = tree.getroot()
    # Every r:id, r:embed, r:link, ... names a relationship of this part (a dangling r:embed is a
    # classic cause of Word's repair prompt).
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute, value in element.attrib.items():
            if attribute.startswith(f"{{{R}}}") and value not in rel_ids:
                report(name, element.sourceline,
                       f"semantic: r:{etree.QName(attribute).localname}=\"{value}\" names no relationship of {name}")
    # The schema lets a table have no rows and a row no cells; Word calls such a file corrupt.
    for table in root.iter(f"{{{W}}}tbl"):
        if not _rows_or_cells(table, "tr"):
            report(name, table.sourceline, "semantic: w:tbl has no w:tr")
        grid = table.find(f"{{{W}}}tblGrid")
        if grid is not None and grid.find(f"{{{W}}}gridCol") is None:
            report(name, grid.sourceline, "warning: w:tblGrid has no w:gridCol")
    for row in root.iter(f"{{{W}}}tr"):
        if not _rows_or_cells(row, "tc"):
            report(name, row.sourceline, "semantic: w:tr has no w:tc")
    # A cell holds block content and ends with a paragraph: Word needs a w:p after a nested table.
    for cell in root.iter(f"{{{W}}}tc"):
        blocks = [c for c in cell if isinstance(c.tag, str) and c.tag != f"{{{W}}}tcPr"]
        if not blocks:
            report(name, cell.sourceline, "semantic: w:tc holds no paragraph")
        elif blocks[-1].tag == f"{{{W}}}tbl":
            report(name, blocks[-1].sourceline, "semantic: w:tc ends with a nested w:tbl; Word needs a w:p after it")
    # Note and comment references point at notes and comments that exist.
    for kind, ids in note_ids.items():
        for reference in root.iter(f"{{{W}}}{kind}Reference"):
            if reference.get(f"{{{W}}}id") not in ids:
                report(name, reference.sourceline,
                       f"semantic: w:{kind}Reference w:id=\"{reference.get(f'{{{W}}}id')}\" names no {kind}")
    # Drawing ids should be unique across the document; Word renumbers silently, other tools may not.
    for doc_pr in root.iter(f"{{{WP}}}docPr"):
        doc_pr_id = doc_pr.get("id")
        if doc_pr_id in doc_pr_ids:
            report(name, doc_pr.sourceline, f"warning: wp:docPr id {doc_pr_id} is used twice")
        doc_pr_ids.add(doc_pr_id)


def note_ids_of(package, types):
    """Ids of the footnotes, endnotes and comments that exist, by reference kind."""
    ids = {"footnote": set(), "endnote": set(), "comment": set()}
    parts = {WML + "footnotes+xml": "footnote", WML + "endnotes+xml": "endnote", WML + "comments+xml": "comment"}
    for name, content_type in types.items():
        kind = parts.get(content_type)
        tree = package.read_xml(name) if kind else None
        if tree is not None:
            ids[kind] |= {e.get(f"{{{W}}}id") for e in tree.getroot() if e.get(f"{{{W}}}id") is not None}
    return ids


def check_file(path, schema, understood):
    """The problems found in one DOCX, as printable lines."""
    lines = []

    def report(part, line, message):
        lines.append(f"{path}:{part}:{line or 0}: {message}")

    try:
        package = Package(path, report)
    except (OSError, zipfile.BadZipFile) as e:
        report("[package]", 0, f"cannot open as a ZIP archive: {e}")
        return lines
    with package.zip:
        check_package_contents(package, schema, understood, report)
    return lines


def check_package_contents(package, schema, understood, report):
    types, rels_by_source = check_package(package, report)
    schema_parts = [("[Content_Types].xml", (CONTENT_TYPES, "Types"))] if types else []
    schema_parts += [(n, ROOTS[t]) for n, t in sorted(types.items()) if t in ROOTS]
    for name, content_type in sorted(types.items()):
        if content_type.endswith("+xml") or content_type.endswith("/xml"):
            package.read_xml(name)  # well-formedness of the parts no schema covers
    note_ids = note_ids_of(package, types)
    doc_pr_ids = set()
    for name, expected_root in schema_parts:
        tree = check_schema(package, name, expected_root, schema, understood, report)
        if tree is not None and expected_root[0] == W and expected_root[1] in STORY_ROOTS:
            rel_ids = {r[0] for r in rels_by_source.get(name, [])}
            check_semantics(name, tree, rel_ids, note_ids, doc_pr_ids, report)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", metavar="FILE.docx")
    parser.add_argument("--schemas", type=pathlib.Path, default=DEFAULT_SCHEMAS,
                        help="folder of the vendored schemas (default: %(default)s)")
    args = parser.parse_args()
    try:
        schema, namespaces = load_schema(args.schemas)
    except (OSError, etree.XMLSchemaParseError, etree.XMLSyntaxError) as e:
        print(f"{args.schemas}: cannot load the schemas: {e}")
        return 1
    understood = namespaces | {XML_NS}
    passed = failed = 0
    for path in args.files:
        lines = check_file(path, schema, understood)
        for line in lines:
            print(line)
        if any("warning:" not in line for line in lines):
            failed += 1
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
