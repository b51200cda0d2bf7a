"""How the UN's Word fills a justified line (bench/line_fit.py), pinned on one real line.

A/80/L.21 sets "Sustainable Development Goals and targets, and its commitment to working
tirelessly" on one line of its first preambular paragraph. In the body style at full
spaces that line is wider than the measure: the UN's Word narrowed its spaces to hold
"tirelessly", as Word 2013's justification does, which is why the DOCX declares that layout
(``docx_xml.set_compatibility_mode``; test_docx_writer.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.line_fit import full_lines, main, measure_width, width

DRAFTS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "drafts"
LINE = "Sustainable Development Goals and targets, and its commitment to working tirelessly"


@pytest.fixture(scope="module")
def l21() -> list[tuple[str, str]]:
    return full_lines((DRAFTS / "A_80_L.21.txt").read_text(encoding="utf-8"))


def test_full_lines_are_the_bodys_inner_lines_with_the_next_word(l21):
    assert (LINE, "for") in l21
    # a paragraph's first line is left out (its indent and italics differ) ...
    assert not any(line.startswith("Reaffirming its resolution 70/1") for line, _ in l21)
    # ... and so is the masthead and the sponsors' list above "The General Assembly,"
    assert not any("Mediterranean Diet" == line for line, _ in l21)
    assert all(len(line.split()) >= 6 for line, _ in l21)


def test_the_uns_line_fits_only_with_narrowed_spaces():
    measure = measure_width()
    assert measure == pytest.approx(365.3, abs=0.05)  # 7306 twips: 8.5 in less margins and indents
    assert width(LINE, 1.0) > measure  # Word 2010's justification (and LibreOffice 7.4) cannot
    assert width(LINE, 0.8) <= measure  # spaces at four fifths hold it ...
    assert width(LINE + " for", 0.8) > measure  # ... and not one word more


def test_the_command_prints_a_row_per_share(capsys):
    assert main([str(DRAFTS)]) == 0
    out = capsys.readouterr().out
    assert "| 100% |" in out and "| 80% |" in out and "full lines of the UN's body text" in out
