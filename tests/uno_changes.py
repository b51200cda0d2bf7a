"""Accept or reject every tracked change of documents in LibreOffice, and print their text.

Run by the system Python, which has LibreOffice's UNO bridge (Debian: python3-uno), not by
the test venv:

    /usr/bin/python3 tests/uno_changes.py FILE...

Prints one JSON object: for each file, "accept" and "reject", each with "paragraphs" (the
body's paragraphs as LibreOffice holds them after the action), "notes" (the footnotes' text)
and "changes" (how many tracked changes it saw before the action). One LibreOffice process
serves every file, in a profile of its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue

ACTIONS = {"accept": ".uno:AcceptAllTrackedChanges", "reject": ".uno:RejectAllTrackedChanges"}


def _prop(name: str, value) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def _connect(pipe: str, deadline: float):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def _text(doc) -> tuple[list[str], list[str]]:
    """The body's paragraphs; a table's rows as its cells' text parted by tabs, the form a
    tracked-changes ODT sets them in, and without the empty paragraph LibreOffice keeps
    after a table that ends the document."""
    paragraphs = []
    after_table = False
    enum = doc.Text.createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        if element.supportsService("com.sun.star.text.TextTable"):
            for r in range(element.getRows().getCount()):
                row = [
                    element.getCellByPosition(c, r).getString()
                    for c in range(element.getColumns().getCount())
                ]
                paragraphs.append("\t".join(row))
            after_table = True
        elif element.supportsService("com.sun.star.text.Paragraph"):
            paragraphs.append(element.getString())
            after_table = after_table and not paragraphs[-1]
    if after_table and paragraphs and not paragraphs[-1]:
        paragraphs.pop()
    notes = doc.getFootnotes()
    return paragraphs, [notes.getByIndex(i).getString() for i in range(notes.getCount())]


def main(files: list[str]) -> None:
    out: dict[str, dict] = {}
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
            smgr = ctx.ServiceManager
            desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
            for name in files:
                out[name] = {}
                url = uno.systemPathToFileUrl(str(Path(name).resolve()))
                for action, command in ACTIONS.items():
                    doc = desktop.loadComponentFromURL(url, "_blank", 0, (_prop("Hidden", True),))
                    changes = doc.getRedlines().createEnumeration()
                    count = 0
                    while changes.hasMoreElements():
                        changes.nextElement()
                        count += 1
                    frame = doc.getCurrentController().getFrame()
                    dispatcher.executeDispatch(frame, command, "", 0, ())
                    paragraphs, notes = _text(doc)
                    out[name][action] = {"paragraphs": paragraphs, "notes": notes, "changes": count}
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
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
