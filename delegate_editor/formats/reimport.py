"""Our own exports coming back: the embedded draft, with the visible text winning.

A DOCX or ODT export carries the draft and the text of every block as exported
(:mod:`embed`). A co-sponsor may have edited the visible text in Word or LibreOffice since;
then the visible text wins. The visible paragraphs are aligned with the recorded blocks:

- a paragraph whose text changed is re-read into the embedded structure in place (its id,
  and so its footnote anchors and cross-references, stay), and the import reports it
  ("operative paragraph 3 was changed in another program");
- a changed line of the front matter or a changed asterisk note is re-read from the whole
  visible text by the structural reader and copied into the embedded draft;
- when paragraphs or footnotes were added, removed or reordered, the alignment cannot say
  which structure they belong to: the whole draft is read from the visible text (the
  embedded layout choice is kept) and the import says so.

Files without our draft are read by structure alone (:func:`office_text.parse_visible`).
"""

from __future__ import annotations

import copy
import difflib

from delegate_editor.conventions.messages import Message, Said, msg
from delegate_editor.errors import InputError
from delegate_editor.formats import embed, reimport_diff
from delegate_editor.formats.blocks import Block, Rendered, render
from delegate_editor.formats.comments_in import take_comments
from delegate_editor.formats.layout import BlockStyle
from delegate_editor.formats.office_text import (
    Visible,
    VisiblePara,
    compare_key,
    drop_label,
    note_spans,
    parse_visible,
    parse_visible_report,
    rich_text,
    to_text,
)
from delegate_editor.formats.registry import ImportResult
from delegate_editor.formats.reimport_diff import at, changed
from delegate_editor.formats.text_import import split_opening
from delegate_editor.formats.text_masthead import read_masthead
from delegate_editor.model import walk
from delegate_editor.model.document import (
    Annex,
    AnnexParagraph,
    Draft,
    Operative,
    Preambular,
    SectionHeading,
    SubParagraph,
)
from delegate_editor.model.table import join_cells
from delegate_editor.model.text import plain_text

TRACKED = Said("import.tracked")
REPARSED = Said("import.reparsed")
DAMAGED = Said("import.damaged")

# the front-matter lines, as values of the "line" word table of the catalogues ("the body
# line", "la ligne de l’organe dans l’en-tête")
_HEADER_STYLES = {
    BlockStyle.BODY: "body",
    BlockStyle.SESSION: "session",
    BlockStyle.VENUE: "venue",
    BlockStyle.AGENDA: "agenda",
    BlockStyle.AGENDA_TITLE: "agenda_title",
    BlockStyle.SPONSORS: "sponsors",
    BlockStyle.ADOPTED_HEADING: "adopted_heading",
    BlockStyle.MEETING: "meeting",
}


def _line(name: str) -> Message:
    """A line of the front matter (or a paragraph the report cannot number) by its key in
    the catalogues' "line" table: "the title", "le titre", "el título"."""
    return msg("at.line", line=name)


def build(visible: Visible, payload: bytes | None, name: str) -> ImportResult:
    """The draft of a DOCX or ODT file, and what the user should be told."""
    messages = [TRACKED] if visible.tracked_changes else []
    if payload is not None:
        try:
            draft, _recorded = embed.read_payload(payload, name)
        except InputError:
            messages.append(DAMAGED)
        else:
            embedded = copy.deepcopy(draft)  # the merge may change the draft in place
            merged, notes = _Merge(draft, _recorded, visible, name).run()
            messages += take_comments(merged, visible.comments, embedded)
            return ImportResult(merged, messages + notes, sent=embedded)
    parsed, guesses = parse_visible_report(visible, name)
    messages += take_comments(parsed, visible.comments, None)
    return ImportResult(parsed, messages + [Said("import.guess", line=line) for line in guesses])


def _block_key(label: str, text: str) -> str:
    return compare_key(f"{label} {text}")


