"""A deterministic draft at the size of the largest General Assembly resolutions.

The biggest GA texts (oceans and the law of the sea, sustainable fisheries) carry about 100
preambular and 400 operative paragraphs, hundreds of sub-paragraphs, some 80 footnotes and
150 sponsors. ``large_draft(scale)`` builds such a draft from a seeded random generator, with
the wording drawn from the app's own data (``conventions.phrases`` for the openings, with
the "also"/"further" forms UN style uses when an opening repeats; ``conventions.states`` for
the sponsors, in UN order) and clause templates modelled on the oceans resolutions, so that
the checker, the writers and the typesetter see the mix of italics, citations, footnotes,
cross-references, section headings and nested sub-paragraphs they meet in real texts.

The same seed and scale always give the same file (ids come from the seeded generator, not
from ``uuid4``), so figures taken on different days measure the same document.

    python bench/generate.py            # writes bench/out/large-1x.dres, -2x, -4x
    python bench/generate.py --scale 1 --out /tmp/x
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere: the package is beside bench/
    sys.path.insert(0, str(ROOT))

from delegate_editor.conventions import phrases, states, templates  # noqa: E402
from delegate_editor.model.document import (  # noqa: E402
    AgendaItem,
    Distribution,
    Draft,
    Footnote,
    Operative,
    Preambular,
    SectionHeading,
    SubParagraph,
)
from delegate_editor.model.text import Inline, NoteRef, RichText, Run, XRef, normalize  # noqa: E402
from delegate_editor.storage.dres import dumps  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
SCALES = (1, 2, 4)
SEED = 20241205


@dataclass(frozen=True)
class Size:
    """The counts of the 1x draft (issue 10); a scale multiplies every one of them."""

    preamble: int = 100
    operative: int = 400
    subs: int = 400  # all sub-paragraphs, the nested (i) ones included
    footnotes: int = 80
    sponsors: int = 150
    headings: int = 12  # "I. Implementation of the Convention ...", as in the oceans texts


# -- wording --------------------------------------------------------------------------------
MONTHS = ("January February March April May June July August September October November December").split()
INSTRUMENTS = (
    "the United Nations Convention on the Law of the Sea",
    "the Agreement relating to the Implementation of Part XI of the Convention",
    "the Agreement for the Implementation of the Provisions of the Convention relating to the "
    "Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks",
    "the 2030 Agenda for Sustainable Development",
    "the Paris Agreement",
    "the Convention on Biological Diversity",
    "the International Convention for the Prevention of Pollution from Ships",
    "the Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported "
    "and Unregulated Fishing",
    "the Sendai Framework for Disaster Risk Reduction 2015-2030",
    "the Code of Conduct for Responsible Fisheries of the Food and Agriculture Organization of "
    "the United Nations",
)
ACTORS = (
    "States",
    "Member States",
    "States parties to the Convention",
    "flag States",
    "port States",
    "coastal States",
    "regional fisheries management organizations and arrangements",
    "the International Maritime Organization",
    "the Intergovernmental Oceanographic Commission of the United Nations Educational, "
    "Scientific and Cultural Organization",
    "the Food and Agriculture Organization of the United Nations",
    "the International Seabed Authority",
    "the Commission on the Limits of the Continental Shelf",
    "the International Tribunal for the Law of the Sea",
    "the Secretary-General",
    "the Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs of the Secretariat",
    "relevant intergovernmental organizations, the specialized agencies and funds and programmes",
)
ACTIONS = (
    "to strengthen their capacity to implement the Convention, in particular for developing "
    "countries and small island developing States",
    "to take all measures necessary to ensure the long-term conservation and sustainable use of "
    "marine living resources",
    "to combat illegal, unreported and unregulated fishing, including by improving the "
    "monitoring, control and surveillance of fishing vessels",
    "to protect and preserve the marine environment from all sources of pollution, including "
    "marine debris, plastics and microplastics",
    "to promote the safety of navigation and the protection of seafarers, including through "
    "the prompt delivery of persons rescued at sea",
    "to cooperate in the transfer of marine technology on fair and reasonable terms",
    "to enhance marine scientific research and the sharing of data and information",
    "to address the impacts of climate change and ocean acidification on marine ecosystems",
    "to develop integrated, interdisciplinary and intersectoral approaches to ocean management",
    "to contribute to the Voluntary Trust Fund established for the purpose of facilitating the "
    "participation of developing countries",
    "to deposit with the Secretary-General charts or lists of geographical coordinates of points",
    "to consider becoming parties to the relevant international instruments",
)
QUALIFIERS = (
    "in accordance with international law, as reflected in the Convention",
    "taking into account the special requirements of developing States",
    "on the basis of the best available scientific information",
    "in a manner consistent with the precautionary approach and ecosystem approaches",
    "within their respective mandates and subject to the availability of resources",
    "including through the exchange of information on best practices and lessons learned",
    "at the national, regional and global levels",
    "with the full and effective participation of all relevant stakeholders",
)
CONCERNS = (
    "the continuing serious threats to the marine environment from land-based activities",
    "the significant decline in the numbers of certain fish stocks in many parts of the world",
    "the increasing number of incidents of piracy and armed robbery against ships",
    "the loss of marine biodiversity and the degradation of coastal habitats",
    "the adverse effects of sea-level rise on low-lying coastal areas and islands",
    "the growing pressure on the workload of the Commission on the Limits of the Continental Shelf",
    "the number of persons, including migrants, who lose their lives at sea",
)
SESSION_ORDINALS = ("seventy-fifth", "seventy-sixth", "seventy-seventh", "seventy-eighth")
ROMANS = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split()
HEADINGS = (
    "Implementation of the Convention and related agreements and instruments",
    "Capacity-building",
    "Meeting of States Parties",
    "Peaceful settlement of disputes",
    "The Area",
    "Effective functioning of the Authority and the Tribunal",
    "The continental shelf and the work of the Commission",
    "Maritime safety and security and flag State implementation",
    "Marine environment and marine resources",
    "Marine biodiversity",
    "Marine science",
    "Regular process for global reporting and assessment of the state of the marine environment",
    "Regional cooperation",
    "Open-ended informal consultative process on oceans and the law of the sea",
    "Coordination and cooperation",
    "Activities of the Division for Ocean Affairs and the Law of the Sea",
)


class _Writer:
    """Draws ids and wording from one seeded generator, so a seed gives one document."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def id(self) -> str:
        return f"{self.rng.getrandbits(48):012x}"

    def pick(self, items):
        return items[self.rng.randrange(len(items))]

    def date_text(self) -> str:
        return f"{self.rng.randint(1, 28)} {self.pick(MONTHS)} {self.rng.randint(2008, 2023)}"

    def resolution(self) -> str:
        return f"resolution {self.rng.randint(63, 78)}/{self.rng.randint(1, 320)} of {self.date_text()}"

    def clause(self) -> list[Inline]:
        """One clause of a paragraph body, with the kind of italics real texts carry."""
        r = self.rng.random()
        if r < 0.25:
            return [Run(f"its {self.resolution()} on oceans and the law of the sea")]
        if r < 0.4:
            return [Run(f"{self.pick(ACTORS)} {self.pick(ACTIONS)}, {self.pick(QUALIFIERS)}")]
        if r < 0.55:
            return [Run(f"{self.pick(INSTRUMENTS)} and its contribution to addressing {self.pick(CONCERNS)}")]
        if r < 0.7:
            report = f"the report of the Secretary-General on oceans and the law of the sea (A/{self.rng.randint(70, 79)}/{self.rng.randint(60, 80)})"
            return [Run(f"{report}, {self.pick(QUALIFIERS)}")]
        if r < 0.8:
            return [
                Run("the outcome document entitled "),
                Run("“The ocean, our future: call for action”", italic=True),
                Run(f", adopted on {self.date_text()}"),
            ]
        if r < 0.9:
            return [Run(f"{self.pick(CONCERNS)}, {self.pick(QUALIFIERS)}")]
        return [Run(f"{self.pick(ACTIONS)[3:]}, {self.pick(QUALIFIERS)}")]

    def body(self, clauses: int, first: list[Inline] | None = None, note: str = "") -> list[Inline]:
        """Clauses joined as UN texts join them; a footnote mark, when asked for, goes after
        the comma that closes a clause, where UN style puts it."""
        at = self.rng.randrange(clauses) if note else -1
        items: list[Inline] = []
        for i in range(clauses):
            items.extend(first if i == 0 and first else self.clause())
            if i == at and i < clauses - 1:
                items += [Run(","), NoteRef(note), Run(" and " if i == clauses - 2 else " ")]
                continue
            if i < clauses - 1:
                items.append(Run(", and " if i == clauses - 2 else ", "))
            elif i == at:
                items.append(NoteRef(note))  # the paragraph's own mark follows its final mark
        return items

    def preamble_lead(self) -> list[Inline]:
        if self.rng.random() < 0.4:
            return [Run(f"that {self.pick(ACTORS)} continue {self.pick(ACTIONS)}")]
        return self.clause()

    def operative_lead(self) -> list[Inline]:
        return [Run(f"{self.pick(ACTORS)} {self.pick(ACTIONS)}")]

    def footnote_text(self) -> RichText:
        r = self.rng.random()
        if r < 0.35:
            session = self.pick(SESSION_ORDINALS).capitalize()
            n = self.rng.randint(70, 79)
            return (
                Run(f"Official Records of the General Assembly, {session} Session, Supplement No. 17", True),
                Run(f" (A/{n}/17), chap. {self.pick(ROMANS)}."),
            )
        if r < 0.6:
            return (
                Run("United Nations, "),
                Run("Treaty Series", True),
                Run(f", vol. {self.rng.randint(1000, 3300)}, No. {self.rng.randint(10000, 55000)}."),
            )
        if r < 0.8:
            return (Run(f"A/{self.rng.randint(70, 79)}/{self.rng.randint(60, 400)}."),)
        return (Run(f"See {self.resolution()}, annex."),)


