"""Shared test set-up. Qt runs offscreen: set before anything imports Qt."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from delegate_editor.conventions import messages  # noqa: E402
from delegate_editor.resources import resource  # noqa: E402
from delegate_editor.storage import dres  # noqa: E402

# The command line words its findings in the user's locale (conventions/messages.py); the
# tests read them in English, whatever the locale of the machine that runs them. LANGUAGE
# comes first for gettext-style tools and is read by nothing else here.
if messages.from_environment() != messages.SOURCE:
    os.environ["LANGUAGE"] = messages.SOURCE

SEED_TXT = os.path.join(os.path.dirname(__file__), "data", "seed_E_CN.15_2013_draft_cybercrime.txt")


@pytest.fixture
def example_draft():
    """The bundled example: the seed document with its symbol and job number."""
    return dres.load(resource("examples", "cybercrime.dres"))


@pytest.fixture(autouse=True)
def _messages_in_english():
    """A test that shows findings in another language leaves English behind it."""
    yield
    messages.use(messages.SOURCE)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Settings, recovery files and user phrases go to a temporary folder, never $HOME."""
    home = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("DELEGATE_EDITOR_HOME", str(home))
    yield


CORPUS = os.path.join(os.path.dirname(__file__), "data", "corpus")


@pytest.fixture(scope="session")
def corpus_dir():
    """The real UN texts (``ga-80/`` adopted resolutions, ``drafts/`` issued L. documents)."""
    from pathlib import Path

    return Path(CORPUS)


@pytest.fixture(scope="session", autouse=True)
def _corpus_readings_shared(tmp_path_factory, request):
    """A folder for this run's readings of the corpus texts (``corpus_drafts.read_source``),
    shared by pytest-xdist's processes: the run's own temporary folder, which holds each
    process's, so that no reading outlives the run or comes from other code."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if hasattr(request.config, "workerinput") else base) / "corpus-readings"
    folder.mkdir(exist_ok=True)
    os.environ["DELEGATE_EDITOR_TEST_READINGS"] = str(folder)
    yield
    os.environ.pop("DELEGATE_EDITOR_TEST_READINGS", None)
