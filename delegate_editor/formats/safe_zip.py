"""Opening DOCX and ODT packages that may be hostile.

A file that arrives by email is untrusted: it may not be a zip at all, be damaged, be
password-protected (Word then writes an OLE compound file, not a zip; LibreOffice writes a zip
whose parts are encrypted and says so in its manifest), or be a zip bomb whose few kilobytes
inflate to gigabytes. Every such case becomes one :class:`InputError` line that names the
file (a coded message, ``input.*``, shown in the reader's language), and nothing is inflated
beyond the limits below: sizes are counted while reading, so a member whose header lies
about its size is still cut off.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any

from delegate_editor.conventions.messages import Said
from delegate_editor.errors import InputError
from delegate_editor.limits import MAX_INPUT_BYTES, megabytes  # checked here too for callers of bytes

MAX_MEMBERS = 4000  # a DOCX has a dozen parts; one with pictures a few hundred
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one inflated part
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all the parts this reader inflates, together
MAX_RATIO = 200  # inflated / compressed, for members above RATIO_FLOOR (XML packs ~10-50x)
RATIO_FLOOR = 1024 * 1024  # small members may pack tighter without harm
_CHUNK = 64 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


# a problem's words (a part's name from the package) are cut to this many characters, so the
# line stays one readable line whatever a hostile package names its parts
MAX_WORDS = 240


def _describe_not_zip(raw: bytes) -> str:
    """Why ``raw`` is not a package, in words a delegate understands: the code of the
    message (its ``kind`` parameter names the package expected)."""
    if raw.startswith(OLE_MAGIC):
        return "input.password-word" if _ENCRYPTION_STREAM in raw else "input.legacy-office"
    if raw.startswith(b"%PDF"):
        return "input.pdf"
    if raw.lstrip()[:1] == b"{\\" or raw.startswith(b"{\\rtf"):
        return "input.rtf"
    if not raw:
        return "input.empty"
    return "input.not-zip"


@dataclass
class SafeZip:
    """A zip package read under limits. ``kind`` ("DOCX", "ODT") names it in messages."""

    raw: bytes
    name: str
    kind: str
    _zip: zipfile.ZipFile = field(init=False, repr=False)
    _by_lower: dict[str, zipfile.ZipInfo] = field(init=False, repr=False)
    _inflated: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        if len(self.raw) > MAX_INPUT_BYTES:
            raise self.error("input.too-large", megabytes=megabytes(len(self.raw)))
        if not self.raw.startswith(ZIP_MAGIC):
            raise self.error(_describe_not_zip(self.raw), kind=self.kind)
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(self.raw))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError):
            # NotImplementedError: a damaged header asking for a zip version Python cannot read
            # ("zip file version 14.8", a flipped bit in an ODT: tests/reliability)
            raise self.error("input.damaged-zip") from None
        if len(infos) > MAX_MEMBERS:
            raise self.error("input.too-many-parts", kind=self.kind, count=len(infos))
        self._by_lower = {}
        for info in infos:
            if info.flag_bits & 0x1:
                raise self.error("input.password")
            self._by_lower.setdefault(info.filename.lower(), info)

    def error(self, code: str, **params: Any) -> InputError:
        """The refusal ``code`` ("input.password") for this file, as one line whatever a
        damaged package put into its words (a part's name): white space runs become one
        space and a long name is cut."""
        for key, value in params.items():
            if isinstance(value, str):
                value = " ".join(value.split())
                params[key] = value if len(value) <= MAX_WORDS else value[: MAX_WORDS - 3] + "..."
        return InputError(Said(code, name=self.name, **params))

    def has(self, member: str) -> bool:
        return member.lstrip("/").lower() in self._by_lower

    def names(self) -> list[str]:
        return [info.filename for info in self._by_lower.values()]

    def read(self, member: str) -> bytes | None:
        """The inflated bytes of ``member`` (package names are case-insensitive), or None
        when the package has no such member; InputError when it breaks a limit or is damaged."""
        info = self._by_lower.get(member.lstrip("/").lower())
        if info is None:
            return None
        declared = max(info.file_size, 0)
        packed = max(info.compress_size, 1)
        self._check_size(declared, packed, info.filename)
        out = io.BytesIO()
        try:
            with self._zip.open(info) as stream:
                while True:
                    chunk = stream.read(_CHUNK)
                    if not chunk:
                        break
                    out.write(chunk)
                    # counted as read: a header that understates the size is cut off here
                    self._check_size(out.tell(), packed, info.filename)
        except InputError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
            raise self.error("input.damaged-part", part=info.filename) from None
        data = out.getvalue()
        self._inflated += len(data)
        if self._inflated > MAX_TOTAL_BYTES:
            raise self.error("input.zip-bomb")
        return data

    def _check_size(self, size: int, packed: int, member: str) -> None:
        if size > MAX_MEMBER_BYTES or self._inflated + size > MAX_TOTAL_BYTES:
            raise self.error("input.part-too-large", part=member)
        if size > RATIO_FLOOR and size / packed > MAX_RATIO:
            raise self.error("input.part-ratio", part=member)


def open_package(raw: bytes, name: str, kind: str) -> SafeZip:
    """Open ``raw`` as a zip package of ``kind`` under the limits above."""
    return SafeZip(raw, name, kind)
