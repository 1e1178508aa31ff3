"""Reuse a past interview's prep: choose the interview and the parts; the copy is one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.review import (
    CopyPart,
    CopyResult,
    ReuseSource,
    copy_from_past,
    reuse_sources,
    undo_copy,
)
from secondround_desktop.ui.labels import when_text
from secondround_desktop.ui.search_view import named

Index = QModelIndex | QPersistentModelIndex
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

PART_LABELS: dict[CopyPart, str] = {  # marked for lupdate; translated in ReuseDialog by self.tr
    CopyPart.POINTS: QT_TRANSLATE_NOOP("ReuseDialog", "&Talking points (as planned points)"),
    CopyPart.QUESTIONS: QT_TRANSLATE_NOOP("ReuseDialog", "&Questions (not yet asked)"),
    CopyPart.CRITERIA: QT_TRANSLATE_NOOP("ReuseDialog", "&Fit criteria (without answers)"),
    CopyPart.ADVOCATE: QT_TRANSLATE_NOOP(
        "ReuseDialog", "&Advocate brief (where this interview's is still blank)"
    ),
}


class ReuseSourceModel(QAbstractListModel):
    def __init__(self, sources: list[ReuseSource], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources = sources
        self._now = datetime.now(UTC)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sources)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sources):
            return None
        source = self._sources[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            counts = [
                self.tr("%n talking points", "", source.points) if source.points else "",
                self.tr("%n questions", "", source.questions) if source.questions else "",
                self.tr("%n fit criteria", "", source.criteria) if source.criteria else "",
            ]
            return (
                self.tr("{0} — {1} · Round {2} · {3}").format(
                    source.company,
                    source.role,
                    source.round_number,
                    when_text(source.starts_at, self._now),
                )
                + "\n"
                + " · ".join(count for count in counts if count)
            )
        if role == SOURCE_ID_ROLE:
            return source.interview_id
        return None

    def row_of(self, interview_id: int) -> int | None:
        for number, source in enumerate(self._sources):
            if source.interview_id == interview_id:
                return number
        return None


class ReuseDialog(QDialog):
    """Pick the past interview and what to copy from it; the whole prep is preselected."""

    def __init__(
        self,
        db: Database,
        target_id: int,
        target_label: str,
        source_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reuseDialog")
        self.setWindowTitle(self.tr("Reuse Prep from a Past Interview"))
        self.model = ReuseSourceModel(reuse_sources(db, target_id), self)
        intro = QLabel(
            self.tr(
                "Copy into <b>{0}</b>. Copies start afresh; what this interview already has is kept."
            ).format(target_label)
        )
        intro.setWordWrap(True)
        self.sources = named(QListView(), "reuseSources")
        self.sources.setModel(self.model)
        self.sources.setAccessibleName(self.tr("Past interviews"))
        self.sources.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sources.setAlternatingRowColors(True)
        self.sources.setMinimumSize(560, 220)
        self.sources.setSpacing(2)
        self.parts: dict[CopyPart, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sources, 1)
        for part, label in PART_LABELS.items():
            box = named(QCheckBox(self.tr(label)), f"reuse_{part.value}")
            box.setChecked(True)
            box.toggled.connect(self._update_ok)
            self.parts[part] = box
            layout.addWidget(box)
        self.empty = QLabel(self.tr("No other interview has points, questions or fit criteria to reuse yet."))
        self.empty.setObjectName("hint")
        self.empty.setVisible(self.model.rowCount() == 0)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = self.buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.sources.selectionModel().currentRowChanged.connect(self._update_ok)
        self.sources.doubleClicked.connect(self._on_double_clicked)
        row = self.model.row_of(source_id) if source_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.sources.setCurrentIndex(self.model.index(row, 0))
        self._update_ok()

    def chosen(self) -> tuple[int, frozenset[CopyPart]] | None:
        index = self.sources.currentIndex()
        parts = frozenset(part for part, box in self.parts.items() if box.isChecked())
        if not index.isValid() or not parts:
            return None
        return int(index.data(SOURCE_ID_ROLE)), parts

    def _update_ok(self, *_args: object) -> None:
        self.copy_button.setEnabled(self.chosen() is not None)

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        if self.chosen() is not None:
            self.accept()


class CopyFromPastCommand(QUndoCommand):
    """Copy on redo, remove exactly what was added on undo. A copy that adds nothing leaves no step."""

    def __init__(
        self,
        db: Database,
        source_id: int,
        target_id: int,
        parts: frozenset[CopyPart],
        after: Callable[[CopyResult], None],
        report: Callable[[str, UserFacingError], None],
    ) -> None:
        super().__init__(QCoreApplication.translate("CopyFromPastCommand", "Copy Prep from a Past Interview"))
        self.db = db
        self.source_id = source_id
        self.target_id = target_id
        self.parts = parts
        self.result: CopyResult | None = None
        self._after = after
        self._report = report

    def redo(self) -> None:
        try:
            self.result = copy_from_past(self.db, self.source_id, self.target_id, self.parts)
        except UserFacingError as exc:
            self.setObsolete(True)
            self._report(QCoreApplication.translate("CopyFromPastCommand", "Could not copy the prep"), exc)
            return
        if not self.result.count:
            self.setObsolete(True)  # nothing happened that undo could take back
        self._after(self.result)

    def undo(self) -> None:
        if self.result is None:
            return
        try:
            undo_copy(self.db, self.result)
        except UserFacingError as exc:
            self._report(QCoreApplication.translate("CopyFromPastCommand", "Could not undo the copy"), exc)
            return
        self._after(CopyResult(self.target_id))
