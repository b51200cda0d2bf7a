"""The drafting-convention checker: what a senior delegate checks by hand.

``check(draft)`` returns :class:`Finding` values in reading order (header, sponsors,
preamble, operative, annex, footnotes). Each names its rule, a severity (an error is
something that would be wrong in the issued document; a warning is against UN style; info
is a hint), the place, and a :class:`Fix` when the correction is clear.

This module holds the rules about structure, punctuation, opening phrases, sponsors and the
header; ``textchecks.py`` holds the rules that read running text (dates, citations, fixed
terms, brackets, footnotes). Everything is one linear pass with precompiled patterns, so a
500-paragraph draft is checked in a few milliseconds.
"""

from __future__ import annotations

import re

from delegate_editor.conventions import phrases as phrase_lists
from delegate_editor.conventions import states, templates, textchecks
from delegate_editor.conventions.findings import PARTS, Edit, Finding, Fix, Severity
from delegate_editor.conventions.segments import segments, sub_label
from delegate_editor.model.document import DocumentKind, Draft, Operative, SubParagraph
from delegate_editor.model.text import EMPTY, last_char, plain_text, rich, with_last_char

__all__ = ["Edit", "Finding", "Fix", "check"]

_SEIZED = "decides to remain seized of the matter."
_REVISION = re.compile(r"/Rev\.\d+$")
_LIST_ENDINGS = ("; and", "; or")


def check(draft: Draft) -> list[Finding]:
    """Every finding for ``draft``, in reading order."""
    out: list[Finding] = []
    segs = segments(draft)
    _header(draft, out)
    _sponsors(draft, out)
    _openings(draft, "preamble", out)
    _openings(draft, "operative", out)
    _preamble_punctuation(draft, out)
    _operative_punctuation(draft, out)
    textchecks.run(draft, segs, out)
    order = {p: i for i, p in enumerate(PARTS)}
    out.sort(key=lambda f: (order[f.part], f.paragraph or 0))
    return out


def _q(text: str) -> str:
    return f"'{text}'"


# -- header -------------------------------------------------------------------------------
def _header(draft: Draft, out: list[Finding]) -> None:
    def add(severity: Severity, rule: str, message: str, fix: Fix | None = None) -> None:
        out.append(Finding(severity, rule, message, "header", None, fix))

    title = plain_text(draft.title).strip()
    sc = draft.is_security_council
    if sc and title:
        add(
            "error",
            "sc.title",
            "Security Council resolutions carry no title - it will not be printed",
            Fix("Remove the title", (Edit(EMPTY, path="title"),)),
        )
    elif not sc and not title:
        add("error", "title.missing", "the draft has no title")
    elif title.endswith("."):
        add(
            "warning",
            "title.full-stop",
            "the title ends with a full stop - UN titles have none",
            Fix("Remove the full stop", (Edit(_strip_final_stop(draft), path="title"),)),
        )
    authoring = draft.authoring.strip().rstrip(",")
    if not authoring:
        add("error", "authoring.missing", "the organ line ('The General Assembly') is empty")
    elif sc and authoring != "The Security Council":
        add(
            "warning",
            "sc.authoring",
            f"the organ line of a Security Council draft is 'The Security Council', not {_q(authoring)}",
            Fix("Write 'The Security Council'", (Edit("The Security Council", path="authoring"),)),
        )
    if sc:
        ops = draft.operative_paragraphs()
        last = f"{ops[-1].opening} {plain_text(ops[-1].text)}".strip().lower() if ops else ""
        if " ".join(last.split()) != _SEIZED:
            add(
                "info",
                "sc.seized",
                "Security Council texts usually end 'Decides to remain seized of the matter.'",
            )
    if draft.recommendation and last_char(draft.recommendation) != ":":
        add(
            "warning",
            "recommendation.colon",
            "the recommendation introduces the draft and ends with ':'",
            Fix("End with ':'", (Edit(with_last_char(draft.recommendation, ":"), path="recommendation"),)),
        )
    symbol = draft.front.symbol.strip()
    if symbol:
        body = templates.body_of(draft)
        if body is not None and body.symbol and not body.symbol_regex().match(symbol):
            pattern = body.symbol.replace("{session}", "NN").replace("{year}", "YYYY")
            add(
                "info",
                "symbol.pattern",
                f"{_q(symbol)} does not look like a {body.label} symbol ({pattern}n)",
            )
        revised = bool(_REVISION.search(symbol))
        if draft.kind is DocumentKind.REVISED and not revised:
            add("warning", "symbol.revision", "a revised draft's symbol ends '/Rev.1' (or /Rev.2 ...)")
        elif draft.kind is DocumentKind.DRAFT and revised:
            add(
                "warning",
                "symbol.revision",
                "the symbol is a revision ('/Rev.') but the draft is not marked revised",
            )


