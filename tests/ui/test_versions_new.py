"""File ▸ New from Earlier Resolution… (issue 17 item 1), as a delegate uses it: a real
adopted resolution copied from the UN PDF, a Word file, a saved draft."""

from __future__ import annotations

import pytest
from versions_helpers import RESOLUTION, based_window, copied_resolution, new_from_earlier

from delegate_editor.app.changes import draft_from
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.layout import draft_layout
from delegate_editor.model.document import DocumentKind
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres

pytestmark = pytest.mark.gui


def test_an_adopted_resolution_becomes_a_draft_that_keeps_it_as_base(
    qtbot, make_window, tmp_path, corpus_dir
):
    from delegate_editor.storage.settings import Settings

    w = make_window(settings=Settings(delegation="Mexico"))
    source = copied_resolution(tmp_path, corpus_dir)
    new_from_earlier(w, source)
    draft = w.ctl.draft
    assert draft.base is not None and draft.kind is DocumentKind.DRAFT
    assert draft.sponsors.names == ["Mexico"]  # the delegation, as for any new draft
    assert (draft.adoption.number, draft.adoption.reference, draft.front.symbol) == ("", "", "")
    assert draft.base.adoption.number == "80/15"  # the base is the resolution as adopted
    # the text is the resolution's, paragraph for paragraph, sharing its ids with the base
    assert [p.id for p in draft.operative_paragraphs()] == [p.id for p in draft.base.operative_paragraphs()]
    assert plain_text(draft.operative_paragraphs()[0].text) == plain_text(
        draft.base.operative_paragraphs()[0].text
    )
    assert plain_text(draft.title).startswith(
        "Treaty for the Prohibition of Nuclear Weapons in Latin America"
    )
    # the same draft as the command line's `new --from`
    cli_draft, _messages = draft_from(source)
    assert [plain_text(p.text) for p in cli_draft.operative_paragraphs()] == [
        plain_text(p.text) for p in draft.operative_paragraphs()
    ]
    # the import's guesses are told once, and the window holds an unsaved new draft
    assert [s[1] for s in w.asker.kinds("info")] == [f"Imported {RESOLUTION}.txt"]
    assert w.ctl.session.path is None and not w.ctl.stack.canUndo()


def test_the_base_is_saved_in_the_dres_and_read_back(qtbot, make_window, tmp_path, corpus_dir):
    w = based_window(qtbot, make_window, tmp_path, corpus_dir)
    target = tmp_path / "tlatelolco.dres"
    w.asker.answers["save"] = [str(target)]
    w.save()
    again = dres.load(target)
    assert again.base is not None
    assert [plain_text(p.text) for p in again.base.operative_paragraphs()] == [
        plain_text(p.text) for p in w.ctl.draft.base.operative_paragraphs()
    ]


def test_a_word_file_and_a_saved_draft_serve_as_earlier_texts_too(qtbot, make_window, tmp_path, corpus_dir):
    w = based_window(qtbot, make_window, tmp_path, corpus_dir)
    base = w.ctl.draft.base
    docx = tmp_path / "issued.docx"
    docx.write_bytes(write_docx(base, draft_layout(base)))
    new_from_earlier(w, docx)
    assert w.ctl.draft.base is not None
    assert len(w.ctl.draft.operative_paragraphs()) == len(base.operative_paragraphs())
    saved = tmp_path / "earlier.dres"
    dres.save(w.ctl.draft, saved)
    new_from_earlier(w, saved)
    assert w.ctl.draft.base is not None and w.ctl.draft.base.base is None  # a base holds no base


def test_an_unreadable_file_is_one_message_and_the_draft_stays(qtbot, make_window, tmp_path, corpus_dir):
    w = based_window(qtbot, make_window, tmp_path, corpus_dir)
    before = w.ctl.draft
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    new_from_earlier(w, bad)
    errors = w.asker.kinds("error")
    assert len(errors) == 1 and errors[0][1] == "Cannot open the file" and "broken.docx" in errors[0][2]
    assert w.ctl.draft is before


class _Pool:
    """Stands in for a worker pool: keeps the jobs instead of running them."""

    def __init__(self) -> None:
        self.jobs: list = []

    def start(self, job) -> None:
        self.jobs.append(job)

    def clear(self) -> None:
        pass

    def waitForDone(self, _ms: int) -> bool:  # noqa: N802 (Qt API)
        return True


def test_the_preview_and_checks_snapshots_leave_the_base_and_versions_out_but_recovery_keeps_them(
    qtbot, make_window, tmp_path, corpus_dir
):
    from delegate_editor.storage import recovery
    from delegate_editor.ui.version_commands import save_version

    w = based_window(qtbot, make_window, tmp_path, corpus_dir)
    save_version(w.ctl, "zero draft")
    w.page_renderer.pool.waitForDone(10000)
    w.checks.pool.waitForDone(10000)
    qtbot.waitUntil(lambda: not w.page_renderer.running, timeout=10000)
    preview, checks = _Pool(), _Pool()
    w.page_renderer.pool, w.checks.pool = preview, checks
    w.page_renderer.render_now()
    w.checks.check_later()
    for job in (preview.jobs[-1], checks.jobs[-1]):
        assert "base" not in job.data and "versions" not in job.data
        assert job.data["operative"]  # the text itself is there
    w.autosave_now()
    assert w.wait_autosave()
    record = next(r for r in recovery.pending(set()) if r.slot == w.slot)
    restored = recovery.restore(record)
    assert restored.base is not None and [v.name for v in restored.versions] == ["zero draft"]
