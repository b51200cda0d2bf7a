"""Real UN texts sent and received back: each corpus text as the app's DOCX and ODT, re-saved
by LibreOffice as a co-sponsor's office suite would save it, and read back by the app.

    python bench/office_roundtrip.py [FOLDER or FILE ...]   # default tests/data/corpus

For each text: imported, exported as DOCX and ODT, each file converted by LibreOffice to its
own format (``soffice --convert-to docx`` / ``odt``: LibreOffice reads it and writes it anew,
as it does when a co-sponsor opens and saves it), and read back. A text comes back whole when
the draft read back writes the same text form as the draft sent (every word, label, opening,
note and mark) and the import reports no change "in another program". One line per text
that does not, then a summary. Without LibreOffice it says so and exits 2.

``tests/formats/test_corpus_formats.py`` runs the same round trip without LibreOffice on
every text in CI; ``tests/formats/test_reimport_libreoffice.py`` runs this one on a few.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import DEFAULT, files  # noqa: E402
from bench.page_parity import soffice_pdfs  # noqa: E402
from delegate_editor.app.corpus import without_record  # noqa: E402
from delegate_editor.formats import registry  # noqa: E402
from delegate_editor.formats.text import write_text  # noqa: E402
from delegate_editor.formats.text_import import parse_text  # noqa: E402

FILTERS = {"docx": "docx:MS Word 2007 XML", "odt": "odt"}


def main(argv: list[str]) -> int:
    if shutil.which("soffice") is None:
        print("office_roundtrip: LibreOffice (soffice) is not installed", file=sys.stderr)
        return 2
    paths = files([Path(a) for a in argv] or [DEFAULT])
    sent = {p: parse_text(without_record(p.read_text("utf-8")), p.name) for p in paths}
    bad = 0
    with tempfile.TemporaryDirectory(prefix="office-roundtrip-") as tmp:
        for ext, fmt in FILTERS.items():
            out = Path(tmp) / ext
            out.mkdir()
            exported = []
            for p, draft in sent.items():
                f = out / f"{p.parent.name}__{p.stem}.{ext}"
                f.write_bytes(registry.export_bytes(draft, f))
                exported.append(f)
            resaved = soffice_pdfs(exported, Path(tmp) / f"{ext}-resaved", fmt)
            for p, f in zip(sent, exported, strict=True):
                problem = _problem(sent[p], resaved[f])
                if problem:
                    bad += 1
                    print(f"{p.parent.name}/{p.name} {ext}: {problem}")
    total = 2 * len(paths)
    print(f"{len(paths)} texts, {total - bad} of {total} files come back whole through LibreOffice")
    return 0


def _problem(draft, resaved: Path) -> str:
    if not resaved.exists():
        return "LibreOffice wrote no file"
    result = registry.read_any(resaved)
    changed = [m for m in result.messages if "in another program" in m]
    if changed:
        return "; ".join(changed[:3])
    if write_text(result.draft) != write_text(draft):
        return "the draft read back differs from the one sent"
    return ""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
