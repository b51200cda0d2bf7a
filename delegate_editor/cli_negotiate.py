"""The command line's negotiation: ``negotiate`` and ``export --clean`` / ``--compilation``.

``delegate-editor negotiate SENT --copy DELEGATION=FILE [--copy ...] -o OUT`` reads the draft
as it was sent and each copy a delegation returned, turns every change into proposals by
that delegation (:mod:`delegate_editor.formats.negotiate`), and writes OUT: a ``.dres`` (the
draft with the proposals) or the compilation text (``.docx``, ``.odt``, ``.pdf``).
``export DRAFT.dres --clean`` writes the clean text, ``--compilation`` the compilation.
Bad input follows the command line's contract (``cli.py``): one line, exit 2, nothing written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from delegate_editor.conventions.messages import Said, counted, render, shown
from delegate_editor.conventions.messages import help_text as _h
from delegate_editor.errors import InputError
from delegate_editor.model.document import Draft

_OUTPUTS = (".dres", ".docx", ".odt", ".pdf")


def add_negotiate_parser(sub) -> None:
    neg = sub.add_parser("negotiate", help=_h("cli.help.negotiate"))
    neg.add_argument("sent", metavar="SENT", help=_h("cli.help.negotiate.sent"))
    neg.add_argument(
        "--copy",
        action="append",
        default=[],
        metavar="DELEGATION=FILE",
        help=_h("cli.help.negotiate.copy"),
    )
    neg.add_argument("-o", "--output", required=True, help=_h("cli.help.negotiate.output"))


def add_export_options(exp) -> None:
    """``export``'s negotiation options."""
    how = exp.add_mutually_exclusive_group()
    how.add_argument("--clean", action="store_true", help=_h("cli.help.export.clean"))
    how.add_argument("--compilation", action="store_true", help=_h("cli.help.export.compilation"))


def _copies(given: list[str]) -> list[tuple[str, str]]:
    out = []
    for item in given:
        delegation, sep, path = item.partition("=")
        if not sep or not delegation.strip() or not path.strip():
            raise InputError(Said("usage.copy-form", item=item))
        out.append((delegation.strip(), path.strip()))
    if not out:
        raise InputError(Said("usage.copy-none"))
    return out


def cmd_negotiate(args: argparse.Namespace) -> int:
    from delegate_editor.app.export import OVERWRITES_INPUT, same_file
    from delegate_editor.formats.compilation import compilation_bytes
    from delegate_editor.formats.negotiate import negotiate
    from delegate_editor.formats.registry import read_any
    from delegate_editor.storage.atomic import atomic_write
    from delegate_editor.storage.dres import dumps

    ext = Path(args.output).suffix.lower()
    if ext not in _OUTPUTS:
        raise InputError(Said("output.negotiate", name=str(args.output)))
    copies = _copies(args.copy)
    for name in [args.sent, *(path for _d, path in copies)]:
        if same_file(name, args.output):
            raise InputError(Said("output.overwrites", name=str(args.output), why=OVERWRITES_INPUT))
    sent = read_any(args.sent).draft
    returned: list[tuple[str, Draft]] = []
    for delegation, path in copies:
        result = read_any(path)
        for message in result.messages:
            print(f"{path}: {shown(message)}", file=sys.stderr)
        returned.append((delegation, result.draft))
    draft, outcome = negotiate(sent, returned, made=date.today())
    for message in outcome.messages:
        print(shown(message), file=sys.stderr)
    atomic_write(args.output, dumps(draft) if ext == ".dres" else compilation_bytes(draft, ext))
    for delegation, _draft in returned:
        count = sum(1 for p in outcome.added if delegation in p.authors)
        print(render(counted("negotiate.proposals", count, delegation=delegation, count=count)))
    return 0


def negotiation_export(args: argparse.Namespace, draft: Draft) -> bool:
    """Write the clean or compilation text when asked; False when neither was asked."""
    from delegate_editor.app.negotiation import export_clean, export_compilation

    layout = {"preset": args.layout or "", "paper": args.paper or ""}
    if args.clean:
        export_clean(draft, args.output, protect=[args.input], **layout)
        return True
    if not args.compilation:
        return False
    export_compilation(draft, args.output, protect=[args.input], name=args.input, **layout)
    return True
