"""The application layer's export and import path, which the command line and the Qt
dialogs both call: the layout choice, the same-file guard and the atomic write, once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from delegate_editor.app.export import (
    OVERWRITES_DRAFT,
    export_draft,
    export_target,
    import_to_dres,
    new_dres,
    with_suffix,
)
from delegate_editor.errors import InputError
from delegate_editor.formats.layout import (
    GENEVA,
    NEW_YORK,
    PAPERS,
    VIENNA,
    BlockStyle,
    draft_layout,
    layout_for,
)
from delegate_editor.formats.registry import export_bytes
from delegate_editor.model.document import DocumentKind
from delegate_editor.storage import dres

SEED = Path(__file__).resolve().parent.parent / "data" / "seed_E_CN.15_2013_draft_cybercrime.txt"


def test_the_layout_follows_the_venue_unless_a_preset_or_paper_is_chosen(example_draft):
    # the seed is a Commission on Crime Prevention draft: E/CN.15/..., Vienna
    assert example_draft.front.symbol.startswith("E/CN.15")
    venue = layout_for("", example_draft.front.symbol)
    # an issued draft's "Annex" follows on the page its paragraphs end on (every L. document
    # of the corpus with an annex); an adopted text's starts a page, as the venue's layout says
    label = venue.style(BlockStyle.ANNEX_LABEL)
    assert label.page_break_before
    unbroken = {**venue.styles, BlockStyle.ANNEX_LABEL: replace(label, page_break_before=False)}
    assert draft_layout(example_draft) == replace(venue, styles=unbroken)
    assert draft_layout(replace(example_draft, kind=DocumentKind.ADOPTED)) == venue
    assert draft_layout(example_draft).name == VIENNA.name
    assert draft_layout(example_draft, preset=GENEVA.name).name == GENEVA.name
    chosen = replace(example_draft, layout=NEW_YORK.name)
    assert draft_layout(chosen).name == NEW_YORK.name
    for paper, (width, height) in PAPERS.items():
        page = draft_layout(example_draft, paper=paper).page
        assert (page.paper, page.width, page.height) == (paper, width, height)
    # a paper nobody knows (an old settings file) keeps the preset's own paper
    assert draft_layout(example_draft, paper="Foolscap") == draft_layout(example_draft)


def test_an_export_writes_the_writers_bytes(example_draft, tmp_path):
    for suffix in (".txt", ".dres"):
        written = export_draft(example_draft, tmp_path / f"out{suffix}")
        assert written.read_bytes() == export_bytes(example_draft, written)


def test_an_export_refuses_its_input_by_any_name_and_leaves_it_untouched(example_draft, tmp_path):
    source = tmp_path / "seed.dres"
    source.write_bytes(dres.dumps(example_draft))
    before = source.read_bytes()
    other_name = tmp_path / "sub" / ".." / "seed.dres"
    with pytest.raises(InputError, match="would overwrite the draft itself"):
        export_draft(example_draft, other_name, protect=[None, source], why=OVERWRITES_DRAFT)
    assert source.read_bytes() == before


def test_an_unknown_format_is_refused_before_any_work(tmp_path):
    with pytest.raises(InputError, match=r"cannot export to \.rtf"):
        export_target(tmp_path / "out.rtf")
    assert not (tmp_path / "out.rtf").exists()
    # an explicit format wins over the name: print-to-file may be given any name
    assert export_target(tmp_path / "printed.prn", fmt=".pdf") == tmp_path / "printed.prn"


def test_a_failing_writer_leaves_the_earlier_file(example_draft, tmp_path, monkeypatch):
    from delegate_editor.formats import registry, text

    def broken(draft, layout=None):
        raise InputError("the writer failed")

    monkeypatch.setattr(text, "write_text_bytes", broken)
    target = tmp_path / "out.txt"
    target.write_bytes(b"earlier work\n")
    with pytest.raises(InputError, match="the writer failed"):
        export_draft(example_draft, target)
    assert target.read_bytes() == b"earlier work\n"
    assert registry.WRITERS[".txt"][1] == "write_text_bytes"


def test_with_suffix_keeps_the_name_the_user_typed():
    assert with_suffix("draft.v2", ".pdf") == Path("draft.v2.pdf")
    assert with_suffix("Draft.PDF", ".pdf") == Path("Draft.PDF")


def test_import_saves_a_draft_that_opens_again(tmp_path):
    result = import_to_dres(SEED, tmp_path / "seed.dres")
    again = dres.load(tmp_path / "seed.dres")
    assert again == result.draft
    assert "cybercrime" in dres.dumps(again).decode().lower()
    with pytest.raises(InputError, match="import writes a .dres draft"):
        import_to_dres(SEED, tmp_path / "seed.docx")
    with pytest.raises(InputError, match="would overwrite the input"):
        import_to_dres(tmp_path / "seed.dres", tmp_path / "." / "seed.dres")


def test_a_new_draft_is_saved_only_as_dres(tmp_path):
    draft = new_dres("ga-plenary", tmp_path / "new.dres")
    assert dres.load(tmp_path / "new.dres") == draft
    with pytest.raises(InputError, match="saved as .dres"):
        new_dres("ga-plenary", tmp_path / "new.txt")
    assert not (tmp_path / "new.txt").exists()