class _Merge:
    def __init__(self, draft: Draft, recorded: list[dict[str, str]], visible: Visible, name: str) -> None:
        self.draft = draft
        self.visible = visible
        self.name = name
        self.rendered: Rendered = render(draft)
        self.recorded = self._recorded(recorded)
        self.messages: list[str] = []
        self._parsed: Draft | None = None
        self.note_ids: dict[int, str] = {}
        self.pairs: list[int | None] = []  # for each rendered note, the visible one it is

    def _recorded(self, recorded: list[dict[str, str]]) -> list[tuple[str, str, str]]:
        """(key, part, id) of each block as exported; the blocks rendered now stand in when
        the file recorded none."""
        out = []
        for item in recorded:
            if isinstance(item, dict):
                key = _block_key(str(item.get("label", "")), str(item.get("text", "")))
                out.append((key, str(item.get("part", "")), str(item.get("id", ""))))
        if out:
            return out
        return [(_block_key(b.label, b.text), b.source.part, b.source.id) for b in self.rendered.blocks]

    def parsed(self) -> Draft | None:
        """The whole visible text read by structure (once); None when it reads as no draft."""
        if self._parsed is None:
            try:
                self._parsed = parse_visible(self.visible, self.name)
            except InputError:
                return None
        return self._parsed

    def reparse_all(self) -> tuple[Draft, list[str]]:
        parsed = self.parsed()
        if parsed is None:  # the visible text no longer reads as a draft: keep what we have
            return self.draft, [Said("reimport.kept-embedded")]
        parsed.layout = self.draft.layout
        parsed.sponsors.names, parsed.sponsors.later = reimport_diff.sponsors_back(
            self.draft, parsed.sponsors.names
        )
        changes = reimport_diff.paragraph_changes(self.draft, parsed, self.rendered.labels)
        return parsed, [REPARSED, *changes, *reimport_diff.footnote_changes(self.draft, parsed)]

    def run(self) -> tuple[Draft, list[str]]:
        if not self._map_notes():
            return self.reparse_all()
        visible_keys = [_block_key(p.label, p.text) for p in self.visible.body]
        recorded_keys = [key for key, _part, _id in self.recorded]
        blocks = self._blocks_by_position()
        matcher = difflib.SequenceMatcher(None, recorded_keys, visible_keys, autojunk=False)
        pairs: list[tuple[int, int]] = []
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                pairs.extend(self._restyled(blocks, range(i1, i2), range(j1, j2)))
                continue
            if op != "replace" or i2 - i1 != j2 - j1 or not self._edited_in_place(i1, i2, j1):
                return self.reparse_all()
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
        for i, j in pairs:
            self._apply(blocks[i] if i < len(blocks) else None, self.recorded[i], self.visible.body[j])
        self._notes()
        self._masthead()
        return self.draft, self.messages

    def _edited_in_place(self, i1: int, i2: int, j1: int) -> bool:
        """Whether each recorded body paragraph of a stretch is the visible one at its place,
        edited (most of its words still there): a paragraph deleted and another added in the
        same stretch is no edit of the one that went. Front-matter lines are short and
        positional, so they pair by place."""
        visible = self.visible.body
        for i, j in zip(range(i1, i2), range(j1, j1 + i2 - i1), strict=True):
            key, part, _id = self.recorded[i]
            if (
                part in ("preamble", "operative", "annex")
                and reimport_diff.similar(key, _block_key(visible[j].label, visible[j].text))
                < reimport_diff.SAME_PARAGRAPH
            ):
                return False
        return True

    def _restyled(self, blocks: list[Block | None], recorded: range, visible: range) -> list[tuple[int, int]]:
        """Paragraphs whose words are as exported but whose italics were changed, among
        those that hold rich text (the body, the title and the recommendation)."""
        out = []
        for i, j in zip(recorded, visible, strict=True):
            block = blocks[i]
            key, part, block_id = self.recorded[i]
            rich = part in ("preamble", "operative", "annex") or block_id in ("title", "recommendation")
            # the block rendered now must be the one recorded (an annex's label and title
            # share the annex's id)
            if not rich or block is None or _block_key(block.label, block.text) != key:
                continue
            if reimport_diff.block_italics(block) != reimport_diff.span_italics(self.visible.body[j].spans):
                out.append((i, j))
        return out

    def _blocks_by_position(self) -> list[Block | None]:
        """The rendered block for each recorded one (by id, else by position)."""
        by_id = {b.source.id: b for b in self.rendered.blocks if b.source.id}
        out: list[Block | None] = []
        for k, (_key, _part, block_id) in enumerate(self.recorded):
            block = by_id.get(block_id) if block_id else None
            if block is None and k < len(self.rendered.blocks):
                block = self.rendered.blocks[k]
            out.append(block)
        return out

    # -- footnotes ------------------------------------------------------------------------
    def _map_notes(self) -> bool:
        """Pair visible notes with rendered ones in order of citation; False when they no
        longer pair (a note added or removed)."""
        rendered = self.rendered.notes
        visible = self.visible.notes
        if len(rendered) != len(visible):
            return False
        # numbered notes pair in order, a note with a mark of its own by its mark: a reissued
        # symbol's "*" is the first asterisk, though the title that cites it comes after the
        # sponsors line citing "**" (A/C.1/80/L.42)
        numbered = iter(i for i, v in enumerate(visible) if not v.mark)
        by_mark = {v.mark: i for i, v in enumerate(visible) if v.mark}
        self.pairs = [by_mark.get(r.mark) if r.custom else next(numbered, None) for r in rendered]
        if None in self.pairs or len(set(self.pairs)) != len(visible):
            return False
        # a footnote printed with its own symbol ("**") is the model's too: it has an id
        self.note_ids = {i: r.note_id for i, r in zip(self.pairs, rendered, strict=True) if r.note_id}
        return True

    def _notes(self) -> None:
        for note, shown in zip(self.rendered.notes, (self.visible.notes[i] for i in self.pairs), strict=True):
            spans = note_spans(shown)
            was = compare_key("".join(p.text for p in note.pieces if p.note is None))
            now = compare_key("".join(s.text for s in spans if s.note is None))
            restyled = reimport_diff.italics(
                (p.text, p.italic) for p in note.pieces if p.note is None
            ) != reimport_diff.span_italics(spans)
            if was == now and (note.custom and not note.note_id or not restyled):
                continue  # an asterisk note of the front matter is plain text
            if note.custom and not note.note_id:
                citing = next(
                    (b for b in self.rendered.blocks if any(p.note is note for p in b.pieces)), None
                )
                if citing is not None:
                    self._header(citing.style, msg("at.custom-note", mark=note.mark))
                continue
            footnote = self.draft.footnotes.get(note.note_id)
            if footnote is not None:
                footnote.text = rich_text(spans, self.note_ids)
                # its mark as printed: the number ("3") or its own symbol ("**")
                self.messages.append(changed(at("footnote", note.mark)))

    # -- paragraphs -----------------------------------------------------------------------
    def _apply(self, block: Block | None, recorded: tuple[str, str, str], para: VisiblePara) -> None:
        _key, part, block_id = recorded
        label = block.label if block is not None else ""
        spans = drop_label(para.spans, label) if not para.label else para.spans
        rich = rich_text(spans, self.note_ids)
        if para.cells is not None:  # a table's row: its cells stay apart (model/table.py)
            rich = join_cells([rich_text(cell, self.note_ids) for cell in para.cells])
        target = self._find(block_id)
        what = self._describe(block, target)
        if isinstance(target, Preambular | Operative | SubParagraph | AnnexParagraph):
            rich = reimport_diff.keep_xrefs(target.text, rich, self.rendered.labels)
        if isinstance(target, Preambular):
            target.opening, target.text = split_opening(rich, False, self.draft.front.language)
        elif isinstance(target, Operative):
            target.opening, target.text = split_opening(rich, True, self.draft.front.language)
        elif isinstance(target, SubParagraph | AnnexParagraph):
            target.text = rich
        elif isinstance(target, SectionHeading):
            target.text = plain_text(rich).strip()
        elif isinstance(target, Annex):
            target.title = rich
        elif part == "header" and block_id == "title":
            self.draft.title = rich
        elif part == "header" and block_id == "recommendation":
            self.draft.recommendation = rich
        elif part == "header" and block_id == "authoring":
            self.draft.authoring = plain_text(rich).strip().rstrip(",")
        elif block is not None and block.style in _HEADER_STYLES:
            self._header(block.style, what)
            return
        else:
            return
        self.messages.append(changed(what))

    def _header(self, style: BlockStyle, what: Message) -> None:
        """A front-matter line changed: take that part of the front matter from the whole
        visible text read by structure."""
        parsed = self.parsed()
        if parsed is None:
            return
        d, f, pf = self.draft, self.draft.front, parsed.front
        if style is BlockStyle.BODY:
            f.body = pf.body
        elif style is BlockStyle.SESSION:
            f.session = pf.session
        elif style is BlockStyle.VENUE:
            f.venue_dates = pf.venue_dates
        elif style is BlockStyle.AGENDA:
            f.agenda.number, f.agenda.provisional = pf.agenda.number, pf.agenda.provisional
            f.agenda.list_name, f.agenda.symbol = pf.agenda.list_name, pf.agenda.symbol
        elif style is BlockStyle.AGENDA_TITLE:
            f.agenda.title = pf.agenda.title
        elif style is BlockStyle.SPONSORS:
            d.sponsors.names, d.sponsors.later = reimport_diff.sponsors_back(d, parsed.sponsors.names)
            d.sponsors.on_behalf_of = parsed.sponsors.on_behalf_of
            d.sponsors.submitted_by = parsed.sponsors.submitted_by
            d.kind, d.text_kind = parsed.kind, parsed.text_kind
        elif style in (BlockStyle.ADOPTED_HEADING, BlockStyle.MEETING):
            d.adoption = parsed.adoption
            d.kind, d.text_kind = parsed.kind, parsed.text_kind
        self.messages.append(changed(what))

    def _masthead(self) -> None:
        """The symbol, date and job number as the masthead shows them now."""
        if not self.visible.masthead:
            return
        f = self.draft.front
        try:  # the masthead's lines alone: reading the whole text for them was half an open
            pf = read_masthead(to_text(Visible(masthead=self.visible.masthead)), f.language, self.name)
        except InputError:
            return
        for attr in ("symbol", "date", "job_number"):
            now = getattr(pf, attr)
            if now and now != getattr(f, attr):
                setattr(f, attr, now)
                self.messages.append(changed(_line(attr)))

    def _find(self, item_id: str) -> object | None:
        return walk.find(self.draft, item_id, walk.BODY_PARTS) if item_id else None

    def _describe(self, block: Block | None, target: object | None) -> Message:
        """The place a changed block is named by in the report, as a message of its own
        (worded in the reader's language with the draft's own labels)."""
        if block is None:
            return _line("paragraph")
        src = block.source
        if isinstance(target, Preambular):
            return at("preamble", src.index)
        if isinstance(target, Operative):
            return at("operative", src.index)
        if isinstance(target, SubParagraph):
            return msg("at.sub", label=block.label, n=src.index)
        if isinstance(target, SectionHeading):
            return msg("at.heading", text=target.text[:40])
        if isinstance(target, Annex):
            return _line("annex_title")
        if isinstance(target, AnnexParagraph):
            return msg("at.annex", n=src.index)
        if src.id in ("title", "recommendation", "authoring"):
            return _line(src.id)
        return _line(_HEADER_STYLES.get(block.style, "front"))