def _strip_final_stop(draft: Draft):
    items = list(draft.title)
    for i in range(len(items) - 1, -1, -1):
        item = items[i]
        if hasattr(item, "text") and item.text.rstrip():
            items[i] = type(item)(item.text.rstrip().removesuffix("."), item.italic)
            break
    return tuple(items)


# -- sponsors -----------------------------------------------------------------------------
def _sponsors(draft: Draft, out: list[Finding]) -> None:
    sp = draft.sponsors
    if draft.kind in (DocumentKind.DRAFT, DocumentKind.REVISED) and not sp.names:
        out.append(Finding("warning", "sponsors.none", "a sponsored draft names no sponsor", "sponsors"))
    seen: dict[str, int] = {}
    position = 0
    for field, names in (("names", sp.names), ("later", sp.later)):
        for i in range(len(names)):
            position += 1
            _sponsor_name(field, names, i, position, seen, out)
        if len(names) > 1 and not states.is_sorted(names):
            keys = [states.sort_key(n) for n in names]
            first = next(i for i in range(1, len(keys)) if keys[i] < keys[i - 1])
            offset = 0 if field == "names" else len(sp.names)
            out.append(
                Finding(
                    "warning",
                    "sponsors.order",
                    f"{_q(names[first])} is out of UN alphabetical order (after {_q(names[first - 1])})",
                    "sponsors",
                    offset + first + 1,
                    Fix(
                        "Sort the sponsors in UN order",
                        (Edit(states.sort_names(list(names)), path=f"sponsors.{field}"),),
                    ),
                )
            )
    if sp.on_behalf_of.strip() and states.find_group(sp.on_behalf_of) is None:
        out.append(
            Finding(
                "info", "sponsors.group", f"{_q(sp.on_behalf_of)} is not a group the app knows", "sponsors"
            )
        )


def _sponsor_name(
    field: str, names: list[str], i: int, position: int, seen: dict[str, int], out: list[Finding]
) -> None:
    name = names[i]

    def replace(new: str, label: str) -> Fix:
        fixed = list(names)
        fixed[i] = new
        return Fix(label, (Edit(fixed, path=f"sponsors.{field}"),))

    if not name.strip():
        fixed = names[:i] + names[i + 1 :]
        out.append(
            Finding(
                "error",
                "sponsors.empty",
                "an empty sponsor name",
                "sponsors",
                position,
                Fix("Remove it", (Edit(fixed, path=f"sponsors.{field}"),)),
            )
        )
        return
    match = states.lookup(name)
    if match.state is None:
        hints = states.suggest(name)
        hint = f" - did you mean {' or '.join(_q(h) for h in hints)}?" if hints else ""
        out.append(
            Finding(
                "error",
                "sponsors.unknown",
                f"{_q(name)} is not a Member State, observer State or the European Union{hint}",
                "sponsors",
                position,
            )
        )
        return
    official = match.state.name
    if match.how == "alias":
        severity: Severity = "warning" if match.state.uncertain else "error"
        out.append(
            Finding(
                severity,
                "sponsors.unofficial",
                f"{_q(name)} is not the official UN name - write {_q(official)}",
                "sponsors",
                position,
                replace(official, f"Write {_q(official)}"),
            )
        )
    elif match.how == "variant":
        out.append(
            Finding(
                "warning",
                "sponsors.spelling",
                f"write the official name exactly: {_q(official)}",
                "sponsors",
                position,
                replace(official, f"Write {_q(official)}"),
            )
        )
    if official in seen:
        fixed = names[:i] + names[i + 1 :]
        out.append(
            Finding(
                "error",
                "sponsors.duplicate",
                f"{_q(official)} is already a sponsor (sponsor {seen[official]})",
                "sponsors",
                position,
                Fix("Remove the duplicate", (Edit(fixed, path=f"sponsors.{field}"),)),
            )
        )
    else:
        seen[official] = position


