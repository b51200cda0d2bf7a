"""Fuzzing the DOCX and ODT importers with mutations of real exports: bytes flipped, cut and
spliced; parts removed, doubled, swapped, truncated; XML elements deleted, duplicated, moved,
nested thousands deep, attributes changed; DTDs with entity expansion and external entities;
zip bombs (one huge part, many parts, overlapping entries). Every case loads (and saves, and
renders) or is refused in one line naming the file, within 5 s, in a process whose address
space is capped at 1 GiB (see ``sandbox.py``)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.reliability import mutate
from tests.reliability.drafts import exports
from tests.reliability.figures import record

KINDS = [".docx", ".odt"]
MAIN = {".docx": "word/document.xml", ".odt": "content.xml"}
SECRET = "TOP-SECRET-7f3a"


@pytest.mark.parametrize("ext", KINDS)
def test_real_exports_load(fuzz, ext):
    for name, raw in exports(ext).items():
        assert fuzz(ext, raw, f"{name}{ext}").kind == "loaded"


@pytest.mark.parametrize("ext", KINDS)
def test_byte_damage_corpus(fuzz, ext):
    """150 bit-flipped, truncated and spliced copies of each real export."""
    seeds = exports(ext)
    for n in range(150):
        rng = random.Random(n)
        name = rng.choice(sorted(seeds))
        op = (mutate.flip_bits, mutate.truncate, mutate.splice)[n % 3]
        fuzz(ext, op(seeds[name], rng), f"{name}-{op.__name__}-{n}{ext}")
    record("corpus", reader=ext, kind="bytes", cases=150)


@pytest.mark.parametrize("ext", KINDS)
def test_package_mutation_corpus(fuzz, ext):
    """250 packages with one to three changes inside: parts and their XML."""
    seeds = exports(ext)
    for n in range(250):
        rng = random.Random(10_000 + n)
        name = rng.choice(sorted(seeds))
        raw = seeds[name]
        what = []
        for _ in range(rng.randint(1, 3)):
            done, raw = mutate.mutate_package(raw, rng)
            what.append(done)
        fuzz(ext, raw, f"{name}-{n}{ext}")
    record("corpus", reader=ext, kind="package", cases=250)


@pytest.mark.parametrize("ext", KINDS)
@settings(settings.get_profile("reliability"), max_examples=120)
@given(
    rng=st.randoms(use_true_random=False), steps=st.integers(1, 4), seed=st.sampled_from(["example", "rich"])
)
def test_package_mutations_hypothesis(fuzz, ext, rng, steps, seed):
    raw = exports(ext)[seed]
    for _ in range(steps):
        _, raw = mutate.mutate_package(raw, rng)
    fuzz(ext, raw)


@pytest.mark.parametrize("ext", KINDS)
@settings(settings.get_profile("reliability"), max_examples=80)
@given(raw=st.binary(max_size=600))
def test_random_bytes_behind_a_zip_signature(fuzz, ext, raw):
    fuzz(ext, b"PK\x03\x04" + raw)


def _dtd_attacks(tmp_secret: str) -> dict[str, bytes]:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(9))
        + b"]><r>&j;</r>"
    )
    external = (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{tmp_secret}">]><r>&x;</r>'.encode()
    )
    parameter = (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "file://{tmp_secret}">%p;]><r/>'
    ).encode()
    network = b'<?xml version="1.0"?><!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd"><r/>'
    xinclude = (
        f'<r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file://{tmp_secret}" parse="text"/></r>'
    ).encode()
    utf16 = external.decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16")
    commented = b"<!-- a comment first -->" + external[len(b'<?xml version="1.0"?>') :]
    return {
        "billion-laughs": laughs,
        "external-entity": external,
        "parameter-entity": parameter,
        "external-dtd": network,
        "xinclude": xinclude,
        "utf16-doctype": utf16,
        "doctype-after-comment": commented,
    }


@pytest.mark.parametrize("ext", KINDS)
def test_entities_are_never_resolved(fuzz, ext, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    seeds = exports(ext)
    cases = 0
    for part in mutate.xml_parts(seeds["rich"]):
        for attack, xml in _dtd_attacks(str(secret)).items():
            out = fuzz(
                ext, mutate.replace_part(seeds["rich"], part, xml), f"{attack}-{part.replace('/', '_')}{ext}"
            )
            assert SECRET not in out.text and "aaaaaaaaaaaaaaaaaaaa" not in out.text
            cases += 1
        # the attack inside a real part, after its own root: still nothing resolved
        original = dict((i.filename, d) for i, d in mutate.members(seeds["rich"]))[part]
        declared = original.replace(
            b"?>", f'?><!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">]>'.encode(), 1
        )
        out = fuzz(
            ext, mutate.replace_part(seeds["rich"], part, declared), f"declared-{part.replace('/', '_')}{ext}"
        )
        assert SECRET not in out.text
        cases += 1
    record("entities", reader=ext, cases=cases)


@pytest.mark.parametrize("ext", KINDS)
def test_zip_bombs_are_refused_within_memory(fuzz, ext):
    seed = exports(ext)["example"]
    bombs = {
        "one-huge-part": mutate.bomb_package(seed, MAIN[ext], 1 << 30),  # 1 GiB of zeros
        "many-parts": mutate.many_members_bomb(seed, 40, 60 << 20),  # 40 x 60 MiB
        "overlapping": mutate.overlapping_bomb(seed, MAIN[ext], 200),  # 200 x 16 MiB, one kernel
    }
    for name, raw in bombs.items():
        out = fuzz(ext, raw, f"{name}{ext}")  # never more memory than the sandbox allows
        if name != "many-parts":  # parts the reader never opens cost nothing: it may load
            assert out.kind == "refused", f"{name}: {out.kind}"
    record("bombs", reader=ext, cases=len(bombs))
