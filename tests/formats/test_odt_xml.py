"""The ODF plumbing of ``formats/odt_xml.py``: elements made with their attributes at once."""

from __future__ import annotations

import pytest
from odf import style, text

from delegate_editor.formats.odt_xml import quick


class _Sink:
    last = ""

    def write(self, data: str) -> None:
        _Sink.last += data


def _as_xml(element) -> str:
    _Sink.last = ""
    element.toXml(0, _Sink())
    return _Sink.last


@pytest.mark.parametrize(
    ("factory", "attrs"),
    [
        (style.TextProperties, {"fontsize": "10pt", "fontname": "Times New Roman", "letterkerning": "false"}),
        (style.ParagraphProperties, {"margintop": "0pt", "textindent": "-28.35pt", "widows": "2"}),
        (style.TabStop, {"position": "1cm", "type": "left"}),
        (text.P, {"stylename": "Operative_20_Paragraph"}),
        (text.Span, {"stylename": "Emphasis"}),
    ],
)
def test_quick_makes_the_element_odfpy_makes(factory, attrs):
    assert _as_xml(quick(factory)(**attrs)) == _as_xml(factory(**attrs))


def test_quick_refuses_what_the_grammar_refuses():
    with pytest.raises(AttributeError, match="fontsiez"):
        quick(style.TextProperties)(fontsiez="10pt")
    with pytest.raises(AttributeError):
        style.TextProperties(fontsiez="10pt")
