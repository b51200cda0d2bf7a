"""The front matter and the sponsors: forms bound to the draft through the controller.

Every widget edits one value named by its dotted path in the draft; edits become undoable
commands and undo/redo flow back through ``Controller.fieldChanged``. Derived lines (the
sponsors line, the agenda line, the date in UN style) are shown as previews, never typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QLocale, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from delegate_editor.conventions import language as languages
from delegate_editor.conventions import wording
from delegate_editor.formats.layout import PRESETS
from delegate_editor.model.document import Distribution, DocumentKind, TextKind
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.form_binder import Binder
from delegate_editor.ui.i18n import translate

NO_DATE = QDate(1945, 6, 26)  # the Charter's signature: earlier than any draft, shown as "No date"
PRINCIPAL_ORGANS = (
    "General Assembly",
    "Economic and Social Council",
    "Security Council",
    "Human Rights Council",
)
KIND_NAMES = {
    DocumentKind.DRAFT: QT_TRANSLATE_NOOP("FrontForm", "Draft (sponsored)"),
    DocumentKind.REVISED: QT_TRANSLATE_NOOP("FrontForm", "Revised draft"),
    DocumentKind.OFFICER: QT_TRANSLATE_NOOP("FrontForm", "Submitted by the Chair or President"),
    DocumentKind.ADOPTED: QT_TRANSLATE_NOOP("FrontForm", "Adopted text"),
    DocumentKind.AMENDMENT: QT_TRANSLATE_NOOP("FrontForm", "Amendment to a draft"),
}


# the enums' words as the form shows them (self.tr(value) in FrontMatterForm)
SHOWN_VALUES = (
    QT_TRANSLATE_NOOP("FrontMatterForm", "General"),
    QT_TRANSLATE_NOOP("FrontMatterForm", "Limited"),
    QT_TRANSLATE_NOOP("FrontMatterForm", "Restricted"),
    QT_TRANSLATE_NOOP("FrontMatterForm", "Resolution"),
    QT_TRANSLATE_NOOP("FrontMatterForm", "Decision"),
    QT_TRANSLATE_NOOP("FrontMatterForm", "Note"),  # a note by the Secretariat or an officer
)


class FrontMatterForm(QScrollArea):
    """Masthead, agenda, title and authoring line of the draft."""

    def __init__(self, ctl: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        b = self.binder = Binder(ctl)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Front matter"))
        inner = QWidget()
        outer = QVBoxLayout(inner)

        organ = QComboBox()
        organ.setEditable(True)
        organ.addItems(PRINCIPAL_ORGANS)
        organ.setAccessibleName(self.tr("Organ (masthead)"))
        organ.lineEdit().textEdited.connect(lambda t: ctl.edit_field("front.organ", t, "organ"))
        organ.activated.connect(
            lambda i: ctl.edit_field("front.organ", organ.itemText(i), "organ", typing=False)
        )
        self.organ = organ
        b.on("front.organ", self._show_organ)

        self.fields: dict[str, QWidget] = {"front.organ": organ}

        def add(form: QFormLayout, text: str, widget: QWidget, path: str = "") -> None:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if path:
                self.fields[path] = widget

        doc = QGroupBox(self.tr("Document"))
        f = QFormLayout(doc)
        add(f, self.tr("&Organ:"), organ)
        add(
            f,
            self.tr("&Symbol:"),
            b.line("front.symbol", "symbol", self.tr("Document symbol")),
            "front.symbol",
        )
        dist = b.combo(
            "front.distribution",
            "distribution",
            [(self.tr(d.value) if d.value else self.tr("(none)"), d) for d in Distribution],
            self.tr("Distribution"),
        )
        add(f, self.tr("Dist&ribution:"), dist, "front.distribution")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("No date"))
        self.date.setAccessibleName(self.tr("Date of the document"))
        self.date.dateChanged.connect(self._date_edited)
        self.date.calendarWidget().installEventFilter(self)
        b.on("front.date", self._show_date)
        add(f, self.tr("&Date:"), self.date, "front.date")
        add(
            f,
            self.tr("Ori&ginal:"),
            b.line("front.original", "original language", self.tr("Original language")),
            "front.original",
        )
        add(
            f,
            self.tr("&Job number:"),
            b.line("front.job_number", "job number", self.tr("Job number")),
            "front.job_number",
        )
        add(
            f,
            self.tr("Reissue &note:"),
            b.line("front.reissue", "reissue note", self.tr("Reissue note")),
            "front.reissue",
        )
        languages_offered = [(name, code) for code, name in languages.choices()]
        add(
            f,
            self.tr("Lang&uage:"),
            b.combo("front.language", "language", languages_offered, self.tr("Draft language")),
            "front.language",
        )
        kind = b.combo(
            "kind",
            "kind of text",
            [(translate("FrontForm", v), k) for k, v in KIND_NAMES.items()],
            self.tr("Kind of text"),
        )
        add(f, self.tr("&Kind:"), kind, "kind")
        text_kind = b.combo(
            "text_kind",
            "resolution, decision or note",
            [(self.tr(t.value.capitalize()), t) for t in TextKind],
            self.tr("Resolution, decision or note"),
        )
        add(f, self.tr("Resolution, d&ecision or note:"), text_kind, "text_kind")
        # a decision taken in lettered parts: "The General Assembly:" / "(a) Approves ...;"
        lettered = b.check(
            "lettered", self.tr("&Lettered parts: (a), (b) instead of 1., 2."), "lettered parts"
        )
        add(f, "", lettered, "lettered")
        b.on(
            "text_kind",
            lambda: lettered.setEnabled(ctl.draft.text_kind is TextKind.DECISION or ctl.draft.lettered),
        )
        # an amendment's target: "A/C.3/80/L.20/Rev.1" prints "amendment to revised draft resolution ..."
        add(
            f,
            self.tr("A&mends:"),
            b.line("amends", "draft amended", self.tr("Symbol of the draft amended")),
            "amends",
        )
        presets = [(self.tr("Automatic (from the venue)"), "")] + [
            (name.replace("_", " ").title(), name) for name in PRESETS
        ]
        add(
            f,
            self.tr("La&yout:"),
            b.combo("layout", "layout", presets, self.tr("Duty-station layout")),
            "layout",
        )
        outer.addWidget(doc)

        meeting = QGroupBox(self.tr("Meeting"))
        m = QFormLayout(meeting)
        add(
            m,
            self.tr("&Body:"),
            b.line("front.body", "body", self.tr("Body (committee or commission)")),
            "front.body",
        )
        add(m, self.tr("S&ession:"), b.line("front.session", "session", self.tr("Session")), "front.session")
        add(
            m,
            self.tr("&Venue and dates:"),
            b.line("front.venue_dates", "venue and dates", self.tr("Venue and dates")),
            "front.venue_dates",
        )
        add(
            m,
            self.tr("Agenda &item:"),
            b.line("front.agenda.number", "agenda item", self.tr("Agenda item number")),
            "front.agenda.number",
        )
        add(
            m,
            "",
            b.check(
                "front.agenda.provisional",
                self.tr("&Provisional agenda (adds the * note)"),
                "provisional agenda",
            ),
            "front.agenda.provisional",
        )
        add(
            m,
            self.tr("Agenda s&ymbol:"),
            b.line("front.agenda.symbol", "agenda symbol", self.tr("Agenda symbol")),
            "front.agenda.symbol",
        )
        add(
            m,
            self.tr("Agenda item &title:"),
            b.line("front.agenda.title", "agenda item title", self.tr("Agenda item title")),
            "front.agenda.title",
        )
        self.agenda_preview = QLabel()
        self.agenda_preview.setAccessibleName(self.tr("Agenda line as printed"))
        m.addRow(self.tr("Printed as:"), self.agenda_preview)
        for path in (
            "front.agenda.number",
            "front.agenda.provisional",
            "front.agenda.symbol",
            "front.language",
        ):
            b.on(path, self._show_agenda)
        b.on("front.language", self._show_date)
        outer.addWidget(meeting)

        text = QGroupBox(self.tr("Title"))
        t = QFormLayout(text)
        add(
            t,
            self.tr("&Recommendation:"),
            b.rich("recommendation", "recommendation", self.tr("Recommendation paragraph")),
            "recommendation",
        )
        add(t, self.tr("&Title:"), b.rich("title", "title", self.tr("Title of the resolution")), "title")
        add(
            t,
            self.tr("&Authoring line:"),
            b.line("authoring", "authoring line", self.tr("Authoring line")),
            "authoring",
        )
        # what the numbered paragraphs complete: "Resolves that, for 2026:" (A/C.5/80/L.8)
        lead = b.rich("lead_in", "lead-in", self.tr("Lead-in of the operative part"))
        add(t, self.tr("Lead-in (Resolves t&hat:):"), lead, "lead_in")
        outer.addWidget(text)
        outer.addStretch(1)
        self.setWidget(inner)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """A draft with no date opens the calendar on this month, not on 26 June 1945 (the
        "No date" value), without choosing a date."""
        if event.type() == QEvent.Type.Show and self.date.date() == NO_DATE:
            today = QDate.currentDate()
            self.date.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def _show_organ(self) -> None:
        value = self.ctl.get_field("front.organ")
        if self.organ.currentText() != value:
            self.organ.setEditText(value)

    def _date_edited(self, qdate: QDate) -> None:
        value = None if qdate == NO_DATE else date(qdate.year(), qdate.month(), qdate.day())
        self.ctl.edit_field("front.date", value, "date")

    def _show_date(self) -> None:
        value = self.ctl.get_field("front.date")
        qdate = NO_DATE if value is None else QDate(value.year, value.month, value.day)
        if self.date.date() != qdate:
            self.date.blockSignals(True)
            self.date.setDate(qdate)
            self.date.blockSignals(False)
        self.date.setToolTip(languages.of(self.ctl.draft).date(value) or self.tr("No date"))

    def _show_agenda(self) -> None:
        agenda = self.ctl.draft.front.agenda
        line = wording.agenda_line(agenda, languages.of(self.ctl.draft))
        if line and agenda.provisional and agenda.symbol:
            line += f"*   (* {agenda.symbol.rstrip('.')}.)"
        self.agenda_preview.setText(line or "—")
