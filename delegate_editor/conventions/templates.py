"""New drafts for each organ: the front matter a delegate would otherwise look up.

A template fills in what the organ fixes (the masthead organ and body, the session line,
the organ line before the preamble, the duty-station layout, the Security Council's closing
paragraph) from ``resources/data/organs.json`` and leaves what only the delegation knows
(title, sponsors, paragraphs, symbol) empty. The session number is worked out from today's
date so that a draft started in October 2025 says "Eightieth session".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from delegate_editor.conventions import language as languages
from delegate_editor.conventions.data import DataError, load
from delegate_editor.conventions.wording import ordinal_words
from delegate_editor.errors import InputError
from delegate_editor.model.document import Distribution, Draft, FrontMatter, Operative
from delegate_editor.model.text import rich


@dataclass(frozen=True)
class Body:
    """An organ or body a draft is tabled in (one entry of organs.json)."""

    id: str
    label: str
    organ: str
    body: str
    authoring: str
    layout: str
    symbol: str
    venue: str = ""
    distribution: str = "Limited"
    session: dict | None = None
    closing: tuple[tuple[str, str], ...] = ()
    labels: tuple[tuple[str, str], ...] = ()  # the label in other languages: ("fr", "...")

    def session_number(self, today: date) -> int | None:
        """The session being drafted for on ``today`` (the current one, or the next one
        when the year's sessions are over)."""
        rule = self.session
        if not rule:
            return None
        ends: list[int] = list(rule["ends"])
        year, index = today.year, next((i for i, m in enumerate(ends) if today.month <= m), None)
        if index is None:
            year, index = year + 1, 0
        per_year = len(ends)
        if rule["anchor"] == rule["anchor_year"]:  # numbered by year: "2026 session"
            return year
        return rule["anchor"] + (year - rule["anchor_year"]) * per_year + index

    def session_line(self, today: date) -> str:
        number = self.session_number(today)
        if number is None or not self.session:
            return ""
        label = self.session.get("label", "{ordinal} session")
        return label.format(ordinal=ordinal_words(number).capitalize(), number=number)

    def symbol_regex(self) -> re.Pattern[str]:
        """What this body's draft symbols look like once issued, with any suffixes."""
        pattern = re.escape(self.symbol)
        pattern = pattern.replace(re.escape("{session}"), r"\d+").replace(re.escape("{year}"), r"\d{4}")
        tail = r"\d+" if self.symbol.endswith("/") or self.symbol.endswith(".") else ""
        return re.compile(rf"^{pattern}{tail}(?:/(?:Rev|Add|Corr)\.\d+)*$")


@cache
def _data() -> tuple[dict[str, Body], dict[str, tuple[str, dict[str, str], bool]]]:
    raw = load("organs.json")
    bodies: dict[str, Body] = {}
    for b in raw.get("bodies", []):
        try:
            bodies[b["id"]] = Body(
                id=b["id"],
                label=b["label"],
                organ=b["organ"],
                body=b.get("body", ""),
                authoring=b["authoring"],
                layout=b["layout"],
                symbol=b["symbol"],
                venue=b.get("venue", ""),
                distribution=b.get("distribution", "Limited"),
                session=b.get("session"),
                closing=tuple((c["opening"], c["text"]) for c in b.get("closing", [])),
                labels=tuple(dict(b.get("labels", {})).items()),
            )
        except (KeyError, TypeError) as exc:
            raise DataError(f"organs.json: a body entry lacks {exc}") from None
    templates: dict[str, tuple[str, dict[str, str], bool]] = {}
    for name, t in raw.get("templates", {}).items():
        if t.get("body") not in bodies:
            raise DataError(f"organs.json: template '{name}' names an unknown body")
        body = bodies[t["body"]]
        labels = {"en": body.label, **dict(body.labels)}
        if "label" in t:  # a template's own label, in English and the other languages
            labels = {"en": t["label"], **dict(t.get("labels", {}))}
        templates[name] = (t["body"], labels, bool(t.get("default", False)))
    return bodies, templates


def bodies() -> list[Body]:
    return list(_data()[0].values())


def template_names(language: str = "en") -> dict[str, str]:
    """Template name → label in ``language`` (English when organs.json has no label in
    it), the six standard templates first."""
    templates = _data()[1]
    ordered = sorted(templates.items(), key=lambda kv: not kv[1][2])
    return {name: labels.get(language, labels["en"]) for name, (_, labels, _) in ordered}


def body_for(name: str) -> Body:
    """The body a template starts a draft for."""
    bodies_, templates = _data()
    if name not in templates:
        known = ", ".join(template_names())
        raise InputError(f"unknown template '{name}' (choose one of: {known})")
    return bodies_[templates[name][0]]


def body_of(draft: Draft) -> Body | None:
    """The body a draft belongs to, from its masthead organ and body lines."""
    organ = draft.front.organ.strip().casefold()
    body = draft.front.body.strip().casefold()
    for b in _data()[0].values():
        if b.organ.casefold() == organ and b.body.casefold() == body:
            return b
    return None


def make_draft(name: str, today: date | None = None, language: str = "en") -> Draft:
    """A new draft from template ``name`` (see :func:`template_names`), in ``language``
    (the Security Council's closing paragraph in its words: "Décide de rester saisi ...")."""
    body = body_for(name)
    today = today or date.today()
    front = FrontMatter(
        organ=body.organ,
        body=body.body,
        session=body.session_line(today),
        venue_dates=body.venue,
        distribution=Distribution(body.distribution),
    )
    front.language = language
    seized = languages.language(language)["seized"].split(" ", 1)
    english = languages.language(languages.ENGLISH)["seized"]
    closing = [(seized[0], seized[1]) if f"{o} {t}" == english else (o, t) for o, t in body.closing]
    operative = [Operative(opening=o, text=rich(t)) for o, t in closing]
    return Draft(front=front, authoring=body.authoring, operative=operative, layout=body.layout)
