"""The drafting-convention checker: what a senior delegate checks by hand.

``check(draft)`` returns :class:`Finding` values in reading order (header, sponsors,
preamble, operative, annex, footnotes). Each names its rule, a severity (an error is what
UN editors would certainly correct; a warning is a point of UN style an editor would agree
with; info is a hint, where the UN's own texts go both ways), the place, and a :class:`Fix`
when the correction is clear. docs/user-guide.md lists every rule with its reason.

This module holds the rules about structure, punctuation and opening phrases;
``frontchecks.py`` those about the header and the sponsors; ``textchecks.py`` the rules that
read running text (dates, fixed terms, brackets, footnotes) and ``citations.py`` those about
resolution citations. Each rule is calibrated on texts the UN issued (bench/RESULTS.md). Everything is one linear pass with precompiled patterns, so a
500-paragraph draft is checked in a few milliseconds.
"""

from __future__ import annotations

import re

from delegate_editor.conventions import frontchecks, textchecks
from delegate_editor.conventions import language as languages
from delegate_editor.conventions import phrases as phrase_lists
from delegate_editor.conventions.findings import PARTS, Edit, Finding, Fix, Severity
from delegate_editor.conventions.language import codes as language_codes
from delegate_editor.conventions.language import language
from delegate_editor.conventions.messages import Message, msg
from delegate_editor.conventions.operative_end import before_heading
from delegate_editor.conventions.parts import led_paragraphs
from delegate_editor.conventions.segments import segments, sub_where
from delegate_editor.model.document import (
    DocumentKind,
    Draft,
    Operative,
    SubParagraph,
    TextKind,
)
from delegate_editor.model.numbering import paragraph_labels
from delegate_editor.model.text import RichText, capitalized, last_char, plain_text, rich, with_last_char
from delegate_editor.model.walk import tree

__all__ = ["Edit", "Finding", "Fix", "check"]

# a sub-paragraph before the last may end "; and" ("; et", "; y": resources/data/language)
_LIST_ENDINGS = tuple(e for code in language_codes() for e in language(code)["list_endings"])


@phrase_lists.pinned()  # one phrase book for the whole draft, looked up once
def check(draft: Draft) -> list[Finding]:
    """Every finding for ``draft``, in reading order."""
    out: list[Finding] = []
    segs = segments(draft)
    frontchecks.header(draft, out)
    frontchecks.sponsors(draft, out)
    if draft.kind is not DocumentKind.AMENDMENT and draft.text_kind is not TextKind.NOTE:
        # an amendment's paragraphs are instructions ("Delete operative paragraph 9.") and
        # the paragraphs they quote, each punctuated as in the draft it amends; a note's are
        # prose, ended with full stops
        _openings(draft, "preamble", out)
        _openings(draft, "operative", out)
        _preamble_punctuation(draft, out)
        _operative_punctuation(draft, out)
    textchecks.run(draft, segs, out)
    order = {p: i for i, p in enumerate(PARTS)}
    out.sort(key=lambda f: (order[f.part], f.paragraph or 0))
    return out


# a labelled item standing as a preambular paragraph of its own: "(a) Israel, as an
# occupying Power, ..." after "... in which the Court found that:" (A/80/L.26)
_ITEM_LABEL = re.compile(r"^(?:\([a-z]{1,6}\)|[–—-])\s")


def _preamble_items(draft: Draft) -> set[int]:
    """The preambular paragraphs (by index) that are labelled items of a lead-in: no opening,
    a label, and after a paragraph ending with a colon or after another such item. The model
    holds a preambular paragraph's items as paragraphs of their own; the rules read them as
    the UN prints them, parts of the paragraph that introduces them."""
    items: set[int] = set()
    for n, para in enumerate(draft.preamble):
        if n == 0 or para.opening.strip() or not _ITEM_LABEL.match(plain_text(para.text).lstrip()):
            continue
        before = draft.preamble[n - 1]
        if n - 1 in items or _ends(before.text, before.opening) == ":":
            items.add(n)
    return items


