"""Our ODT carries the draft in meta.xml too, because LibreOffice drops the package's extra
file when it saves: a copy a delegation edited and saved in LibreOffice still knows its
paragraphs' ids (A/RES/80/15 edited by LibreOffice's own Find & Replace, through UNO)."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest
from corpus_drafts import adopted
from office import require

from delegate_editor.formats import embed
from delegate_editor.formats.negotiate import negotiate
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.registry import read_any
from delegate_editor.model.versions import as_new_draft

UNO_EDIT = Path(__file__).resolve().parent.parent / "uno_edit.py"


def test_the_ids_survive_an_edit_saved_by_libreoffice(corpus_dir, tmp_path):
    require("soffice")
    if subprocess.run(["/usr/bin/python3", "-c", "import uno"], capture_output=True).returncode:
        pytest.skip("LibreOffice's Python bridge (python3-uno) is not installed")
    sent = as_new_draft(adopted(corpus_dir, "A_RES_80_15"))
    (tmp_path / "sent.odt").write_bytes(write_odt(sent))
    subprocess.run(
        [
            "/usr/bin/python3",
            str(UNO_EDIT),
            "sent.odt",
            "back.odt",
            "memorandums of understanding=arrangements",
        ],
        check=True,
        capture_output=True,
        timeout=180,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(UNO_EDIT.parent), "HOME": str(tmp_path)},
    )
    with zipfile.ZipFile(tmp_path / "back.odt") as z:
        assert embed.ODT_FILE not in z.namelist()  # LibreOffice dropped the extra file
        assert embed.ODT_META_NAME.encode() in z.read("meta.xml")
    result = read_any(tmp_path / "back.odt")
    assert result.messages == ["operative paragraph 3 was changed in another program"]
    back = result.draft
    assert [p.id for p in back.preamble] == [p.id for p in sent.preamble]
    assert [p.id for p in back.operative_paragraphs()] == [p.id for p in sent.operative_paragraphs()]
    _draft, outcome = negotiate(sent, [("Chile", back)])
    (proposal,) = outcome.added
    assert proposal.target == sent.operative_paragraphs()[2].id
    assert "cooperation agreements and arrangements signed" in proposal.proposed_text()


def test_a_damaged_or_hostile_meta_is_no_payload():
    assert embed.odt_meta_payload(None) is None
    assert embed.odt_meta_payload(b"<office:document-meta") is None
    hostile = b'<!DOCTYPE x [<!ENTITY e "delegate-editor-draft">]><x>&e;</x>'
    assert embed.odt_meta_payload(hostile) is None
