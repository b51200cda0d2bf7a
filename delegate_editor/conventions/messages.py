"""The checker's words in the reader's language: message codes, parameters and catalogues.

A finding or a fix label is kept as a :class:`Message`: a stable code ("opening.repeat") and
named parameters ({"opening": "Requests", "part": "operative", ...}), never as finished
prose. The prose is made from ``resources/data/messages/<code>.json`` when it is shown, in
the language chosen with :func:`use`: the interface language in the app (``ui/i18n.py``), the
locale on the command line (:func:`from_environment`). So the same findings, made once (in
the typesetting process, or by ``check``), read in French for one user and in English for
another, and ``check --json`` hands machines the code and parameters, not prose to parse.

A template names its parameters as ``str.format`` does: ``{opening}``. A parameter that is
itself a word is translated through a word table named after a colon: ``{part:kind}`` looks
the value ("preamble") up in the catalogue's ``words.kind`` ("preambular", "du préambule"),
so no English word is pasted into a French sentence. Two specs are not tables: ``name`` is an
organ or body name in the language (``language/<code>.json``, "names"), ``or`` joins a
list of names in the catalogue's quotation marks with its "or", and ``number`` groups an
integer's thousands as the language does ("5,000,000", "5 000 000"). English is the source: a code
missing from another catalogue is shown in English rather than not at all (a test keeps every
catalogue complete).
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from delegate_editor.conventions.data import DataError, load
from delegate_editor.conventions.language import language
from delegate_editor.resources import resource

SOURCE = "en"
_FORMATTER = string.Formatter()
_language = SOURCE


@dataclass(frozen=True)
class Message:
    """A message before it is worded: its code and its parameters (plain JSON values, or a
    nested :class:`Message` for a part of the sentence that is itself a message)."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return render(self)

    def as_json(self) -> dict[str, Any]:
        """The code and the parameters, for ``check --json``: what a program reads."""
        return {
            "code": self.code,
            "params": {k: v.as_json() if isinstance(v, Message) else v for k, v in self.params.items()},
        }


def msg(code: str, **params: Any) -> Message:
    """A :class:`Message`; ``msg("opening.capital", opening="Recalling")``."""
    return Message(code, params)


def counted(code: str, n: int, /, **params: Any) -> Message:
    """The message ``code`` about ``n`` things: ``code-one`` for one and ``code-zero`` for
    none where the catalogue has those forms (every language holds every code; French counts
    0 in the singular), else ``code`` itself. ``n`` is not a parameter of the message: pass
    the count under the name its template uses."""
    form = {0: f"{code}-zero", 1: f"{code}-one"}.get(n, code)
    return Message(form if form in catalogue(SOURCE).messages else code, params)


@dataclass(frozen=True)
class Catalogue:
    """One language's templates and word tables (a parsed ``messages/<code>.json``)."""

    code: str
    messages: dict[str, str]
    words: dict[str, dict[str, str]]
    quote: str  # "'{}'", "«\u00a0{}\u00a0»"
    or_word: str  # " or ", " ou "
    thousands: str = ","  # "5,000,000"; French and Spanish group with a no-break space


@cache
def languages() -> tuple[str, ...]:
    """The codes that have a catalogue, English first."""
    found = sorted(p.stem for p in resource("data", "messages").glob("*.json"))
    return (SOURCE, *[c for c in found if c != SOURCE])


@cache
def catalogue(code: str = SOURCE) -> Catalogue:
    """The catalogue of ``code``; a language without one is English."""
    if code not in languages():
        code = SOURCE
    data = load(f"messages/{code}.json")
    try:
        return Catalogue(
            code, dict(data["messages"]), dict(data["words"]), data["quote"], data["or"], data["thousands"]
        )
    except KeyError as exc:
        raise DataError(f"messages/{code}.json: the key {exc} is missing") from None


def use(code: str) -> str:
    """Show messages in ``code`` from now on (English when it has no catalogue); returns
    the language now in use."""
    global _language
    _language = code if code in languages() else SOURCE
    return _language


