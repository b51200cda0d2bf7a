"""Checker rules for the header and the sponsors (un-layout.md §2.1, §2.6, §3.5, §4 item 9).

The header rules look at the title, the organ line, the recommendation and the symbol; the
sponsor rules resolve every name against the Member State table, so an alias gets the
official name as its fix and the order is judged on the official names.
"""

from __future__ import annotations

import re

from delegate_editor.conventions import language as languages
from delegate_editor.conventions import states, templates
from delegate_editor.conventions.findings import Edit, Finding, Fix, Severity
from delegate_editor.conventions.messages import Message, msg
from delegate_editor.conventions.parts import parts_speak
from delegate_editor.model.document import DocumentKind, Draft, TextKind
from delegate_editor.model.text import EMPTY, RichText, Run, last_char, plain_text, with_last_char

_SEIZED = "decides to remain seized of the matter."
_REVISION = re.compile(r"/Rev\.\d+$")


# -- header -------------------------------------------------------------------------------
def _titled_below(draft: Draft) -> bool:
    """A decision with no preamble that adopts a text set out below it under that text's
    title ("Adopts the following outcome document ...:" / "Outcome document of ...",
    A/80/L.41) has no title of its own: the UN prints none."""
    titled = any(annex.in_text and plain_text(annex.title).strip() for annex in draft.annexes)
    return titled and not draft.preamble and len(draft.operative_paragraphs()) == 1


def header(draft: Draft, out: list[Finding]) -> None:
    def add(severity: Severity, rule: str, message: Message, fix: Fix | None = None) -> None:
        out.append(Finding(severity, rule, message, "header", None, fix))

    title = plain_text(draft.title).strip()
    sc = draft.is_security_council
    if sc and title:
        add(
            "error",
            "sc.title",
            msg("sc.title"),
            Fix(msg("fix.remove-title"), (Edit(EMPTY, path="title"),)),
        )
    elif not sc and not title and not _titled_below(draft):
        add("error", "title.missing", msg("title.missing"))
    elif title.endswith("."):
        add(
            "warning",
            "title.full-stop",
            msg("title.full-stop"),
            Fix(msg("fix.remove-full-stop"), (Edit(_strip_final_stop(draft), path="title"),)),
        )
    authoring = draft.authoring.strip().rstrip(",")
    lang = languages.of(draft)
    amendment = draft.kind is DocumentKind.AMENDMENT  # it speaks for no organ
    if amendment and not draft.amends.strip():
        add("error", "amendment.target", msg("amendment.target"))
    speaks = not amendment and draft.text_kind is not TextKind.NOTE  # nor does a note
    # a text of several resolutions: each part has its organ line (A/RES/76/247 A–C)
    if not authoring and speaks and not organ_opens_sentence(draft) and not parts_speak(draft):
        add("error", "authoring.missing", msg("authoring.missing"))
    elif sc and authoring not in ("The Security Council", lang.name_of("The Security Council")):
        add(
            "warning",
            "sc.authoring",
            msg("sc.authoring", authoring=authoring),
            Fix(
                msg("fix.write", text="The Security Council"),
                (Edit("The Security Council", path="authoring"),),
            ),
        )
    if sc:
        ops = draft.operative_paragraphs()
        last = f"{ops[-1].opening} {plain_text(ops[-1].text)}".strip().lower() if ops else ""
        # the language's own words (resources/data/language): "Décide de rester saisi de la question."
        seized = lang["seized"]
        if " ".join(last.split()) not in (_SEIZED, seized.lower()):
            add("info", "sc.seized", msg("sc.seized", seized=seized))
    if draft.recommendation and last_char(draft.recommendation) != ":" and _leads_in(draft.recommendation):
        add(
            "warning",
            "recommendation.colon",
            msg("recommendation.colon"),
            Fix(
                msg("fix.end-with", char=":"),
                (Edit(with_last_char(draft.recommendation, ":"), path="recommendation"),),
            ),
        )
    symbol = draft.front.symbol.strip()
    if symbol:
        body = templates.body_of(draft)
        # the body's pattern is its drafts' ("A/80/L.NN"); an adopted text carries its own
        # ("A/RES/80/6")
        adopted = draft.kind is DocumentKind.ADOPTED
        if body is not None and body.symbol and not adopted and not body.symbol_regex().match(symbol):
            pattern = body.symbol.replace("{session}", "NN").replace("{year}", "YYYY")
            add(
                "info",
                "symbol.pattern",
                msg("symbol.pattern", symbol=symbol, body=body.label, pattern=pattern),
            )
        revised = bool(_REVISION.search(symbol))
        if draft.kind is DocumentKind.REVISED and not revised:
            add("warning", "symbol.revision", msg("symbol.revision-missing"))
        elif draft.kind is DocumentKind.DRAFT and revised:
            add(
                "warning",
                "symbol.revision",
                msg("symbol.revision-unmarked"),
            )


