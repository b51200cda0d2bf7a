"""Small DOCX packages written by hand, as another word processor would write them.

The tests of the DOCX reader need files that our writer would never make: renamed styles,
automatic numbering, split runs, fields, tracked changes. This module assembles such a
package from WordprocessingML fragments, and edits the parts of an existing package.
"""

from __future__ import annotations

import io
import re
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def _types(parts: dict[str, str]) -> str:
    overrides = "".join(
        f'<Override PartName="/{p}" ContentType="{CT}.{kind}+xml"/>' for p, kind in parts.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{overrides}</Types>"
    )


def make_docx(
    body: str,
    *,
    styles: str = "",
    numbering: str = "",
    footnotes: str = "",
    header: str = "",
    sect: str = "",
    comments: str = "",
) -> bytes:
    """A package with ``body`` (paragraph XML) and the optional parts (their inner XML)."""
    ns = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
    parts = {"word/document.xml": "document.main"}
    rels = []
    files: dict[str, str] = {}
    for name, inner, root, kind, rel in (
        ("styles.xml", styles, "styles", "styles", "styles"),
        ("numbering.xml", numbering, "numbering", "numbering", "numbering"),
        ("footnotes.xml", footnotes, "footnotes", "footnotes", "footnotes"),
        ("header1.xml", header, "hdr", "header", "header"),
        ("comments.xml", comments, "comments", "comments", "comments"),
    ):
        if inner:
            files[f"word/{name}"] = f'<?xml version="1.0" encoding="UTF-8"?><w:{root} {ns}>{inner}</w:{root}>'
            parts[f"word/{name}"] = kind
            rels.append(f'<Relationship Id="rId{len(rels) + 1}" Type="{REL}/{rel}" Target="{name}"/>')
    header_ref = ""
    if header:
        rid = next(r for r in rels if "header1" in r).split('"')[1]
        header_ref = f'<w:headerReference w:type="default" r:id="{rid}"/>'
    files["word/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}'
        f"<w:sectPr>{header_ref}{sect}</w:sectPr></w:body></w:document>"
    )
    files["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships">{"".join(rels)}</Relationships>'
    )
    files["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    files["[Content_Types].xml"] = _types(parts)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text.encode("utf-8"))
    return buf.getvalue()


def rewrite(raw: bytes, edits: dict[str, object], drop: str = "") -> bytes:
    """A copy of a package with parts edited (``part → function(text) -> text``) and the
    members whose name starts with ``drop`` left out."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if drop and info.filename.startswith(drop):
                continue
            data = src.read(info)
            edit = edits.get(info.filename)
            if edit is not None:
                data = edit(data.decode("utf-8")).encode("utf-8")  # type: ignore[operator]
            out.writestr(info, data)
    return buf.getvalue()


def without_embedded_docx(raw: bytes) -> bytes:
    """Our DOCX export as a program that drops custom XML would save it."""
    return rewrite(raw, {}, drop="customXml/")


def replace_once(pattern: str, repl: str):
    def edit(text: str) -> str:
        new, n = re.subn(pattern, repl, text, count=1)
        assert n == 1, f"pattern not found: {pattern}"
        return new

    return edit


def p(*runs: str, style: str = "", num: tuple[int, int] | None = None, ppr: str = "") -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    props += ppr
    return f"<w:p><w:pPr>{props}</w:pPr>{''.join(runs)}</w:p>"


def r(text: str, *, italic: bool | None = None, style: str = "", bold: bool = False) -> str:
    props = f'<w:rStyle w:val="{style}"/>' if style else ""
    if bold:
        props += "<w:b/>"
    if italic is not None:
        props += "<w:i/>" if italic else '<w:i w:val="0"/>'
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
