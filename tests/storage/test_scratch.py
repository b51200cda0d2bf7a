"""Scratch folders left by a killed process are removed by the next one, and only those."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from delegate_editor.storage.scratch import remove_left_behind, scratch_folder

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the sweep needs os.kill(pid, 0)")

MAKES_A_FOLDER_AND_WAITS = (
    "import sys, time\n"
    "from delegate_editor.storage.scratch import scratch_folder\n"
    "print(scratch_folder('pages'), flush=True)\n"
    "time.sleep(60)\n"
)


def _killed_process_folder(tmp_path: Path) -> Path:
    """A scratch folder made by a real process that was then killed with SIGKILL (no atexit)."""
    env = dict(os.environ, TMPDIR=str(tmp_path))
    child = subprocess.Popen(
        [sys.executable, "-c", MAKES_A_FOLDER_AND_WAITS], stdout=subprocess.PIPE, text=True, env=env
    )
    folder = Path(child.stdout.readline().strip())
    (folder / "page.svg").write_text("<svg/>")
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    return folder


def test_the_folder_of_a_killed_process_goes_and_a_living_ones_stays(tmp_path):
    left = _killed_process_folder(tmp_path)
    living = tmp_path / f"delegate-editor-pages-{os.getppid()}-abc"  # our parent runs
    living.mkdir()
    ours = tmp_path / f"delegate-editor-pages-{os.getpid()}-def"
    ours.mkdir()
    other_kind = tmp_path / f"delegate-editor-typst-{left.name.split('-')[3]}-ghi"
    other_kind.mkdir()
    not_ours = tmp_path / "delegate-editor-pages-notes"  # no process id: not one of ours
    not_ours.mkdir()

    assert remove_left_behind("pages", tmp_path) == [left]
    assert not left.exists()
    assert living.is_dir() and ours.is_dir() and other_kind.is_dir() and not_ours.is_dir()


def test_a_link_or_a_file_with_a_dead_process_name_is_not_touched(tmp_path):
    left = _killed_process_folder(tmp_path)
    dead = int(left.name.split("-")[3])
    target = tmp_path / "kept"
    target.mkdir()
    (target / "precious.txt").write_text("a delegate's file")
    (tmp_path / f"delegate-editor-pages-{dead}-link").symlink_to(target)
    (tmp_path / f"delegate-editor-pages-{dead}-file").write_text("x")

    assert remove_left_behind("pages", tmp_path) == [left]  # the killed process's own folder
    assert (target / "precious.txt").read_text() == "a delegate's file"
    assert (tmp_path / f"delegate-editor-pages-{dead}-file").is_file()


def test_making_a_folder_sweeps_first_and_names_it_with_this_process(tmp_path, monkeypatch):
    left = _killed_process_folder(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made = scratch_folder("pages")
    assert made.is_dir() and made.parent == tmp_path
    assert made.name.startswith(f"delegate-editor-pages-{os.getpid()}-")
    assert not left.exists()