def _ending(items: list[Inline], char: str) -> RichText:
    """The paragraph's text with the punctuation mark UN style puts at its end, before a
    footnote mark that closes the paragraph."""
    if items and isinstance(items[-1], NoteRef):
        return normalize([*items[:-1], Run(char), items[-1]])
    return normalize([*items, Run(char)])


def _plan_subs(w: _Writer, paragraphs: list[int], total: int) -> dict[int, list[int]]:
    """How many lettered sub-paragraphs each chosen paragraph gets, and how many (i), (ii)
    items each letter introduces, adding up to exactly ``total`` sub-paragraphs."""
    plan: dict[int, list[int]] = {i: [] for i in paragraphs}
    left = total

    def add(i: int) -> None:
        nonlocal left
        children = 0
        if left >= 3 and w.rng.random() < 0.12:
            children = min(left - 1, w.rng.randint(2, 3))
        plan[i].append(children)
        left -= 1 + children

    for i in paragraphs:  # a list has at least two letters
        for _ in range(2):
            if left > 0:
                add(i)
    while left > 0:
        add(w.pick(paragraphs))
    return {i: letters for i, letters in plan.items() if letters}


def _subs_for(w: _Writer, plan: list[int], last_final: str) -> list[SubParagraph]:
    """The lettered sub-paragraphs of one paragraph; the last one ends as the paragraph would."""
    out: list[SubParagraph] = []
    for k, n in enumerate(plan):
        final = last_final if k == len(plan) - 1 else ";"
        if n:
            children = [
                SubParagraph(text=_ending(_capital(w.body(1)), final if j == n - 1 else ";"), id=w.id())
                for j in range(n)
            ]
            out.append(SubParagraph(text=_ending(_capital(w.body(1)), ":"), children=children, id=w.id()))
        else:
            out.append(SubParagraph(text=_ending(_capital(w.body(w.rng.randint(1, 2))), final), id=w.id()))
    return out


