"""Issue 18's scenario with real files: a zero draft made from A/RES/80/15 (Treaty of
Tlatelolco) is exported; three delegations return edited copies (the EU by editing Word's
XML, Mexico an ODT's, Chile in LibreOffice itself through its UNO bridge, which saves the
DOCX again); the compilation shows every change
with its author; accepting some and rejecting others gives the expected clean text; the
compilation DOCX and ODT render in LibreOffice with the bold, strike-through and brackets
in place, checked on the rendered pages."""

from __future__ import annotations

import copy
import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from corpus_drafts import adopted
from office import require, soffice_convert

from delegate_editor.cli import main
from delegate_editor.formats.compilation import clean, compilation, compilation_bytes
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.model.negotiation import ProposalKind, ProposalStatus, labels, paragraph_text
from delegate_editor.model.proposals import accept, decide
from delegate_editor.model.versions import as_new_draft
from delegate_editor.storage.dres import dumps, load

OP2 = "Notes with satisfaction"
NEW_OP = "Calls upon all States to support the Agency in its work;"


def _rezip(raw: bytes, part: str, edit) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, edit(data.decode("utf-8")).encode("utf-8") if info.filename == part else data)
    return out.getvalue()


def _replace(xml: str, old: str, new: str) -> str:
    assert old in xml, old
    return xml.replace(old, new, 1)


def _eu(xml: str) -> str:
    """Word's XML edited: OP1 "all sovereign States" → "all States"."""
    return _replace(xml, "all sovereign States", "all States")


def _paragraph_end(xml: str, start: int) -> int:
    """Where the text:p opening at ``start`` closes (its footnotes hold paragraphs too)."""
    depth = 0
    for m in re.finditer(r"<text:p[ >]|</text:p>", xml[start:]):
        depth += -1 if m.group(0) == "</text:p>" else 1
        if depth == 0:
            return start + m.end()
    raise AssertionError("paragraph not closed")


def _mexico(xml: str) -> str:
    """An ODT edited: words replaced in OP3, a paragraph added after OP2, OP4 deleted."""
    xml = _replace(xml, "memorandums of understanding", "arrangements")
    start = re.search(r"<text:p [^>]*>4\.<text:tab/>", xml)
    assert start is not None
    end = _paragraph_end(xml, start.start())
    assert "Additional Protocols I and II" in xml[start.start() : end]
    xml = xml[: start.start()] + xml[end:]
    op2 = re.search(r'<text:p text:style-name="Operative_20_Paragraph">2\.<text:tab/>.*?</text:p>', xml)
    assert op2 is not None
    added = (
        '<text:p text:style-name="Operative_20_Paragraph">3.<text:tab/>'
        '<text:span text:style-name="Emphasis">Calls upon</text:span> all States to support the Agency'
        " in its work;</text:p>"
    )
    return xml[: op2.end()] + added + xml[op2.end() :]


UNO_EDIT = Path(__file__).resolve().parent.parent / "uno_edit.py"


