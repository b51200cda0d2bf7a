"""The draft's comments as real ODF annotations (``office:annotation``).

Each comment spans its whole paragraph: the annotation, with its author (``dc:creator``)
and date (``dc:date``), opens the paragraph and a named ``office:annotation-end`` closes it,
so LibreOffice shows it in the margin beside the paragraph it was written on. ODF 1.2 has no
"resolved" state (LibreOffice's is an extension the schema refuses), so a resolved comment
is written as any other and its state travels in the embedded draft. A comment whose
paragraph was deleted is not printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from odf import dc
from odf.namespaces import OFFICENS
from odf.office import Annotation, AnnotationEnd
from odf.text import P

from delegate_editor.formats import odt_xml as o
from delegate_editor.model.comments import Comment


@dataclass
class OdtComments:
    by_node: dict[str, list[Comment]]
    placed: set[str] = field(default_factory=set)
    count: int = 0

    @classmethod
    def of(cls, comments: list[Comment]) -> OdtComments:
        by_node: dict[str, list[Comment]] = {}
        for comment in comments:
            by_node.setdefault(comment.node_id, []).append(comment)
        return cls(by_node)

    def annotate(self, paragraph, node_id: str) -> None:
        """Put the comments on ``node_id`` around the content of ``paragraph`` (once, on the
        paragraph's first block)."""
        if node_id in self.placed or node_id not in self.by_node:
            return
        self.placed.add(node_id)
        first = paragraph.firstChild
        for comment in self.by_node[node_id]:
            name = f"comment{self.count}"
            self.count += 1
            note = Annotation()
            note.setAttrNS(OFFICENS, "name", name)  # odfpy's name= is draw:name
            note.addElement(dc.Creator(text=o.clean(comment.author or "Delegate Editor")))
            if comment.date is not None:
                note.addElement(dc.Date(text=comment.date.isoformat(timespec="seconds")))
            note.addElement(P(text=o.clean(comment.text)))
            if first is None:
                paragraph.addElement(note)
            else:
                paragraph.insertBefore(note, first)
            paragraph.addElement(AnnotationEnd(name=name))
