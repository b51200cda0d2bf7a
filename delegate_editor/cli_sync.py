"""``delegate-editor merge``: two members' shared drafts merged as a live sync would merge them."""

from __future__ import annotations

import argparse
from pathlib import Path

from delegate_editor.conventions.messages import Said
from delegate_editor.conventions.messages import help_text as _h
from delegate_editor.errors import InputError
from delegate_editor.storage import dres
from delegate_editor.sync.log import merge


def add_merge_parser(sub) -> None:
    m = sub.add_parser("merge", help=_h("cli.help.merge"))
    m.add_argument("input", help=_h("cli.help.merge.input"))
    m.add_argument("other", help=_h("cli.help.merge.other"))
    m.add_argument("-o", "--output", required=True, help=_h("cli.help.merge.output"))


def cmd_merge(args: argparse.Namespace) -> int:
    from delegate_editor.app.export import guard

    if Path(args.output).suffix.lower() != ".dres":
        raise InputError(Said("output.merge-dres", name=str(args.output)))
    guard(args.output, [args.input, args.other])  # a member's own file is never overwritten
    a, b = dres.load(args.input), dres.load(args.other)
    merged = merge(a, b, (args.input, args.other))  # raises before anything is written
    dres.save(merged, args.output)
    return 0
