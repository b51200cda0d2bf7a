"""Mutations of real files for the fuzz corpus: bytes, zip packages and their XML parts.

Every function is deterministic given its ``random.Random``, so a failing case is named by
its seed and can be rebuilt. Mutating real exports reaches far deeper into a reader than
random bytes do: most random bytes are refused at the first check, whereas a flipped byte
inside a valid package's XML or JSON exercises the parser and everything after it.
"""

from __future__ import annotations

import copy
import io
import random
import struct
import warnings
import zipfile
import zlib

from lxml import etree

# -- bytes ------------------------------------------------------------------------------------


def flip_bits(raw: bytes, rng: random.Random, count: int = 0) -> bytes:
    data = bytearray(raw)
    for _ in range(count or rng.randint(1, 8)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return bytes(data)


def truncate(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randrange(len(raw))]


def splice(raw: bytes, rng: random.Random) -> bytes:
    """Cut a slice out or repeat one: what a broken copy or a sync conflict produces."""
    a = rng.randrange(len(raw))
    b = min(len(raw), a + rng.randint(1, 4096))
    if rng.random() < 0.5:
        return raw[:a] + raw[b:]
    return raw[:b] + raw[a:b] * rng.randint(1, 20) + raw[b:]


INTERESTING = [
    "\x00",
    "\u202e",
    "\u200f",
    "\ud800",
    "\uffff",
    "\ufeff",
    "𝕏",
    "\r",
    "\\",
    '"',
    "<",
    "&amp;",
    "]]>",
    "[^1]",
    "*",
    "(a)",
    "1.",
    "Annex",
    "x" * 5000,
]
XML_SAFE = [c for c in INTERESTING if c not in ("\x00", "\ud800", "\uffff")]  # lxml cannot write these


def replace_value(data, rng: random.Random, value):
    """Put ``value`` at a random place of JSON-like ``data`` (a new structure)."""
    if isinstance(data, dict) and data and rng.random() < 0.85:
        key = rng.choice(sorted(data, key=str))
        copy = dict(data)
        copy[key] = replace_value(data[key], rng, value)
        return copy
    if isinstance(data, list) and data and rng.random() < 0.85:
        i = rng.randrange(len(data))
        copy = list(data)
        copy[i] = replace_value(data[i], rng, value)
        return copy
    return value


def random_json(rng: random.Random, depth: int = 0):
    pick = rng.randrange(9 if depth < 3 else 7)
    if pick == 0:
        return None
    if pick == 1:
        return rng.choice([True, False])
    if pick == 2:
        return rng.choice([0, -1, 1, 2**63, 1e308, float("nan"), 3.5])
    if pick in (3, 4, 5):
        return "".join(rng.choice(INTERESTING + ["a", " ", "é"]) for _ in range(rng.randint(0, 6)))
    if pick == 6:
        return ""
    if pick == 7:
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {
        rng.choice(["id", "text", "i", "note", "ref", "subs", "x"]): random_json(rng, depth + 1)
        for _ in range(3)
    }


# -- zip packages ----------------------------------------------------------------------------


def members(raw: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        return [(info, z.read(info)) for info in z.infolist()]


def build(parts: list[tuple[str, bytes]], stored_first: bool = True) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        warnings.simplefilter("ignore", UserWarning)  # a part twice is one of the mutations
        for i, (name, data) in enumerate(parts):
            kind = (
                zipfile.ZIP_STORED
                if (i == 0 and stored_first and name == "mimetype")
                else zipfile.ZIP_DEFLATED
            )
            z.writestr(zipfile.ZipInfo(name, (2013, 4, 2, 0, 0, 0)), data, compress_type=kind)
    return out.getvalue()


def xml_parts(raw: bytes) -> list[str]:
    return [info.filename for info, data in members(raw) if data.lstrip()[:1] == b"<"]


def mutate_xml(data: bytes, rng: random.Random) -> bytes:
    """A structural change to a well-formed part: what another editor might write."""
    try:
        root = etree.fromstring(data)
    except etree.XMLSyntaxError:
        return flip_bits(data, rng)
    elements = list(root.iter())
    el = rng.choice(elements)
    op = rng.randrange(8)
    if op == 0 and el is not root:  # delete an element
        el.getparent().remove(el)
    elif op == 1 and el is not root:  # duplicate it
        el.addnext(copy.deepcopy(el))
    elif op == 2:  # move an element somewhere else
        other = rng.choice(elements)
        if other is not root and other is not el and not any(a is other for a in el.iterancestors()):
            other.getparent().remove(other)
            el.append(other)
    elif op == 3 and el.attrib:  # change an attribute's value
        key = rng.choice(sorted(el.attrib))
        el.set(key, rng.choice(["", "-1", "0", "99999999999", "x", "true", "nan", "rId999", "\u202e"]))
    elif op == 4:  # new text
        el.text = "".join(rng.choice(XML_SAFE) for _ in range(rng.randint(1, 4)))
    elif op == 5:  # nest deeply
        inner = el
        for _ in range(rng.choice([50, 500, 5000])):
            inner = etree.SubElement(inner, el.tag if isinstance(el.tag, str) else "x")
    elif op == 6:  # an element of an unknown namespace
        etree.SubElement(el, "{urn:unknown}thing").text = "stray"
    else:  # children reversed
        children = list(el)
        for child in children:
            el.remove(child)
        for child in reversed(children):
            el.append(child)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def mutate_package(raw: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One change inside a zip package; returns (what was done, new bytes)."""
    parts = [(info.filename, data) for info, data in members(raw)]
    names = [n for n, _ in parts]
    op = rng.randrange(7)
    i = rng.randrange(len(parts))
    name, data = parts[i]
    if op == 0:
        parts[i] = (name, flip_bits(data, rng) if data else b"\x00")
        what = f"bit flips in {name}"
    elif op == 1:
        parts[i] = (name, truncate(data, rng) if data else b"")
        what = f"{name} truncated"
    elif op == 2:
        del parts[i]
        what = f"{name} removed"
    elif op == 3:
        j = rng.randrange(len(parts))
        parts[i], parts[j] = (name, parts[j][1]), (parts[j][0], data)
        what = f"contents of {name} and {parts[j][0]} swapped"
    elif op == 4:
        parts.append((name, data))
        what = f"{name} twice"
    else:
        xml = [k for k, n in enumerate(names) if parts[k][1].lstrip()[:1] == b"<"]
        k = rng.choice(xml) if xml else i
        parts[k] = (parts[k][0], mutate_xml(parts[k][1], rng))
        what = f"XML of {parts[k][0]} changed"
    return what, build(parts)


def replace_part(raw: bytes, part: str, data: bytes) -> bytes:
    return build([(n, data if n == part else d) for n, d in ((i.filename, d) for i, d in members(raw))])


def _deflate(data: bytes) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return comp.compress(data) + comp.flush()


def zero_member(size: int) -> tuple[bytes, int]:
    """``size`` (a multiple of 1 MiB) zero bytes deflated, and their CRC, built from one
    fully flushed 1 MiB block repeated, so neither side holds or inflates the zeros here."""
    mib = 1 << 20
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(b"\0" * mib) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush(zlib.Z_FINISH)
    crc = 0
    zeros = b"\0" * mib
    for _ in range(size // mib):
        crc = zlib.crc32(zeros, crc)
    return block * (size // mib) + tail, crc


def raw_zip(entries: list[tuple[str, bytes, int, int, int]], overlap: bool = False) -> bytes:
    """A zip written by hand: (name, stored bytes, crc, inflated size, method 0|8). With
    ``overlap`` every central entry points at the first local file (the "overlapping files"
    bomb: one compressed kernel counted many times)."""
    out = io.BytesIO()
    central = []
    first_offset = 0
    for k, (name, payload, crc, usize, method) in enumerate(entries):
        encoded = name.encode("utf-8")
        offset = out.tell()
        if overlap and k:
            offset = first_offset
        else:
            out.write(
                struct.pack(
                    "<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0, crc, len(payload), usize, len(encoded), 0
                )
                + encoded
                + payload
            )
        central.append(
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
                len(payload),
                usize,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    start = out.tell()
    out.write(b"".join(central))
    size = out.tell() - start
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), size, start, 0))
    return out.getvalue()


def bomb_package(raw: bytes, part: str, size: int) -> bytes:
    """A real package with ``part`` replaced by ``size`` bytes of zeros; the headers tell
    the truth, so the reader must refuse it by what it inflates, not by trusting a lie."""
    entries = []
    for info, data in members(raw):
        if info.filename == part:
            body, crc = zero_member(size)
            entries.append((part, body, crc, size, 8))
        elif info.filename == "mimetype":
            entries.append((info.filename, data, zlib.crc32(data), len(data), 0))
        else:
            entries.append((info.filename, _deflate(data), zlib.crc32(data), len(data), 8))
    return raw_zip(entries)


def many_members_bomb(raw: bytes, count: int, size: int) -> bytes:
    """A real package plus ``count`` extra members of ``size`` zeros each: every one within
    the per-member limits, together far beyond any draft."""
    entries = []
    for info, data in members(raw):
        method = 0 if info.filename == "mimetype" else 8
        entries.append(
            (info.filename, data if not method else _deflate(data), zlib.crc32(data), len(data), method)
        )
    body, crc = zero_member(size)
    entries += [(f"media/padding{k}.xml", body, crc, size, 8) for k in range(count)]
    return raw_zip(entries)


def overlapping_bomb(raw: bytes, part: str, count: int) -> bytes:
    """``count`` central entries all pointing at one 16 MiB member."""
    body, crc = zero_member(16 << 20)
    names = [part] + [f"word/extra{k}.xml" for k in range(count - 1)]
    return raw_zip([(n, body, crc, 16 << 20, 8) for n in names], overlap=True)
