"""What odfpy lacks for our ODT export, in one small module.

* Lengths: the layout states twips; ODF wants lengths with units, written here as points.
* Style names: ODF style names are NCNames, so a name a user sees ("Operative Paragraph")
  is encoded the way LibreOffice encodes it ("Operative_20_Paragraph") and paired with a
  display name.
* Text: ODF collapses runs of spaces and ignores a space at the start of a paragraph, and
  tabs and line breaks are elements. :class:`TextSink` writes text so that every character
  the draft holds survives (``text:s``, ``text:tab``, ``text:line-break``), and drops the
  control characters XML 1.0 cannot hold, which would otherwise make the file unreadable.
* The package: odfpy's ``META-INF/manifest.xml`` has no ``manifest:version`` (the ODF 1.2
  manifest schema requires it), odfpy stamps each member with the current time, and it has
  no public way to add a file of our own. :func:`package` rewrites the zip after odfpy
  saved it: ``mimetype`` first and stored, fixed timestamps (the same draft exports to the
  same bytes), a complete ODF 1.2 manifest, and our extra files.
* Speed: odfpy sets an element's keyword attributes one by one, rebuilding the element's
  list of allowed attributes for each: a third of writing an ODT went there.
  :func:`quick` makes the same element with its attributes named at once.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import quoteattr

from odf import grammar
from odf.element import Element
from odf.text import LineBreak, S, Tab

from delegate_editor.formats.layout import TWIPS_PER_PT

MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
ODF_VERSION = "1.2"
MIMETYPE = "application/vnd.oasis.opendocument.text"
XML_PARTS = ("content.xml", "styles.xml", "meta.xml", "settings.xml")

# A fixed date for every zip member (the zip format starts in 1980).
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_UNIX_FILE = 0o100644 << 16

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TOKENS = re.compile(r"\t|\n| +|[^\t\n ]+")
_NOT_NAME = re.compile(r"[^A-Za-z0-9._-]")


def points(value: float) -> str:
    """An ODF length in points, at most three decimals, never in exponent notation."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return f"{'0' if text in ('', '-0') else text}pt"


def length(twips: float) -> str:
    """An ODF length for a layout number in twips."""
    return points(twips / TWIPS_PER_PT)


def percent(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{text}%"


def style_name(display: str) -> str:
    """The NCName LibreOffice gives a style called ``display`` (space → ``_20_``)."""
    name = _NOT_NAME.sub(lambda m: f"_{ord(m.group()):x}_", display)
    return name if name[:1].isalpha() or name[:1] == "_" else f"_{name}"


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold."""
    return _INVALID_XML.sub("", text)


class TextSink:
    """Adds text to one paragraph's odfpy elements, keeping every space, tab and line
    break. One sink per paragraph: whether a space would be collapsed depends on what the
    paragraph held before it, across spans."""

    def __init__(self) -> None:
        self.after_space = True  # at the start of a paragraph a space is ignored

    def add(self, element, text: str) -> None:
        buf: list[str] = []

        def flush() -> None:
            if buf:
                element.addText("".join(buf))
                buf.clear()

        for token in _TOKENS.findall(clean(text)):
            if token == "\t" or token == "\n":
                flush()
                element.addElement(Tab() if token == "\t" else LineBreak())
                self.after_space = True
            elif token[0] == " ":
                count = len(token)
                if not self.after_space:
                    buf.append(" ")
                    count -= 1
                if count:
                    flush()
                    element.addElement(S(c=count))
                self.after_space = True
            else:
                buf.append(token)
                self.after_space = False
        flush()


def _manifest(entries: list[tuple[str, str]]) -> bytes:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<manifest:manifest xmlns:manifest="{MANIFEST_NS}" manifest:version="{ODF_VERSION}">',
        f' <manifest:file-entry manifest:full-path="/" manifest:version="{ODF_VERSION}" '
        f'manifest:media-type="{MIMETYPE}"/>',
    ]
    lines += [
        f" <manifest:file-entry manifest:full-path={quoteattr(path)} manifest:media-type={quoteattr(media)}/>"
        for path, media in entries
    ]
    lines.append("</manifest:manifest>")
    return "\n".join(lines).encode("utf-8")


def package(odfpy_zip: bytes, extra: list[tuple[str, str, bytes]]) -> bytes:
    """The final ODT package from odfpy's output plus ``extra`` files (path, media type,
    content): ``mimetype`` first and stored uncompressed, the XML parts, the extra files,
    and a manifest with ``manifest:version="1.2"`` listing all of them."""
    with zipfile.ZipFile(io.BytesIO(odfpy_zip)) as src:
        parts = {name: src.read(name) for name in XML_PARTS if name in src.namelist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:

        def put(name: str, data: bytes, method: int = zipfile.ZIP_DEFLATED) -> None:
            info = zipfile.ZipInfo(name, _ZIP_DATE)
            info.compress_type = method
            info.external_attr = _UNIX_FILE
            z.writestr(info, data)

        put("mimetype", MIMETYPE.encode("ascii"), zipfile.ZIP_STORED)
        entries: list[tuple[str, str]] = []
        for name, data in parts.items():
            put(name, data)
            entries.append((name, "text/xml"))
        for name, media, data in extra:
            put(name, data)
            entries.append((name, media))
        put("META-INF/manifest.xml", _manifest(entries))
    return out.getvalue()


def quick(factory: Callable[..., Element]) -> Callable[..., Element]:
    """``factory`` (an odfpy element maker such as ``odf.style.TextProperties``), taking the
    same keyword attributes, checked against the same grammar, but each looked up once: the
    element is made with its qualified attribute names (``qattributes``). For plain
    elements only: odfpy's ``Style`` adds a display name of its own."""
    qname = factory(check_grammar=False).qname
    names = {a[1].lower().replace("-", ""): a for a in grammar.allowed_attributes.get(qname) or ()}

    def make(**attrs: Any) -> Element:
        try:
            qualified = {names[key]: value for key, value in attrs.items()}
        except KeyError as exc:
            raise AttributeError(f"Attribute {exc.args[0]} is not allowed in <{qname[1]}>") from None
        return Element(qname=qname, qattributes=qualified)

    return make
