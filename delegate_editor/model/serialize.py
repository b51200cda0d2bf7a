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
    NOTE_SYMBOLS,
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
    RowKind,
    SectionHeading,
    Sponsors,
    SubParagraph,
    TextKind,
    Version,
    is_note_mark,
)
from delegate_editor.model.plain_reader import FormatError, PlainReader, optional_object
from delegate_editor.model.sync_log import SyncLog
from delegate_editor.model.text import NoteRef, RichText, Run, XRef

__all__ = ["FormatError", "from_dict", "text_to_data", "to_dict"]


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
    if sub.quoted:  # optional: only an amendment's quoted paragraphs write the key
        data["quoted"] = True
    if sub.row:  # optional (from format 13): a row of a table inside the operative part
        data["row"] = sub.row.value
    if sub.children:
        data["subs"] = [_sub(c) for c in sub.children]
    return data


def _annex_paragraph(p: AnnexParagraph) -> dict[str, Any]:
    data: dict[str, Any] = {"id": p.id, "style": p.style.value, "text": text_to_data(p.text)}
    if p.restart:  # optional: only a paragraph that numbers from 1 again writes the key
        data["restart"] = True
    return data


def _preambular(p: Preambular) -> dict[str, Any]:
    return {"id": p.id, "opening": p.opening, "text": text_to_data(p.text)}


def _operative(item: OperativeItem) -> dict[str, Any]:
    if isinstance(item, SectionHeading):
        heading: dict[str, Any] = {"id": item.id, "heading": item.text}
        if item.preamble:  # optional: only a section with a preamble of its own writes the key
            heading["preamble"] = [_preambular(p) for p in item.preamble]
        if item.restart:  # optional: only a section numbered from 1 again writes the key
            heading["restart"] = True
        return heading
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
    if draft.sync is not None:  # optional: a draft not shared with a group writes no key
        data["sync"] = {"group": draft.sync.group, "updates": list(draft.sync.updates)}
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
            **({"reissue": f.reissue} if f.reissue else {}),  # optional: a reissued symbol only
            **({"language": f.language} if f.language != "en" else {}),  # English files as they were
        },
        "sponsors": {
            "names": list(draft.sponsors.names),
            "later": list(draft.sponsors.later),
            "on_behalf_of": draft.sponsors.on_behalf_of,
            "note": draft.sponsors.note,
            "submitted_by": draft.sponsors.submitted_by,
            **({"on_behalf_by": draft.sponsors.on_behalf_by} if draft.sponsors.on_behalf_by else {}),
        },
        "adoption": {
            "number": draft.adoption.number,
            "date": _date(draft.adoption.date),
            "meeting": draft.adoption.meeting,
            "reference": draft.adoption.reference,
        },
        "recommendation": text_to_data(draft.recommendation),
        "title": text_to_data(draft.title),
        **({"lead_in": text_to_data(draft.lead_in)} if draft.lead_in else {}),  # optional: "Resolves that:"
        "authoring": draft.authoring,
        **({"amends": {"symbol": draft.amends, "plural": draft.amends_plural}} if draft.amends else {}),
        "preamble": [_preambular(p) for p in draft.preamble],
        "operative": [_operative(item) for item in draft.operative],
        **({"lettered": True} if draft.lettered else {}),  # optional: a lettered decision only
        "annexes": [
            {
                "id": a.id,
                "title": text_to_data(a.title),
                "paragraphs": [_annex_paragraph(p) for p in a.paragraphs],
                **({"in_text": True} if a.in_text else {}),  # optional: a list set out in the text
            }
            for a in draft.annexes
        ],
        # The key is what the marks cite, so it is the id written (a note whose own id
        # differed from its key lost every mark on the next open: issue 15).
        "footnotes": [
            {"id": key, "text": text_to_data(n.text), **({"mark": n.mark} if n.mark else {})}
            for key, n in draft.footnotes.items()
        ],
    }


# -- from plain data ---------------------------------------------------------------------


def _read_preambular(r: PlainReader) -> Preambular:
    return Preambular(opening=r.str("opening"), text=r.text("text"), id=r.id())


