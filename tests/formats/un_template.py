"""A DOCX and an ODT that the app did not make: A/C.1/80/L.12 as a delegation's secretary
would type it in Word with the UN template, or in LibreOffice (issue 15, item 9).

The words are quoted from the corpus (``drafts/A_C.1_80_L.12.txt``): the masthead laid out
in a two-column table at the top of the body, the sponsors line with its "*" note, three
numbered notes. What a word processor adds is what these files exercise: the UN template's
paragraph styles ("__Single Txt", "_ H _Ch" ...), operative numbers drawn by automatic
numbering (not in the text), nested (a)/(i) lists, a reviewer's comment and tracked changes.
The sub-paragraphs of operative paragraph 4 quote A/RES/80/12, paragraph 7 (shortened), arranged
at two levels so that both list levels are exercised ((a) then ends with the colon of a lead-in).
"""

from __future__ import annotations

import io
import zipfile

from docx_factory import make_docx, p, r
from odf import dc, office, table, teletype
from odf.namespaces import TEXTNS, XMLNS
from odf.opendocument import OpenDocumentText
from odf.style import ListLevelProperties, ParagraphProperties, Style, TextProperties
from odf.text import (
    Change,
    ChangedRegion,
    ChangeEnd,
    ChangeStart,
    Deletion,
    Insertion,
    List,
    ListItem,
    ListLevelStyleNumber,
    ListStyle,
    Note,
    NoteBody,
    NoteCitation,
    P,
    Span,
    TrackedChanges,
)

MASTHEAD = [
    ("United Nations", ["A/C.1/80/L.12"]),
    ("General Assembly", ["Distr.: Limited", "10 October 2025", "Original: English"]),
]
JOB_LINE, BARCODE = "25-16440 (E)    161025", "*2516440*"
FRONT = [
    "Eightieth session",
    "First Committee",
    "Agenda item 99 (i)",
    "General and complete disarmament: convening of the fourth special session of the General "
    "Assembly devoted to disarmament",
]
STAR_NOTE = (
    "On behalf of the States Members of the United Nations that are members of the Movement of "
    "Non-Aligned Countries."
)
TITLE = "Convening of the fourth special session of the General Assembly devoted to disarmament"
# (opening, rest, note text or "")
PREAMBLE = [
    (
        "Bearing in mind",
        "the Final Document of the Tenth Special Session of the General Assembly, adopted by "
        "consensus at the first special session devoted to disarmament,",
        "Resolution S-10/2.",
    ),
    (
        "Emphasizing",
        "the importance of multilateralism in the process of disarmament, arms control, "
        "non-proliferation and related international security matters,",
        "",
    ),
    (
        "Recalling also",
        "the report of the Open-ended Working Group and the recommendations contained therein,",
        "A/AC.268/2017/2.",
    ),
    (
        "Welcoming",
        "the commitment of Member States to revitalize the role of the United Nations in the field "
        "of disarmament, including by recommending that the General Assembly pursue work that could "
        "support preparation of a fourth special session devoted to disarmament (SSOD-IV),",
        "See resolution 79/1.",
    ),
]
NOTES = ["Resolution S-10/2.", "A/AC.268/2017/2.", "See resolution 79/1."]
OPERATIVE = [
    (
        "Also recalls",
        "the report of the Open-ended Working Group and the substantive recommendations contained therein;",
    ),
    (
        "Reiterates",
        "its appreciation to the participants of the Open-ended Working Group for their constructive "
        "contribution to its work;",
    ),
    (
        "Encourages",
        "Member States to continue consultations on the next steps for the convening of the fourth "
        "special session of the General Assembly devoted to disarmament;",
    ),
    ("Requests", "the Secretary-General, within available resources:"),
]
SUBS = [  # (level, words) under operative paragraph 4: (a), (i), (ii), (b)
    (1, "To continue the practice of sending an annual note verbale to Member States:"),
    (2, "To circulate annually a note verbale to Member States detailing which reports were submitted;"),
    (2, "To continue to foster further cooperation with relevant regional organizations;"),
    (1, "To report on experiences gained during such symposiums and training seminars;"),
]
LAST = (
    "Decides",
    "to include in the provisional agenda of its eighty-first session, under the item entitled "
    "\u201cGeneral and complete disarmament\u201d, the sub-item entitled \u201cConvening of the fourth "
    "special session of the General Assembly devoted to disarmament\u201d.",
)
COMMENT = ("Indonesia", "Check with the Movement whether the Working Group should be named in full.")
# a co-sponsor's tracked edit of operative paragraph 3: "next steps" → "concrete steps"
DELETED, INSERTED = "next", "concrete"