# -- opening phrases ----------------------------------------------------------------------
def _openings(draft: Draft, part: str, out: list[Finding]) -> None:
    book = phrase_lists.phrasebook()
    items = draft.preamble if part == "preamble" else draft.operative_paragraphs()
    kind = "preambular" if part == "preamble" else "operative"
    counts: dict[str, int] = {}
    used_also: set[str] = set()
    for n, para in enumerate(items, start=1):
        opening = " ".join(para.opening.split())
        text = plain_text(para.text).strip()
        has_subs = isinstance(para, Operative) and bool(para.subs)

        def edit(value: str, para=para) -> Edit:
            return Edit(value, part=part, node_id=para.id, attr="opening")

        def add(severity: Severity, rule: str, message: str, fix: Fix | None = None, para=para, n=n) -> None:
            out.append(Finding(severity, rule, message, part, n, fix, para.id))

        if not opening:
            if not text and not has_subs:
                add("error", "paragraph.empty", f"the {kind} paragraph is empty")
                continue
            found = book.longest_opening(text, part)
            fix = None
            if found:
                rest = plain_text(para.text).lstrip()[len(found) :].lstrip()
                fix = Fix(
                    f"Make {_q(found)} the opening",
                    (edit(found), Edit(rich(rest), part=part, node_id=para.id, attr="text")),
                )
                if len(para.text) != 1:  # footnote marks or italics: don't flatten them
                    fix = None
            add("warning", "opening.empty", "the paragraph has no opening phrase (in italics)", fix)
            continue
        parsed = book.parse(opening, part)
        if opening[-1] in ",;:.":
            bare = opening.rstrip(",;:. ")
            add(
                "warning",
                "opening.punctuation",
                f"the opening phrase takes no punctuation: {_q(bare)}",
                Fix(f"Write {_q(bare)}", (edit(bare),)),
            )
        if opening[0].islower():
            fixed = opening[0].upper() + opening[1:]
            add(
                "warning",
                "opening.capital",
                f"the opening starts with a capital: {_q(fixed)}",
                Fix(f"Write {_q(fixed)}", (edit(fixed),)),
            )
        if not parsed.known:
            what = (
                "a participle, participial phrase or adjective"
                if part == "preamble"
                else "a verb in the present tense"
            )
            add(
                "warning",
                "opening.unknown",
                f"{_q(opening)} is not a recognised {kind} opening ({what} from the list)",
            )
            key = " ".join(opening.lower().split())
            counts[key] = counts.get(key, 0) + 1
            if counts[key] > 1:
                add(
                    "warning",
                    "opening.repeat",
                    f"{_q(opening)} repeats an earlier opening without 'also' or 'further'",
                )
            continue
        assert parsed.phrase is not None
        base = parsed.base_key
        counts[base] = counts.get(base, 0) + 1
        core = f"{parsed.intensifier} {parsed.phrase.phrase}".strip()
        core = core[0].upper() + core[1:]
        also, further = book.forms(core, part)
        if parsed.trailing:
            add(
                "info",
                "opening.trailing",
                f"the italics stop before {_q(parsed.trailing)}: the opening is {_q(opening[: -len(parsed.trailing)].strip())}",
            )
        if parsed.misplaced and also:
            right = also if parsed.adverb == "also" else further
            add(
                "warning",
                "opening.adverb-order",
                f"UN usage puts the adverb {'after the phrase' if part == 'preamble' else 'first'}: {_q(right)}",
                Fix(f"Write {_q(right)}", (edit(right),)),
            )
        if parsed.adverb == "also":
            used_also.add(base)
        if counts[base] > 1 and not parsed.adverb and also:
            suggested = also if counts[base] == 2 and base not in used_also else further
            if suggested == also:
                used_also.add(base)
            add(
                "warning",
                "opening.repeat",
                f"{_q(opening)} repeats an earlier {kind} opening - write {_q(suggested)}",
                Fix(f"Write {_q(suggested)}", (edit(suggested),)),
            )


