"""ODF paragraph and text styles, and the numbers ``text:list`` draws, as the ODT reader
resolves them: italics, bold and hidden text by the styles' properties (never their names,
which each program and language spells its own way), and list labels ("1.", "(a)", "(i)")
by the list style's number formats, prefixes and suffixes, which are not in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from delegate_editor.formats.office_text import bullet_label, format_counter
from delegate_editor.formats.safe_xml import local

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def t(name: str) -> str:
    return f"{{{TEXT}}}{name}"


def s(name: str) -> str:
    return f"{{{STYLE}}}{name}"


@dataclass
class Style:
    parent: str = ""
    italic: bool | None = None
    bold: bool | None = None
    hidden: bool | None = None
    master_page: str = ""
    list_style: str = ""
    display: str = ""


@dataclass
class ListLevel:
    fmt: str = "decimal"
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    display: int = 1
    bullet: str = ""


class Styles:
    """Paragraph and text styles by name; ``automatic`` ones (of one XML part) shadow the
    common ones, as in ODF."""

    def __init__(self, common: dict[str, Style], automatic: dict[str, Style]) -> None:
        self.common = common
        self.automatic = automatic

    def get(self, name: str) -> Style | None:
        return self.automatic.get(name) or self.common.get(name)

    def resolve(self, name: str, attr: str) -> object:
        seen: set[str] = set()
        style = self.get(name)
        while style is not None and name not in seen:
            seen.add(name)
            value = getattr(style, attr)
            if value not in (None, ""):
                return value
            name = style.parent
            style = self.common.get(name)  # parents are common styles
        return None

    def name(self, name: str) -> str:
        style = self.get(name)
        if style is not None and name in self.automatic and style.parent:
            return self.name(style.parent) if style.parent != name else name
        return (style.display if style and style.display else name).replace("_20_", " ")


def read_styles(container: etree._Element | None) -> dict[str, Style]:
    out: dict[str, Style] = {}
    if container is None:
        return out
    for el in container:
        if local(el.tag) != "style":
            continue
        style = Style(
            parent=el.get(s("parent-style-name"), ""),
            master_page=el.get(s("master-page-name"), ""),
            list_style=el.get(s("list-style-name"), ""),
            display=el.get(s("display-name"), ""),
        )
        props = el.find(s("text-properties"))
        if props is not None:
            font_style = props.get(f"{{{FO}}}font-style")
            if font_style is not None:
                style.italic = font_style in ("italic", "oblique")
            weight = props.get(f"{{{FO}}}font-weight")
            if weight is not None:
                style.bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
            display = props.get(t("display"))
            if display is not None:
                style.hidden = display == "none"
        out[el.get(s("name"), "")] = style
    return out


def read_lists(*containers: etree._Element | None) -> dict[str, dict[int, ListLevel]]:
    out: dict[str, dict[int, ListLevel]] = {}
    for container in containers:
        for el in container.iter(t("list-style")) if container is not None else ():
            levels: dict[int, ListLevel] = {}
            for lvl in el:
                kind = local(lvl.tag)
                level = ListLevel()
                if kind == "list-level-style-number":
                    level.fmt = _FORMATS.get(lvl.get(s("num-format"), "1"), "none")
                    level.prefix = lvl.get(s("num-prefix"), "")
                    level.suffix = lvl.get(s("num-suffix"), "")
                    level.start = int_or(lvl.get(t("start-value")), 1)
                    level.display = int_or(lvl.get(t("display-levels")), 1)
                elif kind == "list-level-style-bullet":
                    level.fmt, level.bullet = "bullet", lvl.get(t("bullet-char"), "•")
                else:
                    level.fmt = "none"
                levels[int_or(lvl.get(t("level")), 1)] = level
            out[el.get(s("name"), "")] = levels
    return out


def int_or(value: str | None, default: int) -> int:
    """An integer attribute, or ``default`` when it is absent or not a number."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass
class Lists:
    """The numbers ``text:list`` draws: counters per list style, a new list restarting
    unless it continues an earlier one."""

    styles: dict[str, dict[int, ListLevel]]
    counters: dict[str, list[int]] = field(default_factory=dict)

    def start_list(self, style: str, continues: bool) -> None:
        if not continues or style not in self.counters:
            self.counters[style] = [0] * 11

    def label(self, style: str, level: int, start_value: int | None) -> str:
        levels = self.styles.get(style, {})
        counters = self.counters.setdefault(style, [0] * 11)
        level = max(1, min(level, 10))
        spec = levels.get(level, ListLevel(fmt="none"))
        if start_value is not None:
            counters[level] = start_value
        else:
            counters[level] = max(counters[level], spec.start - 1) + 1
        for deeper in range(level + 1, 11):
            counters[deeper] = 0
        if spec.fmt == "bullet":
            return bullet_label(spec.bullet)
        if spec.fmt == "none":
            return ""
        parts = []
        for k in range(max(1, level - spec.display + 1), level + 1):
            lvl = levels.get(k, ListLevel())
            parts.append(format_counter(lvl.fmt, counters[k] or lvl.start))
        return f"{spec.prefix}{'.'.join(parts)}{spec.suffix}".strip()
