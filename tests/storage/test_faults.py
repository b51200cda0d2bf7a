"""Saving under faults: a full disk and a read-only disk give a clear error and leave the
previous file whole. Where the tests run as root (CI) they use a real small file system;
everywhere they also inject the fault under the writer."""

import errno
import os
import subprocess
from contextlib import contextmanager

import pytest

from delegate_editor.model import Draft, Preambular, rich
from delegate_editor.storage import dres
from delegate_editor.storage.atomic import SaveError

BIG = Draft(title=rich("big"), preamble=[Preambular("Recalling", rich("x" * 1000)) for _ in range(200)])


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and os.path.exists("/bin/mount")


@contextmanager
def small_fs(path, size="64k"):
    path.mkdir()
    try:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
            check=True,
            capture_output=True,
        )
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        pytest.skip(f"cannot mount a small file system here: {exc}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.mark.skipif(not _can_mount(), reason="mounting a small file system needs root (CI runs as root)")
def test_full_disk_real_filesystem(tmp_path):
    with small_fs(tmp_path / "small") as folder:
        target = folder / "draft.dres"
        dres.save(Draft(title=rich("small")), target)
        before = target.read_bytes()
        with pytest.raises(SaveError, match="the disk is full"):
            dres.save(BIG, target)
        assert target.read_bytes() == before  # the old file, whole
        assert sorted(p.name for p in folder.iterdir()) == ["draft.dres"]  # no temporary left behind


@pytest.mark.skipif(not _can_mount(), reason="remounting read-only needs root (CI runs as root)")
def test_read_only_disk_real_filesystem(tmp_path):
    with small_fs(tmp_path / "ro", "1m") as folder:
        target = folder / "draft.dres"
        dres.save(Draft(title=rich("old")), target)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        with pytest.raises(SaveError, match="read-only"):
            dres.save(Draft(title=rich("new")), target)
        assert dres.load(target).title == rich("old")


def test_full_disk_injected(tmp_path, monkeypatch):
    target = tmp_path / "draft.dres"
    dres.save(Draft(title=rich("old")), target)
    real_fsync = os.fsync

    def failing_fsync(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(SaveError, match="the disk is full"):
        dres.save(BIG, target)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert dres.load(target).title == rich("old")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.dres"]


def test_replace_failure_injected(tmp_path, monkeypatch):
    target = tmp_path / "draft.dres"
    dres.save(Draft(title=rich("old")), target)

    def failing_replace(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(SaveError, match="permission denied"):
        dres.save(BIG, target)
    assert dres.load(target).title == rich("old")