def _chile(src: Path, dst: Path) -> None:
    """OP1 "all sovereign States" → "all independent States" (the EU's words too), typed
    in LibreOffice (its Find & Replace through UNO), which saves the DOCX again."""
    require("soffice")
    if subprocess.run(["/usr/bin/python3", "-c", "import uno"], capture_output=True).returncode:
        pytest.skip("LibreOffice's Python bridge (python3-uno) is not installed")
    done = subprocess.run(
        [
            "/usr/bin/python3",
            str(UNO_EDIT),
            str(src),
            str(dst),
            "all sovereign States=all independent States",
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=UNO_EDIT.parent,
    )
    assert done.stdout.strip() == "1"


@pytest.fixture(scope="module")
def scenario(corpus_dir, tmp_path_factory):
    require("soffice")
    tmp = tmp_path_factory.mktemp("negotiation")
    zero = as_new_draft(adopted(corpus_dir, "A_RES_80_15"))
    (tmp / "sent.dres").write_bytes(dumps(zero))
    docx, odt = write_docx(zero), write_odt(zero)
    (tmp / "eu.docx").write_bytes(_rezip(docx, "word/document.xml", _eu))
    (tmp / "mexico.odt").write_bytes(_rezip(odt, "content.xml", _mexico))
    (tmp / "sent.docx").write_bytes(docx)
    chile = tmp / "chile.docx"
    _chile(tmp / "sent.docx", chile)
    out = tmp / "negotiated.dres"
    copies = ["--copy", f"EU={tmp / 'eu.docx'}", "--copy", f"Mexico={tmp / 'mexico.odt'}"]
    copies += ["--copy", f"Chile={chile}"]
    assert main(["negotiate", str(tmp / "sent.dres"), *copies, "-o", str(out)]) == 0
    return tmp, zero, load(out)


def _by(draft, author: str, kind: ProposalKind):
    return [p for p in draft.negotiation.proposals if author in p.authors and p.kind is kind]


def test_every_change_is_a_proposal_by_its_author(scenario):
    _tmp, zero, draft = scenario
    ops = zero.operative_paragraphs()
    got = labels(draft)
    (eu,) = _by(draft, "EU", ProposalKind.WORDS)
    (chile_words,) = _by(draft, "Chile", ProposalKind.WORDS)
    assert got[eu.target] == got[chile_words.target] == "OP1"
    assert eu.proposed_text().endswith("in force for all States of the region;")
    assert chile_words.proposed_text().endswith("all independent States of the region;")
    (gone,) = _by(draft, "Mexico", ProposalKind.DELETE_PARAGRAPH)
    assert gone.target == ops[3].id
    (mex_words,) = _by(draft, "Mexico", ProposalKind.WORDS)
    assert got[mex_words.target] == "OP3" and "signed between" in mex_words.proposed_text()
    assert "cooperation agreements and arrangements signed" in mex_words.proposed_text()
    (new,) = _by(draft, "Mexico", ProposalKind.NEW_PARAGRAPH)
    assert (new.opening, got[new.new_id]) == ("Calls upon", "OP2bis")
    assert len(draft.negotiation.proposals) == 5


def _shown(rendered) -> str:
    """The compilation's text with its marks: ~struck~ and *bold*."""
    out = []
    for block in rendered.blocks:
        for piece in block.pieces:
            change = getattr(piece, "change", "")
            out.append(f"~{piece.text}~" if change == "del" else f"*{piece.text}*" if change else piece.text)
        out.append("\n")
    return re.sub(r"~~|\*\*", "", "".join(out))


def test_the_compilation_shows_each_change_with_its_author(scenario):
    _tmp, _zero, draft = scenario
    text = _shown(compilation(draft))
    # two delegations on the same words: side by side, each in brackets with its authors
    assert "*OP1 *Welcomes" in text
    assert (
        "in force for all [~sovereign~ (EU)] [~sovereign~*independent* (Chile)] States of the region;" in text
    )
    assert "*OP2bis *[*Calls upon all States to support the Agency in its work;* (Mexico)]" in text
    assert "agreements and [~memorandums of understanding~*arrangements* (Mexico)]" in text
    assert "*OP4 *[Encourages once again" in text and "* (delete: Mexico)*" in text
    assert "*Open paragraphs*" in text


def test_accepting_and_rejecting_gives_the_clean_text(scenario, tmp_path):
    _tmp, zero, draft = scenario
    draft = copy.deepcopy(draft)  # the other tests see the proposals pending
    eu = _by(draft, "EU", ProposalKind.WORDS)[0]
    chile = _by(draft, "Chile", ProposalKind.WORDS)[0]
    assert accept(draft, eu.id) == [chile]  # the same words: Chile's now collides, and says so
    accept(draft, _by(draft, "Mexico", ProposalKind.NEW_PARAGRAPH)[0].id)
    decide(draft, _by(draft, "Mexico", ProposalKind.WORDS)[0].id, ProposalStatus.REJECTED)
    decide(draft, chile.id, ProposalStatus.REJECTED)
    decide(draft, _by(draft, "Mexico", ProposalKind.DELETE_PARAGRAPH)[0].id, ProposalStatus.REJECTED)
    (tmp_path / "decided.dres").write_bytes(dumps(draft))
    assert (
        main(["export", str(tmp_path / "decided.dres"), "--clean", "-o", str(tmp_path / "clean.dres")]) == 0
    )
    done = load(tmp_path / "clean.dres")
    assert done.negotiation is None
    expected = [paragraph_text(p) for p in zero.operative_paragraphs()]
    expected[0] = expected[0].replace("all sovereign States", "all States")
    expected.insert(2, NEW_OP)
    assert [paragraph_text(p) for p in done.operative_paragraphs()] == expected
    assert [paragraph_text(p) for p in done.preamble] == [paragraph_text(p) for p in zero.preamble]
    assert paragraph_text(clean(draft).operative_paragraphs()[2]) == NEW_OP


def _bold_words(pdf: Path) -> list[str]:
    """The text LibreOffice set in a bold font: poppler's pdftohtml marks it <b> (from the
    font, LiberationSerif-Bold, that ``pdffonts`` lists)."""
    require("pdftohtml")
    xml = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-stdout", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    return [re.sub(r"<[^>]+>", "", m) for m in re.findall(r"<b>(.*?)</b>", xml)]


def _struck(pdf: Path, word: str) -> bool:
    """Whether a line is drawn through ``word`` on the rendered page: a row of dark pixels
    across the middle of its box (pdftoppm's greyscale page)."""
    from pdfwords import words

    hit = next(w for w in words(pdf) if w.text.strip("[]~") == word)
    dpi = 144
    raw = subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(hit.page), "-l", str(hit.page), str(pdf)],
        check=True,
        capture_output=True,
    ).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", raw)
    assert header is not None
    width, offset = int(header.group(1)), header.end()
    scale = dpi / 72
    x0, x1 = int(hit.x0 * scale) + 1, int(hit.x1 * scale) - 1
    rows = range(int(hit.y0 * scale), int(hit.y1 * scale) + 1)

    def dark(y: int) -> float:
        line = raw[offset + y * width + x0 : offset + y * width + x1]
        return sum(1 for px in line if px < 128) / max(1, len(line))

    middle = [dark(y) for y in rows][len(rows) // 4 : 3 * len(rows) // 4 + 1]
    return max(middle) > 0.9


@pytest.mark.parametrize("ext", [".docx", ".odt"])
def test_the_compilation_renders_in_libreoffice_with_its_marks(scenario, ext):
    tmp, _zero, draft = scenario
    src = tmp / f"compilation{ext}"
    src.write_bytes(compilation_bytes(draft, ext))
    pdf = soffice_convert(src, "pdf", tmp / f"pdf{ext[1:]}")
    from office import pdftotext

    text = " ".join(pdftotext(pdf).split())
    assert "(EU)]" in text and "(Chile)]" in text and "(Mexico)]" in text
    assert "[Calls upon all States to support the Agency in its work; (Mexico)]" in text
    bold = _bold_words(pdf)
    for word in ("OP1", "OP2bis", "arrangements", "independent"):
        assert any(word in b for b in bold), (word, bold[:40])
    assert not any("memorandums" in b for b in bold)
    assert _struck(pdf, "memorandums") and not _struck(pdf, "cooperation")
