"""Real corpus texts as drafts, and the edits delegates make to them, for the version and
comparison tests.

An adopted resolution (``ga-80/*.md``) is read with the app's text importer after its
``---`` front matter (the corpus's own record, not part of the UN text) is taken off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import zlib
from pathlib import Path

from delegate_editor.app.corpus import without_record
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report, read_text
from delegate_editor.model import Draft, Footnote, NoteRef, Operative, Run, normalize, plain_text, rich
from delegate_editor.model.document import Annex, AnnexStyle
from delegate_editor.model.versions import draft_from_base
from delegate_editor.storage import dres

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def pdf_lines(text: str) -> str:
    """A quote of the corpus in the raw PyMuPDF shape: every line ends with a space, blank
    lines are " " lines (the tests write their quotes without them, as the repository keeps
    no trailing blanks)."""
    return "\n".join(line + " " for line in text.split("\n"))


def corpus_text(path: Path) -> str:
    """The UN's text of a corpus file, without the corpus's own record of it (the ``---``
    front matter of ``ga-80/*.md``, the ``# Symbol:`` lines of ``drafts/*.txt``), as a
    delegate copies it."""
    return without_record(path.read_text("utf-8"))


def adopted(corpus_dir: Path, name: str) -> Draft:
    """The adopted resolution ``ga-80/<name>.md`` as the text importer reads it."""
    text = (corpus_dir / "ga-80" / f"{name}.md").read_text("utf-8")
    return read_text(without_record(text), f"{name}.md")


def replace_words(para: Operative, old: str, new: str) -> None:
    items = list(para.text)
    for i, item in enumerate(items):
        if isinstance(item, Run) and old in item.text:
            items[i] = Run(item.text.replace(old, new, 1), item.italic)
            para.text = tuple(items)
            return
    raise AssertionError(f"{old!r} is not in the paragraph")


def edited(base: Draft) -> Draft:
    """A draft based on ``base`` edited as delegates edit: words added and struck out in the
    first operative paragraph, a paragraph added after the second, the last moved to the front,
    the third deleted, a footnote added to the fourth and its opening phrase changed, a word
    of the second set in italics and the first footnote's text corrected."""
    draft = draft_from_base(base)
    ops = draft.operative_paragraphs()
    assert len(ops) >= 5, "the test needs a resolution of five operative paragraphs or more"
    first, second, third, fourth, last = ops[0], ops[1], ops[2], ops[3], ops[-1]
    replace_words(first, " the ", " the relevant ")  # words added
    struck = next(w for w in plain_text(first.text).split()[6:] if w.isalpha() and len(w) > 3)
    replace_words(first, f" {struck} ", " ")  # a word struck out
    added = Operative(
        "Requests", rich("the Secretary-General to report on the implementation of the present resolution;")
    )
    draft.operative.insert(draft.operative.index(second) + 1, added)
    draft.operative.remove(last)
    draft.operative.insert(draft.operative.index(first), last)
    draft.operative.remove(third)
    note = Footnote(rich("See A/80/1, para. 12."))
    draft.footnotes[note.id] = note
    fourth.text = (*fourth.text, NoteRef(note.id))
    fourth.opening = "Also " + fourth.opening.lower() if fourth.opening else "Also decides"
    italic_first_word(second)
    for old in list(draft.footnotes.values())[:1]:  # a citation corrected
        old.text = normalize((Run("See "), *old.text))
    return draft


def italic_first_word(para: Operative) -> None:
    """Set the first word of the paragraph's text in italics (a Latin phrase, a title)."""
    first = para.text[0]
    assert isinstance(first, Run) and not first.italic
    lead = len(first.text) - len(first.text.lstrip())
    word, _, rest = first.text[lead:].partition(" ")
    para.text = normalize((Run(first.text[:lead]), Run(word, True), Run(" " + rest), *para.text[1:]))


def read_source(path: Path) -> tuple[Draft, list[str]]:
    """``parse_text_report(corpus_text(path), path.name)``, read once per test run.

    Five test files read every text of the corpus, a full import each time (a minute and
    more of the run apiece); they read the same text, so the first reading is kept, in the
    run's own folder (``conftest``), and the others load it. Each call gives a fresh copy,
    so a test may change what it gets. Outside a test run (no folder), it reads afresh."""
    text = corpus_text(path)
    folder = os.environ.get("DELEGATE_EDITOR_TEST_READINGS")
    if not folder:
        return parse_text_report(text, path.name)
    kept = Path(folder) / f"{hashlib.sha256(text.encode('utf-8')).hexdigest()}.pickle"
    try:
        return pickle.loads(zlib.decompress(kept.read_bytes()))
    except FileNotFoundError:
        pass
    reading = parse_text_report(text, path.name)
    part = kept.with_suffix(f".{os.getpid()}.part")  # another process may be writing it too
    part.write_bytes(zlib.compress(pickle.dumps(reading, pickle.HIGHEST_PROTOCOL), 1))
    os.replace(part, kept)
    return reading


def imported(folder: str, name: str) -> tuple[Draft, list[str]]:
    """A corpus text as the held-out rounds read it: through the importer, then saved as
    ``.dres`` and loaded, with the lines of its import report."""
    draft, report = read_source(CORPUS / folder / name)
    return dres.loads(dres.dumps(draft)), [str(line) for line in report]


def read_whole(folder: str, name: str) -> None:
    """A held-out text as the rounds require it: the adopted form filled, no error from
    ``check``, every note with its mark where it stood (neither "no mark found" nor a mark
    placed at the end of the last paragraph, the two reports ``bench/corpus.py`` counts as
    notes placed without their mark)."""
    from delegate_editor.conventions.checks import check

    draft, report = imported(folder, name)
    assert draft.operative and draft.adoption.number and draft.adoption.meeting
    assert not [f for f in check(draft) if f.severity == "error"]
    assert not [line for line in report if "no mark found" in line or "placed at the end" in line]


def cites_again_at_end(draft: Draft, paragraph: int, ends: str) -> None:
    """Operative paragraph ``paragraph`` (from 0) ends with ``ends`` and a mark of a note the
    preamble cites already: the note cited again."""
    op = draft.operative_paragraphs()[paragraph]
    assert isinstance(op.text[-1], NoteRef) and plain_text(op.text).endswith(ends)
    cited = [item.note_id for p in draft.preamble for item in p.text if isinstance(item, NoteRef)]
    assert op.text[-1].note_id in cited


def imported_again(draft: Draft) -> Draft:
    """The draft written as text, read back and saved: what a second import makes of it."""
    return dres.loads(dres.dumps(parse_text_report(write_text(draft), "again.txt")[0]))


def outcome_document_in_place(draft: Draft) -> Annex:
    """The shape A/80/L.41 and its adopted text A/RES/80/173 share: "Adopts the following
    outcome document of the high-level meeting ...:" as the only paragraph, under it the
    outcome document as an annex printed in the text ("We, the Ministers and heads of
    delegations ...," and 127 numbered paragraphs from "We reaffirm our commitment to the
    vision"). Returns that annex."""
    assert draft.preamble == []
    [adopts] = draft.operative_paragraphs()
    assert adopts.opening == "Adopts"
    [annex] = draft.annexes
    assert annex.in_text
    assert plain_text(annex.title).startswith(
        "Outcome document of the high-level meeting of the General Assembly"
    )
    assert plain_text(annex.paragraphs[0].text).startswith("We, the Ministers and heads of delegations")
    numbered = [p for p in annex.paragraphs if p.style is AnnexStyle.NUMBERED]
    assert len(numbered) == 127
    assert plain_text(numbered[0].text).startswith("We reaffirm our commitment to the vision")
    return annex
