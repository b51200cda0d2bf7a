"""Issue 20: a draft that cannot be typeset, and the typesetting process's refusal sent to
the app, worded in the reader's language; the English line stays as it was."""

from __future__ import annotations

import io
import pickle

import pytest
import typst

from delegate_editor.app.typeset_worker import Pipe, _refusal
from delegate_editor.app.typesetter import TypesetError, _Answers
from delegate_editor.conventions import messages
from delegate_editor.errors import InputError
from delegate_editor.formats.typeset import cannot_typeset

NBSP = "\u00a0"


def test_cannot_typeset_keeps_typsts_first_line_after_our_words():
    refusal = cannot_typeset(typst.TypstError("error: unknown variable: foo\n  at pages.typ:3"))
    assert str(refusal) == "cannot typeset the draft: error: unknown variable: foo"
    messages.use("fr")
    assert messages.shown_error(refusal) == (
        f"impossible de composer le projet{NBSP}: error: unknown variable: foo"
    )
    messages.use("es")
    assert messages.shown_error(refusal) == "no se puede componer el proyecto: error: unknown variable: foo"


def test_the_processs_refusal_reaches_the_app_with_its_code():
    """Through the pipe the process and the app share (pickled), the refusal keeps its code
    and parameters, so the app words it in its interface language."""
    out = io.BytesIO()
    Pipe(io.BytesIO(), out).send(("failed", _refusal(cannot_typeset(typst.TypstError("boom"))), True))
    answer = Pipe(io.BytesIO(out.getvalue()), io.BytesIO()).recv()
    answers = _Answers({}, lambda pages, held: None)
    with pytest.raises(InputError) as info:
        answers.send(answer)
    refused = info.value
    assert str(refused) == "cannot typeset the draft: boom"
    messages.use("fr")
    assert messages.shown_error(refused) == f"impossible de composer le projet{NBSP}: boom"
    assert _refusal(InputError("a plain line")) == "a plain line"


def test_a_stopped_process_is_said_in_spanish():
    stopped = TypesetError(messages.Said("typeset.stopped", reason="EOFError"))
    assert str(stopped) == "the typesetting process stopped (EOFError)"
    messages.use("es")
    assert messages.shown_error(stopped) == "el proceso de composición se detuvo (EOFError)"
    assert pickle.loads(pickle.dumps(stopped.args[0])).message.code == "typeset.stopped"
