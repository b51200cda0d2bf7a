"""``delegate-editor serve`` and ``invite`` on the command line: bad input is one line and
exit status 2, never a traceback (a port in use, an unreadable certificate, an unwritable
data folder ...); an invitation is printed for a shared draft, its secret kept in the room."""

from __future__ import annotations

import re
import socket
import subprocess
import sys

import pytest

from delegate_editor.cli import main
from delegate_editor.storage import dres
from delegate_editor.sync.log import shared_of
from delegate_editor.sync.rooms import Room
from delegate_editor.sync.shared import SharedDraft
from tests.sync.processes import ROOT, Process, env


@pytest.fixture
def draft(tmp_path, l13):
    path = tmp_path / "l13.dres"
    dres.save(l13, path)
    return path


def _one_line(capsys, *words):
    out = capsys.readouterr()
    assert out.err.count("\n") == 1 and "Traceback" not in out.err, out.err
    for word in words:
        assert word in out.err
    return out


def test_invite_shares_a_draft_and_prints_one_time_invitations(tmp_path, draft, capsys):
    data = tmp_path / "rooms"
    assert main(["invite", str(draft), "--room", "l13", "--data", str(data), "--penholder", "Mexico"]) == 0
    first = capsys.readouterr().out.strip()
    assert main(["invite", str(draft), "--room", "l13", "--data", str(data)]) == 0
    second = capsys.readouterr().out.strip()
    assert first.startswith("dei1.l13.") and second.startswith("dei1.l13.") and first != second
    room = Room(data, "l13")
    assert (room.folder / "secret").stat().st_mode & 0o077 == 0  # the secret: the owner's alone
    shared = shared_of(dres.load(draft))
    assert shared.penholder == "Mexico" and room.store.is_file()
    credential = room.redeem(first)
    assert room.check_credential(credential)


def test_invite_refusals_are_one_line(tmp_path, draft, l13, capsys):
    data = str(tmp_path / "rooms")
    assert main(["invite", str(draft), "--room", "l13", "--data", data]) == 2
    _one_line(capsys, "not shared", "--penholder")
    assert main(["invite", str(draft), "--room", "../up", "--data", data, "--penholder", "Mexico"]) == 2
    _one_line(capsys, "not a room name")
    assert main(["invite", str(draft), "--room", "l13", "--data", data, "--penholder", "Mexico"]) == 0
    capsys.readouterr()
    other = tmp_path / "other.dres"
    l13.sync = None
    dres.save(l13, other)
    assert main(["invite", str(other), "--room", "l13", "--data", data, "--penholder", "Brazil"]) == 2
    _one_line(capsys, "another group")


def test_serve_refusals_are_one_line_and_exit_2(tmp_path, capsys):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    assert main(["serve", "--port", "0", "--data", str(blocker / "rooms")]) == 2
    _one_line(capsys, "data folder cannot be written")
    data = str(tmp_path / "rooms")
    assert main(["serve", "--port", "0", "--data", data, "--cert", str(tmp_path / "missing.pem")]) == 2
    _one_line(capsys, "--cert and --key")
    garbage = tmp_path / "cert.pem"
    garbage.write_text("-----BEGIN CERTIFICATE-----\nnot one\n-----END CERTIFICATE-----\n")
    for cert in (garbage, tmp_path / "missing.pem"):
        assert main(["serve", "--port", "0", "--data", data, "--cert", str(cert), "--key", str(garbage)]) == 2
        _one_line(capsys, str(cert), "cannot be used")
    assert main(["serve", "--port", "70000", "--data", data]) == 2
    _one_line(capsys, "0 to 65535")


def test_serve_on_a_port_in_use_is_one_line_from_a_real_process(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "delegate_editor", "serve", "--port", str(port), "--data", str(tmp_path)],
            cwd=ROOT,
            env=env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"127.0.0.1:{port}: cannot listen there" in done.stderr


