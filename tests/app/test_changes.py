"""The app layer of versions and tracked changes, shared by the command line and the app:
the draft from an earlier text, the author, and the guarded atomic export."""

from __future__ import annotations

import pytest

from delegate_editor.app.changes import DEFAULT_AUTHOR, author_of, draft_from, export_comparison
from delegate_editor.errors import InputError
from delegate_editor.storage.settings import Settings
from tests.corpus_drafts import adopted, corpus_text, edited


def test_draft_from_a_copied_resolution_keeps_it_as_base(tmp_path, corpus_dir):
    source = tmp_path / "A_RES_80_15.txt"
    source.write_text(corpus_text(corpus_dir / "ga-80" / "A_RES_80_15.md"), "utf-8")
    draft, messages = draft_from(source)
    assert draft.base is not None and draft.base.adoption.number == "80/15"
    assert draft.adoption.number == "" and draft.sponsors.names == []
    assert all(m.startswith("import guess:") for m in messages)


def test_the_author_is_given_or_the_preference_or_the_delegation():
    assert author_of(" Chile ", Settings(delegation="Mexico")) == "Chile"
    assert (
        author_of(None, Settings(delegation="Mexico", changes_author="Mission of Mexico"))
        == "Mission of Mexico"
    )
    assert author_of("", Settings(delegation="Mexico")) == "Mexico"
    assert author_of(None, Settings()) == DEFAULT_AUTHOR


def test_an_export_never_overwrites_a_protected_file_nor_writes_an_unknown_format(tmp_path, corpus_dir):
    draft = edited(adopted(corpus_dir, "A_RES_80_15"))
    kept = tmp_path / "tracked.docx"
    kept.write_bytes(b"the user's file")
    with pytest.raises(InputError, match="overwrite"):
        export_comparison(draft.base, draft, kept, "Mexico", protect=[kept])
    assert kept.read_bytes() == b"the user's file"
    with pytest.raises(InputError, match="compare writes"):
        export_comparison(draft.base, draft, tmp_path / "tracked.rtf", "Mexico")
    assert not (tmp_path / "tracked.rtf").exists()
    comparison = export_comparison(draft.base, draft, kept, "Mexico")
    assert kept.read_bytes().startswith(b"PK") and comparison.changes()
