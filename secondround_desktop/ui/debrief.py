"""The Debrief and Follow-ups tabs: capture the interview while memory is fresh, then thank each person.

Every text field saves itself through the SaveManager (within a second, and at once on leaving); adding,
removing and ticking items are undoable commands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from secondround_desktop.core.debrief import IMPRESSIONS, DebriefService, TellablePoint
from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.followups import FollowUpService, ThankYouFacts
from secondround_desktop.core.models import PointStatus
from secondround_desktop.core.prep import PanelistView, PrepService, QuestionView
from secondround_desktop.ui.labels import outcome_labels, relation_label, weekday_date_format
from secondround_desktop.ui.pages import StackPage, WrappedCheckBox
from secondround_desktop.ui.prep import Rebuilt, plain_label
from secondround_desktop.ui.save_manager import SaveManager
from secondround_desktop.ui.undo import CallCommand, creation

Report = Callable[[str, UserFacingError], None]

# Marked for lupdate; translated in DebriefTab by self.tr.
OVERALL_FIELDS = (
    (
        "went_well",
        QT_TRANSLATE_NOOP("DebriefTab", "What went well"),
        QT_TRANSLATE_NOOP("DebriefTab", "The moments that clicked, what they liked"),
    ),
    (
        "say_differently",
        QT_TRANSLATE_NOOP("DebriefTab", "What I would say differently"),
        QT_TRANSLATE_NOOP("DebriefTab", "An answer you would give another way next time"),
    ),
    (
        "missed",
        QT_TRANSLATE_NOOP("DebriefTab", "What I missed"),
        QT_TRANSLATE_NOOP(
            "DebriefTab", "One item per line: each becomes an agenda item for the next round's prep"
        ),
    ),
    (
        "next_steps",
        QT_TRANSLATE_NOOP("DebriefTab", "Next steps"),
        QT_TRANSLATE_NOOP("DebriefTab", "What they said happens next, and when"),
    ),
)
IMPRESSION_LABELS = {
    "": QT_TRANSLATE_NOOP("DebriefTab", "Impression…"),
    "warm": QT_TRANSLATE_NOOP("DebriefTab", "Warm"),
    "neutral": QT_TRANSLATE_NOOP("DebriefTab", "Neutral"),
    "cool": QT_TRANSLATE_NOOP("DebriefTab", "Cool"),
}

# The panelists' forms are not DebriefTab, but their texts are its own: lupdate files a text under the
# class whose tr() it sees, so these are marked here and translated with the tab's tr.
_TICK_ASKED = QT_TRANSLATE_NOOP("DebriefTab", "Tick if you asked it")
_WHAT_THEY_ANSWERED = QT_TRANSLATE_NOOP("DebriefTab", "What they answered")
_TOLD = QT_TRANSLATE_NOOP("DebriefTab", "Told: {0}")
_TICK_TOLD = QT_TRANSLATE_NOOP(
    "DebriefTab", "Tick what you actually said: the next round's repetition check will know it"
)
_NOTES = QT_TRANSLATE_NOOP("DebriefTab", "Notes")
_THEY_ASKED = QT_TRANSLATE_NOOP("DebriefTab", "They asked you")
_IMPRESSION = QT_TRANSLATE_NOOP("DebriefTab", "Impression")
_NOTES_ON = QT_TRANSLATE_NOOP("DebriefTab", "Notes on {0}")
_ANOTHER_QUESTION = QT_TRANSLATE_NOOP("DebriefTab", "Another question you asked {0} — Enter adds it")
_A_STORY = QT_TRANSLATE_NOOP("DebriefTab", "A story or point you told {0} — Enter adds it")


class DebriefContext:
    def __init__(
        self,
        debrief: DebriefService,
        prep: PrepService,
        followups: FollowUpService,
        saver: SaveManager,
        undo: QUndoStack,
        report: Report,
    ) -> None:
        self.debrief = debrief
        self.prep = prep
        self.followups = followups
        self.saver = saver
        self.undo = undo
        self.report = report


def _scrolled(body: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


class _Tab(StackPage):
    """Shared plumbing: the interview shown, saving a text, pushing an undoable command."""

    changed = Signal()  # something the list or readiness shows may have changed

    def __init__(self, context: DebriefContext) -> None:
        super().__init__()
        self.context = context
        self.interview_id: int | None = None
        self.body = QWidget()
        # Each load makes the tab's widgets again, in a hidden holder shown when complete.
        self._content = Rebuilt(QVBoxLayout(self.body))
        self.body_layout = self._content.layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(_scrolled(self.body))

    def text_field(
        self, key: tuple[object, ...], value: str, save: Callable[[str], None], *, lines: bool
    ) -> QWidget:
        """A text editor that shows the queued value if a save is pending, and saves as the user types."""
        queued = self.context.saver.pending_value(key)
        text = queued if isinstance(queued, str) else value
        if lines:
            editor: QPlainTextEdit | QLineEdit = QPlainTextEdit()
            editor.setPlainText(text)
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(64)
            editor.setMaximumHeight(110)
            editor.textChanged.connect(lambda: self._schedule(key, editor.toPlainText(), save))  # type: ignore[union-attr]
        else:
            editor = QLineEdit()
            editor.setText(text)
            editor.setCursorPosition(0)
            editor.textEdited.connect(lambda value: self._schedule(key, value, save))
        return editor

    def _schedule(self, key: tuple[object, ...], value: str, save: Callable[[str], None]) -> None:
        self.context.saver.schedule(key, lambda: save(value), value=value)

    def push(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        self.context.saver.flush()
        self.context.undo.push(CallCommand(text, do, undo, self.reload, self.context.report))

    def reload(self) -> None:
        if self.interview_id is not None:
            self.load(self.interview_id)
        self.changed.emit()

    def load(self, interview_id: int) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class _QuestionRow(QWidget):
    """A question asked of one panelist: ticked if asked, and what they answered."""

    def __init__(self, tab: DebriefTab) -> None:
        super().__init__()
        self.question_id = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.check = WrappedCheckBox("", "askedBox")
        self.check.setToolTip(tab.tr(_TICK_ASKED))
        self.check.box.toggled.connect(lambda on: tab._on_asked(self.question_id, on))
        self.reply = QLineEdit(objectName="answerField")
        self.reply.setPlaceholderText(tab.tr(_WHAT_THEY_ANSWERED))
        self.reply.textEdited.connect(lambda text: tab._on_answer(self.question_id, text))
        layout.addWidget(self.check)
        layout.addWidget(self.reply)

    def fill(self, question_id: int, text: str, asked: bool, answer: str) -> None:
        another = question_id != self.question_id
        self.question_id = question_id
        self.setObjectName(f"askedRow_{question_id}")
        self.check.set_text(text)
        with QSignalBlocker(self.check.box):
            self.check.box.setChecked(asked)
        _refill_line(self.reply, answer, another=another)


class _ToldRow(WrappedCheckBox):
    """A point or story: ticked if it was told (the next round's repetition check reads it)."""

    def __init__(self, tab: DebriefTab) -> None:
        super().__init__("")
        self.point_id = 0
        self._told = tab.tr(_TOLD)
        self.setToolTip(tab.tr(_TICK_TOLD))
        self.box.toggled.connect(lambda on: tab._on_told(self.point_id, on))

    def fill(self, point_id: int, text: str, told: bool) -> None:
        self.point_id = point_id
        self.box.setObjectName(f"told_{point_id}")
        self.set_text(self._told.format(text))
        with QSignalBlocker(self.box):
            self.box.setChecked(told)


def _refill_line(field: QLineEdit, text: str, *, another: bool) -> None:
    """Shows ``text``; for another item always anew (which also empties the field's undo history), for
    the same one only if it changed (the cursor stays where the user left it)."""
    if another or field.text() != text:
        field.setText(text)
        field.setCursorPosition(0)


def _refill_lines(field: QPlainTextEdit, text: str, *, another: bool) -> None:
    if field.toPlainText() != text:
        field.setPlainText(text)
    if another:
        field.document().clearUndoRedoStacks()  # an undo must not bring back another's text


class _PersonForm(QGroupBox):
    """One panelist's part of the debrief. Made once and filled again for whoever is in that place on the
    panel of the interview shown: making the forms anew at each interview was most of opening the tab."""

    def __init__(self, tab: DebriefTab) -> None:
        super().__init__()
        self.tab = tab
        self.person_id: int | None = None
        self.form = QFormLayout(self)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(64)
        self.notes.setMaximumHeight(110)
        self.notes.textChanged.connect(lambda: tab._on_person_text(self, "notes", self.notes.toPlainText()))
        self.form.addRow(tab.tr(_NOTES), self.notes)
        self.they_asked = QLineEdit()
        self.they_asked.textEdited.connect(lambda text: tab._on_person_text(self, "they_asked", text))
        self.form.addRow(tab.tr(_THEY_ASKED), self.they_asked)
        self.impression = QComboBox()
        for value in IMPRESSIONS:
            self.impression.addItem(tab.tr(IMPRESSION_LABELS[value]), value)
        self.impression.activated.connect(lambda _index: tab._on_impression(self))
        self.form.addRow(tab.tr(_IMPRESSION), self.impression)
        self.add_question = QLineEdit()
        self.add_question.returnPressed.connect(lambda: tab._add_question(self.add_question, self.person_id))
        self.form.addRow(self.add_question)
        self.add_told = QLineEdit()
        self.add_told.returnPressed.connect(lambda: tab._add_told(self.add_told, self.person_id))
        self.form.addRow(self.add_told)
        self.questions: list[_QuestionRow] = []
        self.told: list[_ToldRow] = []

    def fill(
        self,
        interview_id: int,
        person: PanelistView,
        notes: dict[tuple[int | None, str], str],
        questions: list[QuestionView],
        points: list[TellablePoint],
        *,
        another_interview: bool,
    ) -> None:
        tab = self.tab
        another = another_interview or person.id != self.person_id
        self.person_id = pid = person.id
        self.setTitle(f"{person.name} — {relation_label(person.relation)}")
        self.setObjectName(f"debriefPerson_{pid}")
        self.notes.setObjectName(f"debriefNotes_{pid}")
        self.notes.setAccessibleName(tab.tr(_NOTES_ON).format(person.name))
        self.they_asked.setObjectName(f"debriefTheyAsked_{pid}")
        self.impression.setObjectName(f"impression_{pid}")
        self.add_question.setObjectName(f"askedNew_{pid}")
        self.add_told.setObjectName(f"toldNew_{pid}")
        _refill_lines(self.notes, tab.note_text(interview_id, pid, "notes", notes), another=another)
        _refill_line(self.they_asked, tab.note_text(interview_id, pid, "they_asked", notes), another=another)
        self.impression.setCurrentIndex(max(0, self.impression.findData(notes.get((pid, "impression"), ""))))
        if another:
            self.add_question.clear()
            self.add_told.clear()
        self.add_question.setPlaceholderText(tab.tr(_ANOTHER_QUESTION).format(person.name))
        self.add_told.setPlaceholderText(tab.tr(_A_STORY).format(person.name))
        first_question_row = 3  # after notes, they asked, impression
        self._fit(self.questions, len(questions), first_question_row, lambda: _QuestionRow(tab))
        for row, question in zip(self.questions, questions, strict=True):
            pending = tab.context.saver.pending_value(("answer", question.id))
            answer = pending if isinstance(pending, str) else question.answer
            row.fill(question.id, question.text, question.asked, answer)
        self._fit(self.told, len(points), first_question_row + len(questions) + 1, lambda: _ToldRow(tab))
        for told_row, point in zip(self.told, points, strict=True):
            told_row.fill(point.id, point.text, point.told)

    def _fit(self, rows: list[Any], count: int, first_row: int, make: Callable[[], QWidget]) -> None:
        """As many rows as ``count``: the ones there are kept, missing ones made, the rest removed."""
        while len(rows) > count:
            self.form.removeRow(rows.pop())  # (deletes the row)
        while len(rows) < count:
            row = make()
            self.form.insertRow(first_row + len(rows), row)
            row.show()  # at once: in a form on screen, Qt would show it a turn of the event loop later
            rows.append(row)

    def empty(self) -> None:
        """Out of use (the panel shown is smaller): nothing of its last person stays in it."""
        self.person_id = None
        for rows in (self.questions, self.told):
            self._fit(rows, 0, 0, QWidget)
        for widget in (self, self.notes, self.they_asked, self.impression, self.add_question, self.add_told):
            widget.setObjectName("")
        self.notes.clear()
        self.they_asked.clear()
        self.hide()

    def tab_stops(self) -> list[QWidget]:
        stops: list[QWidget] = [self.notes, self.they_asked, self.impression]
        for row in self.questions:
            stops += [row.check.box, row.reply]
        stops.append(self.add_question)
        stops += [row.box for row in self.told]
        stops.append(self.add_told)
        return stops


class DebriefTab(_Tab):
    """Per panelist, then overall: notes, questions and answers, what was told, outcome."""

    def __init__(self, context: DebriefContext) -> None:
        super().__init__(context)
        self.first_field: QWidget | None = None
        # The panelists' forms and the overall part are made once and filled again at each load; what
        # is told to the whole panel and the side-by-side answers, when there are any, are made anew.
        self._filling = False
        self._overall_for: int | None = None
        self._room_rows: list[_ToldRow] = []
        body = self.body.layout()
        assert isinstance(body, QVBoxLayout)
        hint = QLabel(self.tr("Write it down while it is fresh. Everything saves as you type."))
        hint.setObjectName("hint")
        body.insertWidget(0, hint)
        self.people = QWidget()
        self.people_layout = QVBoxLayout(self.people)
        self.people_layout.setContentsMargins(0, 0, 0, 0)
        body.insertWidget(1, self.people)
        self.person_forms: list[_PersonForm] = []
        self.overall = QGroupBox(self.tr("Overall"), objectName="debriefOverall")
        form = QFormLayout(self.overall)
        self.overall_fields: dict[str, QPlainTextEdit] = {}
        for topic, label, placeholder in OVERALL_FIELDS:
            field = QPlainTextEdit(objectName=f"debrief_{topic}")
            field.setPlaceholderText(self.tr(placeholder))
            field.setTabChangesFocus(True)
            field.setMinimumHeight(64)
            field.setMaximumHeight(110)
            field.textChanged.connect(lambda topic=topic: self._on_overall_edited(topic))
            self.overall_fields[topic] = field
            form.addRow(self.tr(label), field)
        self.outcome = QComboBox(objectName="outcome")
        for value, label in outcome_labels().items():
            self.outcome.addItem(label, str(value))
        self.outcome.activated.connect(self._on_outcome)
        form.addRow(self.tr("Outcome"), self.outcome)
        body.addWidget(self.overall)
        body.addStretch(1)

    def load(self, interview_id: int) -> None:
        self.interview_id = interview_id
        another = self._overall_for != interview_id
        self._overall_for = interview_id
        debrief, prep = self.context.debrief, self.context.prep
        notes = debrief.notes(interview_id)
        panel = prep.panel(interview_id)
        questions = prep.questions(interview_id)
        points = debrief.tellable_points(interview_id)
        shared = debrief.shared_questions(interview_id)
        outcome = debrief.outcome(interview_id)

        self._filling = True
        try:
            while len(self.person_forms) < len(panel):
                person_form = _PersonForm(self)
                self.people_layout.addWidget(person_form)
                self.person_forms.append(person_form)
            for person_form, person in zip(self.person_forms, panel, strict=False):
                person_form.fill(
                    interview_id,
                    person,
                    notes,
                    [q for q in questions if q.person_id == person.id],
                    [p for p in points if p.person_id == person.id],
                    another_interview=another,
                )
                person_form.show()
            for person_form in self.person_forms[len(panel) :]:
                person_form.empty()
            self._fill_overall(interview_id, notes, outcome, another=another)
        finally:
            self._filling = False

        self.body_layout = self._content.start()
        self._room_rows = []
        room = [p for p in points if p.person_id is None]
        if room:
            box = QGroupBox(self.tr("Told to the whole panel"))
            column = QVBoxLayout(box)
            for point in room:
                row = _ToldRow(self)
                row.fill(point.id, point.text, point.told)
                column.addWidget(row)
                self._room_rows.append(row)
            self.body_layout.addWidget(box)
        if shared:
            box = QGroupBox(self.tr("Same question, different answers"), objectName="sideBySide")
            grid = QGridLayout(box)
            for row_number, question in enumerate(shared):
                title = plain_label(question.text, "subheading")
                grid.addWidget(title, row_number * 3, 0, 1, max(1, len(question.answers)))
                for column_number, (name, answer) in enumerate(question.answers):
                    grid.addWidget(plain_label(name, "hint"), row_number * 3 + 1, column_number)
                    grid.addWidget(plain_label(answer, "sideBySideAnswer"), row_number * 3 + 2, column_number)
            self.body_layout.addWidget(box)
        self._content.finish()
        self._set_tab_order(len(panel))

    def _set_tab_order(self, people: int) -> None:
        """Tab goes through the fields as they show, top to bottom: forms made once, and rows made when
        a panel first needed them, would otherwise come in the order they were made."""
        stops: list[QWidget] = []
        for person_form in self.person_forms[:people]:
            stops += person_form.tab_stops()
        stops += [row.box for row in self._room_rows]
        stops += [*self.overall_fields.values(), self.outcome]
        for before, after in pairwise(stops):
            QWidget.setTabOrder(before, after)
        self.first_field = stops[0]

    def note_text(
        self, interview_id: int, person_id: int | None, topic: str, notes: dict[tuple[int | None, str], str]
    ) -> str:
        """The note as stored, or as typed if its save is still waiting."""
        queued = self.context.saver.pending_value(("debrief", interview_id, person_id, topic))
        return queued if isinstance(queued, str) else notes.get((person_id, topic), "")

    def _fill_overall(
        self, interview_id: int, notes: dict[tuple[int | None, str], str], outcome: str, *, another: bool
    ) -> None:
        for topic, field in self.overall_fields.items():
            _refill_lines(field, self.note_text(interview_id, None, topic, notes), another=another)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(outcome)))

    def _on_overall_edited(self, topic: str) -> None:
        interview_id = self.interview_id
        if self._filling or interview_id is None or interview_id != self._overall_for:
            return
        debrief = self.context.debrief
        self._schedule(
            ("debrief", interview_id, None, topic),
            self.overall_fields[topic].toPlainText(),
            lambda text: debrief.set_note(interview_id, None, topic, text),
        )

    def focus_first_field(self) -> None:
        if self.first_field is not None:
            self.first_field.setFocus()

    # ---- edits ---------------------------------------------------------------------------------
    # Each reads the interview and the item when the user acts: a form or row shows another one later.

    def _on_person_text(self, person_form: _PersonForm, topic: str, text: str) -> None:
        interview_id, person_id = self.interview_id, person_form.person_id
        if self._filling or interview_id is None or person_id is None:
            return
        debrief = self.context.debrief
        self._schedule(
            ("debrief", interview_id, person_id, topic),
            text,
            lambda value: debrief.set_note(interview_id, person_id, topic, value),
        )

    def _on_impression(self, person_form: _PersonForm) -> None:
        interview_id, person_id = self.interview_id, person_form.person_id
        if interview_id is None or person_id is None:
            return
        value = str(person_form.impression.currentData())
        debrief = self.context.debrief
        self.context.saver.schedule(
            ("debrief", interview_id, person_id, "impression"),
            lambda: debrief.set_note(interview_id, person_id, "impression", value),
            immediate=True,
        )

    def _on_answer(self, question_id: int, text: str) -> None:
        prep = self.context.prep
        self._schedule(
            ("answer", question_id), text, lambda value: prep.update_question(question_id, answer=value)
        )

    def _on_asked(self, question_id: int, on: bool) -> None:
        prep = self.context.prep
        self.push(
            self.tr("Mark Question Asked") if on else self.tr("Mark Question Not Asked"),
            lambda: prep.update_question(question_id, asked=on),
            lambda: prep.update_question(question_id, asked=not on),
        )

    def _on_told(self, point_id: int, on: bool) -> None:
        debrief = self.context.debrief
        self.push(
            self.tr("Mark Point Told") if on else self.tr("Mark Point Not Told"),
            lambda: debrief.mark_told(point_id, on),
            lambda: debrief.mark_told(point_id, not on),
        )

    # ---- actions -------------------------------------------------------------------------------

    def _add_question(self, field: QLineEdit, person_id: int | None) -> None:
        text = field.text().strip()
        interview_id = self.interview_id
        if not text or interview_id is None or person_id is None:
            return
        prep = self.context.prep

        def create() -> int:
            question = prep.assign_question(interview_id, text, person_id)
            prep.update_question(question, asked=True)  # typed in the debrief: it was asked
            return question

        do, undo = creation(create, prep.remove_question, prep.restore_question)
        field.clear()
        self.push(self.tr("Add Question"), do, undo)

    def _add_told(self, field: QLineEdit, person_id: int | None) -> None:
        text = field.text().strip()
        interview_id = self.interview_id
        if not text or interview_id is None or person_id is None:
            return
        prep = self.context.prep
        do, undo = creation(
            lambda: prep.add_point(interview_id, text, person_id, PointStatus.TOLD.value),
            prep.delete_point,
            prep.restore_point,
        )
        field.clear()
        self.push(self.tr("Add Told Point"), do, undo)

    def _on_outcome(self, _index: int) -> None:
        interview_id = self.interview_id
        if interview_id is None:
            return
        value = str(self.outcome.currentData())
        previous = self.context.debrief.outcome(interview_id)
        self.push(
            self.tr("Set Outcome"),
            lambda: self.context.debrief.set_outcome(interview_id, value),
            lambda: self.context.debrief.set_outcome(interview_id, previous),
        )