# -- punctuation --------------------------------------------------------------------------
def _ends(text, opening: str = "") -> str:
    """The last visible character of a paragraph: of its text, else of its opening."""
    char = last_char(text)
    if char:
        return char
    opening = opening.rstrip()
    return opening[-1] if opening else ""


def _preamble_punctuation(draft: Draft, out: list[Finding]) -> None:
    for n, para in enumerate(draft.preamble, start=1):
        end = _ends(para.text, para.opening)
        if end and end != ",":
            out.append(
                Finding(
                    "error",
                    "preamble.end",
                    f"ends with {_q(end)} - preambular paragraphs end with ','",
                    "preamble",
                    n,
                    Fix(
                        "End with ','",
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
    for n, para in enumerate(ops, start=1):
        last = n == len(ops)
        final = "." if last else ";"
        end = _ends(para.text, para.opening)
        if not end:
            continue  # empty: reported by the openings rule
        live_subs = [s for s in para.subs if not s.dash]
        if live_subs:
            if end != ":":
                out.append(
                    _punct(
                        "operative.lead-in",
                        f"introduces sub-paragraphs and ends with {_q(end)} - write ':'",
                        n,
                        para.id,
                        para.text,
                        ":",
                    )
                )
            _subs(para.subs, 0, "", final, n, out)
        elif end != final:
            which = (
                "the last operative paragraph ends with '.'" if last else "operative paragraphs end with ';'"
            )
            out.append(
                _punct("operative.end", f"ends with {_q(end)} - {which}", n, para.id, para.text, final)
            )


def _punct(rule: str, message: str, n: int, node_id: str, text, char: str, label: str = "") -> Finding:
    return Finding(
        "error",
        rule,
        f"{label}{message}",
        "operative",
        n,
        Fix(
            f"End with {_q(char)}",
            (Edit(with_last_char(text, char), part="operative", node_id=node_id, attr="text"),),
        ),
        node_id,
    )


def _subs(subs: list[SubParagraph], depth: int, prefix: str, final: str, n: int, out: list[Finding]) -> None:
    lettered = [s for s in subs if not s.dash]
    count = 0
    for sub in subs:
        if sub.dash:
            _subs(sub.children, depth + 1, prefix, final, n, out)
            continue
        count += 1
        label = f"{prefix} {sub_label(depth, count)}".strip()
        where = f"sub-paragraph {label}: "
        text = plain_text(sub.text).strip()
        own_final = final if sub is lettered[-1] else ";"
        if not text:
            out.append(
                Finding(
                    "error", "sub.empty", f"{where}the sub-paragraph is empty", "operative", n, None, sub.id
                )
            )
            continue
        if text[0].isalpha() and text[0].islower():
            fixed = _capitalize(sub.text)
            out.append(
                Finding(
                    "warning",
                    "sub.capital",
                    f"{where}a sub-paragraph starts with a capital letter",
                    "operative",
                    n,
                    Fix("Capitalize", (Edit(fixed, part="operative", node_id=sub.id, attr="text"),)),
                    sub.id,
                )
            )
        end = last_char(sub.text)
        if [c for c in sub.children if not c.dash]:
            if end != ":":
                out.append(
                    _punct(
                        "sub.lead-in",
                        f"introduces sub-paragraphs and ends with {_q(end)} - write ':'",
                        n,
                        sub.id,
                        sub.text,
                        ":",
                        where,
                    )
                )
            _subs(sub.children, depth + 1, label, own_final, n, out)
            continue
        ok = end == own_final or (
            own_final == ";" and sub is not lettered[-1] and text.endswith(_LIST_ENDINGS)
        )
        if not ok:
            why = (
                "the last sub-paragraph of the last paragraph ends with '.'"
                if own_final == "."
                else "sub-paragraphs end with ';'"
            )
            out.append(
                _punct("sub.end", f"ends with {_q(end)} - {why}", n, sub.id, sub.text, own_final, where)
            )


def _capitalize(text):
    items = list(text)
    for i, item in enumerate(items):
        if hasattr(item, "text") and item.text.strip():
            stripped = item.text.lstrip()
            lead = item.text[: len(item.text) - len(stripped)]
            items[i] = type(item)(lead + stripped[0].upper() + stripped[1:], item.italic)
            break
    return tuple(items)
