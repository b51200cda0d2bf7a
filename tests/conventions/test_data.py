"""The convention data: Member States, groups, phrases, organs and templates."""

import json
from datetime import date

import pytest

from delegate_editor.conventions import phrases, states, templates
from delegate_editor.conventions.data import load
from delegate_editor.errors import InputError
from delegate_editor.model.text import plain_text
from delegate_editor.storage.paths import data_dir

# -- Member States ------------------------------------------------------------------------


def test_exactly_193_member_states_all_distinct():
    members = states.member_states()
    assert len(members) == 193
    assert len(set(members)) == 193


@pytest.mark.parametrize(
    "name",
    [
        "Bolivia (Plurinational State of)",
        "Venezuela (Bolivarian Republic of)",
        "Iran (Islamic Republic of)",
        "Micronesia (Federated States of)",
        "Côte d’Ivoire",
        "Türkiye",
        "Czechia",
        "North Macedonia",
        "Eswatini",
        "Cabo Verde",
        "Timor-Leste",
        "Viet Nam",
        "Brunei Darussalam",
        "Lao People’s Democratic Republic",
        "Syrian Arab Republic",
        "Russian Federation",
        "Republic of Moldova",
        "Republic of Korea",
        "Democratic People’s Republic of Korea",
        "Democratic Republic of the Congo",
        "Congo",
        "United Republic of Tanzania",
        "United Kingdom of Great Britain and Northern Ireland",
        "United States of America",
        "Netherlands (Kingdom of the)",
    ],
)
def test_official_names_are_member_states(name):
    assert name in states.member_states()
    assert states.lookup(name).how == "official"


def test_observers_and_european_union_are_known_but_not_members():
    for name in ("Holy See", "State of Palestine", "European Union"):
        assert states.resolve(name) == name
        assert name not in states.member_states()
        assert name in states.names()


@pytest.mark.parametrize(
    ("alias", "official"),
    [
        ("Russia", "Russian Federation"),
        ("UK", "United Kingdom of Great Britain and Northern Ireland"),
        ("USA", "United States of America"),
        ("United States", "United States of America"),
        ("Turkey", "Türkiye"),
        ("Netherlands", "Netherlands (Kingdom of the)"),
        ("the Netherlands", "Netherlands (Kingdom of the)"),
        ("Ivory Coast", "Côte d’Ivoire"),
        ("South Korea", "Republic of Korea"),
        ("North Korea", "Democratic People’s Republic of Korea"),
        ("Iran", "Iran (Islamic Republic of)"),
        ("Syria", "Syrian Arab Republic"),
        ("Vietnam", "Viet Nam"),
        ("Laos", "Lao People’s Democratic Republic"),
        ("Bolivia", "Bolivia (Plurinational State of)"),
        ("Venezuela", "Venezuela (Bolivarian Republic of)"),
        ("Tanzania", "United Republic of Tanzania"),
        ("Moldova", "Republic of Moldova"),
        ("Czech Republic", "Czechia"),
        ("Swaziland", "Eswatini"),
        ("Macedonia", "North Macedonia"),
        ("Cape Verde", "Cabo Verde"),
        ("East Timor", "Timor-Leste"),
        ("Brunei", "Brunei Darussalam"),
        ("Micronesia", "Micronesia (Federated States of)"),
        ("DRC", "Democratic Republic of the Congo"),
        ("U.S.", "United States of America"),
        ("St. Lucia", "Saint Lucia"),
        ("Palestine", "State of Palestine"),
        ("EU", "European Union"),
    ],
)
def test_aliases_resolve_to_the_official_name(alias, official):
    match = states.lookup(alias)
    assert match.official == official
    assert match.how == "alias"


def test_no_alias_names_two_states():
    raw = load("states.json")
    entries = raw["member_states"] + raw["observer_states"] + raw["organizations"]
    owners: dict[str, str] = {}
    for entry in entries:
        for alias in entry.get("aliases", []):
            key = states._key(alias)
            assert owners.setdefault(key, entry["name"]) == entry["name"], alias
            assert states.resolve(alias) == entry["name"]


