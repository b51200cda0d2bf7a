"""Format versions of the .dres file.

Files written by each format are frozen here (``data/v{N}-*.dres``) and must open in every
later version of the app: ``MIGRATIONS[N]`` carries them forward (format 2 added the base text
and the versions, which ``v2-rich`` holds), and the rules below make sure no version is left without its step and its
frozen files. Files of a newer format are refused with a message saying to update.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delegate_editor.errors import InputError
from delegate_editor.formats.text import write_text_bytes
from delegate_editor.storage import dres
from tests.reliability.drafts import example, rich_draft

DATA = Path(__file__).with_name("data")
FROZEN = sorted(DATA.glob("v*-*.dres"))


def _version(path: Path) -> int:
    return int(path.name[1:].split("-", 1)[0])


def test_every_format_version_has_frozen_files_and_a_migration_step():
    versions = {_version(p) for p in FROZEN}
    assert versions == set(range(1, dres.FORMAT_VERSION + 1))
    assert set(dres.MIGRATIONS) == set(range(1, dres.FORMAT_VERSION))


@pytest.mark.parametrize("path", FROZEN, ids=lambda p: p.name)
def test_frozen_files_of_every_version_open(path):
    raw = path.read_bytes()
    assert json.loads(raw)["format_version"] == _version(path)
    draft = dres.load(path)
    expected = {"example": example, "rich": rich_draft}[path.stem.split("-", 1)[1]]()
    if _version(path) == dres.FORMAT_VERSION:  # today's format: the same document (its ids
        assert write_text_bytes(draft) == write_text_bytes(expected)  # are made afresh)
    assert dres.loads(dres.dumps(draft)) == draft  # and it saves in today's format


@pytest.mark.parametrize("version", [dres.FORMAT_VERSION + 1, dres.FORMAT_VERSION + 100, 10**30])
def test_newer_versions_are_refused_with_a_message(version, tmp_path):
    data = json.loads(dres.dumps(rich_draft()))
    data["format_version"] = version
    path = tmp_path / "from-the-future.dres"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InputError) as info:
        dres.load(path)
    message = str(info.value)
    assert "newer Delegate Editor" in message and "update" in message and "\n" not in message
    assert str(path) in message


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, True, None, [1]])
def test_invalid_versions_are_refused(version):
    data = json.loads(dres.dumps(rich_draft()))
    data["format_version"] = version
    with pytest.raises(InputError, match="which version of the file format"):
        dres.loads(json.dumps(data).encode(), "odd.dres")
