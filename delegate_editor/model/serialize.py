"""The draft as plain dictionaries and lists (the JSON of the ``.dres`` file) and back.

Pure data conversion, no I/O: ``storage/dres.py`` reads and writes the files. ``from_dict``
validates as it goes and raises :class:`FormatError` with a path to the bad value, so a
hand-edited or damaged file gives one clear message rather than a traceback.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from delegate_editor.model import comments, negotiation_data
from delegate_editor.model.document import (
    Adoption,
    AgendaItem,
    Annex,
    AnnexParagraph,
    AnnexStyle,
    Distribution,
    DocumentKind,
    Draft,
    Footnote,
    FrontMatter,
    Operative,
    OperativeItem,
    Preambular,
    SectionHeading,
    Sponsors,
    SubParagraph,
    TextKind,
    Version,
    new_id,
)
from delegate_editor.model.field_names import kind_of, list_of, place
from delegate_editor.model.text import Inline, NoteRef, RichText, Run, XRef, normalize


class FormatError(ValueError):
    """The data does not describe a draft. The message says where, in the words of the app
    (``model/field_names.py``: "The Symbol field should be text, not a number"), and what;
    ``path`` keeps the key path ("front.symbol") for whoever mends the file by hand."""

    def __init__(self, path: str, what: str) -> None:
        where = place(path)
        super().__init__(f"{where[:1].upper()}{where[1:]} {what}")
        self.path = path


# -- to plain data -----------------------------------------------------------------------


def text_to_data(text: RichText) -> list[Any]:
    """Runs become strings (roman) or {"i": "..."} (italic); notes {"note": id}; xrefs {"ref": id}."""
    out: list[Any] = []
    for item in text:
        if isinstance(item, Run):
            out.append({"i": item.text} if item.italic else item.text)
        elif isinstance(item, NoteRef):
            out.append({"note": item.note_id})
        elif isinstance(item, XRef):
            out.append({"ref": item.target_id})
    return out


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _sub(sub: SubParagraph) -> dict[str, Any]:
    data: dict[str, Any] = {"id": sub.id, "text": text_to_data(sub.text)}
    if sub.dash:
        data["dash"] = True
    if sub.children:
        data["subs"] = [_sub(c) for c in sub.children]
    return data


def _operative(item: OperativeItem) -> dict[str, Any]:
    if isinstance(item, SectionHeading):
        return {"id": item.id, "heading": item.text}
    data: dict[str, Any] = {"id": item.id, "opening": item.opening, "text": text_to_data(item.text)}
    if item.subs:
        data["subs"] = [_sub(s) for s in item.subs]
    return data


def to_dict(draft: Draft, history: bool = True) -> dict[str, Any]:
    """The draft as plain data. ``history=False`` leaves out the base and the versions: a
    snapshot for the preview or the checks needs only the text, and each of them would
    cost as much again as the text itself (4 ms more per snapshot at 500 paragraphs)."""
    data = _draft_dict(draft)
    if draft.negotiation is not None:  # optional: a draft not negotiated writes no key
        data["negotiation"] = negotiation_data.dump(draft.negotiation)
    if not history:
        return data
    # the base and the versions are whole drafts of their own (never with a base inside)
    if draft.base is not None:
        data["base"] = _draft_dict(draft.base)
    if draft.versions:
        data["versions"] = [
            {"name": v.name, "taken": v.taken.isoformat(timespec="seconds"), "draft": _draft_dict(v.draft)}
            for v in draft.versions
        ]
    return data


def _draft_dict(draft: Draft) -> dict[str, Any]:
    data = _text_dict(draft)
    if draft.comments:  # optional: a draft without comments writes no key
        data["comments"] = comments.to_data(draft.comments)
    return data


def _text_dict(draft: Draft) -> dict[str, Any]:
    f = draft.front
    return {
        "kind": draft.kind.value,
        "text_kind": draft.text_kind.value,
        "layout": draft.layout,
        "front": {
            "organ": f.organ,
            "body": f.body,
            "session": f.session,
            "venue_dates": f.venue_dates,
            "agenda": {
                "number": f.agenda.number,
                "title": f.agenda.title,
                "symbol": f.agenda.symbol,
                "provisional": f.agenda.provisional,
                "list_name": f.agenda.list_name,
            },
            "symbol": f.symbol,
            "distribution": f.distribution.value,
            "date": _date(f.date),
            "original": f.original,
            "job_number": f.job_number,
            **({"language": f.language} if f.language != "en" else {}),  # English files as they were
        },
        "sponsors": {
            "names": list(draft.sponsors.names),
            "later": list(draft.sponsors.later),
            "on_behalf_of": draft.sponsors.on_behalf_of,
            "note": draft.sponsors.note,
            "submitted_by": draft.sponsors.submitted_by,
        },
        "adoption": {
            "number": draft.adoption.number,
            "date": _date(draft.adoption.date),
            "meeting": draft.adoption.meeting,
            "reference": draft.adoption.reference,
        },
        "recommendation": text_to_data(draft.recommendation),
        "title": text_to_data(draft.title),
        "authoring": draft.authoring,
        "preamble": [
            {"id": p.id, "opening": p.opening, "text": text_to_data(p.text)} for p in draft.preamble
        ],
        "operative": [_operative(item) for item in draft.operative],
        "annexes": [
            {
                "id": a.id,
                "title": text_to_data(a.title),
                "paragraphs": [
                    {"id": p.id, "style": p.style.value, "text": text_to_data(p.text)} for p in a.paragraphs
                ],
            }
            for a in draft.annexes
        ],
        # The key is what the marks cite, so it is the id written (a note whose own id
        # differed from its key lost every mark on the next open: issue 15).
        "footnotes": [{"id": key, "text": text_to_data(n.text)} for key, n in draft.footnotes.items()],
    }


# -- from plain data ---------------------------------------------------------------------


class _Reader:
    """Typed access to nested plain data, with the path of each value for error messages."""

    def __init__(self, data: Any, path: str = "") -> None:
        self.data = data
        self.path = path

    def fail(self, what: str) -> FormatError:
        """``what`` is said of the value: "should be text, not a number"."""
        return FormatError(self.path, what)

    def obj(self) -> dict[str, Any]:
        if not isinstance(self.data, dict):
            raise self.fail(f"should be a group of fields, not {kind_of(self.data)}")
        return self.data

    def child(self, key: str) -> _Reader:
        return _Reader(self.obj().get(key), f"{self.path}.{key}" if self.path else key)

    def str(self, key: str, default: str = "") -> str:
        value = self.obj().get(key, default)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.child(key).fail(f"should be text, not {kind_of(value)}")
        return value

    def bool(self, key: str, default: bool = False) -> bool:
        value = self.obj().get(key, default)
        if not isinstance(value, bool):
            raise self.child(key).fail(f"should be true or false, not {kind_of(value)}")
        return value

    def list(self, key: str) -> list[_Reader]:
        value = self.obj().get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.child(key).fail(f"should be {list_of(key)}, not {kind_of(value)}")
        base = f"{self.path}.{key}" if self.path else key
        return [_Reader(v, f"{base}[{i}]") for i, v in enumerate(value)]

    def strings(self, key: str) -> list[str]:
        out = []
        for item in self.list(key):
            if not isinstance(item.data, str):
                raise item.fail(f"should be a name, not {kind_of(item.data)}")
            out.append(item.data)
        return out

    def date(self, key: str) -> date | None:
        value = self.str(key)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.child(key).fail(f"is not a date (YYYY-MM-DD): {value!r}") from None

    def enum(self, key: str, enum: type, default: Any) -> Any:
        value = self.str(key, default.value)
        try:
            return enum(value)
        except ValueError:
            # an empty value (Distribution.NONE: no distribution line) is named as the form shows it
            allowed = ", ".join(e.value or "(none)" for e in enum)
            raise self.child(key).fail(f"should be one of {allowed}, not {value!r}") from None

    def id(self) -> str:
        value = self.str("id")
        return value or new_id()

    def text(self, key: str) -> RichText:
        items: list[Inline] = []
        for item in self.list(key):
            data = item.data
            if isinstance(data, str):
                items.append(Run(data))
            elif isinstance(data, dict) and len(data) == 1 and isinstance(next(iter(data.values())), str):
                ((kind, value),) = data.items()
                if kind == "i":
                    items.append(Run(value, italic=True))
                elif kind == "note":
                    items.append(NoteRef(value))
                elif kind == "ref":
                    items.append(XRef(value))
                else:
                    raise item.fail(f"holds an unknown kind of text ({kind!r})")
            else:
                raise item.fail(
                    "holds something that is not text, italics, a footnote mark or a cross-reference"
                )
        return normalize(items)


def _read_sub(r: _Reader, depth: int) -> SubParagraph:
    if depth > 8:
        raise r.fail("has sub-paragraphs nested too deeply")
    return SubParagraph(
        text=r.text("text"),
        children=[_read_sub(c, depth + 1) for c in r.list("subs")],
        dash=r.bool("dash"),
        id=r.id(),
    )


def _optional(parent: _Reader, key: str) -> _Reader:
    """A nested object that may be absent (older or hand-written files): absent is empty."""
    child = parent.child(key)
    if child.data is None:
        return _Reader({}, child.path)
    child.obj()
    return child


def from_dict(data: Any) -> Draft:
    r = _Reader(data)
    draft = _read_draft(r)
    if r.obj().get("negotiation") is not None:
        try:
            draft.negotiation = negotiation_data.load(r.obj()["negotiation"])
        except negotiation_data.FormatError as exc:
            raise FormatError(exc.path, exc.what) from None
        except ValueError as exc:  # a value the model refuses (a bad date, an unknown kind)
            raise FormatError("negotiation", str(exc)) from None
    base = r.child("base")
    if base.data is not None:
        draft.base = _read_draft(base)
    for item in r.list("versions"):
        draft.versions.append(
            Version(name=item.str("name"), taken=_taken(item), draft=_read_draft(item.child("draft")))
        )
    return draft


def _taken(r: _Reader) -> datetime:
    value = r.str("taken")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise r.child("taken").fail(f"is not a date and time (YYYY-MM-DDTHH:MM:SS): {value!r}") from None


def _read_draft(r: _Reader) -> Draft:
    r.obj()
    f = _optional(r, "front")
    a = _optional(f, "agenda")
    s = _optional(r, "sponsors")
    ad = _optional(r, "adoption")
    front = FrontMatter(
        organ=f.str("organ", "General Assembly"),
        body=f.str("body"),
        session=f.str("session"),
        venue_dates=f.str("venue_dates"),
        agenda=AgendaItem(
            number=a.str("number"),
            title=a.str("title"),
            symbol=a.str("symbol"),
            provisional=a.bool("provisional"),
            list_name=a.str("list_name", "provisional agenda"),
        ),
        symbol=f.str("symbol"),
        distribution=f.enum("distribution", Distribution, Distribution.LIMITED),
        date=f.date("date"),
        original=f.str("original", "English"),
        job_number=f.str("job_number"),
        language=f.str("language", "en") or "en",
    )
    operative: list[OperativeItem] = []
    for item in r.list("operative"):
        if "heading" in item.obj():
            operative.append(SectionHeading(text=item.str("heading"), id=item.id()))
        else:
            operative.append(
                Operative(
                    opening=item.str("opening"),
                    text=item.text("text"),
                    subs=[_read_sub(c, 1) for c in item.list("subs")],
                    id=item.id(),
                )
            )
    footnotes: dict[str, Footnote] = {}
    for item in r.list("footnotes"):
        note = Footnote(text=item.text("text"), id=item.id())
        footnotes[note.id] = note
    return Draft(
        front=front,
        sponsors=Sponsors(
            names=s.strings("names"),
            later=s.strings("later"),
            on_behalf_of=s.str("on_behalf_of"),
            note=s.str("note"),
            submitted_by=s.str("submitted_by"),
        ),
        kind=r.enum("kind", DocumentKind, DocumentKind.DRAFT),
        text_kind=r.enum("text_kind", TextKind, TextKind.RESOLUTION),
        recommendation=r.text("recommendation"),
        title=r.text("title"),
        authoring=r.str("authoring", "The General Assembly"),
        preamble=[
            Preambular(opening=p.str("opening"), text=p.text("text"), id=p.id()) for p in r.list("preamble")
        ],
        operative=operative,
        annexes=[
            Annex(
                title=x.text("title"),
                paragraphs=[
                    AnnexParagraph(
                        text=p.text("text"), style=p.enum("style", AnnexStyle, AnnexStyle.BODY), id=p.id()
                    )
                    for p in x.list("paragraphs")
                ],
                id=x.id(),
            )
            for x in r.list("annexes")
        ],
        footnotes=footnotes,
        adoption=Adoption(
            number=ad.str("number"),
            date=ad.date("date"),
            meeting=ad.str("meeting"),
            reference=ad.str("reference"),
        ),
        layout=r.str("layout"),
        comments=comments.from_data(r.list("comments")),
    )