def organ_opens_sentence(draft: Draft) -> bool:
    """A decision written as one sentence, as the UN issues it: "The General Assembly,
    recalling its resolution 79/122 ..., decides ..." (A/C.6/80/L.9) or "The General Assembly
    approves ..." (A/C.4/80/L.15). Its organ opens the first paragraph; it has no organ line."""
    ops = draft.operative_paragraphs()
    if draft.text_kind is not TextKind.DECISION or draft.preamble or not ops:
        return False
    first = f"{ops[0].opening} {plain_text(ops[0].text)}".strip()
    organ = draft.front.organ.strip() or "General Assembly"
    return bool(re.match(rf"The {re.escape(organ)}\b", first))


def _leads_in(recommendation: RichText) -> bool:
    """A recommendation that introduces the draft ("... recommends ... the following draft
    resolution"), not a note on where the draft comes from ("Under agenda item 121, ...
    each Main Committee shall adopt a provisional programme of work ...", A/C.6/80/L.20)."""
    text = plain_text(recommendation).lower()
    return "recommend" in text or "draft" in text or "following" in text


def _strip_final_stop(draft: Draft) -> RichText:
    items = list(draft.title)
    for i in range(len(items) - 1, -1, -1):
        item = items[i]
        if isinstance(item, Run) and item.text.rstrip():
            items[i] = Run(item.text.rstrip().removesuffix("."), item.italic)
            break
    return tuple(items)


# -- sponsors -----------------------------------------------------------------------------
# The group formula of the asterisk note as L. documents print it: "On behalf of the States
# that are members of the Group of 77 and China, taking into account also the provisions of
# General Assembly resolution ES-10/23 of 10 May 2024." (A/C.2/80/L.3, L.25, L.34); the group
# is what stands between "members of" and the first comma.
_GROUP_FORMULA = re.compile(
    r"(?i)^\s*(?:on behalf of\s+)?the States(?: Members of the United Nations)? that are members of\s+"
)


def group_named(on_behalf_of: str) -> str:
    """The group in an "on behalf of" line, without the formula around it."""
    text = on_behalf_of.strip()
    if _GROUP_FORMULA.match(text):
        text = _GROUP_FORMULA.sub("", text).split(",", 1)[0]
    return text.rstrip(". ")


