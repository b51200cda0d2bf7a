"""The structured draft carried inside our own DOCX and ODT exports.

Each export embeds the ``.dres`` JSON (a custom XML part in the DOCX package, an extra file
listed in the ODT manifest) together with the plain text of every rendered block. Importing
our own export then loses nothing; and when a co-sponsor edited the visible text in Word or
LibreOffice, the importer compares the visible paragraphs with the recorded ones, lets the
visible text win and reports which paragraphs changed.
"""

from __future__ import annotations

import json
from xml.sax.saxutils import escape

from delegate_editor.formats.blocks import Rendered
from delegate_editor.model.document import Draft
from delegate_editor.storage.dres import dumps, loads

NAMESPACE = "urn:delegate-editor:draft"
DOCX_PART = "/customXml/delegate-editor-draft.xml"  # in the DOCX package
ODT_FILE = "delegate-editor/draft.json"  # in the ODT package
ODT_MEDIA_TYPE = "application/json"
# LibreOffice drops the extra ODT file when it saves the document, but keeps the document's
# user-defined properties: the same payload goes there too, so a copy a delegation edited
# and saved in LibreOffice still carries the draft and its paragraph ids
ODT_META_NAME = "delegate-editor-draft"
_META_NS = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"


def payload_json(draft: Draft, rendered: Rendered) -> bytes:
    """The draft and the text of each block as recorded at export time."""
    data = json.loads(dumps(draft))
    data["rendered_blocks"] = [
        {"style": b.style.value, "label": b.label, "text": b.text, "part": b.source.part, "id": b.source.id}
        for b in rendered.blocks
    ]
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def payload_xml(draft: Draft, rendered: Rendered) -> bytes:
    """The same payload wrapped as a custom XML part for the DOCX package."""
    body = escape(payload_json(draft, rendered).decode("utf-8"))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<draft xmlns="{NAMESPACE}">{body}</draft>'.encode()


def read_payload(raw_json: bytes, name: str) -> tuple[Draft, list[dict[str, str]]]:
    """The embedded draft and its recorded blocks; raises InputError (DresError) if damaged."""
    draft = loads(raw_json, name)
    try:
        blocks = json.loads(raw_json.decode("utf-8")).get("rendered_blocks", [])
    except (ValueError, AttributeError):
        blocks = []
    return draft, blocks if isinstance(blocks, list) else []


def odt_meta_payload(meta_xml: bytes | None) -> bytes | None:
    """The payload kept in an ODT's ``meta.xml`` user-defined property, if there is one."""
    if not meta_xml or ODT_META_NAME.encode() not in meta_xml:
        return None
    from delegate_editor.errors import InputError
    from delegate_editor.formats.safe_xml import parse

    try:
        root = parse(meta_xml, "document", "meta.xml")
    except InputError:  # a damaged or hostile meta.xml: the visible text is read instead
        return None
    for element in root.iter(f"{{{_META_NS}}}user-defined"):
        if element.get(f"{{{_META_NS}}}name") == ODT_META_NAME:
            return (element.text or "").encode("utf-8")
    return None
