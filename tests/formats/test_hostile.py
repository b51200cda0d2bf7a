"""Bad and hostile DOCX and ODT files: one clear line each, exit status 2, nothing written.

Every file is built here, small: a zip bomb that declares 2 GiB is assembled from one
flushed deflate block repeated, so the test neither writes nor inflates gigabytes.
"""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from lxml import etree

from delegate_editor.cli import main
from delegate_editor.errors import InputError
from delegate_editor.formats import safe_xml, safe_zip
from delegate_editor.formats.docx_reader import read_docx
from delegate_editor.formats.odt_reader import read_odt
from delegate_editor.formats.registry import read_any

ROOT = Path(__file__).resolve().parents[2]

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
ODT_MIME = b"application/vnd.oasis.opendocument.text"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_with(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        zf.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def body(text: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body><w:p><w:r>'
        f"<w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'.encode() for i in range(1, 10)
    )
    + f'<!-- -->]><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'.encode()
    + b"</w:body></w:document>"
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    + f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>'.encode()
    + b"</w:body></w:document>"
)


def _local_header(name: bytes, crc: int, csize: int, usize: int, method: int = 8, flags: int = 0) -> bytes:
    return (
        struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, flags, method, 0, 0, crc, csize, usize, len(name), 0)
        + name
    )


def _central(name: bytes, crc: int, csize: int, usize: int, offset: int, method: int = 8) -> bytes:
    return (
        struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            0,
            method,
            0,
            0,
            crc,
            csize,
            usize,
            len(name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        + name
    )


def zip_bomb(odt: bool = False, total: int = 2 * 1024**3) -> bytes:
    """A DOCX whose document.xml (an ODT whose content.xml) is ``total`` bytes of zeros: one 1 MiB block deflated with a
    full flush (so every copy of it is the same bytes) repeated, then the final block."""
    chunk = 1024 * 1024
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(b"\0" * chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush(zlib.Z_FINISH)
    count = total // chunk
    data = block * count + tail
    zero_crc = 0
    zeros = b"\0" * chunk
    for _ in range(count):
        zero_crc = zlib.crc32(zeros, zero_crc)
    out = io.BytesIO()
    central = []
    small = (
        [(b"mimetype", ODT_MIME)]
        if odt
        else [(b"[Content_Types].xml", CONTENT_TYPES), (b"_rels/.rels", PACKAGE_RELS)]
    )
    members = [(name, payload, zlib.crc32(payload), len(payload), 0) for name, payload in small]
    members.append((b"content.xml" if odt else b"word/document.xml", data, zero_crc, count * chunk, 8))
    for name, payload, crc, usize, method in members:
        offset = out.tell()
        out.write(_local_header(name, crc, len(payload), usize, method) + payload)
        central.append(_central(name, crc, len(payload), usize, offset, method))
    start = out.tell()
    out.write(b"".join(central))
    size = out.tell() - start
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), size, start, 0))
    return out.getvalue()


def tight_member() -> bytes:
    """An honest zip whose document.xml is 10 MiB of one repeated character."""
    return docx_with(b"<a>" + b"x" * (10 * 1024 * 1024) + b"</a>")


def encrypted_ole() -> bytes:
    """The head of what Word writes for a password-protected .docx: an OLE compound file
    holding an EncryptionInfo stream (directory entries name streams in UTF-16)."""
    sector = bytearray(512)
    sector[:8] = safe_zip.OLE_MAGIC
    directory = bytearray(512)
    name = "EncryptionInfo".encode("utf-16-le")
    directory[: len(name)] = name
    return bytes(sector) + bytes(directory) + os.urandom(1024)