def test_apostrophe_case_and_accents():
    # the ASCII apostrophe is the same name; other differences are variants of it
    assert states.lookup("Côte d'Ivoire").how == "official"
    assert states.lookup("Lao People's Democratic Republic").how == "official"
    assert states.lookup("Cote d'Ivoire").how == "variant"
    assert states.lookup("TÜRKIYE").how == "variant"
    assert states.resolve("turkiye") == "Türkiye"
    assert states.resolve("Narnia") is None


def test_suggestions_for_unknown_names():
    assert states.suggest("Brasil")[0] == "Brazil"
    assert states.suggest("Argentinia")[0] == "Argentina"
    assert set(states.suggest("Korea")) >= {"Republic of Korea", "Democratic People’s Republic of Korea"}
    assert states.suggest("Russia") == ["Russian Federation"]
    assert states.suggest("Xyzzy") == []


def test_un_alphabetical_order_samples():
    order = states.sort_names(states.member_states())
    assert order == states.member_states()  # the data file is itself in UN order

    def between(name, before, after):
        i = order.index(name)
        assert order[i - 1] == before and order[i + 1] == after

    between("Côte d’Ivoire", "Costa Rica", "Croatia")
    between("Türkiye", "Tunisia", "Turkmenistan")
    between("Bolivia (Plurinational State of)", "Bhutan", "Bosnia and Herzegovina")
    between("Netherlands (Kingdom of the)", "Nepal", "New Zealand")
    # names sort on their first word as written
    assert order.index("Qatar") < order.index("Republic of Korea") < order.index("Romania")
    assert order.index("Uruguay") > order.index("United States of America")
    assert order.index("Denmark") > order.index("Democratic Republic of the Congo")


def test_sorting_uses_the_official_name_of_an_alias():
    assert states.sort_names(["Turkey", "Tunisia", "Turkmenistan"]) == ["Tunisia", "Turkey", "Turkmenistan"]
    assert states.is_sorted(["Brazil", "China", "India", "Russian Federation", "South Africa"])
    assert not states.is_sorted(["China", "Brazil"])


def test_parse_list_keeps_and_inside_names():
    assert states.parse_list(
        "Brazil, China, India, Russian Federation and South Africa: draft resolution"
    ) == [
        ("Brazil", "Brazil"),
        ("China", "China"),
        ("India", "India"),
        ("Russian Federation", "Russian Federation"),
        ("South Africa", "South Africa"),
    ]
    parsed = states.parse_list(
        "Antigua and Barbuda, Bosnia and Herzegovina and Saint Vincent and the Grenadines"
    )
    assert [p[1] for p in parsed] == [
        "Antigua and Barbuda",
        "Bosnia and Herzegovina",
        "Saint Vincent and the Grenadines",
    ]
    assert states.parse_list("Cuba*, Russia and Narnia") == [
        ("Cuba", "Cuba"),
        ("Russia", "Russian Federation"),
        ("Narnia", None),
    ]


def test_groups_carry_the_un_note():
    note = states.group_note("G77")
    assert (
        note
        == "On behalf of the States Members of the United Nations that are members of the Group of 77 and China."
    )
    assert states.group_note("on behalf of the Group of African States", hrc=True) == (
        "on behalf of the Group of African States"
    )
    assert states.find_group("Non-Aligned Movement").name == "the Movement of Non-Aligned Countries"
    assert states.find_group("the Narnian Alliance") is None


# -- phrases ------------------------------------------------------------------------------


def test_at_least_80_phrases_each_with_groups():
    assert len(phrases.preambular_phrases()) >= 80
    assert len(phrases.operative_phrases()) >= 80
    for part in ("preamble", "operative"):
        listed = phrases.phrases(part)
        assert len({p.phrase for p in listed}) == len(listed)  # no duplicates
        assert all(p.group for p in listed)
        assert len(phrases.groups(part)) >= 5


@pytest.mark.parametrize(
    "opening",
    [
        "Recalling",
        "Recalling also",
        "Recalling further",
        "Reaffirming",
        "Deeply concerned",
        "Having considered",
        "Bearing in mind",
        "Noting with appreciation",
        "Noting also with concern",
        "Taking note",
        "Gravely alarmed",
    ],
)
def test_preamble_openings(opening):
    assert phrases.is_preamble_opening(opening)