class FollowUpsTab(_Tab):
    """A thank-you per panelist: due date, done, and a draft to edit, copy or open in the mail app."""

    def load(self, interview_id: int) -> None:
        self.interview_id = interview_id
        service = self.context.followups
        try:
            service.ensure_thank_yous(interview_id)
        except UserFacingError as exc:
            self.context.report(self.tr("Could not prepare the thank-you notes"), exc)
        self.body_layout = self._content.start()
        items = service.list(interview_id)
        if not items:
            empty = QLabel(self.tr("Add the people on the panel (Overview tab): each gets a thank-you here."))
            empty.setObjectName("hint")
            self.body_layout.addWidget(empty)
        today = date.today()
        for item in items:
            box = QGroupBox(self.tr("Thank-you to {0}").format(item.person_name or self.tr("the panel")))
            box.setObjectName(f"followUp_{item.id}")
            column = QVBoxLayout(box)
            top = QHBoxLayout()
            due = QDateEdit(objectName="dueDate")
            due.setCalendarPopup(True)
            due.setDisplayFormat(weekday_date_format())
            if item.due_date:
                due.setDate(QDate(item.due_date.year, item.due_date.month, item.due_date.day))
            due.dateChanged.connect(
                lambda value, fid=item.id: self.context.saver.schedule(
                    ("followup_due", fid), lambda: service.set_due(fid, value.toPython()), immediate=True
                )
            )
            done = QCheckBox(self.tr("Sent"), objectName="doneBox")
            done.setChecked(item.done)
            done.toggled.connect(
                lambda on, fid=item.id: self.push(
                    self.tr("Mark Thank-you Sent") if on else self.tr("Mark Thank-you Not Sent"),
                    lambda: service.set_done(fid, on),
                    lambda: service.set_done(fid, not on),
                )
            )
            state = QLabel(objectName="followUpState")
            if item.is_overdue(today):
                state.setText(self.tr("⚠ Overdue"))
                state.setStyleSheet("color: #c62828; font-weight: 600;")
            top.addWidget(QLabel(self.tr("Due")))
            top.addWidget(due)
            top.addWidget(done)
            top.addWidget(state)
            top.addStretch(1)
            if item.email:
                email = QLabel(item.email)
                email.setTextFormat(Qt.TextFormat.PlainText)  # as typed, never read as HTML
                top.addWidget(email)
            draft = self.text_field(
                ("followup_draft", item.id),
                item.draft,
                lambda value, fid=item.id: service.set_draft(fid, value),
                lines=True,
            )
            assert isinstance(draft, QPlainTextEdit)
            draft.setObjectName("draft")
            draft.setMaximumHeight(220)
            draft.setMinimumHeight(140)
            draft.setPlaceholderText(self.tr("Press “Write Draft” for a note that cites what they said"))
            buttons = QHBoxLayout()
            compose = QPushButton(self.tr("Write Draft"), objectName="composeButton")
            compose.clicked.connect(lambda _=False, fid=item.id, editor=draft: self._compose(fid, editor))
            copy = QPushButton(self.tr("Copy"), objectName="copyButton")
            copy.clicked.connect(
                lambda _=False, editor=draft: QGuiApplication.clipboard().setText(editor.toPlainText())
            )
            mail = QPushButton(self.tr("Open in Mail App"), objectName="mailButton")
            mail.clicked.connect(lambda _=False, fid=item.id: self._open_mail(fid))
            buttons.addWidget(compose)
            buttons.addWidget(copy)
            buttons.addWidget(mail)
            buttons.addStretch(1)
            column.addLayout(top)
            column.addWidget(draft)
            column.addLayout(buttons)
            self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self._content.finish()

    def _compose(self, follow_up_id: int, editor: QPlainTextEdit) -> None:
        try:
            text = self.thank_you_draft(self.context.followups.thank_you_facts(follow_up_id))
        except UserFacingError as exc:
            self.context.report(self.tr("Could not write the draft"), exc)
            return
        # Replaced through the cursor, so the editor's own undo (Ctrl+Z) brings the old draft back.
        cursor = editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        editor.setFocus()

    def thank_you_draft(self, facts: ThankYouFacts) -> str:
        """A thank-you in the app's language that cites what the person said and asked."""
        weekday = QLocale().dayName(facts.day.isoweekday())
        lines = [
            self.tr("Dear {0},").format(facts.first_name),
            "",
            self.tr("Thank you for taking the time to meet me on {0} about the {1} role at {2}.").format(
                weekday, facts.role or self.tr("the role"), facts.company or self.tr("the team")
            ),
        ]
        if facts.answer:
            lines.append(
                self.tr("I especially valued your answer when I asked “{0}”: {1}.").format(
                    facts.question, facts.answer
                )
            )
        elif facts.remark:
            lines.append(self.tr("I keep thinking about what you said: {0}.").format(facts.remark))
        if facts.they_asked:
            lines.append(
                self.tr("You asked me about {0}, and I would be glad to say more.").format(facts.they_asked)
            )
        lines += [
            "",
            self.tr("It confirmed how much I would like to contribute to the team."),
            "",
            self.tr("Best regards,"),
        ]
        return "\n".join(lines)

    def _open_mail(self, follow_up_id: int) -> None:
        self.context.saver.flush()
        QDesktopServices.openUrl(
            QUrl(
                self.context.followups.mailto(follow_up_id, self.tr("Thank you", "the subject of the email"))
            )
        )
