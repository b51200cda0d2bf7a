"""Real clients for the tests: LibreOffice, poppler-utils and pandoc.

Each test that needs one calls :func:`require`; it skips only when the tool is missing on a
developer's machine, and fails when ``CI`` is set, because CI installs them all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

TOOLS = {
    "soffice": "libreoffice-writer-nogui",
    "pdftotext": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdftocairo": "poppler-utils",
    "pandoc": "pandoc",
}


def require(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    message = "missing " + ", ".join(f"{t} ({TOOLS.get(t, t)})" for t in missing)
    if os.environ.get("CI"):
        pytest.fail(message + ": CI must install it")
    pytest.skip(message)


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    """Convert with LibreOffice in a profile of its own (parallel runs collide on a shared
    profile) and return the output path. ``fmt`` is e.g. "pdf", "docx", "odt"."""
    require("soffice")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                fmt,
                "--outdir",
                str(outdir),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    out = outdir / (src.stem + "." + fmt.split(":")[0])
    assert out.exists(), f"LibreOffice did not write {out}"
    return out


def pdftotext(pdf: Path, *args: str) -> str:
    require("pdftotext")
    return subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(pdf: Path, layout: bool = True) -> list[str]:
    """The text of each page (form feeds separate pages)."""
    text = pdftotext(pdf, "-layout") if layout else pdftotext(pdf)
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdfinfo(pdf: Path) -> dict[str, str]:
    require("pdfinfo")
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def pdffonts(pdf: Path) -> str:
    require("pdffonts")
    return subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout


def pandoc_markdown(src: Path) -> str:
    require("pandoc")
    return subprocess.run(
        ["pandoc", "-t", "markdown", "--wrap=none", str(src)], check=True, capture_output=True, text=True
    ).stdout
