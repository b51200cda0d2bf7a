"""A table under an operative paragraph read back: the files of other makers (LibreOffice
from HTML, python-docx, its numbers typed or Word's list numbers), our own DOCX and ODT with
and without their embedded draft, and the tracked changes of an edited table accepted and
rejected by LibreOffice. The words and rows are A/C.5/80/L.6's (``test_operative_tables``).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from docx_factory import without_embedded_docx
from office import soffice_convert
from test_odt_reader import without_embedded_odt
from test_operative_tables import HEADS, P1, P2, P3, ROWS, SHORT, assert_budget, budget, text_of
from test_tracked_changes import SYSTEM_PYTHON, UNO_SCRIPT, _require_uno

from delegate_editor.formats.docx_reader import read_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_reader import read_odt
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.storage import dres
from tests.test_cli import run

# -- reading Word and LibreOffice files -----------------------------------------------------


def _html() -> str:
    cells = "".join(f"<th>{c}</th>" for c in HEADS)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in SHORT)
    return (
        "<html><body><p>General Assembly</p><p>A/C.5/80/L.6</p><p>Fifth Committee</p>"
        "<p>Programme budget for 2026</p><p><i>The General Assembly</i>,</p>"
        f"<p><i>Resolves</i> that, for 2026:</p><p>1.&#9;{P1}</p>"
        f'<table border="1"><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>'
        f"<p>2.&#9;{P2}</p><p>3.&#9;{P3}</p></body></html>"
    )


def _python_docx(path: Path, numbered: bool) -> Path:
    """A DOCX python-docx writes: the paragraphs numbered by Word's "List Number" style, or
    with their numbers typed; a plain table, its first row marked to repeat."""
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    for line in ("General Assembly", "A/C.5/80/L.6", "Fifth Committee", "Programme budget for 2026"):
        document.add_paragraph(line)
    para = document.add_paragraph()
    para.add_run("The General Assembly").italic = True
    para.add_run(",")
    para = document.add_paragraph()
    para.add_run("Resolves").italic = True
    para.add_run(" that, for 2026:")

    def numbered_para(n: int, text: str) -> None:
        if numbered:
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(f"{n}.\t{text}")

    numbered_para(1, P1)
    table = document.add_table(rows=len(SHORT) + 1, cols=3)
    for r, row in enumerate([HEADS, *SHORT]):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    numbered_para(2, P2)
    numbered_para(3, P3)
    document.save(path)
    return path


@pytest.mark.office
def test_word_and_libreoffice_files_of_other_makers_read_as_rows_of_paragraph_1(tmp_path):
    html = tmp_path / "budget.html"
    html.write_text(_html(), "utf-8")
    made = {
        "LibreOffice DOCX": soffice_convert(html, "docx:MS Word 2007 XML", tmp_path / "docx"),
        "LibreOffice ODT": soffice_convert(html, "odt:writerweb8_writer", tmp_path / "odt"),
        "python-docx, typed numbers": _python_docx(tmp_path / "typed.docx", numbered=False),
        "python-docx, List Number": _python_docx(tmp_path / "listed.docx", numbered=True),
    }
    for maker, path in made.items():
        read = read_odt if path.suffix == ".odt" else read_docx
        result = read(path.read_bytes(), path.name)
        assert result.messages == [], maker
        assert_budget(result.draft)


def test_our_own_files_read_back_with_their_rows_and_cells():
    draft = budget()
    for write, read, bare in (
        (write_docx, read_docx, without_embedded_docx),
        (write_odt, read_odt, without_embedded_odt),
    ):
        whole = read(write(draft), "A_C.5_80_L.6")
        assert whole.messages == [] and dres.dumps(whole.draft) == dres.dumps(draft)
        foreign = read(bare(write(draft)), "A_C.5_80_L.6")  # read from the table itself
        assert foreign.messages == []
        assert_budget(foreign.draft)


# -- tracked changes ------------------------------------------------------------------------


# A delegate's correction of Part II: the subtotal carried Part I's figure, section 6 was left
# out; the new text has the corpus's figures
PART_II = ROWS[4:10]
BASE_ROWS = [r for r in PART_II if r[0] != "6"][:-1] + [["Subtotal, part II", "", "446 092 700"]]


@pytest.mark.office
def test_a_row_changed_and_one_added_are_accepted_and_rejected_by_libreoffice(tmp_path):
    _require_uno()
    assert PART_II[-1] == ["Subtotal, part II", "", "749 562 600"] and PART_II[4][0] == "6"
    (tmp_path / "base.txt").write_text(text_of(BASE_ROWS), "utf-8")
    (tmp_path / "new.txt").write_text(text_of(PART_II), "utf-8")
    for ext in ("docx", "odt"):
        done = run(
            "compare", "base.txt", "new.txt", "-o", f"tracked.{ext}", "--author", "Mexico", cwd=tmp_path
        )
        assert done.returncode == 0, done.stderr
        (tmp_path / f"base.{ext}").write_bytes(
            (write_docx if ext == "docx" else write_odt)(budget(BASE_ROWS))
        )
        (tmp_path / f"new.{ext}").write_bytes((write_docx if ext == "docx" else write_odt)(budget(PART_II)))
    # our reader of the tracked DOCX accepts the changes: the new rows
    assert_budget(read_docx((tmp_path / "tracked.docx").read_bytes(), "tracked.docx").draft, PART_II)
    names = [f"{n}.{ext}" for ext in ("docx", "odt") for n in ("tracked", "base", "new")]
    done = subprocess.run(  # a table's rows as their cells parted by tabs (uno_changes._text)
        [SYSTEM_PYTHON, str(UNO_SCRIPT), *names], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    for ext in ("docx", "odt"):
        tracked = seen[f"tracked.{ext}"]
        assert tracked["accept"]["changes"] >= 2
        accepted, rejected = tracked["accept"]["paragraphs"], tracked["reject"]["paragraphs"]
        assert accepted == seen[f"new.{ext}"]["accept"]["paragraphs"], ext
        assert rejected == seen[f"base.{ext}"]["reject"]["paragraphs"], ext
        assert "6\tPeaceful uses of outer space\t5 403 000" in accepted
        assert "Subtotal, part II\t\t749 562 600" in accepted
        assert "Subtotal, part II\t\t446 092 700" in rejected
        assert not any(p.startswith("6\t") for p in rejected)
        assert accepted.index("Subtotal, part II\t\t749 562 600") + 1 == accepted.index(f"2.\t{P2}")
