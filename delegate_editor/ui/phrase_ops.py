"""Phrases from the main window: the palette's choice becomes the opening of the current
paragraph or a new paragraph (offering the "also"/"further" form), and the user's own
phrases are added to the list.

A mixin for :class:`~delegate_editor.ui.main_window.MainWindow`, as ``FileOps``. Needs:
self.ctl, self.asker, self.palette, self.pages, self.preamble_page, self.operative_page,
self.part_page(), self.show_page() and QMainWindow's statusBar().
"""

from __future__ import annotations

from delegate_editor.model.document import Operative, Preambular
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.palette import new_paragraph_with, repeats_above, set_opening, suggested_form
from delegate_editor.ui.restructure import flatten


class PhraseOps:
    def use_phrase(self, part: str, phrase: str) -> None:
        """From the palette: the opening of the current paragraph, or a new paragraph; the
        "also"/"further" form is offered when the same opening is used above."""
        page = self.part_page()
        if page is None or page.part != part:
            self.show_page(part)
            page = self.pages[part]
        node = page.node()
        takes_opening = isinstance(node, Preambular | Operative)
        node_id = page.current_id if takes_opening else None
        form = suggested_form(self.ctl, part, node_id, phrase)
        if form != phrase:
            n = repeats_above(self.ctl, part, node_id, phrase)
            use = translate("PhraseOps", "Use “{form}”").format(form=form)
            keep = translate("PhraseOps", "Keep “{phrase}”").format(phrase=phrase)
            times = (
                translate("PhraseOps", "one paragraph")
                if n == 1
                else translate("PhraseOps", "{n} paragraphs").format(n=n)
            )
            answer = self.asker.question(
                self,
                translate("PhraseOps", "Repeated opening"),
                translate(
                    "PhraseOps", "“{phrase}” already opens {times} above. UN style writes “{form}” here."
                ).format(phrase=phrase, times=times, form=form),
                [use, keep, translate("PhraseOps", "Cancel")],
                use,
            )
            if answer not in (use, keep):
                return
            if answer == keep:
                form = phrase
        if node_id:
            set_opening(self.ctl, part, node_id, form)
        else:
            after = self._top_level_of(part, page.current_id) if page.current_id else None
            page.select(new_paragraph_with(self.ctl, part, after, form))
        page.text.setFocus()
        self.statusBar().showMessage(translate("PhraseOps", "Opening: {form}").format(form=form), 3000)

    def _top_level_of(self, part: str, node_id: str) -> str | None:
        """The numbered paragraph holding ``node_id`` (itself when it is one)."""
        for item in self.ctl.part_items(part):
            if item.id == node_id or any(r.id == node_id for r in flatten([item])):
                return item.id
        return None

    def add_own_phrase(self) -> None:
        part = self.palette.part
        text = self.asker.text(
            self,
            translate("PhraseOps", "Add my own phrase"),
            translate("PhraseOps", "New preambular phrase (kept in your user folder):")
            if part == "preamble"
            else translate("PhraseOps", "New operative verb (kept in your user folder):"),
        )
        if text and text.strip():
            try:
                added = self.palette.add_phrase(text)
            except OSError as exc:
                self.asker.error(
                    self,
                    translate("PhraseOps", "Phrase not added"),
                    f"{exc.filename or 'phrases.json'}: {exc.strerror}",
                )
                return
            if added:
                self.preamble_page.refresh_phrases()
                self.operative_page.refresh_phrases()

    def refresh_phrase_dock(self) -> None:
        page = self.part_page()
        if page is not None:
            self.palette.set_part(page.part)
