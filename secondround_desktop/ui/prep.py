"""The Prep tab: the playbook's four steps as a guided walk, with a readiness meter above them.

Each step shows our guidance first, then its checklist, then the work. Text is saved as the user types
(through the SaveManager); adding, removing and moving items are undoable commands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.models import NoteKind, PointStatus
from secondround_desktop.core.playbook import Step
from secondround_desktop.core.prep import (
    ADVOCATE_TOPICS,
    RECAP,
    RECAP_MISSED_TOPIC,
    PanelistView,
    PointView,
    PrepService,
    Readiness,
    RepeatWarning,
)
from secondround_desktop.ui.labels import relation_label, step_short_title
from secondround_desktop.ui.pages import StackPage, WrappedLabel
from secondround_desktop.ui.save_manager import SaveManager
from secondround_desktop.ui.style import GuidanceLabel
from secondround_desktop.ui.texts import translated
from secondround_desktop.ui.undo import CallCommand, creation, removal

# Shows a failure: a translated headline ("Could not …") and the error.
Report = Callable[[str, UserFacingError], None]


def clear_layout(layout: QVBoxLayout | QGridLayout | QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)  # gone from findChild and layouts now, freed by the event loop
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())  # type: ignore[arg-type]


class Rebuilt:
    """A part of a page whose widgets are all made again on each load, in a fresh, hidden holder.

    Widgets made inside a visible parent are polished, moved and resized once per layout pass as the
    rows are added; made in a hidden holder that is put in place when complete, they are laid out once.
    """

    def __init__(self, parent_layout: QVBoxLayout) -> None:
        self._parent_layout = parent_layout
        self.holder = QWidget()
        self.layout = QVBoxLayout(self.holder)
        self.layout.setContentsMargins(0, 0, 0, 0)
        parent_layout.addWidget(self.holder)

    def start(self) -> QVBoxLayout:
        """A new, empty layout to fill; ``finish`` shows it in place of the old one."""
        self._next = QWidget()
        layout = QVBoxLayout(self._next)
        layout.setContentsMargins(0, 0, 0, 0)
        return layout

    def finish(self) -> None:
        old, self.holder = self.holder, self._next
        self.layout = self.holder.layout()  # type: ignore[assignment]
        self._parent_layout.replaceWidget(old, self.holder)
        old.setParent(None)  # gone from findChild now, freed by the event loop
        old.deleteLater()
        self.holder.show()


def small_button(text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    button.clicked.connect(slot)
    return button


class StepContext:
    """What every step page needs: the service, the saver, the undo stack and how to report."""

    def __init__(self, prep: PrepService, saver: SaveManager, undo: QUndoStack, report: Report) -> None:
        self.prep = prep
        self.saver = saver
        self.undo = undo
        self.report = report


class StepPage(StackPage):
    """Guidance, then the checklist, then the step's own work area (added by subclasses)."""

    changed = Signal()  # something that readiness depends on changed

    def __init__(self, context: StepContext, step: Step) -> None:
        super().__init__()
        self.context = context
        self.step = step
        self.interview_id: int | None = None
        self.setObjectName(f"step_{step.key}")
        heading = QLabel(f"{step.number}. {step.title}", objectName="stepHeading")
        guidance = GuidanceLabel(step.guidance)
        guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._checks: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        checklist = QGroupBox(self.tr("Checklist"))
        grid = QGridLayout(checklist)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for row, item in enumerate(step.checks):
            box = QCheckBox(item.text, objectName=f"check_{item.key}")
            note = QLineEdit(objectName=f"checkNote_{item.key}")
            note.setPlaceholderText(self.tr("Note"))
            note.setAccessibleName(self.tr("Note for: {0}").format(item.text))
            box.toggled.connect(lambda on, key=item.key: self._on_check_toggled(key, on))
            note.textEdited.connect(lambda text, key=item.key: self._on_check_note(key, text))
            grid.addWidget(box, row, 0)
            grid.addWidget(note, row, 1)
            self._checks[item.key] = (box, note)
        self.work = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(guidance)
        layout.addWidget(checklist)
        layout.addLayout(self.work)
        layout.addStretch(1)

    def load(self, interview_id: int) -> None:
        self.interview_id = interview_id
        state = self.context.prep.checklist(interview_id)
        for key, (box, note) in self._checks.items():
            done, text = state.get(key, (False, ""))
            box.blockSignals(True)
            box.setChecked(done)
            box.blockSignals(False)
            queued = self.context.saver.pending_value(("check_note", interview_id, key))
            note.setText(queued if isinstance(queued, str) else text)

    def _on_check_toggled(self, key: str, on: bool) -> None:
        interview_id = self.interview_id
        if interview_id is None:
            return
        self.context.saver.schedule(
            ("check", interview_id, key),
            lambda: self.context.prep.set_check(interview_id, key, done=on),
            immediate=True,
        )
        self.changed.emit()

    def _on_check_note(self, key: str, text: str) -> None:
        interview_id = self.interview_id
        if interview_id is not None:
            self.context.saver.schedule(
                ("check_note", interview_id, key),
                lambda: self.context.prep.set_check(interview_id, key, note=text),
                value=text,
            )

    # ---- helpers for subclasses ----------------------------------------------------------------

    def text_note(self, kind: str, topic: str, placeholder: str, name: str) -> QPlainTextEdit:
        """A plain-text field saved as the interview's note of ``kind``/``topic``."""
        editor = QPlainTextEdit(objectName=name)
        editor.setPlaceholderText(placeholder)
        editor.setTabChangesFocus(True)
        editor.setMinimumHeight(70)
        editor.setMaximumHeight(120)
        editor.setProperty("noteKind", (kind, topic))
        editor.textChanged.connect(lambda: self._on_note_edited(editor, kind, topic))
        return editor

    def load_note(self, editor: QPlainTextEdit, kind: str, topic: str) -> None:
        assert self.interview_id is not None
        queued = self.context.saver.pending_value(("note", self.interview_id, kind, topic))
        text = queued if isinstance(queued, str) else self.context.prep.note(self.interview_id, kind, topic)
        if editor.toPlainText() != text:
            editor.blockSignals(True)
            editor.setPlainText(text)
            editor.blockSignals(False)

    def _on_note_edited(self, editor: QPlainTextEdit, kind: str, topic: str) -> None:
        interview_id = self.interview_id
        if interview_id is None:
            return
        text = editor.toPlainText()
        self.context.saver.schedule(
            ("note", interview_id, kind, topic),
            lambda: self.context.prep.set_note(interview_id, kind, topic, text),
            value=text,
        )
        self.changed.emit()

    def push(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        self.context.saver.flush()
        self.context.undo.push(CallCommand(text, do, undo, self._after_command, self.context.report))

    def _after_command(self) -> None:
        if self.interview_id is not None:
            self.load(self.interview_id)
        self.changed.emit()


class PointRow(QWidget):
    """One talking point: its text (saved as typed), and for a repeat, the earlier point and a choice."""

    def __init__(self, page: FreshPointsStep, point: PointView, people: tuple[PanelistView, ...]) -> None:
        super().__init__()
        self.page = page
        self.point = point
        self.setObjectName(f"point_{point.id}")
        self.text = QLineEdit(objectName="pointText")
        queued = page.context.saver.pending_value(("point", point.id))
        self.text.setText(queued if isinstance(queued, str) else point.text)
        self.text.setCursorPosition(0)
        self.text.setAccessibleName(self.tr("Talking point"))
        self.text.textEdited.connect(self._on_edited)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        if point.status == RECAP:
            self.person = QComboBox(objectName="recapPerson")
            self.person.addItem(self.tr("To the whole panel"), None)
            for person in people:
                self.person.addItem(person.name, person.id)
            self.person.setCurrentIndex(max(0, self.person.findData(point.person_id)))
            self.person.setAccessibleName(self.tr("Told to"))
            self.person.activated.connect(self._on_person)
            self.landed = QComboBox(objectName="recapLanded")
            for label, value in (
                (self.tr("Landed?"), None),
                (self.tr("It landed"), True),
                (self.tr("Fell flat"), False),
            ):
                self.landed.addItem(label, value)
            self.landed.setCurrentIndex(max(0, self.landed.findData(point.landed)))
            self.landed.setAccessibleName(self.tr("Did it land?"))
            self.landed.activated.connect(self._on_landed)
            row.addWidget(self.person)
            row.addWidget(self.landed)
        else:
            row.addWidget(small_button("↑", self.tr("Move up"), lambda: page.move_point(point.id, -1)))
            row.addWidget(small_button("↓", self.tr("Move down"), lambda: page.move_point(point.id, 1)))
        row.addWidget(small_button("✕", self.tr("Remove this point"), lambda: page.remove_point(point.id)))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(row)
        # The warning's widgets are made when a first warning shows: most points never repeat anything,
        # and a prep page holds many points, all made again each time an interview opens.
        self.warning_box: QWidget | None = None

    def _make_warning_box(self) -> QWidget:
        page, point = self.page, self.point
        self.warning = QLabel(objectName="repeatWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the user's own words
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a5b00;")
        self.keep = QPushButton(self.tr("Keep It"), objectName="keepButton")
        self.keep.setToolTip(self.tr("Keep this point as it is; it will not be flagged again"))
        self.keep.clicked.connect(lambda: page.keep_point(point.id))
        self.rework = QPushButton(self.tr("Rework"), objectName="reworkButton")
        self.rework.setToolTip(self.tr("Edit the point to bring a new angle"))
        self.rework.clicked.connect(self._on_rework)
        warning_row = QHBoxLayout()
        warning_row.setContentsMargins(16, 0, 0, 0)
        warning_row.addWidget(self.warning, 1)
        warning_row.addWidget(self.rework)
        warning_row.addWidget(self.keep)
        box = QWidget()
        box.setLayout(warning_row)
        self._layout.addWidget(box)
        self.warning_box = box
        return box

    def has_warning(self) -> bool:
        return self.warning_box is not None and not self.warning_box.isHidden()

    def show_warning(self, warning: RepeatWarning | None) -> None:
        if warning is None:
            if self.warning_box is not None:
                self.warning_box.hide()
            return
        box = self.warning_box or self._make_warning_box()
        heard = warning.heard
        who = heard.person_name or self.tr("the panel")
        self.warning.setText(
            self.tr("⚠ This repeats what {0} heard in round {1}: “{2}”").format(
                who, heard.round_number, heard.text
            )
        )
        box.show()

    def _on_edited(self, text: str) -> None:
        self.page.save_point_text(self.point.id, text)

    def _on_person(self, _index: int) -> None:
        self.page.set_point_field(self.point.id, person_id=self.person.currentData())

    def _on_landed(self, _index: int) -> None:
        self.page.set_point_field(self.point.id, landed=self.landed.currentData())

    def _on_rework(self) -> None:
        self.text.setFocus()
        self.text.selectAll()


class FreshPointsStep(StepPage):
    """Step 1: the recap of earlier rounds, then fresh points per panelist, checked for repeats."""

    def __init__(self, context: StepContext, step: Step) -> None:
        super().__init__(context, step)
        self._rows: dict[int, PointRow] = {}
        self._people: tuple[PanelistView, ...] = ()
        self.repeats_found: tuple[int, dict[int, RepeatWarning]] | None = None
        recap_box = QGroupBox(self.tr("What earlier rounds covered"), objectName="recapBox")
        recap_layout = QVBoxLayout(recap_box)
        self.recap_intro = QLabel(wordWrap=True)
        self.recap_intro.setObjectName("hint")
        self.recap_rows = QVBoxLayout()
        self.recap_add = QLineEdit(objectName="recapAdd")
        self.recap_add.setPlaceholderText(
            self.tr("Add something you said in an earlier round, then press Enter")
        )
        self.recap_add.returnPressed.connect(self._on_add_recap)
        self.missed = self.text_note(
            NoteKind.RECAP.value,
            RECAP_MISSED_TOPIC,
            self.tr("What did round one miss? What would you like the panel to know?"),
            "recapMissed",
        )
        recap_layout.addWidget(self.recap_intro)
        recap_layout.addLayout(self.recap_rows)
        recap_layout.addWidget(self.recap_add)
        recap_layout.addWidget(QLabel(self.tr("What else the earlier rounds missed")))
        recap_layout.addWidget(self.missed)
        self.points_box = QGroupBox(self.tr("Fresh points, person by person"), objectName="pointsBox")
        self.points = Rebuilt(QVBoxLayout(self.points_box))
        self.recap = Rebuilt(self.recap_rows)
        self.work.addWidget(recap_box)
        self.work.addWidget(self.points_box)

    def load(self, interview_id: int) -> None:
        super().load(interview_id)
        prep = self.context.prep
        recap = prep.recap(interview_id)
        self._people = prep.panel(interview_id)
        rows = self.recap.start()
        self._rows.clear()
        if recap.is_first_round:
            self.recap_intro.setText(
                self.tr(
                    "No earlier round of this opportunity is in the app. Write down what you told them "
                    "in round one, so that your plan for this round can bring something new."
                )
            )
        else:
            self.recap_intro.setText(self.tr("From your earlier rounds in the app:"))
        for past in recap.rounds:
            rows.addWidget(_bold_label(self.tr("Round {0}").format(past.round_number)))
            told = []
            for point in past.told:
                to = self.tr(" — to {0}").format(point.person_name) if point.person_name else ""
                mark = {True: " ✓", False: " ✗"}.get(point.landed, "") if point.landed is not None else ""
                told.append(f"• {point.text}{to}{mark}")
            if told:
                rows.addWidget(plain_label("\n".join(told)))
            else:
                rows.addWidget(plain_label(self.tr("Nothing recorded as told in this round yet."), "hint"))
            missed = [line.strip(" -•*\t") for line in past.missed.splitlines() if line.strip(" -•*\t")]
            if missed:
                # What the round missed is this round's agenda: bring it up this time.
                rows.addWidget(_bold_label(self.tr("Agenda — round {0} missed:").format(past.round_number)))
                rows.addWidget(plain_label("\n".join(f"☐ {item}" for item in missed)))
        for point in recap.typed:
            row = PointRow(self, point, self._people)
            self._rows[point.id] = row
            rows.addWidget(row)
        self.recap.finish()
        self.load_note(self.missed, NoteKind.RECAP.value, RECAP_MISSED_TOPIC)
        self._load_points()

    def _load_points(self) -> None:
        assert self.interview_id is not None
        layout = self.points.start()
        planned = self.context.prep.planned_points(self.interview_id)
        groups: list[tuple[int | None, str]] = [
            (p.id, f"{p.name} — {relation_label(p.relation)}") for p in self._people
        ]
        groups.append((None, self.tr("The whole panel")))
        if not self._people:
            hint = QLabel(
                self.tr("Add the people on the panel (Overview tab) to plan points person by person.")
            )
            hint.setObjectName("hint")
            layout.addWidget(hint)
        for person_id, title in groups:
            heading = _bold_label(title)
            layout.addWidget(heading)
            for point in (p for p in planned if p.person_id == person_id):
                row = PointRow(self, point, self._people)
                self._rows[point.id] = row
                layout.addWidget(row)
            add = QLineEdit(objectName=f"addPoint_{person_id or 'panel'}")
            add.setPlaceholderText(
                self.tr("A fresh point about how the role works with them — Enter adds it")
                if person_id is not None
                else self.tr("A point for everyone in the room — Enter adds it")
            )
            add.setAccessibleName(self.tr("New point for {0}").format(title))
            add.returnPressed.connect(lambda field=add, pid=person_id: self._on_add_point(field, pid))
            layout.addWidget(add)
        self.points.finish()
        self.refresh_warnings()

    def refresh_warnings(self) -> None:
        if self.interview_id is None:
            return
        warnings = self.context.prep.repeats(self.interview_id)
        self.repeats_found = (self.interview_id, warnings)  # the readiness meter counts them too
        for point_id, row in self._rows.items():
            row.show_warning(warnings.get(point_id))

    # ---- actions -------------------------------------------------------------------------------

    def _on_add_point(self, field: QLineEdit, person_id: int | None) -> None:
        self._add(field, person_id, PointStatus.PLANNED.value)

    def _on_add_recap(self) -> None:
        self._add(self.recap_add, None, RECAP)

    def _add(self, field: QLineEdit, person_id: int | None, status: str) -> None:
        text = field.text().strip()
        interview_id = self.interview_id
        if not text or interview_id is None:
            return
        prep = self.context.prep
        do, undo = creation(
            lambda: prep.add_point(interview_id, text, person_id, status),
            prep.delete_point,
            prep.restore_point,
        )
        field.clear()
        self.push(self.tr("Add Point"), do, undo)
        name = field.objectName()
        replacement = self.findChild(QLineEdit, name)
        if replacement is not None:
            replacement.setFocus()

    def remove_point(self, point_id: int) -> None:
        prep = self.context.prep
        self.push(self.tr("Remove Point"), *removal(lambda: prep.delete_point(point_id), prep.restore_point))

    def move_point(self, point_id: int, offset: int) -> None:
        self.push(
            self.tr("Move Point"),
            lambda: self.context.prep.move_point(point_id, offset),
            lambda: self.context.prep.move_point(point_id, -offset),
        )

    def keep_point(self, point_id: int) -> None:
        self.push(
            self.tr("Keep Point"),
            lambda: self.context.prep.update_point(point_id, kept_despite_repeat=True),
            lambda: self.context.prep.update_point(point_id, kept_despite_repeat=False),
        )

    def save_point_text(self, point_id: int, text: str) -> None:
        if not text.strip():
            self.context.saver.mark_invalid(
                ("point", point_id), self.tr("A point cannot be empty; remove it instead.")
            )
            return
        self.context.saver.schedule(
            ("point", point_id), lambda: self.context.prep.update_point(point_id, text=text), value=text
        )

    def set_point_field(self, point_id: int, **fields: object) -> None:
        self.context.saver.schedule(
            ("point_field", point_id, tuple(fields)),
            lambda: self.context.prep.update_point(point_id, **fields),  # type: ignore[arg-type]
            immediate=True,
        )
        self.refresh_warnings()


class AdvocateStep(StepPage):
    """Step 2: what the hiring manager knows and liked, what they could add, and the words of the ask."""

    PROMPTS: ClassVar[dict[str, str]] = {  # marked for lupdate; translated by self.tr
        "knows_liked": QT_TRANSLATE_NOOP(
            "AdvocateStep", "What does the hiring manager already know about you, and what did they like?"
        ),
        "could_add": QT_TRANSLATE_NOOP(
            "AdvocateStep", "What did round one miss that they could mention for you?"
        ),
        "words": QT_TRANSLATE_NOOP(
            "AdvocateStep",
            "The words you will use to hand them the floor, e.g. “Before we start, would you share "
            "what we talked about last time?”",
        ),
    }
    LABELS: ClassVar[dict[str, str]] = {
        "knows_liked": QT_TRANSLATE_NOOP("AdvocateStep", "What they know and liked"),
        "could_add": QT_TRANSLATE_NOOP("AdvocateStep", "What they could add"),
        "words": QT_TRANSLATE_NOOP("AdvocateStep", "Your words to invite them to speak"),
    }

    def __init__(self, context: StepContext, step: Step) -> None:
        super().__init__(context, step)
        box = QGroupBox(self.tr("Your advocate brief"), objectName="advocateBox")
        layout = QVBoxLayout(box)
        self.advocate_name = QLabel(objectName="advocateName")
        self.advocate_name.setWordWrap(True)
        layout.addWidget(self.advocate_name)
        self.fields: dict[str, QPlainTextEdit] = {}
        for topic in ADVOCATE_TOPICS:
            layout.addWidget(QLabel(self.tr(self.LABELS[topic])))
            editor = self.text_note(
                NoteKind.ADVOCATE.value, topic, self.tr(self.PROMPTS[topic]), f"advocate_{topic}"
            )
            self.fields[topic] = editor
            layout.addWidget(editor)
        self.work.addWidget(box)

    def load(self, interview_id: int) -> None:
        super().load(interview_id)
        managers = [p.name for p in self.context.prep.panel(interview_id) if p.relation == "hiring_manager"]
        self.advocate_name.setText(
            self.tr("Your advocate in the room: <b>{0}</b>").format(_html(", ".join(managers)))
            if managers
            else self.tr("Mark the hiring manager on the panel (Overview tab) to see them here.")
        )
        for topic, editor in self.fields.items():
            self.load_note(editor, NoteKind.ADVOCATE.value, topic)


def plain_label(text: str, name: str = "") -> WrappedLabel:
    """The user's words, wrapped, never read as HTML; ``name`` may give it a look (ui/style.py).

    Not rich text: a word-wrapped rich-text label lays its document out again at every width a
    layout tries. Its text is set once (a new text needs a new label).
    """
    label = WrappedLabel(text, name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _bold_label(text: str) -> QLabel:
    label = QLabel(text, objectName="subheading")  # semi-bold (ui/style.py)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReadinessMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(objectName="readinessBar")
        self.bar.setRange(0, 100)
        self.bar.setFormat(self.tr("Ready %p%"))
        self.bar.setAccessibleName(self.tr("Readiness"))
        self.bar.setMaximumWidth(260)
        self.warnings = QLabel(objectName="readinessWarnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)  # it names people as the user typed them
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #9a5b00;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.warnings, 1)

    def show_readiness(self, readiness: Readiness) -> None:
        # QProgressBar.setValue repaints at once, the window around it included: a paint later will do.
        self.bar.setUpdatesEnabled(False)
        self.bar.setValue(readiness.percent)
        self.bar.setUpdatesEnabled(True)  # (schedules that paint)
        self.bar.setToolTip(
            self.tr("{0} of {1} checklist items done").format(readiness.done, readiness.total)
        )
        self.warnings.setText("  ·  ".join(f"⚠ {translated(w)}" for w in readiness.warnings))


class PrepTab(StackPage):
    """The walk: step buttons, the current step, Previous and Next."""

    readinessChanged = Signal(int)  # interview id

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.interview_id: int | None = None
        self._loaded: set[int] = set()  # the steps loaded for this interview (each loads when shown)
        self.meter = ReadinessMeter()
        steps = context.prep.playbook.steps
        self.fresh = FreshPointsStep(context, steps[0])
        self.advocate = AdvocateStep(context, steps[1])
        from secondround_desktop.ui.prep_questions import FitStep, QuestionsStep

        self.questions = QuestionsStep(context, steps[2])
        self.fit = FitStep(context, steps[3])
        self.pages: list[StepPage] = [self.fresh, self.advocate, self.questions, self.fit]
        self.stack = QStackedWidget(objectName="prepSteps")
        # A tab bar elides long step titles, so the walk fits narrow windows too.
        self.step_tabs = QTabBar(objectName="stepTabs")
        self.step_tabs.setExpanding(True)
        self.step_tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.step_tabs.setUsesScrollButtons(True)
        self.step_tabs.setDrawBase(False)
        for number, (page, step) in enumerate(zip(self.pages, steps, strict=True)):
            self.stack.addWidget(page)
            self.step_tabs.addTab(f"{number + 1}. {step_short_title(step.key, step.title)}")
            self.step_tabs.setTabToolTip(
                number, self.tr("Step {0}: {1} (Alt+{0})").format(number + 1, step.title)
            )
            shortcut = QShortcut(QKeySequence(f"Alt+{number + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.go_to(n))
            page.changed.connect(self._on_changed)
        self.step_tabs.currentChanged.connect(self.go_to)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.stack)
        self.scroll = scroll
        self.previous = QPushButton(self.tr("← &Previous Step"), objectName="previousStep")
        self.next = QPushButton(self.tr("Ne&xt Step →"), objectName="nextStep")
        self.previous.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.stack.currentIndex() + 1))
        for key, offset in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda o=offset: self.go_to(self.stack.currentIndex() + o))
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous)
        navigation.addStretch(1)
        navigation.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.meter)
        layout.addWidget(self.step_tabs)
        layout.addWidget(scroll, 1)
        layout.addLayout(navigation)
        self._readiness_timer = QTimer(self)
        self._readiness_timer.setSingleShot(True)
        self._readiness_timer.setInterval(400)
        self._readiness_timer.timeout.connect(self.refresh_readiness)
        self._known_repeats: dict[int, RepeatWarning] | None = None
        self._meter_timer = QTimer(self)
        self._meter_timer.setSingleShot(True)
        self._meter_timer.setInterval(0)
        self._meter_timer.timeout.connect(self._show_loaded_readiness)
        context.saver.written.connect(self._on_written)
        self.go_to(0)

    def load(self, interview_id: int) -> None:
        """Show the interview at the step the user was on; the other steps load when shown."""
        self.interview_id = interview_id
        self._loaded.clear()
        self._load_step(self.stack.currentIndex())
        # The meter follows right after the step is on screen (in the next turn of the event loop): the
        # interview shows sooner. The first step has just found the repeats, which it counts too.
        found = self.fresh.repeats_found if self.stack.currentWidget() is self.fresh else None
        self._known_repeats = found[1] if found is not None and found[0] == interview_id else None
        self._meter_timer.start()

    def _load_step(self, index: int) -> None:
        if self.interview_id is not None and index not in self._loaded:
            self._loaded.add(index)
            self.pages[index].load(self.interview_id)

    def go_to(self, index: int) -> None:
        index = max(0, min(len(self.pages) - 1, index))
        self._load_step(index)
        self.stack.setCurrentIndex(index)
        self.step_tabs.setCurrentIndex(index)
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index < len(self.pages) - 1)
        self.scroll.verticalScrollBar().setValue(0)

    def refresh_readiness(
        self, changed: bool = True, known_repeats: dict[int, RepeatWarning] | None = None
    ) -> None:
        if self.interview_id is None:
            return
        try:
            readiness = self.context.prep.readiness(self.interview_id, known_repeats)
        except UserFacingError:
            return  # the interview went away; the window shows another one next
        self.meter.show_readiness(readiness)
        if changed:
            self.readinessChanged.emit(self.interview_id)

    def _show_loaded_readiness(self) -> None:
        known, self._known_repeats = self._known_repeats, None
        self.refresh_readiness(changed=False, known_repeats=known)  # the list's readiness is still right

    def _on_changed(self) -> None:
        self._readiness_timer.start()

    def _on_written(self, key: object) -> None:
        if isinstance(key, tuple) and key and key[0] in ("point", "point_field"):
            if self.pages.index(self.fresh) in self._loaded:
                self.fresh.refresh_warnings()
            self._readiness_timer.start()
        elif isinstance(key, tuple) and key and key[0] in ("note", "check", "question", "criterion"):
            self._readiness_timer.start()
