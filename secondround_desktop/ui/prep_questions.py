"""Steps 3 and 4 of the prep walk: frank questions per panelist, and the candidate's own fit criteria."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from secondround_desktop.core.errors import UserFacingError, ValidationError
from secondround_desktop.core.playbook import AUDIENCES, Step
from secondround_desktop.core.prep import PanelistView, QuestionView
from secondround_desktop.ui.labels import relation_label
from secondround_desktop.ui.prep import StepContext, StepPage, _html, clear_layout, small_button
from secondround_desktop.ui.undo import creation, removal

AUDIENCE_LABELS = {  # marked for lupdate; translated in QuestionsStep by self.tr
    "team_member": QT_TRANSLATE_NOOP("QuestionsStep", "Team members"),
    "potential_boss": QT_TRANSLATE_NOOP("QuestionsStep", "Your potential boss"),
    "boss_of_boss": QT_TRANSLATE_NOOP("QuestionsStep", "Your boss's boss"),
    "hiring_manager": QT_TRANSLATE_NOOP("QuestionsStep", "The hiring manager"),
    "anyone": QT_TRANSLATE_NOOP("QuestionsStep", "Anyone"),
}
# Which part of the bank suits a panelist, by their relation to the role.
AUDIENCE_FOR_RELATION = {
    "hiring_manager": "hiring_manager",
    "potential_boss": "potential_boss",
    "boss_of_boss": "boss_of_boss",
    "team_member": "team_member",
    "peer": "team_member",
    "hr": "anyone",
    "other": "anyone",
}
BANK_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BankModel(QStandardItemModel):
    """The question bank as a two-level tree: audiences, then their questions (editable in place)."""

    def __init__(self, step: QuestionsStep) -> None:
        super().__init__(step)
        self.step = step
        self.setHorizontalHeaderLabels([self.tr("Question bank")])

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        question_id = index.data(BANK_ID_ROLE)
        if role != Qt.ItemDataRole.EditRole or question_id is None:
            return super().setData(index, value, role)
        text = str(value).strip()
        if not text or text == index.data():
            return False
        try:
            self.step.context.prep.update_bank_question(int(question_id), text)
        except UserFacingError as exc:
            self.step.context.report(self.tr("Could not change the question"), exc)
            return False
        return super().setData(index, text, role)


class QuestionsStep(StepPage):
    """Step 3: pick questions from the bank (or write your own) for each panelist, in order."""

    def __init__(self, context: StepContext, step: Step) -> None:
        super().__init__(context, step)
        self._people: tuple[PanelistView, ...] = ()
        self.bank_model = BankModel(self)
        self.bank = QTreeView(objectName="questionBank")
        self.bank.setModel(self.bank_model)
        self.bank.setHeaderHidden(True)
        self.bank.setWordWrap(True)
        self.bank.setMinimumHeight(240)
        self.bank.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.bank.setAccessibleName(self.tr("Question bank"))
        self.bank.doubleClicked.connect(self._on_bank_activated)
        self.bank.activated.connect(self._on_bank_activated)
        self.new_bank_text = QLineEdit(objectName="newBankQuestion")
        self.new_bank_text.setPlaceholderText(self.tr("Add your own question to the bank"))
        self.new_bank_audience = QComboBox(objectName="newBankAudience")
        for audience in AUDIENCES:
            self.new_bank_audience.addItem(self.tr(AUDIENCE_LABELS[audience]), audience)
        self.new_bank_text.returnPressed.connect(self._on_add_to_bank)
        bank_add = QHBoxLayout()
        bank_add.addWidget(self.new_bank_text, 1)
        bank_add.addWidget(self.new_bank_audience)

        self.target = QComboBox(objectName="assignTarget")
        self.target.setAccessibleName(self.tr("Ask whom"))
        self.target.currentIndexChanged.connect(self._on_target_changed)
        self.assign_button = QPushButton(self.tr("&Assign Question"), objectName="assignButton")
        self.assign_button.setToolTip(
            self.tr("Assign the selected bank question (or double-click it, or press Enter)")
        )
        self.assign_button.clicked.connect(self._on_assign_selected)
        self.custom = QLineEdit(objectName="customQuestion")
        self.custom.setPlaceholderText(self.tr("Or type your own question for them and press Enter"))
        self.custom.returnPressed.connect(self._on_assign_custom)
        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(self.tr("Ask:")))
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.assign_button)
        self.assigned_layout = QVBoxLayout()
        # One column, full width: questions are sentences and must be readable whole.
        box = QGroupBox(self.tr("Your questions, person by person"), objectName="questionsBox")
        layout = QVBoxLayout(box)
        layout.addLayout(target_row)
        layout.addWidget(self.bank, 1)
        layout.addLayout(bank_add)
        layout.addWidget(self.custom)
        layout.addSpacing(6)
        layout.addLayout(self.assigned_layout)
        self.work.addWidget(box)

    # ---- loading -------------------------------------------------------------------------------

    def load(self, interview_id: int) -> None:
        super().load(interview_id)
        prep = self.context.prep
        people = prep.panel(interview_id)
        if people != self._people or self.target.count() == 0:
            self._people = people
            current = self.target.currentData()
            self.target.blockSignals(True)
            self.target.clear()
            for person in people:
                self.target.addItem(
                    f"{person.name} — {relation_label(person.relation)}", person.id
                )
            self.target.addItem(self.tr("Anyone on the panel"), None)
            self.target.setCurrentIndex(max(0, self.target.findData(current)))
            self.target.blockSignals(False)
        if self.bank_model.rowCount() == 0:  # the bank is the same for every interview: load it once
            self._load_bank()
        self._load_assigned(prep.questions(interview_id))
        self._on_target_changed()

    def _load_bank(self) -> None:
        self.bank_model.removeRows(0, self.bank_model.rowCount())
        for audience, questions in self.context.prep.bank().items():
            group = QStandardItem(self.tr(AUDIENCE_LABELS.get(audience, audience)))
            group.setEditable(False)
            group.setData(audience, Qt.ItemDataRole.UserRole + 2)
            for question in questions:
                item = QStandardItem(question.text)
                item.setData(question.id, BANK_ID_ROLE)
                item.setToolTip(question.text)
                group.appendRow(item)
            self.bank_model.appendRow(group)

    def _load_assigned(self, questions: tuple[QuestionView, ...]) -> None:
        clear_layout(self.assigned_layout)
        groups: list[tuple[int | None, str]] = [(p.id, p.name) for p in self._people]
        groups.append((None, self.tr("Anyone on the panel")))
        for person_id, name in groups:
            mine = [q for q in questions if q.person_id == person_id]
            if person_id is None and not mine:
                continue
            heading = QLabel(f"<b>{_html(name)}</b>")
            self.assigned_layout.addWidget(heading)
            if not mine:
                empty = QLabel(self.tr("No question for {0} yet.").format(name))
                empty.setTextFormat(Qt.TextFormat.PlainText)
                empty.setObjectName("hint")
                self.assigned_layout.addWidget(empty)
            for question in mine:
                self.assigned_layout.addWidget(self._question_row(question))

    def _question_row(self, question: QuestionView) -> QWidget:
        row = QWidget(objectName=f"question_{question.id}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLineEdit(objectName="questionText")
        queued = self.context.saver.pending_value(("question", question.id))
        text.setText(queued if isinstance(queued, str) else question.text)
        text.setCursorPosition(0)
        text.setAccessibleName(self.tr("Question"))
        text.textEdited.connect(lambda value, qid=question.id: self._on_question_edited(qid, value))
        layout.addWidget(text, 1)
        layout.addWidget(small_button("↑", self.tr("Ask earlier"), lambda: self.move(question.id, -1)))
        layout.addWidget(small_button("↓", self.tr("Ask later"), lambda: self.move(question.id, 1)))
        layout.addWidget(small_button("✕", self.tr("Remove this question"), lambda: self.remove(question.id)))
        return row

    # ---- actions -------------------------------------------------------------------------------

    def _on_target_changed(self, _index: int = 0) -> None:
        """Open the part of the bank that suits the chosen person."""
        person_id = self.target.currentData()
        relation = next((p.relation for p in self._people if p.id == person_id), None)
        audience = AUDIENCE_FOR_RELATION.get(relation or "", "anyone")
        for row in range(self.bank_model.rowCount()):
            group = self.bank_model.item(row)
            self.bank.setExpanded(group.index(), group.data(Qt.ItemDataRole.UserRole + 2) == audience)

    def _on_bank_activated(self, index: QModelIndex) -> None:
        question_id = index.data(BANK_ID_ROLE)
        if question_id is not None:
            self._assign(str(index.data()), int(question_id))

    def _on_assign_selected(self) -> None:
        index = self.bank.currentIndex()
        if index.isValid() and index.data(BANK_ID_ROLE) is not None:
            self._on_bank_activated(index)
        else:
            self.bank.setFocus()

    def _on_assign_custom(self) -> None:
        text = self.custom.text().strip()
        if text:
            self.custom.clear()
            self._assign(text, None)

    def _assign(self, text: str, question_id: int | None) -> None:
        interview_id = self.interview_id
        if interview_id is None:
            return
        person_id = self.target.currentData()
        prep = self.context.prep
        do, undo = creation(
            lambda: prep.assign_question(interview_id, text, person_id, question_id),
            prep.remove_question,
            prep.restore_question,
        )
        self.push(self.tr("Assign Question"), do, undo)

    def _on_add_to_bank(self) -> None:
        text = self.new_bank_text.text().strip()
        if not text:
            return
        try:
            self.context.prep.add_bank_question(str(self.new_bank_audience.currentData()), text)
        except ValidationError as exc:
            self.context.report(self.tr("Could not add the question"), exc)
            return
        self.new_bank_text.clear()
        self._load_bank()
        self._on_target_changed()

    def _on_question_edited(self, planned_id: int, text: str) -> None:
        if not text.strip():
            self.context.saver.mark_invalid(
                ("question", planned_id), self.tr("A question cannot be empty; remove it instead.")
            )
            return
        self.context.saver.schedule(
            ("question", planned_id),
            lambda: self.context.prep.update_question(planned_id, text=text),
            value=text,
        )

    def move(self, planned_id: int, offset: int) -> None:
        self.push(
            self.tr("Move Question"),
            lambda: self.context.prep.move_question(planned_id, offset),
            lambda: self.context.prep.move_question(planned_id, -offset),
        )

    def remove(self, planned_id: int) -> None:
        prep = self.context.prep
        self.push(
            self.tr("Remove Question"),
            *removal(lambda: prep.remove_question(planned_id), prep.restore_question),
        )


class FitStep(StepPage):
    """Step 4: what the candidate needs to learn to say yes; each answered after the interview."""

    def __init__(self, context: StepContext, step: Step) -> None:
        super().__init__(context, step)
        box = QGroupBox(self.tr("Your criteria for saying yes"), objectName="fitBox")
        layout = QVBoxLayout(box)
        self.rows = QVBoxLayout()
        self.add = QLineEdit(objectName="addCriterion")
        self.add.setPlaceholderText(
            self.tr("What do you need to learn to say yes? e.g. “A clear path to lead”")
        )
        self.add.returnPressed.connect(self._on_add)
        layout.addLayout(self.rows)
        layout.addWidget(self.add)
        self.work.addWidget(box)

    def load(self, interview_id: int) -> None:
        super().load(interview_id)
        clear_layout(self.rows)
        for criterion in self.context.prep.criteria(interview_id):
            row = QWidget(objectName=f"criterion_{criterion.id}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLineEdit(objectName="criterionText")
            answer = QLineEdit(objectName="criterionAnswer")
            answer.setPlaceholderText(self.tr("The answer, after the interview"))
            for field, editor, value in (
                ("text", text, criterion.text),
                ("answer", answer, criterion.answer),
            ):
                queued = self.context.saver.pending_value(("criterion", criterion.id, field))
                editor.setText(queued if isinstance(queued, str) else value)
                editor.setCursorPosition(0)
                editor.textEdited.connect(lambda v, cid=criterion.id, f=field: self._on_edited(cid, f, v))
            text.setAccessibleName(self.tr("Criterion"))
            answer.setAccessibleName(self.tr("Answer"))
            line.addWidget(text, 3)
            line.addWidget(answer, 2)
            line.addWidget(
                small_button("✕", self.tr("Remove this criterion"), lambda cid=criterion.id: self.remove(cid))
            )
            self.rows.addWidget(row)

    def _on_add(self) -> None:
        text = self.add.text().strip()
        interview_id = self.interview_id
        if not text or interview_id is None:
            return
        prep = self.context.prep
        do, undo = creation(
            lambda: prep.add_criterion(interview_id, text), prep.remove_criterion, prep.restore_criterion
        )
        self.add.clear()
        self.push(self.tr("Add Criterion"), do, undo)
        self.add.setFocus()

    def _on_edited(self, criterion_id: int, field: str, value: str) -> None:
        if field == "text" and not value.strip():
            self.context.saver.mark_invalid(
                ("criterion", criterion_id, field), self.tr("A criterion cannot be empty; remove it instead.")
            )
            return
        self.context.saver.schedule(
            ("criterion", criterion_id, field),
            lambda: self.context.prep.update_criterion(criterion_id, **{field: value}),
            value=value,
        )

    def remove(self, criterion_id: int) -> None:
        prep = self.context.prep
        self.push(
            self.tr("Remove Criterion"),
            *removal(lambda: prep.remove_criterion(criterion_id), prep.restore_criterion),
        )
