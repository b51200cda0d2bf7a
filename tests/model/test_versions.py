"""A draft's base and its versions, on a real adopted resolution of the corpus."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from delegate_editor.model import Adoption, DocumentKind, Draft, Operative, Sponsors, rich
from delegate_editor.model.versions import (
    as_revision,
    draft_from_base,
    find_version,
    revise,
    revision_number,
    set_base,
    snapshot,
    take_version,
)
from tests.corpus_drafts import adopted


def test_an_adopted_resolution_becomes_a_draft_based_on_it(corpus_dir):
    resolution = adopted(corpus_dir, "A_RES_80_10")
    resolution.adoption = Adoption("80/10", date(2025, 11, 26), "51st plenary meeting")
    resolution.front.symbol = "A/RES/80/10"
    resolution.sponsors = Sponsors(["Bolivia (Plurinational State of)", "Mexico"])
    draft = draft_from_base(resolution)
    assert draft.kind is DocumentKind.DRAFT
    assert draft.front.symbol == "" and draft.front.date is None and draft.front.job_number == ""
    assert draft.adoption == Adoption() and draft.sponsors == Sponsors()
    # the rest is kept, paragraph for paragraph, with the same ids
    assert draft.title == resolution.title and draft.operative == resolution.operative
    assert draft.footnotes == resolution.footnotes and draft.front.agenda == resolution.front.agenda
    # the base is the resolution as adopted, whole
    assert draft.base == resolution
    assert draft.base is not resolution and draft.base.base is None


def test_a_base_never_holds_a_base_or_versions():
    draft = Draft(title=rich("Oceans and the law of the sea"))
    take_version(draft, "zero draft", datetime(2025, 10, 1, 9, 30))
    draft.base = Draft(title=rich("Earlier"))
    copy = snapshot(draft)
    assert copy.base is None and copy.versions == []
    assert draft.base is not None and len(draft.versions) == 1  # the original is untouched
    set_base(draft, draft)
    assert draft.base.base is None and draft.base.versions == []


def test_versions_keep_the_text_and_sponsors_of_their_stage():
    draft = Draft(sponsors=Sponsors(["Mexico"]), operative=[Operative("Decides", rich("to act;"))])
    take_version(draft, "  as  tabled (L.12) ", datetime(2025, 11, 3, 10, 0))
    draft.sponsors.later.append("Chile")
    draft.operative[0].text = rich("to act now;")
    take_version(draft, "Rev.1", datetime(2025, 11, 10, 15, 0))
    tabled, rev = draft.versions
    assert tabled.name == "as tabled (L.12)" and tabled.taken == datetime(2025, 11, 3, 10, 0)
    assert tabled.draft.sponsors.later == [] and rev.draft.sponsors.later == ["Chile"]
    assert tabled.draft.operative[0].text == rich("to act;")
    assert find_version(draft, "AS TABLED (l.12)") is tabled
    assert find_version(draft, "Rev.2") is None
    with pytest.raises(ValueError):
        take_version(draft, "   ")


def test_a_revision_prints_as_one():
    draft = Draft()
    draft.front.symbol = "A/C.3/80/L.12"
    assert revision_number("as orally revised (Rev.2)") == 2 and revision_number("zero draft") == 0
    as_revision(draft, 1)
    assert draft.kind is DocumentKind.REVISED and draft.front.symbol == "A/C.3/80/L.12/Rev.1"
    as_revision(draft, 2)
    assert draft.front.symbol == "A/C.3/80/L.12/Rev.2"


def test_revising_an_issued_draft_keeps_it_as_the_base():
    draft = Draft(sponsors=Sponsors(["Mexico"]), operative=[Operative("Decides", rich("to act;"))])
    draft.front.symbol = "A/C.3/80/L.12"
    assert revise(draft, datetime(2025, 11, 10, 9, 0)) == 1
    assert draft.kind is DocumentKind.REVISED and draft.front.symbol == "A/C.3/80/L.12/Rev.1"
    assert [v.name for v in draft.versions] == ["as issued (A/C.3/80/L.12)"]
    assert draft.base is not None and draft.base.front.symbol == "A/C.3/80/L.12"
    assert draft.base.operative == draft.operative  # the same paragraphs, to compare by id
    draft.sponsors.later.append("Chile")
    assert revise(draft) == 2
    assert draft.front.symbol == "A/C.3/80/L.12/Rev.2" and draft.base.front.symbol.endswith("/Rev.1")
    assert draft.versions[-1].draft.sponsors.later == ["Chile"]