def test_a_room_token_opens_only_its_room(tmp_path):
    a, b = Room(tmp_path, "a"), Room(tmp_path, "b")
    a.create()
    b.create()
    credential = a.redeem(a.invitation())
    assert a.check_credential(credential)
    for room, token in ((b, credential), (b, b.invitation()), (a, credential.replace("dem1", "dei1"))):
        with pytest.raises(Exception, match="not|wrong"):
            room.check_credential(token)
    assert SharedDraft().group == ""  # nothing of a room's secret reaches the shared Doc


def test_revoke_by_name_or_token_and_its_refusals_are_one_line(tmp_path, draft, capsys):
    data = str(tmp_path / "rooms")
    assert main(["revoke", "EU", "--room", "l13", "--data", data]) == 2
    _one_line(capsys, "no room 'l13'")
    args = ["invite", str(draft), "--room", "l13", "--data", data]
    assert main([*args, "--penholder", "Mexico", "--member", "EU"]) == 0
    eu = capsys.readouterr().out.strip()
    assert main([*args, "--member", "EU"]) == 2
    _one_line(capsys, "already has a member named 'EU'")
    assert main([*args, "--member", "  "]) == 2
    _one_line(capsys, "cannot be empty")
    assert main(args) == 0
    unnamed = capsys.readouterr().out.strip()
    room = Room(tmp_path / "rooms", "l13")
    credential = room.redeem(unnamed)

    assert main(["revoke", "Brazil", "--room", "l13", "--data", data]) == 2
    _one_line(capsys, "no member named 'Brazil'")
    assert main(["revoke", "EU", "--room", "l13", "--data", data]) == 0
    assert "EU: revoked" in capsys.readouterr().err
    assert main(["revoke", "EU", "--room", "l13", "--data", data]) == 2
    _one_line(capsys, "already revoked")
    with pytest.raises(Exception, match="revoked"):
        room.redeem(eu)  # revoked before it was used: never exchanged
    assert room.check_credential(credential)
    assert main(["revoke", credential, "--room", "l13", "--data", data]) == 0  # by its token
    assert credential not in capsys.readouterr().err  # the secret is not echoed
    with pytest.raises(Exception, match="revoked"):
        room.check_credential(credential)
    assert main(["revoke", credential.replace("l13", "other"), "--room", "l13", "--data", data]) == 2
    _one_line(capsys, "for room 'other'")
    assert len((room.folder / "revoked").read_text().split()) == 2


NBSP = "\u00a0"


