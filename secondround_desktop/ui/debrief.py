"""The Debrief and Follow-ups tabs: capture the interview while memory is fresh, then thank each person.

Every text field saves itself through the SaveManager (within a second, and at once on leaving); adding,
removing and ticking items are undoable commands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, QUrl, Signal
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

from secondround_desktop.core.debrief import IMPRESSIONS, DebriefService
from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.followups import FollowUpService, ThankYouFacts
from secondround_desktop.core.models import PointStatus
from secondround_desktop.core.prep import PrepService
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


class DebriefTab(_Tab):
    """Per panelist, then overall: notes, questions and answers, what was told, outcome."""

    def __init__(self, context: DebriefContext) -> None:
        super().__init__(context)
        self.first_field: QWidget | None = None
        # The overall part is the same for every interview: made once, refilled at each load (the rest
        # of the tab, which follows the panel, is made again).
        self._filling = False
        self._overall_for: int | None = None
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
        body = self.body.layout()
        assert isinstance(body, QVBoxLayout)
        body.addWidget(self.overall)
        body.addStretch(1)

    def load(self, interview_id: int) -> None:
        self.interview_id = interview_id
        debrief, prep = self.context.debrief, self.context.prep
        self.body_layout = self._content.start()
        self.first_field = None
        notes = debrief.notes(interview_id)
        panel = prep.panel(interview_id)
        questions = prep.questions(interview_id)
        points = debrief.tellable_points(interview_id)
        hint = QLabel(self.tr("Write it down while it is fresh. Everything saves as you type."))
        hint.setObjectName("hint")
        self.body_layout.addWidget(hint)

        for person in panel:
            box = QGroupBox(f"{person.name} — {relation_label(person.relation)}")
            box.setObjectName(f"debriefPerson_{person.id}")
            form = QFormLayout(box)
            note = self._note_field(interview_id, person.id, "notes", notes, lines=True)
            note.setObjectName(f"debriefNotes_{person.id}")
            note.setAccessibleName(self.tr("Notes on {0}").format(person.name))
            self.first_field = self.first_field or note
            form.addRow(self.tr("Notes"), note)
            asked = self._note_field(interview_id, person.id, "they_asked", notes, lines=False)
            asked.setObjectName(f"debriefTheyAsked_{person.id}")
            form.addRow(self.tr("They asked you"), asked)
            impression = QComboBox(objectName=f"impression_{person.id}")
            for value in IMPRESSIONS:
                impression.addItem(self.tr(IMPRESSION_LABELS[value]), value)
            impression.setCurrentIndex(max(0, impression.findData(notes.get((person.id, "impression"), ""))))
            impression.activated.connect(
                lambda _i, box=impression, pid=person.id: self.context.saver.schedule(
                    ("debrief", interview_id, pid, "impression"),
                    lambda: debrief.set_note(interview_id, pid, "impression", str(box.currentData())),
                    immediate=True,
                )
            )
            form.addRow(self.tr("Impression"), impression)
            mine = [q for q in questions if q.person_id == person.id]
            for question in mine:
                form.addRow(self._question_row(question.id, question.text, question.asked, question.answer))
            add = QLineEdit(objectName=f"askedNew_{person.id}")
            add.setPlaceholderText(
                self.tr("Another question you asked {0} — Enter adds it").format(person.name)
            )
            add.returnPressed.connect(lambda field=add, pid=person.id: self._add_question(field, pid))
            form.addRow(add)
            told = [p for p in points if p.person_id == person.id]
            for point in told:
                form.addRow(self._told_row(point.id, point.text, point.told))
            story = QLineEdit(objectName=f"toldNew_{person.id}")
            story.setPlaceholderText(
                self.tr("A story or point you told {0} — Enter adds it").format(person.name)
            )
            story.returnPressed.connect(lambda field=story, pid=person.id: self._add_told(field, pid))
            form.addRow(story)
            self.body_layout.addWidget(box)

        room = [p for p in points if p.person_id is None]
        if room:
            box = QGroupBox(self.tr("Told to the whole panel"))
            column = QVBoxLayout(box)
            for point in room:
                column.addWidget(self._told_row(point.id, point.text, point.told))
            self.body_layout.addWidget(box)

        shared = debrief.shared_questions(interview_id)
        if shared:
            box = QGroupBox(self.tr("Same question, different answers"), objectName="sideBySide")
            grid = QGridLayout(box)
            for row, question in enumerate(shared):
                title = plain_label(question.text, "subheading")
                grid.addWidget(title, row * 3, 0, 1, max(1, len(question.answers)))
                for column, (name, answer) in enumerate(question.answers):
                    grid.addWidget(plain_label(name, "hint"), row * 3 + 1, column)
                    grid.addWidget(plain_label(answer, "sideBySideAnswer"), row * 3 + 2, column)
            self.body_layout.addWidget(box)

        self._content.finish()
        self._fill_overall(interview_id, notes)
        self._tab_to_overall_after(self._content.holder)

    def _tab_to_overall_after(self, holder: QWidget) -> None:
        """Tab goes from the last field made for this interview to the overall fields, as they show:
        made once, before those, they would otherwise come first."""
        last = holder
        widget = holder.nextInFocusChain()
        while widget is not holder and holder.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget
            widget = widget.nextInFocusChain()
        for field in [*self.overall_fields.values(), self.outcome]:
            QWidget.setTabOrder(last, field)
            last = field

    def _fill_overall(self, interview_id: int, notes: dict[tuple[int | None, str], str]) -> None:
        another = self._overall_for != interview_id
        self._overall_for = interview_id
        self._filling = True
        try:
            for topic, field in self.overall_fields.items():
                queued = self.context.saver.pending_value(("debrief", interview_id, None, topic))
                text = queued if isinstance(queued, str) else notes.get((None, topic), "")
                if field.toPlainText() != text:  # (else the cursor stays where the user left it)
                    field.setPlainText(text)
                if another:
                    field.document().clearUndoRedoStacks()  # an undo must not bring back another's text
            outcome = self.context.debrief.outcome(interview_id)
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(outcome)))
        finally:
            self._filling = False
        self.first_field = self.first_field or self.overall_fields[OVERALL_FIELDS[0][0]]

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

    # ---- rows ----------------------------------------------------------------------------------

    def _note_field(
        self,
        interview_id: int,
        person_id: int | None,
        topic: str,
        notes: dict[tuple[int | None, str], str],
        *,
        lines: bool,
    ) -> QWidget:
        debrief = self.context.debrief
        return self.text_field(
            ("debrief", interview_id, person_id, topic),
            notes.get((person_id, topic), ""),
            lambda text: debrief.set_note(interview_id, person_id, topic, text),
            lines=lines,
        )

    def _question_row(self, question_id: int, text: str, asked: bool, answer: str) -> QWidget:
        prep = self.context.prep
        row = QWidget(objectName=f"askedRow_{question_id}")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        check = WrappedCheckBox(text, "askedBox")
        check.setToolTip(self.tr("Tick if you asked it"))
        box = check.box
        box.setChecked(asked)
        box.toggled.connect(
            lambda on: self.push(
                self.tr("Mark Question Asked") if on else self.tr("Mark Question Not Asked"),
                lambda: prep.update_question(question_id, asked=on),
                lambda: prep.update_question(question_id, asked=not on),
            )
        )
        reply = self.text_field(
            ("answer", question_id),
            answer,
            lambda value: prep.update_question(question_id, answer=value),
            lines=False,
        )
        reply.setObjectName("answerField")
        assert isinstance(reply, QLineEdit)
        reply.setPlaceholderText(self.tr("What they answered"))
        layout.addWidget(check)
        layout.addWidget(reply)
        return row

    def _told_row(self, point_id: int, text: str, told: bool) -> QWidget:
        check = WrappedCheckBox(self.tr("Told: {0}").format(text), f"told_{point_id}")
        check.setToolTip(
            self.tr("Tick what you actually said: the next round's repetition check will know it")
        )
        box = check.box
        box.setChecked(told)
        debrief = self.context.debrief
        box.toggled.connect(
            lambda on: self.push(
                self.tr("Mark Point Told") if on else self.tr("Mark Point Not Told"),
                lambda: debrief.mark_told(point_id, on),
                lambda: debrief.mark_told(point_id, not on),
            )
        )
        return check

    # ---- actions -------------------------------------------------------------------------------

    def _add_question(self, field: QLineEdit, person_id: int) -> None:
        text = field.text().strip()
        interview_id = self.interview_id
        if not text or interview_id is None:
            return
        prep = self.context.prep

        def create() -> int:
            question = prep.assign_question(interview_id, text, person_id)
            prep.update_question(question, asked=True)  # typed in the debrief: it was asked
            return question

        do, undo = creation(create, prep.remove_question, prep.restore_question)
        field.clear()
        self.push(self.tr("Add Question"), do, undo)

    def _add_told(self, field: QLineEdit, person_id: int) -> None:
        text = field.text().strip()
        interview_id = self.interview_id
        if not text or interview_id is None:
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
