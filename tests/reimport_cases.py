"""Shared by the re-import tests of ``tests/formats`` and ``tests/ui``: a draft quoting
A/RES/80/12 (Objective information on military matters) with its numbered notes, the edit a
co-sponsor makes to our DOCX or ODT export of it, and the notes its marks cite.
"""

from __future__ import annotations

import copy

from lxml import etree

from delegate_editor.model import Draft, NoteRef
from delegate_editor.model.text import plain_text
from tests.formats.docx_factory import W_NS, rewrite

RES_80_12 = """\
Objective information on military matters, including transparency of military expenditures

*The General Assembly*,

*Recalling, in that regard,* the report of the Secretary-General on ways and means to implement \
the guidelines and recommendations for objective information on military matters, including, in \
particular, on how to strengthen and broaden participation in the standardized reporting system,[^1]

*Welcoming* the new interactive web platform of the Secretariat on military expenditures,[^2] as \
well as the new online reporting tool,[^3] both available in the six official languages of the \
United Nations, thus increasing user-friendliness and facilitating the submission of reports, in \
accordance with resolution 66/20,

*Mindful* of the provisions of the Charter of the United Nations, including its Article 26,

1. *Recommends* the guidelines and recommendations for objective information on military matters \
to all Member States for implementation, fully taking into account specific political, military \
and other conditions prevailing in a region;

2. *Invites* Member States to supplement their reports with explanatory remarks regarding \
submitted data to explain or clarify the figures provided in the reporting forms;

3. *Also invites* Member States to provide, with their annual report, information on their \
national points of contact;

4. *Takes note* of the annual report of the Secretary-General;[^4]

5. *Decides* to remain seized of the matter of the possible establishment of a process of \
periodic reviews of the Report on Military Expenditures.

[^1]: A/54/298.
[^2]: See https://milex-reporting.unoda.org/en/states.
[^3]: See https://milex-reporting.unoda.org/en/reporting-tool.
[^4]: A/80/225.
"""
NOTES = [
    "A/54/298.",
    "See https://milex-reporting.unoda.org/en/states.",
    "See https://milex-reporting.unoda.org/en/reporting-tool.",
    "A/80/225.",
]
# operative paragraph 5 of A/RES/80/12, added by the co-sponsor after paragraph 3
ADDED_WORDS = (
    "Encourages relevant international bodies and regional organizations to promote transparency "
    "of military expenditures and to enhance complementarities among reporting systems;"
)

_BODY = {
    ".docx": ("word/document.xml", f"{{{W_NS}}}body"),
    ".odt": ("content.xml", "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text"),
}


def co_sponsor_edit(raw: bytes, ext: str, *, change: tuple[str, str], add_after: str, delete: str) -> bytes:
    """The visible text as a co-sponsor leaves it: words changed, a paragraph added after
    the one holding ``add_after`` (a copy of it holding ``ADDED_WORDS``), the one holding
    ``delete`` gone. The embedded draft is left as it was sent."""
    part, body_tag = _BODY[ext]

    def edit(xml: str) -> str:
        root = etree.fromstring(xml.replace(*change, 1).encode())
        body = next(root.iter(body_tag))

        def holding(words: str) -> etree._Element:
            return next(p for p in body if words in "".join(p.itertext()))

        model = holding(add_after)
        added = copy.deepcopy(model)
        for node in added.iter():  # the words go into the first text node after the label
            if node.text and "Also invites" in node.text:
                node.text = node.text.replace("Also invites", "Encourages")
            if node.tail and node.tail.strip().startswith("Member States"):
                node.tail = " " + ADDED_WORDS.removeprefix("Encourages ")
            elif node.text and node.text.strip().startswith("Member States"):
                node.text = " " + ADDED_WORDS.removeprefix("Encourages ")
        model.addnext(added)
        body.remove(holding(delete))
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8").decode()

    return rewrite(raw, {part: edit})


def co_sponsor_move(raw: bytes, ext: str, *, moving: str, before: str) -> bytes:
    """The paragraph holding ``moving`` cut and pasted before the one holding ``before``
    (its typed number moves with it, as it would in Word)."""
    part, body_tag = _BODY[ext]

    def edit(xml: str) -> str:
        root = etree.fromstring(xml.encode())
        body = next(root.iter(body_tag))
        paras = list(body)
        moved = next(p for p in paras if moving in "".join(p.itertext()))
        target = next(p for p in paras if before in "".join(p.itertext()))
        target.addprevious(moved)  # lxml moves the element
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8").decode()

    return rewrite(raw, {part: edit})


def cited_note_texts(draft: Draft) -> list[str]:
    """The text of each cited note, in the order of the marks; a mark whose note is missing
    gives ``"MISSING"`` so that a broken id shows in the comparison."""
    texts = [p.text for p in draft.preamble]
    for op in draft.operative_paragraphs():
        texts.append(op.text)
    out = []
    for text in texts:
        for item in text:
            if isinstance(item, NoteRef):
                note = draft.footnotes.get(item.note_id)
                out.append(plain_text(note.text) if note else "MISSING")
    return out
