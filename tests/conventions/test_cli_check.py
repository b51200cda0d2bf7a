"""`delegate-editor check` and `new --template` as a delegate runs them: real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from delegate_editor.model.document import Operative, Preambular
from delegate_editor.model.text import rich
from delegate_editor.resources import resource
from delegate_editor.storage import dres

ROOT = Path(__file__).resolve().parents[2]
SEED_DRES = resource("examples", "cybercrime.dres")
SEED_TXT = ROOT / "tests" / "data" / "seed_E_CN.15_2013_draft_cybercrime.txt"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "delegate_editor", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env=env,
    )


def locale_env(lang: str) -> dict[str, str]:
    """This process's environment with the locale ``lang`` and nothing overriding it."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    return {**env, "LANG": lang}


def test_seed_prints_its_two_warnings_and_exits_0():
    result = run("check", str(SEED_DRES))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "operative paragraph 5: 'Requests' repeats an earlier operative opening - write 'Also requests'",
        "operative paragraph 6: 'Requests' repeats an earlier operative opening - write 'Further requests'",
    ]
    assert result.stderr == ""


def test_the_plain_text_seed_is_checked_too():
    result = run("check", str(SEED_TXT))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_json_output_has_exactly_the_documented_keys():
    result = run("check", "--json", str(SEED_DRES))
    assert result.returncode == 0
    findings = json.loads(result.stdout)
    keys = {"severity", "rule", "message", "part", "paragraph", "code", "params", "where"}
    assert [set(f) for f in findings] == [keys] * 2
    assert findings[0] == {
        "severity": "info",  # the UN repeats operative openings plainly as often as not
        "rule": "opening.repeat",
        "message": "'Requests' repeats an earlier operative opening - write 'Also requests'",
        "part": "operative",
        "paragraph": 5,
        # the message's code and parameters: a program need not parse the prose
        "code": "opening.repeat",
        "params": {"opening": "Requests", "part": "operative", "suggested": "Also requests"},
        "where": None,
    }


