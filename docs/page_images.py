"""Render the bundled example's pages to the PNG pictures in docs/images/.

The DOCX and ODT go through LibreOffice (as a co-sponsor would open them), the PDF is the
app's own typeset export; every page is turned into a 60 dpi PNG with poppler's pdftoppm.
Run from the repository root: ``python docs/page_images.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from delegate_editor.formats.registry import export_bytes  # noqa: E402
from delegate_editor.resources import resource  # noqa: E402
from delegate_editor.storage import dres  # noqa: E402

OUT = ROOT / "docs" / "images"


def main() -> None:
    draft = dres.load(resource("examples", "cybercrime.dres"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for ext in ("docx", "odt", "pdf"):
            path = work / f"example-{ext}.{ext}"
            path.write_bytes(export_bytes(draft, path))
            pdf = path
            if ext != "pdf":
                subprocess.run(
                    [
                        "soffice",
                        f"-env:UserInstallation=file://{work}/profile",
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        str(work / ext),
                        str(path),
                    ],
                    check=True,
                    capture_output=True,
                    timeout=180,
                )
                pdf = work / ext / f"example-{ext}.pdf"
            prefix = work / f"{ext}-page"
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(prefix)], check=True)
            for n, png in enumerate(sorted(work.glob(f"{ext}-page-*.png")), start=1):
                target = OUT / f"{ext}-page{n}.png"
                shutil.copy(png, target)
                print(target.relative_to(ROOT))


if __name__ == "__main__":
    main()
