"""The New Interview dialog: the few fields an interview needs, and the people met in earlier rounds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secondround_desktop.core.interviews import InterviewDraft, InterviewService, OpportunityMatch
from secondround_desktop.ui.interview_form import InterviewForm
from secondround_desktop.ui.labels import relation_label

NEW_OPPORTUNITY_ROUND = 2  # the app is for the round after the first; round one usually happened already


class NewInterviewDialog(QDialog):
    def __init__(
        self, service: InterviewService, initial: InterviewDraft, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Interview"))
        self.setObjectName("newInterviewDialog")
        self.service = service
        self._round_touched = False
        self._match: OpportunityMatch | None = None

        self.form = InterviewForm(companies=service.companies())
        self.form.set_draft(initial)
        self.earlier_label = QLabel(
            self.tr("People you met in earlier rounds — ticked ones join this panel:")
        )
        self.earlier = QListWidget(objectName="earlierPeople")
        self.earlier.setAccessibleName(self.tr("People met in earlier rounds"))
        self.earlier.setMaximumHeight(120)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createButton")
        buttons.accepted.connect(self._on_create)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.earlier_label)
        layout.addWidget(self.earlier)
        layout.addWidget(buttons)
        # Enter creates. Made default only now that the button is inside the dialog: made default
        # before, the dialog would not know it, and on showing would make Cancel its default instead.
        self.create_button.setDefault(True)
        self._show_match(None)
        self.resize(560, self.sizeHint().height())

        self.form.company.editingFinished.connect(self._on_opportunity_changed)
        self.form.role.editingFinished.connect(self._on_opportunity_changed)
        self.form.round_number.valueChanged.connect(self._on_round_touched)
        self.form.company.setFocus()

    def _on_round_touched(self) -> None:
        if self.form.round_number.hasFocus():
            self._round_touched = True

    def _on_opportunity_changed(self) -> None:
        company, role = self.form.company.text().strip(), self.form.role.text().strip()
        match = self.service.match_opportunity(company, role) if company and role else None
        if match == self._match:
            return
        self._match = match
        if not self._round_touched:
            self.form.round_number.setValue(match.next_round if match else NEW_OPPORTUNITY_ROUND)
        self._show_match(match)

    def _show_match(self, match: OpportunityMatch | None) -> None:
        self.earlier.clear()
        people = match.people if match else ()
        for person in people:
            label = f"{person.name} — {relation_label(person.relation)}"
            if person.title:
                label += f" ({person.title})"
            item = QListWidgetItem(label, self.earlier)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.earlier_label.setVisible(bool(people))
        self.earlier.setVisible(bool(people))

    def chosen_people(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.earlier.item(row) for row in range(self.earlier.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def draft(self) -> InterviewDraft:
        return self.form.draft()

    def _on_create(self) -> None:
        self._on_opportunity_changed()
        errors = self.form.validate()
        if errors:
            self.form.focus_field(next(iter(errors)))
            return
        self.accept()
