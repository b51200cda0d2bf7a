"""A record of where a text comes from, above the text (a Markdown front matter, "# Key:
value" lines), is set aside by the text reader and said in the import report, never read as
part of the masthead; a Markdown heading is not such a record."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegate_editor.app.corpus import without_record
from delegate_editor.formats.registry import read_any
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import read_text
from delegate_editor.formats.text_record import set_aside_record
from delegate_editor.model.text import plain_text

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
FILES = sorted(CORPUS.glob("*/*.md")) + sorted(CORPUS.glob("drafts/*.txt"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_corpus_file_as_stored_reads_as_the_text_without_its_record(path):
    result = read_any(path)
    plain = read_text(without_record(path.read_text(encoding="utf-8")), str(path))
    # the same draft (ids aside), but for a title the copy cut after its first line, which
    # the record's title completes, and says so (railcar's A/RES/80/2: "... of the" / "United
    # Nations: requests under Article 19 of the Charter")
    completed = [str(m) for m in result.messages if "title was cut" in str(m)]
    if completed:
        cut, whole = plain_text(plain.title), plain_text(result.draft.title)
        assert whole.startswith(cut + " ") and completed[0].endswith(f'("…{whole[len(cut) + 1 :]}")')
        plain.title = result.draft.title
    assert write_text(result.draft) == write_text(plain)
    assert str(result.messages[0]).startswith("import guess: the ")
    assert "set aside" in str(result.messages[0])


def test_front_matter_and_key_lines_are_records_and_a_heading_is_not():
    # the head of ga-80/A_RES_80_10.md and of drafts/A_80_L.11.txt
    front = '---\nsymbol: A/RES/80/10\ndate: "2025-11-26"\nlanguage: EN\n---\n\nUnited Nations\nA/RES/80/10\n'
    assert set_aside_record(front) == (
        "\nUnited Nations\nA/RES/80/10\n",
        ["---", "symbol: A/RES/80/10", 'date: "2025-11-26"', "language: EN", "---"],
    )
    keys = "# Symbol: A/80/L.11\n# Kind: draft resolution, plenary\n\nUnited Nations \nA/80/L.11\n"
    assert set_aside_record(keys)[1] == ["# Symbol: A/80/L.11", "# Kind: draft resolution, plenary"]
    heading = "# International Day of the World’s Indigenous Women and Girls\n\nThe General Assembly,\n"
    assert set_aside_record(heading) == (heading, [])
    body = "The General Assembly,\n\n---\n\nReaffirming the purposes and principles of the Charter,\n"
    assert set_aside_record(body) == (body, [])  # a rule inside the text is no front matter
    ruled = "---\nThe General Assembly,\n\nRecalling its resolution 70/1,\n\n---\n\n[^1]: Resolution 70/1.\n"
    assert set_aside_record(ruled) == (ruled, [])  # a text that starts with a rule keeps its body
