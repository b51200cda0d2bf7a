"""The outline edits behind Tab, Shift+Tab, moves and drops keep the reading order."""

from __future__ import annotations

from delegate_editor.model.document import Operative, SectionHeading, SubParagraph
from delegate_editor.model.text import plain_text, rich
from delegate_editor.ui import restructure


def ops(*names: str) -> list:
    return [Operative("Requests", rich(n), id=n) for n in names]


def reading(items: list) -> list[tuple[int, str]]:
    def words(node) -> str:
        return node.text if isinstance(node, SectionHeading) else plain_text(node.text)

    return [(r.depth, words(r.node)) for r in restructure.flatten(items)]


def test_indent_and_outdent_keep_the_reading_order():
    items = ops("a", "b", "c", "d")
    assert not restructure.indent(items, "a")  # nothing above to belong to
    assert restructure.indent(items, "b") and restructure.indent(items, "c")
    assert reading(items) == [(0, "a"), (1, "Requests b"), (1, "Requests c"), (0, "d")]
    assert restructure.indent(items, "c")  # (b) → (b)(i)
    assert reading(items) == [(0, "a"), (1, "Requests b"), (2, "Requests c"), (0, "d")]
    assert restructure.outdent(items, "b")  # b back to top level takes c with it
    assert reading(items) == [(0, "a"), (0, "b"), (1, "Requests c"), (0, "d")]
    assert isinstance(items[1], Operative) and items[1].subs[0].id == "c"
    assert items[1].opening == "Requests"  # the verb indenting folded in is the opening again


def test_outdent_recognises_only_listed_verbs_as_the_opening():
    items = ops("a")
    items[0].subs = [
        SubParagraph(rich(t), id=str(i))
        for i, t in enumerate(
            [
                "Also requests the Office to report",
                "To strengthen cooperation",
                "Requests",
                "Official Records",
            ]
        )
    ]
    for i in range(4):
        assert restructure.outdent(items, str(i))
    made = {o.id: (o.opening, plain_text(o.text)) for o in items}
    assert made["0"] == ("Also requests", "the Office to report")
    assert made["1"] == ("", "To strengthen cooperation")
    assert made["2"] == ("", "Requests")  # a verb alone is text, not an opening without text
    assert made["3"] == ("", "Official Records")


def test_outdent_takes_following_siblings_as_children():
    items = ops("a")
    items[0].subs = [SubParagraph(rich(x), id=x) for x in "xyz"]
    assert restructure.outdent(items, "y")
    assert reading(items) == [(0, "a"), (1, "x"), (0, "y"), (1, "z")]


def test_headings_and_clones():
    items = [*ops("a"), SectionHeading("Part II", id="h"), *ops("b")]
    assert not restructure.indent(items, "h") and not restructure.indent(items, "b")  # heading above
    copy = restructure.clone_list(items)
    copy[0].opening = "Decides"
    assert items[0].opening == "Requests"  # undo snapshots are independent of later edits


def test_move_duplicate_delete_and_drop():
    items = ops("a", "b", "c")
    assert restructure.move(items, "c", -1) and [i.id for i in items] == ["a", "c", "b"]
    assert not restructure.move(items, "a", -1)
    new = restructure.duplicate(items, "a")
    assert [i.id for i in items] == ["a", new, "c", "b"] and plain_text(items[1].text) == "a"
    assert restructure.delete(items, new) and [i.id for i in items] == ["a", "c", "b"]
    assert restructure.move_to(items, "a", None, True) and [i.id for i in items] == ["c", "b", "a"]
    restructure.indent(items, "b")  # b is c (a)
    assert not restructure.move_to(items, "c", "b", False)  # not into its own sub-paragraph
    assert restructure.move_to(items, "b", "a", True)  # a sub dropped after a paragraph: its last sub
    assert reading(items) == [(0, "c"), (0, "a"), (1, "Requests b")]
