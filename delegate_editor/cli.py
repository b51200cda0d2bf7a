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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from delegate_editor import __version__
from delegate_editor.cli_compare import (
    add_compare_parser,
    add_version_parser,
    cmd_compare,
    cmd_version,
    draft_from,
)
from delegate_editor.cli_negotiate import (
    add_export_options,
    add_negotiate_parser,
    cmd_negotiate,
    negotiation_export,
)
from delegate_editor.cli_serve import add_serve_parsers, cmd_invite, cmd_revoke, cmd_serve
from delegate_editor.cli_sync import add_merge_parser, cmd_merge
from delegate_editor.conventions import messages
from delegate_editor.conventions.language import codes as language_codes
from delegate_editor.conventions.messages import Said
from delegate_editor.conventions.messages import help_text as _h
from delegate_editor.errors import InputError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors are bad input too: exit 2
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {message}\n")


@contextmanager
def _argparse_words(code: str) -> Iterator[messages.LibraryWords]:
    """argparse's own lines ("usage: ", "options", "unrecognized arguments: ...") in language
    ``code`` while the parser is built and reads the arguments. argparse words them through
    the module-level ``_`` and ``ngettext`` it imported from gettext, which a gettext
    catalogue would fill for the whole process; here they are the messages catalogue's
    (``"argparse"`` in ``messages/<code>.json``), for this parser alone and put back after.
    A Python whose argparse has no such names keeps its English."""
    words = messages.library_words("argparse", code)
    if not (hasattr(argparse, "_") and hasattr(argparse, "ngettext")):
        yield words
        return
    saved = argparse._, argparse.ngettext  # argparse's gettext hook
    argparse._, argparse.ngettext = words.gettext, words.ngettext
    try:
        yield words
    finally:
        argparse._, argparse.ngettext = saved


def _parser(words: messages.LibraryWords | None = None) -> argparse.ArgumentParser:
    """The command line's parser, its help in the language messages are shown in (the
    ``cli.help.*`` codes); ``words`` word argparse's own help of --version, which argparse
    gives as a default that gettext never sees."""
    p = _Parser(prog="delegate-editor", description=_h("cli.help.description"))
    version_help = "show program's version number and exit"
    p.add_argument(
        "--version",
        action="version",
        version=f"Delegate Editor {__version__}",
        help=words.gettext(version_help) if words else version_help,
    )
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    new = sub.add_parser("new", help=_h("cli.help.new"))
    new.add_argument("--template", default="ga-plenary", help=_h("cli.help.new.template"))
    new.add_argument("--list", action="store_true", help=_h("cli.help.new.list"))
    new.add_argument("-o", "--output", help=_h("cli.help.new.output"))
    new.add_argument("--language", choices=language_codes(), default="en", help=_h("cli.help.new.language"))
    new.add_argument("--from", dest="source", metavar="FILE", help=_h("cli.help.new.from"))

    imp = sub.add_parser("import", help=_h("cli.help.import"))
    imp.add_argument("input")
    imp.add_argument("-o", "--output", required=True)

    exp = sub.add_parser("export", help=_h("cli.help.export"))
    exp.add_argument("input")
    exp.add_argument("-o", "--output", required=True)
    exp.add_argument("--layout", choices=["new_york", "geneva", "vienna"], help=_h("cli.help.export.layout"))
    exp.add_argument("--paper", choices=["A4", "Letter"], help=_h("cli.help.export.paper"))
    add_export_options(exp)
    add_negotiate_parser(sub)
    add_merge_parser(sub)
    add_serve_parsers(sub)

    add_compare_parser(sub)
    add_version_parser(sub)

    chk = sub.add_parser("check", help=_h("cli.help.check"))
    chk.add_argument("input")
    chk.add_argument("--json", action="store_true", help=_h("cli.help.check.json"))
    chk.add_argument("--summary", action="store_true", help=_h("cli.help.check.summary"))
    return p


