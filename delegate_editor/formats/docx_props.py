"""Word's styles and automatic numbering, as the DOCX reader resolves them.

Italics, bold and hidden text come from direct formatting, character styles and paragraph
styles through their ``basedOn`` chains, whatever the styles are called (a UN template's
"__Single Txt", a German "Betonung"). Automatic numbers (``w:numPr``, in a paragraph or its
style) are drawn as the labels Word shows: the operative "1." and the "(a)"/"(i)" that are
not in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from delegate_editor.formats.office_text import bullet_label, format_counter

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OFF = {"0", "false", "off", "none"}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def own(el: etree._Element, name: str) -> list[etree._Element]:
    """A table's own rows or a row's own cells (``name``), not a nested table's."""
    return [c for c in el.iter(w(name)) if next(c.iterancestors(el.tag), None) is el]


def sub(el: etree._Element | None, *path: str) -> etree._Element | None:
    """The element at ``path`` under ``el`` (each a WordprocessingML name), or None."""
    for name in path:
        el = el.find(w(name)) if el is not None else None
    return el


def on(el: etree._Element | None) -> bool | None:
    """A toggle property (``w:i``, ``w:b``, ``w:vanish``): None when absent."""
    if el is None:
        return None
    return el.get(w("val"), "true").lower() not in OFF


@dataclass
class Style:
    name: str = ""
    based_on: str = ""
    italic: bool | None = None
    bold: bool | None = None
    vanish: bool | None = None
    num: tuple[str, int] | None = None  # (numId, ilvl) of a numbered paragraph style


class Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self.styles: dict[str, Style] = {}
        self.default_italic = False
        if root is None:
            return
        rpr = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        if rpr is not None:
            self.default_italic = bool(on(rpr.find(w("i"))))
        for el in root.iter(w("style")):
            style = Style()
            name = el.find(w("name"))
            style.name = name.get(w("val"), "") if name is not None else ""
            based = el.find(w("basedOn"))
            style.based_on = based.get(w("val"), "") if based is not None else ""
            rpr = el.find(w("rPr"))
            if rpr is not None:
                style.italic = on(rpr.find(w("i")))
                style.bold = on(rpr.find(w("b")))
                style.vanish = on(rpr.find(w("vanish")))
            style.num = num_pr(el.find(w("pPr")))
            self.styles[el.get(w("styleId"), "")] = style

    def resolve(self, style_id: str, attr: str) -> object:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                return None
            value = getattr(style, attr)
            if value is not None:
                return value
            style_id = style.based_on
        return None

    def name(self, style_id: str) -> str:
        style = self.styles.get(style_id)
        return style.name if style and style.name else style_id


def num_pr(ppr: etree._Element | None, inherited: tuple[str, int] | None = None) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph or style; what the paragraph leaves out comes from its
    style's numbering (``inherited``), as Word does when a demoted item of a style-numbered
    list carries only ``w:ilvl``."""
    num = ppr.find(w("numPr")) if ppr is not None else None
    if num is None:
        return inherited
    num_id = num.find(w("numId"))
    ilvl = num.find(w("ilvl"))
    try:
        level = int(ilvl.get(w("val"), "0")) if ilvl is not None else None
    except ValueError:
        level = None
    if level is None:
        level = inherited[1] if inherited else 0
    own_id = num_id.get(w("val"), "") if num_id is not None else ""
    if num_id is None and inherited:
        own_id = inherited[0]
    return (own_id, max(0, min(level, 8)))


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Word's automatic numbers: ``w:num`` → ``w:abstractNum`` levels; counters are kept per
    abstract list (as Word continues a list across its instances) and a deeper level restarts
    when a shallower one counts on."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, root: etree._Element | None) -> Numbering:
        self = cls()
        if root is None:
            return self
        for el in root.iter(w("abstractNum")):
            self.abstract[el.get(w("abstractNumId"), "")] = {
                lvl[0]: lvl[1] for lvl in (_level(x) for x in el.iter(w("lvl")))
            }
        for el in root.iter(w("num")):
            ref = el.find(w("abstractNumId"))
            overrides: dict[int, _Level] = {}
            starts: dict[int, int] = {}
            for ov in el.iter(w("lvlOverride")):
                ilvl = _int(ov.get(w("ilvl")), 0)
                start = ov.find(w("startOverride"))
                if start is not None:
                    starts[ilvl] = _int(start.get(w("val")), 1)
                lvl = ov.find(w("lvl"))
                if lvl is not None:
                    overrides[ilvl] = _level(lvl)[1]
            abstract_id = ref.get(w("val"), "") if ref is not None else ""
            self.nums[el.get(w("numId"), "")] = (abstract_id, overrides, starts)
        return self

    def label(self, num_id: str, ilvl: int) -> str:
        if num_id not in self.nums or num_id == "0":
            return ""
        abstract_id, overrides, starts = self.nums[num_id]
        levels = {**self.abstract.get(abstract_id, {}), **overrides}
        counters = self.counters.setdefault(abstract_id, [0] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in starts.items():
                if 0 <= lvl < 9:
                    counters[lvl] = start - 1
        level = levels.get(ilvl, _Level())
        counters[ilvl] = max(counters[ilvl], level.start - 1) + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if level.fmt == "bullet":
            return bullet_label(level.text)
        text = level.text
        for k in range(ilvl + 1):
            lvl = levels.get(k, _Level())
            value = counters[k] or lvl.start
            text = text.replace(f"%{k + 1}", format_counter(lvl.fmt, value))
        return text.strip()


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(el: etree._Element) -> tuple[int, _Level]:
    level = _Level()
    fmt, text, start = el.find(w("numFmt")), el.find(w("lvlText")), el.find(w("start"))
    if fmt is not None:
        level.fmt = fmt.get(w("val"), "decimal")
    if text is not None:
        level.text = text.get(w("val"), "")
    if start is not None:
        level.start = _int(start.get(w("val")), 1)
    return _int(el.get(w("ilvl")), 0), level
