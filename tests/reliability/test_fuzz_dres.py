"""Fuzzing the .dres reader (``storage.dres.loads``): random bytes, random JSON, real drafts
with a value replaced anywhere in their structure, and byte-level damage of real files.
Every case either loads (and then saves and renders) or is refused in one line naming the
file, within 5 s, inside a memory-capped process (see ``sandbox.py``)."""

from __future__ import annotations

import json
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from delegate_editor.storage import dres
from tests.reliability import mutate
from tests.reliability.drafts import drafts
from tests.reliability.figures import record

FORMAT = {"format": "delegate-editor/draft-resolution", "format_version": 1}
SEEDS = {name: json.loads(dres.dumps(d)) for name, d in drafts().items()}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=30,
)


@settings(settings.get_profile("reliability"), max_examples=300)
@given(raw=st.binary(max_size=2000))
def test_random_bytes(fuzz, raw):
    fuzz(".dres", raw)


@settings(settings.get_profile("reliability"), max_examples=300)
@given(body=st.dictionaries(st.sampled_from(sorted(SEEDS["rich"])), json_values, max_size=8))
def test_random_json_with_a_valid_header(fuzz, body):
    fuzz(".dres", json.dumps({**body, **FORMAT}).encode("utf-8"))


@settings(settings.get_profile("reliability"), max_examples=500)
@given(seed=st.sampled_from(sorted(SEEDS)), rng=st.randoms(use_true_random=False), edits=st.integers(1, 4))
def test_real_drafts_with_values_replaced(fuzz, seed, rng, edits):
    data = SEEDS[seed]
    for _ in range(edits):
        data = mutate.replace_value(data, rng, mutate.random_json(rng))
    if isinstance(data, dict):
        data = {**data, **FORMAT}
    fuzz(".dres", json.dumps(data, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass"))


def test_byte_damage_corpus(fuzz):
    """Bit flips, truncations and spliced copies of real files: 400 cases."""
    raws = {
        name: json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") for name, data in SEEDS.items()
    }
    for n in range(400):
        rng = random.Random(n)
        name = rng.choice(sorted(raws))
        raw = raws[name]
        op = (mutate.flip_bits, mutate.truncate, mutate.splice)[n % 3]
        fuzz(".dres", op(raw, rng), f"{name}-{op.__name__}-{n}.dres")
    record("corpus", reader=".dres", cases=400)


def test_crafted_extremes(fuzz):
    head = '{"format": "delegate-editor/draft-resolution", "format_version": 1, '
    cases = {
        "deep.dres": ("[" * 50_000 + "]" * 50_000).encode(),
        "deep-object.dres": (head + '"title": ' + '{"i": ' * 5000 + '"x"' + "}" * 5000 + "}").encode(),
        "long-number.dres": (head + '"adoption": {"number": ' + "9" * 100_000 + "}}").encode(),
        "huge-float.dres": (head + '"sponsors": {"names": [1e999]}}').encode(),
        "nan.dres": (head + '"title": [NaN]}').encode(),
        "many-paragraphs.dres": (
            head + '"preamble": [' + ",".join(['{"opening": "Recalling", "text": ["x"]}'] * 50_000) + "]}"
        ).encode(),
        "long-string.dres": (head + '"title": ["' + "a" * 10_000_000 + '"]}').encode(),
        "bom.dres": b"\xef\xbb\xbf" + (head + '"title": ["with a BOM"]}').encode(),
        "utf16.dres": (head + '"title": ["x"]}').encode("utf-16"),
        "dup-keys.dres": (head + '"title": ["a"], "title": 7}').encode(),
        "note-loop.dres": (
            head + '"preamble": [{"opening": "Recalling", "text": [{"note": "n1"}]}], '
            '"footnotes": [{"id": "n1", "text": [{"note": "n1"}]}]}'
        ).encode(),
        "xref-to-nowhere.dres": (
            head + '"operative": [{"opening": "Decides", "text": [{"ref": "nope"}]}]}'
        ).encode(),
        "same-ids.dres": (
            head + '"operative": [{"id": "a", "opening": "Decides", "text": ["x"]}, '
            '{"id": "a", "opening": "Requests", "text": [{"ref": "a"}]}]}'
        ).encode(),
    }
    for name, raw in cases.items():
        # loads (and saves, and renders to text) within 5 s; exporting 50,000 paragraphs to
        # every format takes longer, as printing 2,000 pages would: exported at a tenth
        fuzz(".dres", raw, name, export_all=name != "many-paragraphs.dres")
    fuzz(
        ".dres",
        head.encode()
        + b'"preamble": ['
        + b",".join([b'{"opening": "Recalling", "text": ["x"]}'] * 5_000)
        + b"]}",
        "5000-paragraphs.dres",
        export_all=True,
    )
