"""Edit a document in LibreOffice as a delegate would, and save it: for each OLD=NEW given,
LibreOffice's own Find & Replace changes the first OLD into NEW; the document is then saved
by LibreOffice in its own format (ODT as ODT, DOCX as Word 2007-365).

Run by the system Python, which has LibreOffice's UNO bridge (Debian: python3-uno), not by
the test venv:

    /usr/bin/python3 tests/uno_edit.py IN OUT OLD=NEW [OLD=NEW ...]

Prints the number of replacements made.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import uno
from uno_changes import _connect, _prop

FILTERS = {".odt": "writer8", ".docx": "MS Word 2007 XML"}


def main(src: str, dst: str, edits: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="lo-uno-") as profile:
        pipe = f"de{uuid.uuid4().hex}"
        office = subprocess.Popen(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                f"--accept=pipe,name={pipe};urp;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            ctx = _connect(pipe, time.monotonic() + 60)
            desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            url = uno.systemPathToFileUrl(str(Path(src).resolve()))
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (_prop("Hidden", True),))
            done = 0
            for edit in edits:
                old, _, new = edit.partition("=")
                search = doc.createSearchDescriptor()
                search.SearchString = old
                found = doc.findFirst(search)
                if found is not None:
                    found.setString(new)
                    done += 1
            out = uno.systemPathToFileUrl(str(Path(dst).resolve()))
            doc.storeToURL(out, (_prop("FilterName", FILTERS[Path(dst).suffix.lower()]),))
            doc.close(True)
            try:
                desktop.terminate()
            except Exception:  # the bridge closes as LibreOffice exits
                pass
        finally:
            try:
                office.wait(timeout=30)
            except subprocess.TimeoutExpired:
                office.kill()
    print(done)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