def sponsors(draft: Draft, out: list[Finding]) -> None:
    """The sponsors of a tabled draft. An adopted text prints no sponsors, and a text of the
    President or a Chair has none: there the rules are silent, whatever was read."""
    if draft.kind in (DocumentKind.ADOPTED, DocumentKind.OFFICER):
        return
    sp = draft.sponsors
    # an issued text (it has its symbol) that names nobody is the UN's "Draft resolution" alone:
    # a facilitator's, a Bureau's or a Chair's text (the Sixth Committee's, A/C.6/80/L.12);
    # only a draft not yet issued is missing its sponsors
    unissued = not draft.front.symbol.strip()
    sponsored = draft.kind in (DocumentKind.DRAFT, DocumentKind.REVISED, DocumentKind.AMENDMENT)
    if sponsored and unissued and not sp.names:
        out.append(Finding("warning", "sponsors.none", msg("sponsors.none"), "sponsors"))
    seen: dict[str, int] = {}
    position = 0
    for field, names in (("names", sp.names), ("later", sp.later)):
        for i in range(len(names)):
            position += 1
            _sponsor_name(field, names, i, position, seen, out, len(sp.names) + len(sp.later) == 1)
        # a draft in another language prints its sponsors in that language's order, whatever
        # the order they are kept in (conventions/state_names.py)
        if len(names) > 1 and draft.front.language == "en" and not states.is_sorted(names):
            keys = [states.sort_key(n) for n in names]
            first = next(i for i in range(1, len(keys)) if keys[i] < keys[i - 1])
            offset = 0 if field == "names" else len(sp.names)
            out.append(
                Finding(
                    "warning",
                    "sponsors.order",
                    msg("sponsors.order", name=names[first], previous=names[first - 1]),
                    "sponsors",
                    offset + first + 1,
                    Fix(
                        msg("fix.sort-sponsors"),
                        (Edit(states.sort_names(list(names)), path=f"sponsors.{field}"),),
                    ),
                )
            )
    if sp.on_behalf_of.strip() and states.find_group(group_named(sp.on_behalf_of)) is None:
        out.append(
            Finding("info", "sponsors.group", msg("sponsors.group", group=sp.on_behalf_of), "sponsors")
        )


def _sponsor_name(
    field: str, names: list[str], i: int, position: int, seen: dict[str, int], out: list[Finding], sole: bool
) -> None:
    name = names[i]

    def replace(new: str, label: Message) -> Fix:
        fixed = list(names)
        fixed[i] = new
        return Fix(label, (Edit(fixed, path=f"sponsors.{field}"),))

    if not name.strip():
        fixed = names[:i] + names[i + 1 :]
        out.append(
            Finding(
                "error",
                "sponsors.empty",
                msg("sponsors.empty"),
                "sponsors",
                position,
                Fix(msg("fix.remove-it"), (Edit(fixed, path=f"sponsors.{field}"),)),
            )
        )
        return
    match = states.lookup(name)
    if match.state is None:
        hints = states.suggest(name)
        unknown = (
            msg("sponsors.unknown-hint", name=name, hints=hints)
            if hints
            else msg("sponsors.unknown", name=name)
        )
        out.append(
            Finding(
                "error",
                "sponsors.unknown",
                unknown,
                "sponsors",
                position,
            )
        )
        return
    official = match.state.name
    if match.how == "alias":
        severity: Severity = "warning" if match.state.uncertain else "error"
        if sole and name == _natural_order(official):
            # a sole sponsor under its name in running order: "Islamic Republic of Iran: draft
            # resolution" (A/C.1/80/L.45); the UN prints both forms alone, a list sorts by the other
            severity = "info"
        out.append(
            Finding(
                severity,
                "sponsors.unofficial",
                msg("sponsors.unofficial", name=name, official=official),
                "sponsors",
                position,
                replace(official, msg("fix.write", text=official)),
            )
        )
    elif match.how == "variant":
        out.append(
            Finding(
                "warning",
                "sponsors.spelling",
                msg("sponsors.spelling", official=official),
                "sponsors",
                position,
                replace(official, msg("fix.write", text=official)),
            )
        )
    if official in seen:
        fixed = names[:i] + names[i + 1 :]
        out.append(
            Finding(
                "error",
                "sponsors.duplicate",
                msg("sponsors.duplicate", name=official, position=seen[official]),
                "sponsors",
                position,
                Fix(msg("fix.remove-duplicate"), (Edit(fixed, path=f"sponsors.{field}"),)),
            )
        )
    else:
        seen[official] = position


def _natural_order(official: str) -> str:
    """ "Iran (Islamic Republic of)" -> "Islamic Republic of Iran": the official name as running
    text gives it; a name without its bracketed part is itself."""
    head, _, rest = official.partition(" (")
    return f"{rest.rstrip(')')} {head}" if rest else official
