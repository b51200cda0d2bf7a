"""The command line makes a new draft in a language."""

from __future__ import annotations


def test_a_new_security_council_draft_in_french_from_the_command_line(tmp_path):
    import subprocess
    import sys

    from delegate_editor.storage import dres

    out = tmp_path / "sc.dres"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "delegate_editor",
            "new",
            "--template",
            "security-council",
            "--language",
            "fr",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    draft = dres.loads(out.read_bytes())
    assert draft.front.language == "fr"
    closing = draft.operative_paragraphs()[-1]
    assert (closing.opening, closing.text[0].text) == ("Décide", "de rester saisi de la question.")
    bad = subprocess.run(
        [sys.executable, "-m", "delegate_editor", "new", "--language", "xx", "-o", str(tmp_path / "x.dres")],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