# -- opening phrases ----------------------------------------------------------------------
def _openings(draft: Draft, part: str, out: list[Finding]) -> None:
    book = phrase_lists.phrasebook(draft.front.language)
    english = draft.front.language == "en"
    items = draft.preamble if part == "preamble" else draft.operative_paragraphs()
    council = draft.is_security_council
    decision = draft.text_kind is TextKind.DECISION
    previous = ""  # the base of the opening before
    adverb = ""  # and its adverb
    run = 0  # how many paragraphs in a row open with it
    lead_in_items = _preamble_items(draft) if part == "preamble" else set()
    fresh = draft.section_starts() if part == "operative" else set()
    led = led_paragraphs(draft.operative)  # under a part's own "Resolves that, for 2022:"
    for n, para in enumerate(items, start=1):
        if n - 1 in lead_in_items:
            continue  # an item of the paragraph before, which has the opening
        if n in fresh:  # a section that reads as a resolution of its own: no run across it
            previous, adverb, run = "", "", 0
        opening = " ".join(para.opening.split())
        text = plain_text(para.text).strip()
        has_subs = isinstance(para, Operative) and bool(para.subs)

        def edit(value: str, para=para) -> Edit:
            return Edit(value, part=part, node_id=para.id, attr="opening")

        def add(
            severity: Severity, rule: str, message: Message, fix: Fix | None = None, para=para, n=n
        ) -> None:
            out.append(Finding(severity, rule, message, part, n, fix, para.id))

        before, previous = previous, ""
        before_adverb, adverb = adverb, ""
        if not opening:
            if not text and not has_subs:
                add("error", "paragraph.empty", msg("paragraph.empty", part=part))
                continue
            if decision or (part == "operative" and (draft.lead_in or para.id in led)):
                continue  # no italics in "The General Assembly, recalling ..., decides", nor after "Resolves that:"
            found = book.longest_opening(text, part)
            fix = None
            if found:
                rest = plain_text(para.text).lstrip()[len(found) :].lstrip()
                fix = Fix(
                    msg("fix.make-opening", opening=found),
                    (edit(found), Edit(rich(rest), part=part, node_id=para.id, attr="text")),
                )
                if len(para.text) != 1:  # footnote marks or italics: don't flatten them
                    fix = None
            add("warning", "opening.empty", msg("opening.empty"), fix)
            continue
        parsed = book.parse(opening, part)
        if opening[-1] in ",;:.":
            bare = opening.rstrip(",;:. ")
            add(
                "warning",
                "opening.punctuation",
                msg("opening.punctuation", opening=bare),
                Fix(msg("fix.write", text=bare), (edit(bare),)),
            )
        if opening[0].islower():
            fixed = opening[0].upper() + opening[1:]
            add(
                "warning",
                "opening.capital",
                msg("opening.capital", opening=fixed),
                Fix(msg("fix.write", text=fixed), (edit(fixed),)),
            )
        if not parsed.known:
            previous = " ".join(opening.lower().split())
            run = run + 1 if previous == before else 1
            if book.longest_opening(opening, part):
                continue  # a listed phrase with its object in italics ("Reaffirming its determination")
            add("info", "opening.unknown", msg("opening.unknown", opening=opening, part=part))
            if run > 1:
                add(
                    "warning",
                    "opening.repeat",
                    msg("opening.repeat-unlisted", opening=opening),
                )
            continue
        assert parsed.phrase is not None
        base = parsed.base_key
        previous, adverb = base, parsed.adverb
        run = run + 1 if base == before else 1
        core = f"{parsed.intensifier} {parsed.phrase.phrase}".strip()
        core = core[0].upper() + core[1:]
        spent = before_adverb == "further"
        repeat = run > 1 and not parsed.adverb and not (part == "preamble" and spent)
        # "Recalling" then "Recalling in particular its resolution 394 (V)" (A/C.4/80/L.18)
        repeat = repeat and not book.qualified(plain_text(para.text))
        # the "also"/"further" forms only when a rule may name them (a second parse)
        also, further = book.forms(core, part) if repeat or parsed.misplaced else ("", "")
        if parsed.trailing:
            add(
                "info",
                "opening.trailing",
                msg(
                    "opening.trailing",
                    trailing=parsed.trailing,
                    opening=opening[: -len(parsed.trailing)].strip(),
                ),
            )
        # the Security Council writes "Decides also" as readily as "Also decides"
        # ... and in an operative opening "further" after the verb is more often an adjective
        # ("Encourages further steps", A/RES/80/39) than a misplaced adverb
        wrong_order = (
            parsed.adverb == "also" or (parsed.adverb == "further" and part == "preamble") or not english
        )
        if parsed.misplaced and also and wrong_order and not council:
            right = also if parsed.adverb == "also" else further
            add(
                "warning",
                "opening.adverb-order",
                msg("opening.adverb-order", place=book.places[part], opening=right),
                Fix(msg("fix.write", text=right), (edit(right),)),
            )
        # Only the paragraph just before counts: in 38 adopted texts of the eightieth session
        # the UN repeats an opening used further up plainly, and the paragraph just before
        # with "also" or "further" in the preamble (86 times out of 94; the plain ones mostly
        # after a "further", where the adverbs are spent) but in the operative part only 22
        # times out of 48 - there a plain repeat is the UN's own usage, so only a hint.
        # The second of a run takes "also", the third and later "further".
        if repeat and also:
            # "further" for the third and later, unless the text goes on with its own
            # "further": "Further encourages further collaboration" (A/C.3/80/L.13) reads worse
            own_further = plain_text(para.text).lstrip().lower().startswith("further ")
            suggested = also if run == 2 or own_further else further
            add(
                "warning" if part == "preamble" else "info",
                "opening.repeat",
                msg("opening.repeat", opening=opening, part=part, suggested=suggested),
                Fix(msg("fix.write", text=suggested), (edit(suggested),)),
            )


