"""The penholder's flow through the window (issue 18 item 7), on A/RES/80/15 (Treaty of
Tlatelolco) made a zero draft: export it, take back the copies two delegations edited (the
EU's in Word's XML, Mexico's in an ODT), see each proposal with its author in the Proposals
dock, accept one and reject another with the dock's buttons (one undo step each), keep the
open paragraphs in view, show the compilation in the preview, and export the clean text and
the compilation. A file that is no draft gives one message and changes nothing."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from corpus_drafts import adopted
from PySide6.QtCore import Qt
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.registry import read_any
from delegate_editor.model.negotiation import ParagraphStatus, ProposalStatus
from delegate_editor.model.text import plain_text
from delegate_editor.model.versions import as_new_draft
from delegate_editor.ui.models import LABEL_ROLE, STATUS_ROLE
from delegate_editor.ui.session import DocumentSession

pytestmark = pytest.mark.gui


def _rezip(raw: bytes, part: str, old: str, new: str) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == part:
                text = data.decode("utf-8")
                assert old in text, old
                data = text.replace(old, new, 1).encode("utf-8")
            dst.writestr(info, data)
    return out.getvalue()


@pytest.fixture
def negotiation(corpus_dir, tmp_path, make_window):
    zero = as_new_draft(adopted(corpus_dir, "A_RES_80_15"))
    eu = tmp_path / "eu.docx"
    eu.write_bytes(_rezip(write_docx(zero), "word/document.xml", "all sovereign States", "all States"))
    mexico = tmp_path / "mexico.odt"
    mexico.write_bytes(_rezip(write_odt(zero), "content.xml", "memorandums of understanding", "arrangements"))
    asker = ScriptedAsker(open=[str(eu), str(mexico)], **{"Returned copy": ["EU", "Mexico"]})
    window = make_window(asker)
    window._set_session(DocumentSession(zero))
    return window, asker, tmp_path


def _texts(panel) -> list[str]:
    return [panel.proposals.item(i).text() for i in range(panel.proposals.count())]


def test_returned_copies_become_proposals_decided_in_the_dock(qtbot, negotiation):
    window, asker, tmp_path = negotiation
    ctl = window.ctl
    trigger(window.negotiation_menu, "Import Returned Copy")
    trigger(window.negotiation_menu, "Import Returned Copy")
    assert window.actions_by_name["negotiation_mode"].isChecked() and window.negotiation_dock.isVisible()
    neg = ctl.draft.negotiation
    assert [(p.authors, p.status) for p in neg.proposals] == [
        (["EU"], ProposalStatus.PENDING),
        (["Mexico"], ProposalStatus.PENDING),
    ]

    # the operative list shows the negotiation labels, in the colour of each status
    trigger(window.view_menu, "Operative part")
    page = window.operative_page
    assert page.model.index(0).data(LABEL_ROLE) == "OP1"
    assert page.model.index(0).data(STATUS_ROLE).name() == "#ef6c00"  # open

    op1, _op2, op3 = ctl.draft.operative_paragraphs()[:3]
    page.select(op1.id)
    panel = window.negotiation_panel
    assert _texts(panel) == ["EU: delete “sovereign”"]
    depth = ctl.stack.index()
    qtbot.mouseClick(panel.accept, Qt.MouseButton.LeftButton)
    assert "all States" in plain_text(ctl.draft.operative_paragraphs()[0].text)
    assert ctl.stack.index() == depth + 1  # one undo step

    page.select(op3.id)
    assert _texts(panel) == ["Mexico: “memorandums of understanding” → “arrangements”"]
    qtbot.mouseClick(panel.reject, Qt.MouseButton.LeftButton)
    assert ctl.draft.negotiation.proposals[1].status is ProposalStatus.REJECTED
    trigger(window.edit_menu, "Undo")
    assert ctl.draft.negotiation.proposals[1].status is ProposalStatus.PENDING
    trigger(window.edit_menu, "Redo")

    # OP1 agreed: "open paragraphs only" hides it
    page.select(op1.id)
    panel.status.setCurrentIndex(panel.status.findData(ParagraphStatus.AGREED))
    panel.status.activated.emit(panel.status.currentIndex())
    assert ctl.draft.negotiation.state(op1.id).status is ParagraphStatus.AGREED
    trigger(window.negotiation_menu, "Open Paragraphs Only")
    assert page.view.isRowHidden(page.model.row_of[op1.id])
    assert not page.view.isRowHidden(page.model.row_of[op3.id])

    # the compilation in the preview, typeset by the preview's renderer
    renderer = window.page_renderer
    with qtbot.waitSignal(renderer.pagesReady, timeout=60_000):
        trigger(window.negotiation_menu, "Show Compilation in Preview")
    assert renderer.compilation and renderer.source.negotiation is not None

    # the clean text: EU's change in, Mexico's rejected
    asker.answers["save"] = [str(tmp_path / "clean.docx"), str(tmp_path / "compilation.odt")]
    trigger(window.negotiation_menu, "Export Clean Text")
    back = read_any(tmp_path / "clean.docx").draft
    assert back.negotiation is None
    words = " ".join(plain_text(p.text) for p in back.operative_paragraphs())
    assert "all States" in words and "memorandums of understanding" in words
    trigger(window.negotiation_menu, "Export Compilation")
    assert (tmp_path / "compilation.odt").stat().st_size > 0
    assert not asker.kinds("error")


def test_a_file_that_is_no_draft_changes_nothing(negotiation):
    window, asker, tmp_path = negotiation
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip at all")
    asker.answers["open"] = [str(bad)]
    depth = window.ctl.stack.index()
    trigger(window.negotiation_menu, "Import Returned Copy")
    [(kind, title, text)] = [s for s in asker.shown if s[0] == "error"]
    assert title == "Proposals not imported" and "broken.docx" in text and "\n" not in text
    assert window.ctl.stack.index() == depth and window.ctl.draft.negotiation is None


def test_mode_on_starts_the_negotiation_and_undo_ends_it(negotiation):
    window, _asker, _tmp = negotiation
    trigger(window.negotiation_menu, "Negotiation Mode")
    draft = window.ctl.draft
    assert draft.negotiation is not None and re.fullmatch(
        r"PP\d+", draft.negotiation.labels[draft.preamble[0].id]
    )
    assert window.negotiation_dock.isVisible()
    trigger(window.edit_menu, "Undo")
    assert window.ctl.draft.negotiation is None
    assert not window.actions_by_name["negotiation_mode"].isChecked()


def test_silence_procedure_and_agreed_language_from_the_menu(negotiation):
    from delegate_editor.formats.compilation import compilation

    window, asker, _tmp = negotiation
    trigger(window.negotiation_menu, "Negotiation Mode")
    ctl = window.ctl
    trigger(window.view_menu, "Operative part")
    op5 = ctl.draft.operative_paragraphs()[4]
    window.operative_page.select(op5.id)
    asker.answers.update(
        {
            "Source of agreed language": ["A/RES/79/25 (OP5)"],
            "Silence procedure": ["20 November", "2025-11-20 18:00"],
            "Silence broken": ["Brazil"],
        }
    )
    trigger(window.negotiation_menu, "Source of Agreed Language")
    assert ctl.draft.negotiation.state(op5.id).source == "A/RES/79/25 (OP5)"
    trigger(window.negotiation_menu, "Start Silence Procedure")  # a date the app cannot read
    assert ctl.draft.negotiation.silence is None
    assert [t for k, t, _ in asker.shown if k == "error"] == ["Silence procedure"]
    trigger(window.negotiation_menu, "Start Silence Procedure")
    trigger(window.negotiation_menu, "Silence Broken")
    [brk] = ctl.draft.negotiation.silence.breaks
    assert (brk.delegation, brk.paragraph) == ("Brazil", op5.id)
    text = " ".join(p.text for b in compilation(ctl.draft).blocks for p in b.pieces)
    assert "Silence procedure until 20 November 2025, 18:00" in text
    assert "Silence broken by Brazil on OP5" in text and "[A/RES/79/25 (OP5)]" in text
    trigger(window.edit_menu, "Undo")  # each one undo step
    assert ctl.draft.negotiation.silence.breaks == []
