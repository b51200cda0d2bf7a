"""Typed reads of the plain data of a ``.dres`` file, each value with its path, so that a
hand-edited or damaged file gives one clear message in the app's words (``field_names.py``)
rather than a traceback. ``serialize.from_dict`` builds the draft with these reads.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from delegate_editor.model.document import new_id
from delegate_editor.model.field_names import kind_of, list_of, place
from delegate_editor.model.text import Inline, NoteRef, RichText, Run, XRef, normalize


class FormatError(ValueError):
    """The data does not describe a draft. The message says where, in the words of the app
    (``model/field_names.py``: "The Symbol field should be text, not a number"), and what;
    ``path`` keeps the key path ("front.symbol") for whoever mends the file by hand."""

    def __init__(self, path: str, what: str) -> None:
        where = place(path)
        super().__init__(f"{where[:1].upper()}{where[1:]} {what}")
        self.path = path


class PlainReader:
    """Typed access to nested plain data, with the path of each value for error messages."""

    def __init__(self, data: Any, path: str = "") -> None:
        self.data = data
        self.path = path

    def fail(self, what: str) -> FormatError:
        """``what`` is said of the value: "should be text, not a number"."""
        return FormatError(self.path, what)

    def obj(self) -> dict[str, Any]:
        if not isinstance(self.data, dict):
            raise self.fail(f"should be a group of fields, not {kind_of(self.data)}")
        return self.data

    def child(self, key: str) -> PlainReader:
        return PlainReader(self.obj().get(key), f"{self.path}.{key}" if self.path else key)

    def str(self, key: str, default: str = "") -> str:
        value = self.obj().get(key, default)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.child(key).fail(f"should be text, not {kind_of(value)}")
        return value

    def bool(self, key: str, default: bool = False) -> bool:
        value = self.obj().get(key, default)
        if not isinstance(value, bool):
            raise self.child(key).fail(f"should be true or false, not {kind_of(value)}")
        return value

    def list(self, key: str) -> list[PlainReader]:
        value = self.obj().get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.child(key).fail(f"should be {list_of(key)}, not {kind_of(value)}")
        base = f"{self.path}.{key}" if self.path else key
        return [PlainReader(v, f"{base}[{i}]") for i, v in enumerate(value)]

    def strings(self, key: str) -> list[str]:
        out = []
        for item in self.list(key):
            if not isinstance(item.data, str):
                raise item.fail(f"should be a name, not {kind_of(item.data)}")
            out.append(item.data)
        return out

    def date(self, key: str) -> date | None:
        value = self.str(key)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.child(key).fail(f"is not a date (YYYY-MM-DD): {value!r}") from None

    def enum(self, key: str, enum: type, default: Any) -> Any:
        value = self.str(key, default.value)
        try:
            return enum(value)
        except ValueError:
            # an empty value (Distribution.NONE: no distribution line) is named as the form shows it
            allowed = ", ".join(e.value or "(none)" for e in enum)
            raise self.child(key).fail(f"should be one of {allowed}, not {value!r}") from None

    def id(self) -> str:
        value = self.str("id")
        return value or new_id()

    def text(self, key: str) -> RichText:
        items: list[Inline] = []
        for item in self.list(key):
            data = item.data
            if isinstance(data, str):
                items.append(Run(data))
            elif isinstance(data, dict) and len(data) == 1 and isinstance(next(iter(data.values())), str):
                ((kind, value),) = data.items()
                if kind == "i":
                    items.append(Run(value, italic=True))
                elif kind == "note":
                    items.append(NoteRef(value))
                elif kind == "ref":
                    items.append(XRef(value))
                else:
                    raise item.fail(f"holds an unknown kind of text ({kind!r})")
            else:
                raise item.fail(
                    "holds something that is not text, italics, a footnote mark or a cross-reference"
                )
        return normalize(items)


def optional_object(parent: PlainReader, key: str) -> PlainReader:
    """A nested object that may be absent (older or hand-written files): absent is empty."""
    child = parent.child(key)
    if child.data is None:
        return PlainReader({}, child.path)
    child.obj()
    return child