@pytest.mark.parametrize(
    "opening",
    [
        "Welcomes",
        "Calls upon",
        "Also requests",
        "Further requests",
        "Takes note",
        "Expresses its appreciation",
        "Decides",
        "Strongly condemns",
        "Also strongly urges",
        "Reiterates its call upon",
        "Once again urges",
    ],
)
def test_operative_openings(opening):
    assert phrases.is_operative_opening(opening)


def test_unknown_openings_and_wrong_part():
    assert not phrases.is_preamble_opening("Frobnicating")
    assert not phrases.is_operative_opening("Recalling")
    assert not phrases.is_preamble_opening("Requests")
    assert not phrases.is_operative_opening("")


def test_also_further_forms_follow_un_usage():
    assert phrases.also_further_forms("Recalling", "preamble") == ("Recalling also", "Recalling further")
    assert phrases.also_further_forms("Noting with satisfaction", "preamble") == (
        "Noting with satisfaction also",
        "Noting with satisfaction further",
    )
    assert phrases.also_further_forms("Requests", "operative") == ("Also requests", "Further requests")
    assert phrases.also_further_forms("Takes note", "operative") == ("Also takes note", "Further takes note")
    # the rule is written in the data file where a reviewer can read it
    about = " ".join(load("phrases.json")["_about"])
    assert "AFTER" in about and "BEFORE" in about


@pytest.mark.parametrize(
    ("text", "part", "opening"),
    [
        ("Recalling also its resolution 67/189 of 20 December 2012,", "preamble", "Recalling also"),
        ("Recognizing with appreciation the work conducted", "preamble", "Recognizing with appreciation"),
        ("Takes note of the comprehensive study on cybercrime;", "operative", "Takes note"),
        ("Expresses its appreciation for the work done", "operative", "Expresses its appreciation"),
        ("Also requests the Secretary-General to report", "operative", "Also requests"),
        ("Calls upon Member States to", "operative", "Calls upon"),
        (
            "Acting under Chapter VII of the Charter of the United Nations,",
            "preamble",
            "Acting under Chapter VII of the Charter of the United Nations",
        ),
        ("The General Assembly", "preamble", ""),
        ("", "operative", ""),
        # each word is folded once and a first word no opening starts with ends the search
        # (phrase_book.longest_opening): an adverb, an intensifier, a word with its comma,
        # capitals and quotation marks still read as before
        ("Further recalling its resolution 70/1,", "preamble", "Further recalling"),
        ("Strongly condemns all acts of terrorism;", "operative", "Strongly condemns"),
        ("Recalling, in particular, its resolution", "preamble", "Recalling"),
        ("RECALLING ALSO its resolution", "preamble", "RECALLING ALSO"),
        ("Reaffirming” its commitment", "preamble", ""),
        ("Pursuant to its resolution 75/1,", "preamble", ""),
    ],
)
def test_longest_opening(text, part, opening):
    assert phrases.longest_opening(text, part) == opening


def test_user_phrases_are_loaded_and_saved():
    assert not phrases.is_operative_opening("Solemnly enjoins")
    phrases.add_user_phrase("Solemnly enjoins", "operative")
    assert phrases.is_operative_opening("Solemnly enjoins")
    assert phrases.is_operative_opening("Also solemnly enjoins")
    assert "Solemnly enjoins" in phrases.groups("operative")[phrases.USER_GROUP]
    saved = json.loads((data_dir() / "phrases.json").read_text(encoding="utf-8"))
    assert saved["operative"] == [{"phrase": "Solemnly enjoins", "group": phrases.USER_GROUP}]


def test_a_damaged_user_file_is_reported_not_fatal():
    (data_dir() / "phrases.json").write_text("{not json", encoding="utf-8")
    assert phrases.is_preamble_opening("Recalling")
    assert any("not valid JSON" in p for p in phrases.problems())
    (data_dir() / "phrases.json").write_text('{"preamble": ["Solemnly recalling", 7]}', encoding="utf-8")
    assert phrases.is_preamble_opening("Solemnly recalling")
    assert any("has no phrase" in p for p in phrases.problems())


# -- templates ----------------------------------------------------------------------------


