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

from delegate_editor.conventions.messages import Said
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
        raise InputError(Said("input.dtd", name=name, part=part))
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        detail = str(exc).splitlines()[0] if str(exc) else "not well-formed"
        raise InputError(Said("input.invalid-xml", name=name, part=part, detail=detail)) from None
    except (ValueError, MemoryError):
        raise InputError(Said("input.unparsable-xml", name=name, part=part)) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise InputError(Said("input.dtd", name=name, part=part))
    return root


def local(tag: object) -> str:
    """An element's name without its namespace ("" for comments and entities)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]
