"""The draft's comments as real Word comments (``word/comments.xml``).

Each comment spans its whole paragraph (``w:commentRangeStart`` before the paragraph's runs,
``w:commentRangeEnd`` and the ``w:commentReference`` run after them), with its author and
date, so Word and LibreOffice show it in the margin beside the paragraph it was written on.
A resolved comment is marked done in ``word/commentsExtended.xml`` (Word 2013's part, which
LibreOffice reads too). A comment whose paragraph was deleted is not printed: it has nowhere
to stand. A draft without comments writes neither part, so its bytes are unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml

from delegate_editor.formats import docx_xml as x
from delegate_editor.model.comments import Comment

COMMENTS_PART = "/word/comments.xml"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
EXTENDED_PART = "/word/commentsExtended.xml"
EXTENDED_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
EXTENDED_RT = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _para_id(number: int) -> str:
    """A comment paragraph's ``w14:paraId``: eight hex digits below 0x80000000, unique in
    the file, derived from the comment's number so the same draft writes the same bytes."""
    return f"{0x10000000 + number:08X}"


def initials(author: str) -> str:
    """ "Costa Rica" → "CR", as Word shows beside a comment."""
    return "".join(word[0] for word in author.split() if word[:1].isalpha()).upper()[:8]


@dataclass
class DocxComments:
    """The comments to print, by paragraph id, and their XML as the body is written."""

    by_node: dict[str, list[Comment]]
    xml: list[str] = field(default_factory=list)
    done: list[tuple[str, bool]] = field(default_factory=list)  # (paraId, resolved)
    placed: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, comments: list[Comment]) -> DocxComments:
        by_node: dict[str, list[Comment]] = {}
        for comment in comments:
            by_node.setdefault(comment.node_id, []).append(comment)
        return cls(by_node)

    def around(self, node_id: str, content: str) -> str:
        """A paragraph's runs within its comments' ranges, with their reference marks; each
        paragraph's comments are placed once (on its first block)."""
        if node_id in self.placed or node_id not in self.by_node:
            return content
        self.placed.add(node_id)
        starts, ends = [], []
        for comment in self.by_node[node_id]:
            number = len(self.done)
            self.done.append((_para_id(number), comment.resolved))
            self.xml.append(self._comment(number, comment))
            starts.append(f'<w:commentRangeStart w:id="{number}"/>')
            ends.append(
                f'<w:commentRangeEnd w:id="{number}"/><w:r><w:commentReference w:id="{number}"/></w:r>'
            )
        return "".join(starts) + content + "".join(ends)

    def _comment(self, number: int, comment: Comment) -> str:
        date = f' w:date="{comment.date.isoformat(timespec="seconds")}"' if comment.date else ""
        author = x.escape(comment.author or "Delegate Editor")
        text = (
            f'<w:p w14:paraId="{_para_id(number)}" w14:textId="77777777">'
            f"<w:r><w:annotationRef/></w:r>{x.run(comment.text)}</w:p>"
        )
        return (
            f'<w:comment w:id="{number}" w:author="{author}"{date} '
            f'w:initials="{x.escape(initials(comment.author))}">{text}</w:comment>'
        )

    def add_parts(self, document_part) -> None:
        """The comments part (and the resolved flags) related from the main part."""
        if not self.xml:
            return
        head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        body = (
            f'{head}<w:comments {x.NSDECLS} xmlns:w14="{W14}" xmlns:mc="{MC}" mc:Ignorable="w14">'
            f"{''.join(self.xml)}</w:comments>"
        )
        package = document_part.package
        part = XmlPart(PackURI(COMMENTS_PART), COMMENTS_CT, parse_xml(body.encode()), package)
        document_part.relate_to(part, RT.COMMENTS)
        flags = "".join(
            f'<w15:commentEx w15:paraId="{pid}" w15:done="{int(done)}"/>' for pid, done in self.done
        )
        extended = f'{head}<w15:commentsEx xmlns:w15="{W15}" xmlns:mc="{MC}" mc:Ignorable="w15">{flags}</w15:commentsEx>'
        ext_part = XmlPart(PackURI(EXTENDED_PART), EXTENDED_CT, parse_xml(extended.encode()), package)
        document_part.relate_to(ext_part, EXTENDED_RT)