def _read_sub(r: PlainReader, depth: int) -> SubParagraph:
    if depth > 8:
        raise r.fail("has sub-paragraphs nested too deeply")
    return SubParagraph(
        text=r.text("text"),
        children=[_read_sub(c, depth + 1) for c in r.list("subs")],
        dash=r.bool("dash"),
        quoted=r.bool("quoted"),
        row=r.enum("row", RowKind, RowKind.NONE),
        id=r.id(),
    )


def from_dict(data: Any) -> Draft:
    r = PlainReader(data)
    draft = _read_draft(r)
    if r.obj().get("negotiation") is not None:
        try:
            draft.negotiation = negotiation_data.load(r.obj()["negotiation"])
        except negotiation_data.FormatError as exc:
            raise FormatError(exc.path, exc.what) from None
        except ValueError as exc:  # a value the model refuses (a bad date, an unknown kind)
            raise FormatError("negotiation", str(exc)) from None
    sync = r.child("sync")
    if sync.data is not None:
        draft.sync = SyncLog(group=sync.str("group"), updates=tuple(sync.strings("updates")))
        if not draft.sync.group:
            raise sync.child("group").fail("is empty: a shared draft names its group")
    base = r.child("base")
    if base.data is not None:
        draft.base = _read_draft(base)
    for item in r.list("versions"):
        draft.versions.append(
            Version(name=item.str("name"), taken=_taken(item), draft=_read_draft(item.child("draft")))
        )
    return draft


def _taken(r: PlainReader) -> datetime:
    value = r.str("taken")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise r.child("taken").fail(f"is not a date and time (YYYY-MM-DDTHH:MM:SS): {value!r}") from None


def _read_draft(r: PlainReader) -> Draft:
    r.obj()
    f = optional_object(r, "front")
    a = optional_object(f, "agenda")
    s = optional_object(r, "sponsors")
    ad = optional_object(r, "adoption")
    am = optional_object(r, "amends")
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
        reissue=f.str("reissue"),
        language=f.str("language", "en") or "en",
    )
    operative: list[OperativeItem] = []
    for item in r.list("operative"):
        if "heading" in item.obj():
            operative.append(
                SectionHeading(
                    text=item.str("heading"),
                    id=item.id(),
                    preamble=[_read_preambular(p) for p in item.list("preamble")],
                    restart=item.bool("restart"),
                )
            )
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
        note = Footnote(text=item.text("text"), id=item.id(), mark=item.str("mark"))
        if note.mark and not is_note_mark(note.mark):
            raise item.child("mark").fail(
                f"is not a footnote mark (one to four of {NOTE_SYMBOLS}): {note.mark!r}"
            )
        footnotes[note.id] = note
    return Draft(
        front=front,
        sponsors=Sponsors(
            names=s.strings("names"),
            later=s.strings("later"),
            on_behalf_of=s.str("on_behalf_of"),
            note=s.str("note"),
            submitted_by=s.str("submitted_by"),
            on_behalf_by=s.str("on_behalf_by"),
        ),
        kind=r.enum("kind", DocumentKind, DocumentKind.DRAFT),
        text_kind=r.enum("text_kind", TextKind, TextKind.RESOLUTION),
        recommendation=r.text("recommendation"),
        title=r.text("title"),
        lead_in=r.text("lead_in"),
        authoring=r.str("authoring", "The General Assembly"),
        amends=am.str("symbol"),
        amends_plural=am.bool("plural"),
        preamble=[_read_preambular(p) for p in r.list("preamble")],
        operative=operative,
        lettered=r.bool("lettered"),
        annexes=[
            Annex(
                title=x.text("title"),
                paragraphs=[
                    AnnexParagraph(
                        text=p.text("text"),
                        style=p.enum("style", AnnexStyle, AnnexStyle.BODY),
                        restart=p.bool("restart"),
                        id=p.id(),
                    )
                    for p in x.list("paragraphs")
                ],
                id=x.id(),
                in_text=x.bool("in_text"),
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
