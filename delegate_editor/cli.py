"""The command line: the same operations as the app, without a window.

Contract (DESIGN.md): bad input on any command gives one line on stderr naming the file and
the problem, exit status 2, no traceback, and no file written or overwritten. ``check`` exits
1 when any finding is an error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from delegate_editor import __version__
from delegate_editor.errors import InputError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors are bad input too: exit 2
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {message}\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="delegate-editor", description="Draft United Nations resolutions.")
    p.add_argument("--version", action="version", version=f"Delegate Editor {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    new = sub.add_parser("new", help="a new draft from a template")
    new.add_argument("--template", default="ga-plenary", help="template name (see --list)")
    new.add_argument("--list", action="store_true", help="list the templates")
    new.add_argument("-o", "--output", help="the .dres file to write")

    imp = sub.add_parser("import", help="read .txt, .docx or .odt into a .dres draft")
    imp.add_argument("input")
    imp.add_argument("-o", "--output", required=True)

    exp = sub.add_parser("export", help="write .docx, .odt, .pdf or .txt (from the extension)")
    exp.add_argument("input")
    exp.add_argument("-o", "--output", required=True)
    exp.add_argument("--layout", choices=["new_york", "geneva", "vienna"], help="duty-station layout")
    exp.add_argument("--paper", choices=["A4", "Letter"], help="paper size")

    chk = sub.add_parser("check", help="drafting-convention findings")
    chk.add_argument("input")
    chk.add_argument("--json", action="store_true", help="print a JSON array")
    return p


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def _write(path: str, data: bytes) -> None:
    from delegate_editor.storage.atomic import atomic_write

    atomic_write(path, data)


def _cmd_new(args: argparse.Namespace) -> int:
    from delegate_editor.conventions import templates

    if args.list:
        for name, label in templates.template_names().items():
            print(f"{name:18} {label}")
        return 0
    if not args.output:
        raise InputError("new: give the file to write with -o OUT.dres")
    if Path(args.output).suffix.lower() != ".dres":
        raise InputError(f"{args.output}: a new draft is saved as .dres")
    draft = templates.make_draft(args.template)
    from delegate_editor.storage.dres import dumps

    _write(args.output, dumps(draft))
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from delegate_editor.formats.registry import read_any
    from delegate_editor.storage.dres import dumps

    if Path(args.output).suffix.lower() != ".dres":
        raise InputError(f"{args.output}: import writes a .dres draft")
    if _same_file(args.input, args.output):
        raise InputError(f"{args.output}: the output would overwrite the input")
    result = read_any(args.input)
    _write(args.output, dumps(result.draft))
    for message in result.messages:
        print(f"{args.input}: {message}", file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from delegate_editor.formats.layout import layout_for
    from delegate_editor.formats.registry import export_bytes, read_any, writer_for

    writer_for(args.output)  # an unsupported output is refused before reading anything
    if _same_file(args.input, args.output):
        raise InputError(f"{args.output}: the output would overwrite the input")
    draft = read_any(args.input).draft
    f = draft.front
    layout = None
    if args.layout or args.paper:
        layout = layout_for(f.venue_dates, f.symbol, f.organ, args.layout or draft.layout, args.paper or "")
    _write(args.output, export_bytes(draft, args.output, layout))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from delegate_editor.conventions.checks import check
    from delegate_editor.formats.registry import read_any

    findings = check(read_any(args.input).draft)
    if args.json:
        print(json.dumps([f.as_json() for f in findings], ensure_ascii=False, indent=1))
    else:
        for finding in findings:
            print(finding.line())
    return 1 if any(f.severity == "error" for f in findings) else 0


COMMANDS = {"new": _cmd_new, "import": _cmd_import, "export": _cmd_export, "check": _cmd_check}


def _names_a_file(word: str) -> bool:
    """A file to open in the app, not a mistyped command: it exists, or it has an extension
    or a folder in it. ``compare`` is neither, so it is refused rather than opened as a file."""
    path = Path(word)
    return path.exists() or bool(path.suffix) or len(path.parts) > 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = _parser()
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        if argv and not _names_a_file(argv[0]):
            names = ", ".join(COMMANDS)
            print(
                f"delegate-editor: no command '{argv[0]}' (the commands are {names}; "
                "to open a draft give its file name, e.g. draft.dres)",
                file=sys.stderr,
            )
            return 2
        # `delegate-editor [FILE]` opens the app
        from delegate_editor.ui.app import run

        return run(argv[:1])
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return COMMANDS[args.command](args)
    except InputError as exc:
        print(f"delegate-editor: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # SaveError and anything else from the file system
        print(f"delegate-editor: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug must still not print a traceback at a delegate
        if os.environ.get("DELEGATE_EDITOR_DEBUG"):
            raise
        name = getattr(args, "input", "") or getattr(args, "output", "") or "delegate-editor"
        print(f"delegate-editor: {name}: unexpected error ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 2
