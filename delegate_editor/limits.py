"""The input limits, once: how large a file and how much text the app agrees to read.

They sit beside ``errors.py`` at the root of the package, not in ``app/``, because the
readers that enforce them (``storage/dres.py``, ``formats/registry.py``, ``formats/safe_zip.py``,
``formats/text_lines.py``) are below the application layer and must not import upward.
"""

from __future__ import annotations

# Bytes of one input file. No draft resolution comes near this; a file beyond it is refused
# before it is parsed, by every reader (the registry, the .dres loader, the zip guard).
MAX_INPUT_BYTES = 50 * 1024 * 1024

# Characters of text in a whole draft: the longest resolutions hold a few hundred thousand.
# Typesetting costs about 1 s and 200 MB per million characters, so a text far beyond this
# would stall the preview and exhaust memory; it is refused instead (docs/reliability.md). The
# text importer and the .dres loader share it, so whatever is imported and saved opens again.
MAX_CHARS = 5_000_000


def megabytes(size: int) -> int:
    """Whole megabytes, for the message that refuses a file."""
    return size // (1024 * 1024)


# Bytes of one Yjs update received from another member or read from a file's update log. A
# whole negotiation's history is a few megabytes; far beyond is not a draft but an attack or
# damage, refused before pycrdt decodes it.
MAX_SYNC_UPDATE_BYTES = 20 * 1024 * 1024
