"""A real draft of the corpus, shared by its penholder, for the co-drafting tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegate_editor.formats.text_import import read_text
from delegate_editor.model.negotiation import start_negotiation
from tests.corpus_drafts import corpus_text

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "drafts"


@pytest.fixture
def l13():
    """A/80/L.13 (6 preambular, 12 operative paragraphs), negotiation started."""
    path = CORPUS / "A_80_L.13.txt"
    draft = read_text(corpus_text(path), path.name)
    draft.negotiation = start_negotiation(draft)
    return draft