def expected_operative_words() -> list[str]:
    """The operative paragraphs as the reader must give them, with the tracked edit accepted."""
    ops = [f"{o} {t}" for o, t in OPERATIVE] + [" ".join(LAST)]
    return [t.replace(f"the {DELETED} steps", f"the {INSERTED} steps") for t in ops]


# -- DOCX: Word with the UN template --------------------------------------------------------

UN_STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="SingleTxt"><w:name w:val="__Single Txt"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="1267" w:right="1267"/><w:jc w:val="both"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="HCh"><w:name w:val="_ H _Ch"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="_ H_1"/><w:basedOn w:val="Normal"/>'
    "<w:rPr><w:b/></w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="SM"><w:name w:val="_ S_M"/><w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="17"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/></w:style>'
)
UN_NUMBERING = (
    '<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:pPr><w:ind w:left="1267" w:firstLine="475"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>'
)


def _note_ref(note_id: int, custom: str = "") -> str:
    attr = ' w:customMarkFollows="1"' if custom else ""
    mark = f"<w:t>{custom}</w:t>" if custom else ""
    return (
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        f'<w:footnoteReference{attr} w:id="{note_id}"/>{mark}</w:r>'
    )


def _footnotes() -> str:
    out = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    out += (
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f"<w:r><w:t>*</w:t></w:r>{r(' ' + STAR_NOTE)}</w:p></w:footnote>"
    )
    for k, text in enumerate(NOTES, 2):
        out += (
            f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f"{r(' ' + text)}</w:p></w:footnote>"
        )
    return out


def _masthead_table() -> str:
    rows = "".join(
        f"<w:tr><w:tc>{p(r(left, bold=True))}</w:tc><w:tc>{''.join(p(r(x)) for x in right)}</w:tc></w:tr>"
        for left, right in MASTHEAD
    )
    return f"<w:tbl><w:tblPr><w:tblW w:w='0' w:type='auto'/></w:tblPr>{rows}</w:tbl>"


