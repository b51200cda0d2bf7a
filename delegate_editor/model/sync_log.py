"""The update log of a draft shared with a co-drafting group (``docs/co-drafting.md``).

Plain data only: the group's id and the Yjs updates as base64 text, as the ``.dres`` holds
them under its optional ``sync`` key. The model does not decode them (that is
``delegate_editor/sync``, which needs pycrdt); it only carries them from the file to the
sync layer and back, so a draft saved without touching the group keeps its log intact.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SyncLog:
    group: str  # the group's id: files of different groups are never merged
    updates: tuple[str, ...] = ()  # Yjs updates, base64; applied in any order they converge