# -- punctuation --------------------------------------------------------------------------
def _ends(text: RichText, opening: str = "") -> str:
    """The last visible character of a paragraph: of its text, else of its opening. A stop
    inside a closing quote ends it too: "... Least Developed Countries.”" (A/C.2/80/L.5)."""
    plain = plain_text(text).rstrip()
    if plain[-2:-1] in tuple(".;,:") and plain[-1:] in ("”", "’"):
        return plain[-2]
    char = last_char(text)
    if char:
        return char
    opening = opening.rstrip()
    return opening[-1] if opening else ""


def _preamble_punctuation(draft: Draft, out: list[Finding]) -> None:
    items = _preamble_items(draft)
    for n, para in enumerate(draft.preamble, start=1):
        end = _ends(para.text, para.opening)
        if n in items and end == ":":
            continue  # a lead-in to its items (or an item to deeper ones)
        if end == "?" and ": " in plain_text(para.text):
            # it ends with the question it quotes after a colon, where no comma can follow:
            # "... to render an advisory opinion on the following question: What are the
            # obligations of Israel ... to self-determination?" (A/80/L.26)
            continue
        if (
            n - 1 in items
            and n in items
            and (end in ",;" or plain_text(para.text).rstrip().endswith(_LIST_ENDINGS))
        ):
            continue  # an item before the last: "...;", "...; and" or "...," as the UN writes
        if end and end != ",":
            out.append(
                Finding(
                    "error",
                    "preamble.end",
                    msg("preamble.end", end=end),
                    "preamble",
                    n,
                    Fix(
                        msg("fix.end-with", char=","),
                        (
                            Edit(
                                with_last_char(para.text, ","), part="preamble", node_id=para.id, attr="text"
                            ),
                        ),
                    ),
                    para.id,
                )
            )