@pytest.fixture
def french(monkeypatch):
    """The locale of a French-speaking penholder: the command line answers in French."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")


def _refusal(capsys) -> str:
    return _one_line(capsys).err.removeprefix("delegate-editor: ").removesuffix("\n")


def test_invite_and_revoke_answer_in_the_locales_language(tmp_path, draft, french, capsys):
    """Issue 20: invite's and revoke's lines and refusals in French, the English words only
    where they are names (rooms, members, options)."""
    data = str(tmp_path / "rooms")
    args = ["invite", str(draft), "--room", "l13", "--data", data]
    assert main(["revoke", "EU", "--room", "l13", "--data", data]) == 2
    assert _refusal(capsys) == f"il n’y a pas de salle «{NBSP}l13{NBSP}» dans {data}"
    assert main(args) == 2
    assert _refusal(capsys) == (
        f"{draft}{NBSP}: n’est pas partagé avec un groupe de corédaction (indiquer --penholder NOM)"
    )
    assert main(["invite", str(draft), "--room", "../up", "--data", data, "--penholder", "Mexique"]) == 2
    assert _refusal(capsys).startswith(f"«{NBSP}../up{NBSP}» n’est pas un nom de salle (1 à 64 lettres")
    assert main([*args, "--penholder", "Mexique", "--member", "UE"]) == 0
    out = capsys.readouterr()
    assert out.err == f"{draft}{NBSP}: partagé avec un nouveau groupe, porte-plume{NBSP}: Mexique\n"
    assert out.out.startswith("dei1.l13.")
    assert main([*args, "--member", "UE"]) == 2
    assert (
        _refusal(capsys)
        == f"--member{NBSP}: la salle «{NBSP}l13{NBSP}» a déjà un membre nommé «{NBSP}UE{NBSP}»"
    )
    assert main([*args, "--member", "  "]) == 2
    assert _refusal(capsys) == f"--member{NBSP}: le nom d’un membre ne peut pas être vide"
    assert main(["revoke", "Brésil", "--room", "l13", "--data", data]) == 2
    assert _refusal(capsys).startswith(
        f"la salle «{NBSP}l13{NBSP}» n’a pas de membre nommé «{NBSP}Brésil{NBSP}»"
    )
    assert main(["revoke", "UE", "--room", "l13", "--data", data]) == 0
    assert capsys.readouterr().err == f"UE{NBSP}: accès à la salle «{NBSP}l13{NBSP}» révoqué\n"
    assert main(["revoke", "UE", "--room", "l13", "--data", data]) == 2
    assert _refusal(capsys) == f"«{NBSP}UE{NBSP}» est déjà révoqué"
    assert main(args) == 0
    credential = Room(tmp_path / "rooms", "l13").redeem(capsys.readouterr().out.strip())
    assert main(["revoke", credential, "--room", "l13", "--data", data]) == 0
    said = capsys.readouterr().err
    assert said.startswith("le membre du jeton d’identifiant ") and credential not in said


def test_serve_refusals_answer_in_the_locales_language(tmp_path, french, capsys):
    data = str(tmp_path / "rooms")
    assert main(["serve", "--port", "70000", "--data", data]) == 2
    assert _refusal(capsys) == f"--port 70000{NBSP}: un port est un nombre de 0 à 65535"
    assert main(["serve", "--port", "0", "--data", data, "--cert", str(tmp_path / "c.pem")]) == 2
    assert _refusal(capsys) == f"serve{NBSP}: --cert et --key vont ensemble (un certificat et sa clé privée)"
    missing = tmp_path / "missing.pem"
    assert main(["serve", "--port", "0", "--data", data, "--cert", str(missing), "--key", str(missing)]) == 2
    assert _refusal(capsys).startswith(
        f"{missing}{NBSP}: le certificat ou sa clé ({missing}) est inutilisable ("
    )
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    assert main(["serve", "--port", "0", "--data", str(blocker / "rooms")]) == 2
    assert _refusal(capsys).startswith(
        f"{blocker / 'rooms'}{NBSP}: impossible d’écrire dans le dossier de données ("
    )


def test_the_english_lines_are_unchanged_for_the_server_and_its_members(tmp_path):
    """The refusals are worded again only where shown: ``str()`` stays the English line
    the server sends a member's app and the tests and logs compare."""
    room = Room(tmp_path, "l13")
    room.create()
    with pytest.raises(Exception) as refused:
        room.check_credential(room.invitation())
    assert str(refused.value) == "the token is not a member credential"


def test_serve_says_where_it_listens_in_the_locales_language(tmp_path):
    """A real server started in a Spanish locale: its first line, the address to give the
    members, is Spanish around the address and the folder."""
    rooms = tmp_path / "rooms"
    spanish = {"LANG": "es_ES.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    args = [sys.executable, "-m", "delegate_editor", "serve", "--port", "0", "--data", str(rooms)]
    server = Process(args, tmp_path / "serve.log", extra=spanish)
    try:
        line = server.line()
        expected = rf"delegate-editor serve: ws://127\.0\.0\.1:\d+ \(salas en {re.escape(str(rooms))}; detener con Ctrl\+C\)\n"
        assert re.fullmatch(expected, line), line
        assert server.stop() == 0
    finally:
        server.kill()