def test_an_error_exits_1(tmp_path):
    draft = dres.load(SEED_DRES)
    draft.operative[2].text = rich("Member States to continue to consider ways and means,")
    draft.sponsors.names.append("Russia")
    path = tmp_path / "flawed.dres"
    dres.save(draft, path)
    result = run("check", str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "operative paragraph 3: ends with ',' - operative paragraphs end with ';'" in lines
    assert "sponsor 6: 'Russia' is not the official UN name - write 'Russian Federation'" in lines
    as_json = json.loads(run("check", "--json", str(path)).stdout)
    parts = {f["part"] for f in as_json}
    assert parts <= {"header", "sponsors", "preamble", "operative", "annex", "footnotes"}
    assert {"error", "warning"} <= {f["severity"] for f in as_json}
    assert all(f["paragraph"] is None or isinstance(f["paragraph"], int) for f in as_json)


def test_bad_input_exits_2_with_one_line(tmp_path):
    damaged = tmp_path / "damaged.dres"
    damaged.write_bytes(b'{"format": "delegate-editor/draft-resolution", "format_')
    for target in (tmp_path / "missing.dres", damaged, tmp_path):
        result = run("check", str(target))
        assert result.returncode == 2
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr
    usage = run("check")
    assert usage.returncode == 2


def test_500_paragraphs_checked_whole_process(tmp_path):
    """The 0.5 s target is measured in bench/ (timed assertions flake on a shared machine)."""
    draft = dres.load(SEED_DRES)
    draft.preamble = [Preambular(p.opening, p.text) for _ in range(50) for p in draft.preamble]
    draft.operative = [Operative(o.opening, o.text) for _ in range(42) for o in draft.operative]
    assert len(draft.preamble) + len(draft.operative) >= 500
    path = tmp_path / "big.dres"
    dres.save(draft, path)
    result = run("check", "--json", str(path))
    assert result.returncode == 1  # each copy of paragraph 6 ends with '.' mid-text
    rules = [f["rule"] for f in json.loads(result.stdout)]
    # it did the work: each copy opens paragraphs 5 and 6 with the "Requests" of the one before
    assert rules.count("opening.repeat") == 2 * 42 and "operative.end" in rules


def test_new_from_templates_then_check(tmp_path):
    listing = run("new", "--list")
    assert listing.returncode == 0
    assert listing.stdout.splitlines()[0].startswith("ga-plenary")
    assert "security-council" in listing.stdout

    sc = tmp_path / "sc.dres"
    assert run("new", "--template", "security-council", "-o", str(sc)).returncode == 0
    result = run("check", "--json", str(sc))
    assert result.returncode == 0  # no title is right for the Security Council
    assert [f["rule"] for f in json.loads(result.stdout)] == ["sponsors.none"]

    ga = tmp_path / "ga.dres"
    assert run("new", "--template", "ga-committee", "-o", str(ga)).returncode == 0
    assert dres.load(ga).front.body == "Third Committee"
    result = run("check", str(ga))
    assert result.returncode == 1
    assert "header: the draft has no title" in result.stdout.splitlines()

    bad = tmp_path / "bad.dres"
    result = run("new", "--template", "trusteeship-council", "-o", str(bad))
    assert result.returncode == 2
    assert "unknown template 'trusteeship-council'" in result.stderr
    assert not bad.exists()


def test_summary_counts_findings_per_rule_over_a_folder(tmp_path, corpus_dir):
    folder = tmp_path / "texts"
    (folder / "ga-80").mkdir(parents=True)
    (folder / "ga-80" / "A_RES_80_10.md").write_bytes((corpus_dir / "ga-80" / "A_RES_80_10.md").read_bytes())
    draft = dres.load(SEED_DRES)
    dres.save(draft, folder / "seed.dres")
    result = run("check", "--summary", str(folder))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2 texts checked"
    assert "| all | 2 |" in result.stdout  # two groups (the sub-folder and the top) and a total
    [repeat] = [line for line in lines if line.startswith("| opening.repeat | info |")]
    assert repeat.split("|")[3].strip() == "2"  # the seed's two repeated "Requests"


def test_summary_of_a_file_or_a_missing_folder_is_bad_input(tmp_path):
    for target in (str(SEED_DRES), str(tmp_path / "nowhere")):
        result = run("check", "--summary", target)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_findings_in_the_users_locale():
    """LANG=fr_FR.UTF-8: the seed's findings and the JSON's prose in French, the JSON's codes
    and parameters as in English; a locale without a catalogue reads English."""
    nbsp = "\u00a0"
    result = run("check", str(SEED_DRES), env=locale_env("fr_FR.UTF-8"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"paragraphe 5 du dispositif{nbsp}: «{nbsp}Requests{nbsp}» reprend une formule d’ouverture "
        f"antérieure du dispositif – écrire «{nbsp}Also requests{nbsp}»",
        f"paragraphe 6 du dispositif{nbsp}: «{nbsp}Requests{nbsp}» reprend une formule d’ouverture "
        f"antérieure du dispositif – écrire «{nbsp}Further requests{nbsp}»",
    ]
    french = json.loads(run("check", "--json", str(SEED_DRES), env=locale_env("fr_FR.UTF-8")).stdout)
    english = json.loads(run("check", "--json", str(SEED_DRES), env=locale_env("C.UTF-8")).stdout)
    assert [f["message"] for f in french] != [f["message"] for f in english]
    assert [(f["code"], f["params"]) for f in french] == [(f["code"], f["params"]) for f in english]
    german = run("check", str(SEED_DRES), env=locale_env("de_DE.UTF-8"))
    assert german.stdout.splitlines()[0].startswith("operative paragraph 5: 'Requests' repeats")


def test_the_import_report_in_the_users_locale(tmp_path, corpus_dir):
    """``import`` prints the importer's guesses in the locale's language."""
    from delegate_editor.app.corpus import without_record

    copied = tmp_path / "A_C.4_80_L.5.txt"
    copied.write_text(
        without_record((corpus_dir / "drafts" / "A_C.4_80_L.5.txt").read_text("utf-8")), "utf-8"
    )
    nbsp = "\u00a0"
    french = run("import", str(copied), "-o", str(tmp_path / "fr.dres"), env=locale_env("fr_FR.UTF-8"))
    assert french.returncode == 0, french.stderr
    assert french.stderr.splitlines()[0] == (
        f"{copied}: hypothèse de l’importation{nbsp}: note 1{nbsp}: le nombre après "
        f"«{nbsp}Declaration of Human Rights{nbsp}» pris pour son appel"
    )
    english = run("import", str(copied), "-o", str(tmp_path / "en.dres"), env=locale_env("C.UTF-8"))
    assert english.stderr.splitlines()[0] == (
        f'{copied}: import guess: note 1: the number after "Declaration of Human Rights" taken as its mark'
    )
    assert len(english.stderr.splitlines()) == len(french.stderr.splitlines())