def _operative_punctuation(draft: Draft, out: list[Finding]) -> None:
    ops = draft.operative_paragraphs()
    labels = paragraph_labels(draft, languages.of(draft).numbering())  # "3 a)" in French
    for n, para in enumerate(ops, start=1):
        last = n == len(ops)
        final = "." if last else ";"
        end = _ends(para.text, para.opening)
        if not end:
            continue  # empty: reported by the openings rule
        live_subs = [s for s in para.subs if not (s.dash or s.row)]
        if live_subs:
            if end != ":":
                out.append(
                    _punct(
                        "operative.lead-in",
                        msg("lead-in", end=end),
                        n,
                        para.id,
                        para.text,
                        ":",
                    )
                )
            _subs(para.subs, labels, para.id, final, n, out)
        elif para.subs and end == ":":
            continue  # a lead-in before dash items ("... as follows:" then "- ...") or a table
        elif end in ":." and before_heading(draft, para, end):
            continue  # a lead-in before headings ("... as set out below:"), or resolution A's end
        elif end != final:
            which = msg("operative.end-last" if last else "operative.end", end=end)
            out.append(_punct("operative.end", which, n, para.id, para.text, final))


def _punct(
    rule: str, message: Message, n: int, node_id: str, text, char: str, where: Message | None = None
) -> Finding:
    return Finding(
        "error",
        rule,
        message,
        "operative",
        n,
        Fix(
            msg("fix.end-with", char=char),
            (Edit(with_last_char(text, char), part="operative", node_id=node_id, attr="text"),),
        ),
        node_id,
        where,
    )


def _subs(
    subs: list[SubParagraph], labels: dict[str, str], para_id: str, final: str, n: int, out: list[Finding]
) -> None:
    """The sub-paragraph rules, over the model's walk of the paragraph's sub-paragraphs.

    Each checked node hands its children the punctuation their last lettered one ends with
    (``finals``): a dash item passes its own, a lead-in its own final, and a node that stops
    the rules (empty, or a lead-in before dash items) hands none, so its children are not
    checked, as in the printed text the editor reads."""
    finals: dict[int, str] = {id(sub): final for sub in subs}
    lettered_of = {id(s): [x for x in subs if not (x.dash or x.quoted or x.row)] for s in subs}
    for sub, _depth in tree(subs):
        final = finals.get(id(sub))
        if final is None or sub.quoted or sub.row:
            continue  # under a node the rules stopped at, a text quoted (its own punctuation), a row
        kids = sub.children
        kids_lettered = [c for c in kids if not c.dash]
        for child in kids:
            lettered_of[id(child)] = kids_lettered
        if sub.dash:
            finals.update((id(c), final) for c in kids)
            continue
        lettered = lettered_of[id(sub)]
        where = sub_where(labels, para_id, sub)
        text = plain_text(sub.text).strip()
        own_final = final if sub is lettered[-1] else ";"
        if not text:
            out.append(Finding("error", "sub.empty", msg("sub.empty"), "operative", n, None, sub.id, where))
            continue
        if text[0].isalpha() and text[0].islower():
            fixed = capitalized(sub.text)
            out.append(
                Finding(
                    "warning",
                    "sub.capital",
                    msg("sub.capital"),
                    "operative",
                    n,
                    Fix(msg("fix.capitalize"), (Edit(fixed, part="operative", node_id=sub.id, attr="text"),)),
                    sub.id,
                    where,
                )
            )
        end = last_char(sub.text)
        if kids and end == ":" and not kids_lettered:
            continue  # a lead-in before dash items
        if kids_lettered:
            if end != ":":
                out.append(
                    _punct(
                        "sub.lead-in",
                        msg("lead-in", end=end),
                        n,
                        sub.id,
                        sub.text,
                        ":",
                        where,
                    )
                )
            finals.update((id(c), own_final) for c in kids)
            continue
        ok = end == own_final or (
            own_final == ";" and sub is not lettered[-1] and text.endswith(_LIST_ENDINGS)
        )
        if not ok:
            why = msg("sub.end-last" if own_final == "." else "sub.end", end=end)
            out.append(_punct("sub.end", why, n, sub.id, sub.text, own_final, where))