def un_template_docx(masthead_in_header: bool = False) -> bytes:
    """The Word file; with ``masthead_in_header`` the masthead table is in the first page's
    header, with the job number and barcode lines DGACM prints under it, as in an issued
    L. document, rather than at the top of the body."""
    header = _masthead_table() + p(r(JOB_LINE)) + p(r(BARCODE)) if masthead_in_header else ""
    body = [] if masthead_in_header else [_masthead_table()]
    body += [p(r(line)) for line in FRONT]
    body.append(p(r("Indonesia:"), _note_ref(1, "*"), r(" draft resolution"), style="SM"))
    body.append(p(r(TITLE), style="HCh"))
    body.append(p(r("The General Assembly", italic=True), r(","), style="SingleTxt"))
    for k, (opening, rest, note) in enumerate(PREAMBLE):
        marks = _note_ref(2 + NOTES.index(note)) if note else ""
        comment = ""
        if k == 2:  # the reviewer's comment on "Recalling also ..."
            comment = '<w:r><w:commentReference w:id="0"/></w:r>'
        body.append(
            p(
                '<w:commentRangeStart w:id="0"/>' if k == 2 else "",
                r(opening, italic=True),
                r(" " + rest),
                '<w:commentRangeEnd w:id="0"/>' if k == 2 else "",
                comment,
                marks,
                style="SingleTxt",
            )
        )
    for opening, rest in OPERATIVE[:2]:
        body.append(p(r(opening, italic=True), r(" " + rest), style="SingleTxt", num=(5, 0)))
    opening, rest = OPERATIVE[2]
    before, after = rest.split(f" {DELETED} ")
    body.append(
        p(
            r(opening, italic=True),
            r(f" {before} "),
            f'<w:del w:id="10" w:author="Brazil"><w:r><w:delText>{DELETED}</w:delText></w:r></w:del>',
            f'<w:ins w:id="11" w:author="Brazil"><w:r><w:t>{INSERTED}</w:t></w:r></w:ins>',
            r(f" {after}"),
            style="SingleTxt",
            num=(5, 0),
        )
    )
    opening, rest = OPERATIVE[3]
    body.append(p(r(opening, italic=True), r(" " + rest), style="SingleTxt", num=(5, 0)))
    body += [p(r(words), style="SingleTxt", num=(5, level)) for level, words in SUBS]
    body.append(p(r(LAST[0], italic=True), r(" " + LAST[1]), style="SingleTxt", num=(5, 0)))
    comments = (
        f'<w:comment w:id="0" w:author="{COMMENT[0]}" w:initials="ID"><w:p><w:pPr>'
        '<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:annotationRef/></w:r>'
        f"{r(COMMENT[1])}</w:p></w:comment>"
    )
    return make_docx(
        "".join(body),
        styles=UN_STYLES,
        numbering=UN_NUMBERING,
        footnotes=_footnotes(),
        comments=comments,
        header=header,
    )


# -- ODT: LibreOffice, written with odfpy ---------------------------------------------------


def _odt_styles(doc: OpenDocumentText) -> dict[str, Style]:
    made = {
        "Text body": Style(name="Text_20_body", displayname="Text body", family="paragraph"),
        "Title": Style(name="UN_20_Title", displayname="UN Title", family="paragraph"),
        "Emphasis": Style(name="Emphasis", family="text"),
        "Bold": Style(name="Strong", family="text"),
    }
    made["Text body"].addElement(ParagraphProperties(marginleft="2.2cm", textalign="justify"))
    made["Title"].addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    made["Emphasis"].addElement(TextProperties(fontstyle="italic"))
    made["Bold"].addElement(TextProperties(fontweight="bold"))
    for style in made.values():
        doc.styles.addElement(style)
    numbers = ListStyle(name="Operative")
    for level, (fmt, prefix, suffix) in enumerate((("1", "", "."), ("a", "(", ")"), ("i", "(", ")")), 1):
        spec = ListLevelStyleNumber(level=level, numformat=fmt, numprefix=prefix, numsuffix=suffix)
        spec.addElement(ListLevelProperties(spacebefore=f"{level}cm", minlabelwidth="1cm"))
        numbers.addElement(spec)
    doc.styles.addElement(numbers)
    return made


def _odt_para(styles: dict[str, Style], opening: str, rest: str, style: str = "Text body") -> P:
    para = P(stylename=styles[style])
    if opening:
        para.addElement(Span(stylename=styles["Emphasis"], text=opening))
    if rest:
        teletype.addTextToElement(para, (" " if opening else "") + rest)
    return para


def _odt_note(para: P, number: str, text: str, label: str = "") -> None:
    note = Note(id=f"ftn{number}", noteclass="footnote")
    citation = NoteCitation(text=label or number)
    if label:
        citation.setAttribute("label", label)
    note.addElement(citation)
    body = NoteBody()
    body.addElement(P(text=text))
    note.addElement(body)
    para.addElement(note)


def _item(styles: dict[str, Style], opening: str, rest: str) -> ListItem:
    item = ListItem()
    item.addElement(_odt_para(styles, opening, rest))
    return item