def current() -> str:
    """The language messages are shown in."""
    return _language


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The message language of a command-line tool, found as gettext finds it: the first
    of LC_ALL, LC_MESSAGES and LANG that is set names the locale; LANGUAGE, a list of
    preferences ("fr:es"), comes before it unless the locale is "C" or "POSIX" (which asks
    for untranslated messages). The first language with a catalogue wins; else English."""
    env = os.environ if environ is None else environ
    locale = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if locale in ("", "C", "POSIX") or locale.startswith("C."):
        return SOURCE
    for name in [*env.get("LANGUAGE", "").split(":"), locale]:
        code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
        if code in languages():
            return code
    return SOURCE


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses ("{part:kind}" uses "part")."""
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


def render(message: Message, code: str | None = None) -> str:
    """``message`` worded in language ``code`` (by default the one in use)."""
    cat = catalogue(code or _language)
    template = cat.messages.get(message.code)
    if template is None:
        cat = catalogue(SOURCE)
        template = cat.messages.get(message.code, message.code)
    out: list[str] = []
    for literal, name, spec, _conversion in _FORMATTER.parse(template):
        out.append(literal)
        if name is not None:
            out.append(_value(message.params.get(name, ""), spec or "", cat))
    return "".join(out)


def _value(value: Any, spec: str, cat: Catalogue) -> str:
    if isinstance(value, Message):
        return render(value, cat.code)
    if isinstance(value, Said):
        return render(value.message, cat.code)
    if spec == "or":
        return cat.or_word.join(cat.quote.format(item) for item in value)
    if spec == "number" and isinstance(value, int):
        return f"{value:,}".replace(",", cat.thousands)
    if spec == "name":  # English keeps the model's English names
        return str(value) if cat.code == SOURCE else language(cat.code).name_of(str(value))
    if spec:
        return cat.words.get(spec, {}).get(str(value), str(value))
    return str(value)


def help_text(code: str) -> str:
    """The help of a command or an option (a ``cli.help.*`` code, no parameters) in the
    language messages are shown in, as argparse takes it: a "%" doubled, since argparse
    formats its help texts with "%" itself."""
    return render(Message(code)).replace("%", "%%")


class LibraryWords:
    """gettext's two calls over a catalogue's table of another library's fixed English
    messages (``argparse``: "usage: ", "options", "unrecognized arguments: %s" ...), so the
    command line's usage lines are in the locale's language like its own. A text the table
    does not hold stays in English; English has no table."""

    def __init__(self, table: Mapping[str, str]) -> None:
        self.table = dict(table)

    def gettext(self, text: str) -> str:
        return self.table.get(text, text)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


def library_words(library: str, code: str | None = None) -> LibraryWords:
    """The words of ``library`` (a key of ``messages/<code>.json``, e.g. "argparse") in
    language ``code`` (by default the one in use)."""
    cat = catalogue(code or _language)
    table = load(f"messages/{cat.code}.json").get(library, {})
    if not isinstance(table, dict):
        raise DataError(f"messages/{cat.code}.json: '{library}' must be an object")
    return LibraryWords(table)


class Said(str):
    """A message worded in English, the source language, that keeps its code and
    parameters: the readers' import report. Its users read and match the English words (the
    app finds the paragraph a guess quotes, ``formats/import_places.py``; tests and logs
    compare them), so the value stays the English text, and :func:`shown` words it again in
    the language messages are shown in when it is put before the user."""

    message: Message

    def __new__(cls, code: str, **params: Any) -> Said:
        message = Message(code, params)
        said = super().__new__(cls, render(message, SOURCE))
        said.message = message
        return said

    def __reduce__(self) -> tuple[Any, ...]:
        return (_said, (self.message.code, dict(self.message.params)))


def _said(code: str, params: dict[str, Any]) -> Said:
    return Said(code, **params)


def shown(text: str) -> str:
    """``text`` for the user: a :class:`Said` in the language messages are shown in, any
    other string as it is."""
    return render(text.message) if isinstance(text, Said) else text


def shown_error(exc: BaseException) -> str:
    """The one line of an error for the user. A reader that refuses a file raises its
    :class:`InputError` with a :class:`Said` (``str(exc)`` stays the English line that tests
    and logs compare); that line is worded again in the language messages are shown in, so
    the command line answers in the locale's language and the app's dialog in the interface
    language. Any other error is its own text."""
    said = exc.args[0] if len(exc.args) == 1 else None
    return shown(said) if isinstance(said, Said) else str(exc)
