"""The command line's versions and changes: ``new --from`` and ``compare``.

``delegate-editor new --from FILE -o OUT.dres`` starts a draft from an earlier text (an A/RES
copied from the PDF, a DOCX, an ODT, a ``.dres``) and keeps that text inside as the base.
``delegate-editor compare [BASE] DRAFT -o OUT.docx|.odt|.pdf`` writes the draft with every
change from the base (or from ``--version NAME``) as tracked changes, or as typeset pages
with the changes marked (:mod:`delegate_editor.formats.change_exports`). Bad input follows
the command line's contract (``cli.py``): one line, exit status 2, nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from delegate_editor.conventions.messages import Said, counted, msg, render, shown
from delegate_editor.conventions.messages import help_text as _h
from delegate_editor.errors import InputError
from delegate_editor.model.document import Draft


def add_compare_parser(sub) -> None:
    cmp = sub.add_parser("compare", help=_h("cli.help.compare"))
    cmp.add_argument("inputs", nargs="+", metavar="FILE", help=_h("cli.help.compare.inputs"))
    cmp.add_argument("-o", "--output", required=True, help=_h("cli.help.compare.output"))
    cmp.add_argument("--version", dest="against", metavar="NAME", help=_h("cli.help.compare.version"))
    cmp.add_argument("--author", help=_h("cli.help.compare.author"))
    cmp.add_argument("--list", action="store_true", help=_h("cli.help.compare.list"))


def draft_from(path: str) -> Draft:
    """A new draft based on the text in ``path`` (any file the app reads); what the reader
    has to say about the file (tracked changes accepted ...) goes to stderr, as for import."""
    from delegate_editor.app.changes import draft_from as app_draft_from

    draft, messages = app_draft_from(path)
    for message in messages:
        print(f"{path}: {shown(message)}", file=sys.stderr)  # in the locale's language
    return draft


def _texts(args: argparse.Namespace) -> tuple[Draft, Draft]:
    from delegate_editor.formats.registry import read_any
    from delegate_editor.model.versions import find_version

    if len(args.inputs) > 2:
        raise InputError(Said("usage.compare-inputs"))
    draft = read_any(args.inputs[-1]).draft
    if args.against:
        version = find_version(draft, args.against)
        if version is None:
            name, names = str(args.inputs[-1]), ", ".join(f'"{v.name}"' for v in draft.versions)
            if not names:
                raise InputError(Said("usage.no-version-none", name=name, version=args.against))
            raise InputError(Said("usage.no-version", name=name, version=args.against, names=names))
        return version.draft, draft
    if len(args.inputs) == 2:
        return read_any(args.inputs[0]).draft, draft
    if draft.base is None:
        raise InputError(Said("usage.no-base", name=str(args.inputs[0])))
    return draft.base, draft


def cmd_compare(args: argparse.Namespace) -> int:
    from delegate_editor.app.changes import author_of, export_comparison
    from delegate_editor.formats.change_exports import check_output

    check_output(args.output)  # an unsupported output is refused before reading anything
    from delegate_editor.app.export import guard

    guard(args.output, args.inputs)
    old, new = _texts(args)
    comparison = export_comparison(old, new, args.output, author_of(args.author), protect=args.inputs)
    if args.list:
        from delegate_editor.formats.change_list import change_list

        for line in change_list(comparison):
            print(shown(line))  # in the locale's language
    return 0


def add_version_parser(sub) -> None:
    ver = sub.add_parser("version", help=_h("cli.help.version"))
    ver.add_argument("input", metavar="DRAFT.dres")
    ver.add_argument("name", nargs="?", help=_h("cli.help.version.name"))
    ver.add_argument(
        "--revise",
        action="store_true",
        help=_h("cli.help.version.revise"),
    )
    ver.add_argument("--base", metavar="FILE", help=_h("cli.help.version.base"))


def cmd_version(args: argparse.Namespace, write) -> int:
    from delegate_editor.model.versions import revise, take_version
    from delegate_editor.storage.dres import dumps, load

    if Path(args.input).suffix.lower() != ".dres":
        raise InputError(Said("usage.versions-dres", name=str(args.input)))
    draft = load(args.input)
    if args.base:
        from delegate_editor.formats.registry import read_any
        from delegate_editor.model.versions import set_base

        if args.revise or args.name is not None:
            raise InputError(Said("usage.base-alone", name=str(args.input)))
        set_base(draft, read_any(args.base).draft)
        write(args.input, dumps(draft))
        return 0
    if args.revise:
        if args.name is not None:
            raise InputError(Said("usage.revise-name", name=str(args.input)))
        number = revise(draft)
        write(args.input, dumps(draft))
        symbol = draft.front.symbol or msg("version.no-symbol")
        print(render(msg("version.revised", name=str(args.input), number=number, symbol=symbol)))
        return 0
    if args.name is None:
        for version in draft.versions:
            sponsors = len(version.draft.sponsors.names) + len(version.draft.sponsors.later)
            taken = f"{version.taken:%Y-%m-%d %H:%M}"
            print(
                render(
                    counted("version.listed", sponsors, taken=taken, version=version.name, sponsors=sponsors)
                )
            )
        return 0
    if not args.name.strip():
        raise InputError(Said("usage.version-name", name=str(args.input)))
    take_version(draft, args.name)
    write(args.input, dumps(draft))
    return 0