def _cmd_new(args: argparse.Namespace) -> int:
    from delegate_editor.app.export import guard, new_dres
    from delegate_editor.conventions import templates
    from delegate_editor.storage.atomic import atomic_write
    from delegate_editor.storage.dres import dumps

    if args.list:
        for name, label in templates.template_names(messages.current()).items():
            print(f"{name:18} {label}")
        return 0
    if not args.output:
        raise InputError(Said("usage.new-output"))
    if args.source:  # a draft based on an earlier text, kept as its base
        if Path(args.output).suffix.lower() != ".dres":
            raise InputError(Said("output.new-dres", name=str(args.output)))
        guard(args.output, [args.source])
        atomic_write(args.output, dumps(draft_from(args.source)))
    else:
        new_dres(args.template, args.output, args.language)
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from delegate_editor.app.export import import_to_dres

    for message in import_to_dres(args.input, args.output).messages:
        print(f"{args.input}: {messages.shown(message)}", file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from delegate_editor.app.export import export_draft, export_target
    from delegate_editor.formats.registry import read_any

    export_target(args.output, [args.input])  # refused before anything is read
    draft = read_any(args.input).draft
    if negotiation_export(args, draft):
        return 0
    export_draft(draft, args.output, preset=args.layout or "", paper=args.paper or "", protect=[args.input])
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from delegate_editor.conventions.checks import check
    from delegate_editor.formats.registry import read_any

    if args.summary:
        from delegate_editor.conventions.summary import report

        print(report(_summary(args.input)))
        return 0
    findings = check(read_any(args.input).draft)
    if args.json:
        print(json.dumps([f.as_json() for f in findings], ensure_ascii=False, indent=1))
    else:
        for finding in findings:
            print(finding.line())
    return 1 if any(f.severity == "error" for f in findings) else 0


_SUMMARY_TYPES = (".docx", ".dres", ".md", ".odt", ".txt")


def _summary(folder: str):
    """Check every text under ``folder``; a text's group is its first sub-folder. Corpus
    files carry metadata lines (YAML front matter, "# Symbol:" lines) that are not UN text:
    they are dropped before the text is read, as a delegate would copy only the text."""
    from delegate_editor.app.corpus import without_record
    from delegate_editor.conventions.checks import check
    from delegate_editor.conventions.summary import Tally
    from delegate_editor.formats.registry import read_any, read_bytes_of
    from delegate_editor.formats.text_import import read_text
    from delegate_editor.formats.text_input import decode

    root = Path(folder)
    if not root.is_dir():
        raise InputError(Said("usage.summary-folder", name=str(folder)))
    tally = Tally()
    files = (p for p in root.rglob("*") if p.suffix.lower() in _SUMMARY_TYPES and p.stem.lower() != "readme")
    for path in sorted(files):
        rel = path.relative_to(root)
        try:
            if path.suffix.lower() in (".md", ".txt"):
                text = without_record(decode(read_bytes_of(path), str(path)))
                draft = read_text(text, str(path))
            else:
                draft = read_any(path).draft
        except InputError as exc:
            tally.unreadable.append((str(rel), str(exc)))
            continue
        tally.add(rel.parts[0] if len(rel.parts) > 1 else "", check(draft))
    return tally


def _cmd_compare(args: argparse.Namespace) -> int:
    return cmd_compare(args)


def _cmd_version(args: argparse.Namespace) -> int:
    from delegate_editor.storage.atomic import atomic_write

    return cmd_version(args, atomic_write)


COMMANDS = {
    "new": _cmd_new,
    "import": _cmd_import,
    "export": _cmd_export,
    "check": _cmd_check,
    "compare": _cmd_compare,
    "version": _cmd_version,
    "negotiate": cmd_negotiate,
    "merge": cmd_merge,
    "serve": cmd_serve,
    "invite": cmd_invite,
    "revoke": cmd_revoke,
}


def _names_a_file(word: str) -> bool:
    """A file to open in the app, not a mistyped command: it exists, or it has an extension
    or a folder in it. ``compare`` is neither, so it is refused rather than opened as a file."""
    path = Path(word)
    return path.exists() or bool(path.suffix) or len(path.parts) > 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    language = messages.from_environment()  # the locale's, as command-line tools find it
    # the help, findings and fix labels in that language from here on
    messages.use(language)
    with _argparse_words(language) as words:
        parser = _parser(words)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        if argv and not _names_a_file(argv[0]):
            names = ", ".join(COMMANDS)
            refusal = messages.msg("usage.no-command", command=argv[0], names=names)
            print(f"delegate-editor: {messages.render(refusal, language)}", file=sys.stderr)
            return 2
        # `delegate-editor [FILE]` opens the app
        from delegate_editor.ui.app import run

        return run(argv[:1])
    with _argparse_words(language):
        args = parser.parse_args(argv)
    if args.command is None:
        with _argparse_words(language):
            parser.print_help()
        return 0
    try:
        return COMMANDS[args.command](args)
    except InputError as exc:  # a reader's refusal in the locale's language (one line)
        print(f"delegate-editor: {messages.shown_error(exc)}", file=sys.stderr)
        return 2
    except OSError as exc:  # SaveError (worded in the locale's language) and the file system's own
        print(f"delegate-editor: {messages.shown_error(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug must still not print a traceback at a delegate
        if os.environ.get("DELEGATE_EDITOR_DEBUG"):
            raise
        name = getattr(args, "input", "") or getattr(args, "output", "") or "delegate-editor"
        bug = messages.msg("error.unexpected", name=str(name), detail=f"{type(exc).__name__}: {exc}")
        print(f"delegate-editor: {bug}", file=sys.stderr)
        return 2
