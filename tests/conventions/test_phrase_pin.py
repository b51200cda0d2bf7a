"""One import or one check reads one phrase book: the user's file is looked up once per text
(``phrases.pinned``), and ``longest_opening`` answers a line's first words from memory."""

from __future__ import annotations

import threading

from delegate_editor.conventions import phrases
from delegate_editor.conventions.checks import check
from delegate_editor.formats.text_import import parse_text

# A/RES/80/10's first operative paragraph, and an opening added by the user
DECIDES = "Decides to proclaim 5 September of each year as the International Day"


def test_within_a_pin_the_book_is_the_one_on_entry_and_after_it_the_file_counts():
    with phrases.pinned() as book:
        phrases.add_user_phrase("Solemnly enjoins", "operative")  # the file changes meanwhile
        assert phrases.phrasebook() is book
        assert not phrases.is_operative_opening("Solemnly enjoins")
    assert phrases.is_operative_opening("Solemnly enjoins")  # read again once the pin is gone


def test_a_pin_holds_for_its_own_thread_only():
    seen = []
    with phrases.pinned():
        phrases.add_user_phrase("Solemnly enjoins", "operative")
        other = threading.Thread(target=lambda: seen.append(phrases.is_operative_opening("Solemnly enjoins")))
        other.start()
        other.join()
        assert not phrases.is_operative_opening("Solemnly enjoins")
    assert seen == [True]


def test_pins_nest_and_the_import_and_check_leave_none_behind():
    with phrases.pinned() as outer:
        with phrases.pinned() as inner:
            assert inner is outer
        assert phrases.phrasebook() is outer
    draft = parse_text(f"The General Assembly,\n\n1. {DECIDES};\n")
    check(draft)
    phrases.add_user_phrase("Solemnly enjoins", "operative")
    assert phrases.is_operative_opening("Solemnly enjoins")


def test_the_longest_opening_is_the_same_asked_again_or_of_a_longer_line():
    book = phrases.phrasebook()
    first = book.longest_opening(DECIDES, "operative")
    assert first == book.longest_opening(DECIDES, "operative") == "Decides"
    assert book.longest_opening(DECIDES + " of the World's Indigenous Women", "operative") == "Decides"
    assert book.longest_opening("Recalling also its resolution 79/1", "preamble") == "Recalling also"
    assert book.longest_opening("Recalling also its resolution 79/1", "operative") == ""
    assert book.longest_opening("  ", "preamble") == ""