def test_template_names_list_the_six_standard_templates_first():
    names = list(templates.template_names())
    assert names[:6] == ["ga-plenary", "ga-committee", "ecosoc", "commission", "hrc", "security-council"]
    for n in ("ga-first-committee", "ga-sixth-committee", "cnd", "csw", "csocd", "cpd", "statcom", "cstd"):
        assert n in names


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_template_has_its_label_in_french_and_spanish(language):
    """Issue 20: ``new --list`` in the locale's language; organs.json holds each label in
    English, French and Spanish, and a language it does not hold shows the English."""
    english = templates.template_names()
    names = templates.template_names(language)
    assert list(names) == list(english)
    assert all(names[n] and names[n] != english[n] for n in names)
    assert templates.template_names("de") == english
    assert templates.template_names("fr")["ga-committee"] == (
        "Grande Commission de l’Assemblée générale (par défaut, la Troisième Commission)"
    )


@pytest.mark.parametrize("name", list(templates.template_names()))
def test_every_template_makes_a_draft(name):
    draft = templates.make_draft(name, date(2025, 10, 15))
    assert draft.front.organ and draft.authoring.startswith("The ")
    assert draft.layout in ("new_york", "geneva", "vienna")
    assert draft.front.symbol == ""  # the Secretariat assigns it


def test_template_front_matter():
    today = date(2025, 10, 15)
    ga = templates.make_draft("ga-plenary", today)
    assert (ga.front.organ, ga.front.body, ga.front.session) == ("General Assembly", "", "Eightieth session")
    committee = templates.make_draft("ga-committee", today)
    assert committee.front.body == "Third Committee" and committee.authoring == "The General Assembly"
    ecosoc = templates.make_draft("ecosoc", today)
    assert ecosoc.front.session == "2026 session" and ecosoc.authoring == "The Economic and Social Council"
    ccpcj = templates.make_draft("commission", date(2013, 4, 2))
    assert ccpcj.front.body == "Commission on Crime Prevention and Criminal Justice"
    assert ccpcj.front.session == "Twenty-second session"  # as in the seed
    assert ccpcj.layout == "vienna" and ccpcj.front.venue_dates == "Vienna"
    hrc = templates.make_draft("hrc", today)
    assert (hrc.front.organ, hrc.front.body, hrc.layout) == (
        "General Assembly",
        "Human Rights Council",
        "geneva",
    )
    assert hrc.front.session == "Sixtieth session"
    assert templates.make_draft("hrc", date(2026, 1, 10)).front.session == "Sixty-first session"


def test_security_council_template():
    sc = templates.make_draft("security-council", date(2025, 10, 15))
    assert sc.is_security_council
    assert not sc.title and sc.authoring == "The Security Council"
    last = sc.operative_paragraphs()[-1]
    assert f"{last.opening} {plain_text(last.text)}" == "Decides to remain seized of the matter."


def test_unknown_template_is_bad_input():
    with pytest.raises(InputError) as exc:
        templates.make_draft("trusteeship-council")
    assert "trusteeship-council" in str(exc.value) and "\n" not in str(exc.value)


def test_symbol_patterns():
    assert templates.body_for("commission").symbol_regex().match("E/CN.15/2013/L.14")
    assert templates.body_for("ga-committee").symbol_regex().match("A/C.3/78/L.12/Rev.1")
    assert templates.body_for("hrc").symbol_regex().match("A/HRC/55/L.3")
    assert not templates.body_for("hrc").symbol_regex().match("A/C.3/78/L.12")


def test_gambia_is_named_as_the_uns_documents_print_it(corpus_dir):
    """The L. documents of the eightieth session print "Gambia" in their sponsor lists
    (A/80/L.13: "Estonia, Fiji, Finland, France, Gabon, Gambia, Germany, Ghana, Greece,";
    A/C.6/80/L.6, held out, the same), not the Member States list's "Gambia (Republic of
    The)", which is an alias."""
    printed = [
        p.name
        for p in (corpus_dir / "drafts").glob("*.txt")
        if "Gabon, Gambia," in p.read_text(encoding="utf-8")
    ]
    assert printed, "a corpus sponsor list prints 'Gambia'"
    assert states.lookup("Gambia").how == "official"
    match = states.lookup("Gambia (Republic of The)")
    assert match.how == "alias" and match.official == "Gambia"
