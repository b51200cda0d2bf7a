"""A text file's bytes and characters, refused in one line when they are not text: too
large, binary, not UTF-8 (Notepad's UTF-16 "Unicode" is read), or holding control
characters. Every text reader passes here first, so no later pass meets such data.
"""

from __future__ import annotations

import re

from delegate_editor.conventions.messages import Said
from delegate_editor.errors import InputError
from delegate_editor.limits import MAX_CHARS


def decode(raw: bytes, name: str) -> str:
    """The text of a ``.txt`` file; binary or non-UTF-8 data is refused in one line."""
    if len(raw) > MAX_CHARS * 4:
        raise InputError(Said("input.too-large-bytes", name=name, size=len(raw)))
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode"
            text = raw.decode("utf-16")
        else:
            if b"\x00" in raw:
                raise InputError(Said("input.binary", name=name))
            text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(Said("input.not-utf8", name=name, offset=exc.start)) from None
    return text


# a control character other than tab, line feed, form feed and carriage return
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def check_text(text: str, name: str) -> str:
    if len(text) > MAX_CHARS:
        raise InputError(Said("input.too-long", name=name, size=len(text)))
    if _CONTROL.search(text):
        raise InputError(Said("input.binary", name=name))
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    return text.replace("\t", " ")
