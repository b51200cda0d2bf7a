"""Parsing the XML parts of untrusted DOCX and ODT packages.

Office documents never carry a document type declaration, so any part that has one is
refused before parsing: that closes entity expansion ("billion laughs") and external
entities (``file:///etc/passwd``, network fetches) at the door. The parser is also configured
never to load a DTD, resolve an entity, touch the network or build a huge tree, so a
declaration hidden where the scan does not look still resolves nothing.
"""

from __future__ import annotations

import re

from lxml import etree

from delegate_editor.errors import InputError

_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_UTF16 = (b"\xff\xfe", b"\xfe\xff")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=False,
    )


def parse(data: bytes, name: str, part: str) -> etree._Element:
    """The root element of ``part`` (for messages) of file ``name``; InputError when the part
    declares a DTD or entities, or is not well-formed XML."""
    head = data.decode("utf-16", "replace").encode("utf-8") if data.startswith(_UTF16) else data
    if _DOCTYPE.search(head):
        raise InputError(f"{name}: part {part} declares a DTD or entities (refused as unsafe)")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        detail = str(exc).splitlines()[0] if str(exc) else "not well-formed"
        raise InputError(f"{name}: the file is damaged (part {part} is not valid XML: {detail})") from None
    except (ValueError, MemoryError):
        raise InputError(f"{name}: the file is damaged (part {part} cannot be parsed)") from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise InputError(f"{name}: part {part} declares a DTD or entities (refused as unsafe)")
    return root


def local(tag: object) -> str:
    """An element's name without its namespace ("" for comments and entities)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]
