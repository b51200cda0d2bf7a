"""The checker over a folder of texts: findings per rule and per severity, with averages.

Calibrating the checker means running it over texts the UN itself issued and reading what it
says: an adopted resolution was edited by the Secretariat, so every error on it is either a
fault of the checker, a fault of the import, or (rarely) a true slip of the UN text. This
module only counts; reading the files is the caller's business (the command line's
``check --summary DIR`` and ``bench/check_corpus.py``), so the conventions layer stays free
of readers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from delegate_editor.conventions.findings import Finding

_SEVERITIES = ("error", "warning", "info")


@dataclass
class Tally:
    """Counts over the texts of a folder; ``group`` is a text's sub-folder ("ga-80")."""

    texts: int = 0
    rules: Counter[tuple[str, str]] = field(default_factory=Counter)  # (rule, severity) → n
    rule_texts: Counter[tuple[str, str]] = field(default_factory=Counter)  # texts with the rule
    groups: dict[str, Counter[str]] = field(default_factory=dict)  # group → severity → n
    group_texts: Counter[str] = field(default_factory=Counter)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (name, message)

    def add(self, group: str, findings: list[Finding]) -> None:
        self.texts += 1
        self.group_texts[group] += 1
        counts = self.groups.setdefault(group, Counter())
        seen: set[tuple[str, str]] = set()
        for f in findings:
            key = (f.rule, f.severity)
            self.rules[key] += 1
            counts[f.severity] += 1
            seen.add(key)
        for key in seen:
            self.rule_texts[key] += 1

    def total(self, severity: str) -> int:
        return sum(n for (_, sev), n in self.rules.items() if sev == severity)


def tally(texts: Iterable[tuple[str, list[Finding]]]) -> Tally:
    """Count the findings of each ``(group, findings)`` pair."""
    out = Tally()
    for group, findings in texts:
        out.add(group, findings)
    return out


def _per_text(n: int, texts: int) -> str:
    return f"{n / texts:.2f}" if texts else "-"


def report(t: Tally) -> str:
    """The tally as a few plain-text tables (Markdown-compatible)."""
    lines = [f"{t.texts} texts checked" + (f", {len(t.unreadable)} unreadable" if t.unreadable else "")]
    lines += ["", "| folder | texts | errors | warnings | info | errors/text | warnings/text |"]
    lines.append("|---|---|---|---|---|---|---|")
    groups = sorted(t.groups)
    rows = [(g, t.group_texts[g], t.groups[g]) for g in groups]
    if len(groups) != 1:
        rows.append(("all", t.texts, Counter({s: t.total(s) for s in _SEVERITIES})))
    for name, texts, counts in rows:
        e, w, i = (counts[s] for s in _SEVERITIES)
        lines.append(
            f"| {name or '.'} | {texts} | {e} | {w} | {i} | {_per_text(e, texts)} | {_per_text(w, texts)} |"
        )
    lines += ["", "| rule | severity | findings | texts | per text |", "|---|---|---|---|---|"]
    order = {s: i for i, s in enumerate(_SEVERITIES)}
    for (rule, sev), n in sorted(t.rules.items(), key=lambda kv: (order[kv[0][1]], -kv[1], kv[0][0])):
        lines.append(f"| {rule} | {sev} | {n} | {t.rule_texts[(rule, sev)]} | {_per_text(n, t.texts)} |")
    for name, message in t.unreadable:
        lines.append(f"unreadable: {name}: {message}")
    return "\n".join(lines)
