"""A place in a ``.dres`` file in a delegate's words (issue 22).

A damaged or hand-edited file is refused with one line naming what is wrong. That line used
to name the JSON key ("front.symbol: expected a string"), which means nothing to a delegate;
:func:`place` turns the key path into the field as the app shows it ("the Symbol field",
"operative item 3, sub-paragraph (b)", "the title of version 2"). The field names are the
labels of the front-matter form and the sponsors page.
"""

from __future__ import annotations

import re

from delegate_editor.model.numbering import alpha, roman

FIELD_NAMES = {
    "front.organ": "the Organ field",
    "front.symbol": "the Symbol field",
    "front.distribution": "the Distribution field",
    "front.date": "the Date field",
    "front.original": "the Original field",
    "front.job_number": "the Job number field",
    "front.reissue": "the Reissue note field",
    "front.body": "the Body field",
    "front.session": "the Session field",
    "front.venue_dates": "the Venue and dates field",
    "front.agenda.number": "the Agenda item field",
    "front.agenda.title": "the Agenda item title field",
    "front.agenda.symbol": "the Agenda symbol field",
    "front.agenda.provisional": "the Provisional agenda box",
    "front.agenda.list_name": "the agenda line",
    "front.agenda": "the agenda item",
    "front": "the front matter",
    "kind": "the Kind field",
    "text_kind": "the Resolution or decision field",
    "layout": "the Layout field",
    "recommendation": "the Recommendation paragraph",
    "title": "the Title",
    "lead_in": "the operative part's lead-in",
    "authoring": "the Authoring line",
    "sponsors": "the sponsors",
    "sponsors.names": "the list of sponsors",
    "sponsors.later": "the list of sponsors who joined after the first issue",
    "sponsors.on_behalf_of": "the On behalf of field",
    "sponsors.on_behalf_by": "the sponsor whose name carries the group's mark",
    "sponsors.note": "the sponsors line's note",
    "sponsors.submitted_by": "the Submitted by field",
    "adoption": "the adoption details",
    "adoption.number": "the resolution number",
    "adoption.date": "the date of adoption",
    "adoption.meeting": "the meeting of adoption",
    "adoption.reference": "the report line under the adoption heading",
    "amends": "the draft the amendment amends",
    "amends.symbol": "the symbol of the draft amended",
    "amends.plural": "the Amendments (several) mark",
    "preamble": "the preamble",
    "operative": "the operative part",
    "annexes": "the annexes",
    "footnotes": "the footnotes",
    "comments": "the comments",
    "versions": "the list of versions",
    "base": "the text the draft is based on",
}

# what a node's own key is, after the node's name ("operative item 3's opening phrase")
ATTRIBUTES = {
    "opening": "opening phrase",
    "text": "text",
    "title": "title",
    "style": "style",
    "heading": "heading",
    "id": "identifier",
    "dash": "dash",
    "quoted": "quoted mark",
    "date": "date",
    "node": "paragraph",
    "author": "author",
    "resolved": "resolved mark",
    "name": "name",
    "taken": "date",
}

_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def _sub_label(depth: int, n: int) -> str:
    """(a), (i), a., i. as the sub-paragraph depths are numbered."""
    return (f"({alpha(n)})", f"({roman(n)})", f"{alpha(n)}.", f"{roman(n)}.")[min(depth, 3)]


def place(path: str) -> str:
    """``path`` ("operative[2].subs[1].text[0]") as "operative item 3, sub-paragraph (b)";
    an unknown path as it stands (never a worse message than before)."""
    if not path or path == "document":
        return "the file"
    if path.split(".")[0].split("[")[0] == "negotiation":  # proposals and labels: by their key path
        return f"the negotiation data ({path})"
    prefix = ""
    if m := re.match(r"versions\[(\d+)\]\.draft\.?", path):
        prefix, path = f" of version {int(m.group(1)) + 1}", path[m.end() :]
    elif m := re.match(r"versions\[(\d+)\]\.(name|taken)$", path):
        return f"the {ATTRIBUTES[m.group(2)]} of version {int(m.group(1)) + 1}"
    elif m := re.match(r"versions\[(\d+)\]$", path):
        return f"version {int(m.group(1)) + 1}"
    elif path.startswith("base."):
        prefix, path = " of the text the draft is based on", path[len("base.") :]
    if not path:
        return f"the draft{prefix}"
    named = _node(path)
    return f"{named}{prefix}" if named else path


def _node(path: str) -> str:
    if path in FIELD_NAMES:
        return FIELD_NAMES[path]
    if m := re.fullmatch(r"sponsors\.(names|later)\[(\d+)\]", path):
        return f"{'sponsor' if m.group(1) == 'names' else 'later sponsor'} {int(m.group(2)) + 1}"
    if m := re.fullmatch(r"(title|recommendation|lead_in)\[\d+\]", path):  # a piece of the text
        return FIELD_NAMES[m.group(1)]
    steps = [(m.group(1), m.group(2)) for m in _STEP.finditer(path)]
    if not steps or "".join(_rebuild(steps)) != path:
        return ""
    (part, index), rest = steps[0], steps[1:]
    if index is None:
        return ""
    n = int(index) + 1
    words = {
        "preamble": f"preambular paragraph {n}",
        "operative": f"operative item {n}",
        "annexes": f"annex {n}",
        "footnotes": f"footnote {n}",
        "comments": f"comment {n}",
    }.get(part)
    if words is None:
        return ""
    depth = 0
    attr = ""
    for name, idx in rest:
        if name in ("subs", "paragraphs") and idx is not None:
            k = int(idx) + 1
            words += f", sub-paragraph {_sub_label(depth, k)}" if name == "subs" else f", paragraph {k}"
            depth += name == "subs"
        elif name in ("subs", "paragraphs"):
            attr = "sub-paragraphs" if name == "subs" else "paragraphs"
        elif name in ATTRIBUTES:
            attr = ATTRIBUTES[name]
    return f"the {attr} of {words}" if attr else words


def _rebuild(steps: list[tuple[str, str | None]]) -> list[str]:
    out = []
    for i, (name, idx) in enumerate(steps):
        out.append(("." if i else "") + name + (f"[{idx}]" if idx is not None else ""))
    return out


LISTS = {
    "preamble": "a list of paragraphs",
    "operative": "a list of paragraphs",
    "subs": "a list of sub-paragraphs",
    "paragraphs": "a list of paragraphs",
    "annexes": "a list of annexes",
    "footnotes": "a list of footnotes",
    "comments": "a list of comments",
    "versions": "a list of versions",
    "names": "a list of names",
    "later": "a list of names",
    "text": "text with its formatting",
    "title": "text with its formatting",
    "recommendation": "text with its formatting",
    "lead_in": "text with its formatting",
}


def list_of(key: str) -> str:
    """What the list stored under ``key`` holds, for "should be ..." messages."""
    return LISTS.get(key, "a list")


def kind_of(value: object) -> str:
    """A JSON value's kind as a delegate would say it."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "plain text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    return "nothing"