def zip_with_encrypted_member() -> bytes:
    """A zip whose member carries the "encrypted" flag (zipfile writes none, so the flag
    bits of the local and central headers are set by hand)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", b"\x12\x34 ciphertext stands here")
    data = bytearray(buf.getvalue())
    for offset in (6, _find_central(bytes(data), b"word/document.xml") + 8):
        data[offset] |= 0x1
    return bytes(data)


def odt_encrypted() -> bytes:
    manifest = (
        b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
        b'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" '
        b'manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" '
        b'manifest:checksum="AAAA"/></manifest:file-entry></manifest:manifest>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", b"application/vnd.oasis.opendocument.text")
        zf.writestr("META-INF/manifest.xml", manifest)
        zf.writestr("content.xml", os.urandom(256))
    return buf.getvalue()


def corrupt_zip(good: bytes) -> bytes:
    """A real package with its compressed bytes damaged in the middle of document.xml."""
    info = zipfile.ZipFile(io.BytesIO(good)).getinfo("word/document.xml")
    data = bytearray(good)
    start = info.header_offset + 30 + len(info.filename.encode())
    for k in range(start + 10, start + min(info.compress_size - 2, 200)):
        data[k] ^= 0x5A
    return bytes(data)


def truncated(good: bytes) -> bytes:
    return good[: len(good) // 2]


def real_docx() -> bytes:
    return docx_with(body("Brazil, China and India: draft resolution"))


CASES = {
    "random bytes": (lambda: os.urandom(4096), "not a DOCX file"),
    "text named .docx": (lambda: b"Dear colleagues,\nplease find the draft attached.\n", "not a DOCX file"),
    "empty file": (lambda: b"", "empty"),
    "a zip that is no DOCX": (lambda: _plain_zip(), "not a DOCX file"),
    "an ODT named .docx": (lambda: _plain_zip({"content.xml": b"<x/>"}), "OpenDocument"),
    "corrupt zip": (lambda: corrupt_zip(real_docx()), "damaged"),
    "truncated zip": (lambda: truncated(real_docx()), "damaged"),
    "password-protected (OLE)": (encrypted_ole, "password-protected"),
    "password-protected (zip)": (zip_with_encrypted_member, "password-protected"),
    "billion laughs": (lambda: docx_with(BILLION_LAUGHS), "DTD or entities"),
    "external entity": (lambda: docx_with(EXTERNAL_ENTITY), "DTD or entities"),
    "zip bomb (2 GiB)": (zip_bomb, "zip bomb"),
    "tightly packed member": (tight_member, "zip bomb"),
    "broken XML": (lambda: docx_with(b"<w:document><w:body>"), "not valid XML"),
    "not a draft": (lambda: docx_with(body("Lunch menu for Tuesday")), "no draft resolution found"),
}


def _plain_zip(members: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in (members or {"holiday.jpg": os.urandom(64)}).items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_docx_is_one_line_naming_the_file(case):
    make, words = CASES[case]
    with pytest.raises(InputError) as info:
        read_docx(make(), "draft.docx")
    message = str(info.value)
    assert message.startswith("draft.docx: ")
    assert "\n" not in message
    assert words in message, message
    assert "root:" not in message  # /etc/passwd never leaks into a message


ODT_CASES = {
    "random bytes": (lambda: os.urandom(2048), "not an ODT file"),
    "password-protected": (odt_encrypted, "password-protected"),
    "a DOCX named .odt": (real_docx, "Word document"),
    "spreadsheet": (
        lambda: _plain_zip(
            {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}
        ),
        "spreadsheet",
    ),
    "zip bomb": (lambda: zip_bomb(odt=True), "zip bomb"),
}


@pytest.mark.parametrize("case", list(ODT_CASES))
def test_hostile_odt_is_one_line_naming_the_file(case):
    make, words = ODT_CASES[case]
    with pytest.raises(InputError) as info:
        read_odt(make(), "draft.odt")
    message = str(info.value)
    assert message.startswith("draft.odt: ") and "\n" not in message
    assert words in message, message


def test_the_zip_bomb_really_declares_two_gibibytes():
    info = zipfile.ZipFile(io.BytesIO(zip_bomb())).getinfo("word/document.xml")
    assert info.file_size == 2 * 1024**3
    assert info.file_size / info.compress_size > 500


def test_a_member_that_lies_about_its_size_is_cut_off():
    """A header that declares 1 kB for 10 MiB: reading stops at the declared size and the
    package is refused as damaged, never inflated whole."""
    good = tight_member()
    zf = zipfile.ZipFile(io.BytesIO(good))
    info = zf.getinfo("word/document.xml")
    data = bytearray(good)
    for offset in (info.header_offset + 22, _find_central(good, b"word/document.xml") + 24):
        data[offset : offset + 4] = struct.pack("<L", 1000)
    with pytest.raises(InputError) as exc:
        read_docx(bytes(data), "liar.docx")
    assert "liar.docx: " in str(exc.value)


def test_a_header_asking_for_a_zip_version_python_cannot_read_is_damage():
    """A flipped bit in an ODT's central directory asked for zip version 14.8 (the fuzz of
    tests/reliability): Python raises NotImplementedError; the reader says "damaged"."""
    good = tight_member()
    data = bytearray(good)
    central = _find_central(good, b"word/document.xml")
    data[central + 6 : central + 8] = struct.pack("<H", 148)  # version needed to extract
    with pytest.raises(NotImplementedError):
        zipfile.ZipFile(io.BytesIO(bytes(data)))
    with pytest.raises(InputError) as exc:
        read_docx(bytes(data), "flipped.docx")
    assert "flipped.docx: " in str(exc.value)


def _find_central(raw: bytes, name: bytes) -> int:
    pos = 0
    while True:
        pos = raw.index(b"PK\x01\x02", pos)
        if raw[pos + 46 : pos + 46 + len(name)] == name:
            return pos
        pos += 4


def test_parser_resolves_no_entity_even_past_the_scan():
    """Defence in depth: the parser itself loads no DTD, resolves no external entity and
    does not expand a billion laughs (libxml2 refuses the amplification)."""
    tree = etree.fromstring(EXTERNAL_ENTITY, safe_xml._parser())
    assert "root:" not in "".join(tree.itertext())
    try:
        laughs = etree.fromstring(BILLION_LAUGHS, safe_xml._parser())
    except etree.XMLSyntaxError as exc:
        assert "amplification" in str(exc) or "entity" in str(exc).lower()
    else:
        assert len("".join(laughs.itertext())) < 1000


def test_too_large_to_be_a_draft():
    raw = b"PK\x03\x04" + bytes(safe_zip.MAX_INPUT_BYTES)
    with pytest.raises(InputError, match="too large to be a draft"):
        read_docx(raw, "huge.docx")


# -- through the command line: exit 2, one line, nothing written ----------------------------


@pytest.mark.parametrize("case", ["random bytes", "password-protected (OLE)", "billion laughs",
                                  "external entity", "zip bomb (2 GiB)", "corrupt zip"])  # fmt: skip
def test_cli_refuses_hostile_docx_and_writes_nothing(case, tmp_path, capsys):
    src = tmp_path / "draft.docx"
    src.write_bytes(CASES[case][0]())
    out = tmp_path / "draft.dres"
    assert main(["import", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(src) in err and "Traceback" not in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]


def test_cli_keeps_an_existing_output_and_refuses_a_huge_file(tmp_path, capsys):
    src = tmp_path / "huge.docx"
    with open(src, "wb") as fh:  # sparse: the size is checked before anything is read
        fh.truncate(safe_zip.MAX_INPUT_BYTES + 1)
    out = tmp_path / "draft.dres"
    out.write_bytes(b"the delegate's earlier draft")
    assert main(["import", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "too large to be a draft" in err and err.count("\n") == 1
    assert out.read_bytes() == b"the delegate's earlier draft"


def test_cli_subprocess_exit_status_and_one_line(tmp_path):
    src = tmp_path / "draft.odt"
    src.write_bytes(odt_encrypted())
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DELEGATE_EDITOR_DEBUG", None)
    result = subprocess.run(
        [sys.executable, "-m", "delegate_editor", "import", str(src), "-o", str(tmp_path / "d.dres")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "password-protected" in result.stderr
    assert not (tmp_path / "d.dres").exists()


def test_read_any_dispatches_docx_and_odt(tmp_path):
    for name, raw in (("a.docx", encrypted_ole()), ("a.odt", odt_encrypted())):
        (tmp_path / name).write_bytes(raw)
        with pytest.raises(InputError, match="password-protected"):
            read_any(tmp_path / name)