def un_template_odt() -> bytes:
    doc = OpenDocumentText()
    styles = _odt_styles(doc)
    text = doc.text
    changes = TrackedChanges()
    region = ChangedRegion(qattributes={(XMLNS, "id"): "ct1", (TEXTNS, "id"): "ct1"})
    deletion = Deletion()
    deletion.addElement(_change_info())
    deletion.addElement(P(text=DELETED))
    region.addElement(deletion)
    changes.addElement(region)
    inserted = ChangedRegion(qattributes={(XMLNS, "id"): "ct2", (TEXTNS, "id"): "ct2"})
    insertion = Insertion()
    insertion.addElement(_change_info())
    inserted.addElement(insertion)
    changes.addElement(inserted)
    text.addElement(changes)
    grid = table.Table(name="Masthead")
    grid.addElement(table.TableColumn(numbercolumnsrepeated=2))
    for left, right in MASTHEAD:
        row = table.TableRow()
        cell = table.TableCell()
        cell.addElement(_bold(styles, left))
        row.addElement(cell)
        cell = table.TableCell()
        for line in right:
            cell.addElement(P(text=line))
        row.addElement(cell)
        grid.addElement(row)
    text.addElement(grid)
    for line in FRONT:
        text.addElement(P(text=line))
    sponsors = P(text="Indonesia:")
    _odt_note(sponsors, "0", STAR_NOTE, label="*")
    teletype.addTextToElement(sponsors, " draft resolution")
    text.addElement(sponsors)
    text.addElement(P(stylename=styles["Title"], text=TITLE))
    authoring = _odt_para(styles, "The General Assembly", "")
    teletype.addTextToElement(authoring, ",")
    text.addElement(authoring)
    for k, (opening, rest, note) in enumerate(PREAMBLE):
        para = _odt_para(styles, opening, rest)
        if k == 2:
            annotation = office.Annotation()
            annotation.addElement(dc.Creator(text=COMMENT[0]))
            annotation.addElement(P(text=COMMENT[1]))
            para.addElement(annotation)
        if note:
            _odt_note(para, str(NOTES.index(note) + 1), note)
        text.addElement(para)
    ops = List(stylename="Operative")
    for opening, rest in OPERATIVE[:2]:
        ops.addElement(_item(styles, opening, rest))
    opening, rest = OPERATIVE[2]
    before, after = rest.split(f" {DELETED} ")
    item = ListItem()
    para = _odt_para(styles, opening, f"{before} ")
    para.addElement(ChangeStart(changeid="ct2"))
    teletype.addTextToElement(para, INSERTED)
    para.addElement(ChangeEnd(changeid="ct2"))
    para.addElement(Change(changeid="ct1"))
    teletype.addTextToElement(para, f" {after}")
    item.addElement(para)
    ops.addElement(item)
    item = _item(styles, *OPERATIVE[3])
    letters = List()
    for level, words in SUBS:
        if level == 1:
            letter = ListItem()
            letter.addElement(_odt_para(styles, "", words))
            letters.addElement(letter)
        else:
            romans = letter.getElementsByType(List)
            if not romans:
                letter.addElement(List())
                romans = letter.getElementsByType(List)
            romans[0].addElement(_item(styles, "", words))
    item.addElement(letters)
    ops.addElement(item)
    ops.addElement(_item(styles, *LAST))
    text.addElement(ops)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def _change_info() -> office.ChangeInfo:
    info = office.ChangeInfo()
    info.addElement(dc.Creator(text="Brazil"))
    info.addElement(dc.Date(text="2025-10-09T10:00:00"))
    return info


def _bold(styles: dict[str, Style], words: str) -> P:
    para = P()
    para.addElement(Span(stylename=styles["Bold"], text=words))
    return para


def package_text(raw: bytes, part: str) -> str:
    return zipfile.ZipFile(io.BytesIO(raw)).read(part).decode()
