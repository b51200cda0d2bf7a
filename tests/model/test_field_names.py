"""A damaged ``.dres`` file is refused in a delegate's words (issue 22): the message names
the field as the app shows it, never the JSON key ("front.symbol: expected a string")."""

from __future__ import annotations

import json
import re

import pytest

from delegate_editor.errors import InputError
from delegate_editor.model.field_names import place
from delegate_editor.resources import resource
from delegate_editor.storage import dres


@pytest.fixture(scope="module")
def data():
    return json.loads(dres.dumps(dres.load(resource("examples", "cybercrime.dres"))))


def _set(path: str, value):
    def change(d):
        *parents, last = path.split(".")
        for p in parents:
            d = d[int(p)] if p.isdigit() else d[p]
        d[int(last) if last.isdigit() else last] = value

    return change


CASES = [
    (_set("front.symbol", 3), "The Symbol field should be text, not a number"),
    (
        _set("front.distribution", "Open"),
        "The Distribution field should be one of General, Limited, Restricted, (none), not 'Open'",
    ),
    (_set("front.date", "21/10/2025"), "The Date field is not a date (YYYY-MM-DD): '21/10/2025'"),
    (
        _set("front.agenda.provisional", "yes"),
        "The Provisional agenda box should be true or false, not plain text",
    ),
    (_set("sponsors.names", ["Brazil", 3]), "Sponsor 2 should be a name, not a number"),
    (
        _set("preamble.0.opening", ["Recalling"]),
        "The opening phrase of preambular paragraph 1 should be text, not a list",
    ),
    (
        _set("operative.1.subs", [{"text": [], "subs": [{"text": 5}]}]),
        "The text of operative item 2, sub-paragraph (a), sub-paragraph (i) should be text with its formatting, "
        "not a number",
    ),
    (
        _set("annexes", [{"title": [], "paragraphs": [{"style": "big"}]}]),
        "The style of annex 1, paragraph 1 should be one of body, heading, numbered, lettered, row, header, not 'big'",
    ),
    (
        _set("title", [3]),
        "The Title holds something that is not text, italics, a footnote mark or a cross-reference",
    ),
    (_set("front", [3]), "The front matter should be a group of fields, not a list"),
    (_set("comments", [{"node": "", "text": "x"}]), "Comment 1 does not name its paragraph"),
    (
        _set("base", {"preamble": {"x": 1}}),
        "The preamble of the text the draft is based on should be a list of paragraphs, not a group of fields",
    ),
    (
        _set("versions", [{"name": "Rev.1", "taken": "2025-11-10T15:05:00", "draft": {"title": 3}}]),
        "The Title of version 1 should be text with its formatting, not a number",
    ),
    (
        _set("versions", [{"name": "Rev.1", "taken": "yesterday", "draft": {}}]),
        "The date of version 1 is not a date and time (YYYY-MM-DDTHH:MM:SS): 'yesterday'",
    ),
]


@pytest.mark.parametrize(("change", "message"), CASES, ids=[m[:40] for _c, m in CASES])
def test_the_message_names_the_field_as_the_app_shows_it(data, change, message):
    damaged = json.loads(json.dumps(data))
    change(damaged)
    with pytest.raises(InputError) as info:
        dres.loads(json.dumps(damaged).encode(), "draft.dres")
    text = str(info.value)
    assert text == f"draft.dres: {message}"
    # no key path of the file format: "front.symbol", "operative[1]", "subs[0]"
    assert not re.search(r"\w\.\w+:|\[\d+\]|\b(subs|front|versions)\b\.", message)


@pytest.mark.parametrize(
    ("path", "words"),
    [
        (
            "operative[2].subs[1].subs[0].subs[3].text[0]",
            "the text of operative item 3, sub-paragraph (b), sub-paragraph (i), sub-paragraph d.",
        ),
        ("footnotes[1].text[4]", "the text of footnote 2"),
        ("versions[2].draft.front.symbol", "the Symbol field of version 3"),
        (
            "base.operative[0].opening",
            "the opening phrase of operative item 1 of the text the draft is based on",
        ),
        ("some.new_key", "some.new_key"),  # an unknown path is named as it stands
    ],
)
def test_places_in_words(path, words):
    assert place(path) == words


def test_a_file_that_is_no_draft_says_so_without_its_keys(data):
    other = dict(data, format="something-else")
    with pytest.raises(InputError) as info:
        dres.loads(json.dumps(other).encode(), "notes.dres")
    assert str(info.value) == "notes.dres: not a Delegate Editor draft (it does not say it is one)"
    versionless = {k: v for k, v in data.items() if k != "format_version"}
    with pytest.raises(InputError) as info:
        dres.loads(json.dumps(versionless).encode(), "notes.dres")
    assert "format_version" not in str(info.value) and "version of the file format" in str(info.value)