def _capital(items: list[Inline]) -> list[Inline]:
    """Sub-paragraphs start with a capital letter (un-layout.md)."""
    first = items[0]
    if isinstance(first, Run) and first.text:
        items[0] = Run(first.text[0].upper() + first.text[1:], first.italic)
    return items


def _count_subs(subs: list[SubParagraph]) -> int:
    return sum(1 + _count_subs(s.children) for s in subs)


def _opening(w: _Writer, part: str, pool: list[str], used: dict[str, int]) -> str:
    """An opening from the phrase list; a repeat takes the "also"/"further" form."""
    phrase = w.pick(pool)
    times = used.get(phrase, 0)
    used[phrase] = times + 1
    if times == 0:
        return phrase
    also, further = phrases.also_further_forms(phrase, part)
    return (also if times == 1 else further) or phrase


def large_draft(scale: int = 1, seed: int = SEED, size: Size = Size()) -> Draft:
    """The benchmark draft at ``scale`` times the size of the largest GA resolutions.

    Sponsors stop at the number of names the sponsor table holds (196): a list cannot name a
    State twice, and 150 is already more than any real text carries."""
    w = _Writer(seed * 100 + scale)
    draft = templates.make_draft("ga-plenary", today=date(2024, 11, 1))
    f = draft.front
    f.agenda = AgendaItem(number="76 (a)", title="Oceans and the law of the sea")
    f.symbol = "A/79/L.25"
    f.distribution = Distribution.LIMITED
    f.date = date(2024, 12, 2)
    f.job_number = "24-22931 (E)"
    draft.title = (Run("Oceans and the law of the sea"),)
    names = states.names()
    draft.sponsors.names = states.sort_names(w.rng.sample(names, min(len(names), size.sponsors * scale)))
    draft.operative = []

    n_pre, n_op = size.preamble * scale, size.operative * scale
    n_notes, n_subs, n_heads = size.footnotes * scale, size.subs * scale, size.headings * scale

    # Footnotes: cited once each, in paragraphs spread through the text (numbering is by
    # order of appearance, so placing them at random exercises the renumbering walk).
    total_paras = n_pre + n_op
    note_at = set(w.rng.sample(range(total_paras), n_notes))
    notes: dict[str, Footnote] = {}

    def note_for(index: int) -> str:
        if index not in note_at:
            return ""
        note = Footnote(text=w.footnote_text(), id=w.id())
        notes[note.id] = note
        return note.id

    pre_pool = phrases.preambular_phrases()
    used: dict[str, int] = {}
    for i in range(n_pre):
        items = w.body(w.rng.randint(2, 4), w.preamble_lead(), note_for(i))
        draft.preamble.append(
            Preambular(opening=_opening(w, "preamble", pre_pool, used), text=_ending(items, ","), id=w.id())
        )

    # Sub-paragraphs go to one operative paragraph in four, about one letter in eight
    # introducing an (i), (ii) list of its own.
    op_pool = phrases.operative_phrases()
    used = {}
    plan = _plan_subs(w, sorted(w.rng.sample(range(n_op), n_op // 4)), n_subs)
    head_every = max(1, n_op // n_heads)
    numbered: list[str] = []
    for i in range(n_op):
        if i % head_every == 0 and i // head_every < n_heads:
            k = i // head_every
            title = HEADINGS[k % len(HEADINGS)]
            draft.operative.append(SectionHeading(text=f"{ROMANS[k % len(ROMANS)]}. {title}", id=w.id()))
        final = "." if i == n_op - 1 else ";"
        items = w.body(w.rng.randint(2, 4), w.operative_lead(), note_for(n_pre + i))
        if numbered and w.rng.random() < 0.05:  # "... referred to in paragraph 12 above"
            items = [*items, Run(", as referred to in paragraph "), XRef(w.pick(numbered)), Run(" above")]
        para = Operative(opening=_opening(w, "operative", op_pool, used), id=w.id())
        if i in plan:
            para.subs = _subs_for(w, plan[i], final)
            para.text = _ending(items, ":")
        else:
            para.text = _ending(items, final)
        draft.operative.append(para)
        numbered.append(para.id)
    draft.footnotes = notes
    return draft


def counts(draft: Draft) -> dict[str, int]:
    """What the generated draft holds, for RESULTS.md and for checking the generator."""
    ops = draft.operative_paragraphs()
    subs = sum(_count_subs(p.subs) for p in ops)
    nested = sum(_count_subs(s.children) for p in ops for s in p.subs)
    words = sum(
        len(p.opening.split()) + sum(len(r.text.split()) for r in p.text if isinstance(r, Run))
        for p in draft.preamble
    )
    return {
        "preamble": len(draft.preamble),
        "operative": len(ops),
        "headings": len(draft.operative) - len(ops),
        "subs": subs,
        "nested": nested,
        "footnotes": len(draft.footnotes),
        "sponsors": len(draft.sponsors.names),
        "preamble_words": words,
    }


def write(scale: int, out: Path = OUT, seed: int = SEED) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"large-{scale}x.dres"
    data = dumps(large_draft(scale, seed))
    if not path.exists() or path.read_bytes() != data:  # keep the mtime when nothing changed
        path.write_bytes(data)
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--scale", type=int, action="append", help="1, 2, 4 ... (default: 1, 2 and 4)")
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    for scale in args.scale or SCALES:
        path = write(scale, args.out, args.seed)
        from delegate_editor.storage.dres import load

        c = counts(load(path))
        print(f"{path}: {path.stat().st_size // 1024} KB, " + ", ".join(f"{k} {v}" for k, v in c.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
