"""The interview list as an item model over the service's read models (no query per row)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from secondround_desktop.core.formatting import KIND_LABELS, absolute_when, relative_when
from secondround_desktop.core.interviews import InterviewSummary
from secondround_desktop.core.prep import Readiness

Index = QModelIndex | QPersistentModelIndex

INTERVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class InterviewListModel(QAbstractTableModel):
    COMPANY, ROLE, ROUND, WHEN, PANEL, READY = range(6)
    HEADERS = ("Company", "Role", "Round", "When", "Panel", "Ready")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[InterviewSummary] = []
        self._readiness: dict[int, Readiness] = {}
        self._now = datetime.now(UTC)

    # ---- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == self.WHEN:
                return self.tr("In this computer's time zone; hover over a time to see the interview's own")
            if section == self.READY:
                return self.tr("How much of the prep checklist is done; ⚠ marks open warnings")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COMPANY:
                return row.company
            if column == self.ROLE:
                return row.role
            if column == self.ROUND:
                return str(row.round_number)
            if column == self.WHEN:
                return relative_when(row.starts_at, self._now)
            if column == self.PANEL:
                return str(row.panel_size)
            if column == self.READY:
                readiness = self._readiness.get(row.id)
                if readiness is None:
                    return ""
                return f"{readiness.percent}%" + (" ⚠" if readiness.warnings else "")
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.WHEN:
                return absolute_when(row.starts_at, row.timezone)
            if column == self.ROUND:
                return self.tr("Round {0} · {1}").format(
                    row.round_number, KIND_LABELS.get(row.kind, row.kind)
                )
            if column == self.PANEL:
                return self.tr("{0} people on the panel").format(row.panel_size)
            if column == self.READY and row.id in self._readiness:
                readiness = self._readiness[row.id]
                lines = [self.tr("{0} of {1} checklist items done").format(readiness.done, readiness.total)]
                return "\n".join(lines + [f"⚠ {w}" for w in readiness.warnings])
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ROUND, self.PANEL, self.READY):
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == INTERVIEW_ID_ROLE:
            return row.id
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{0}, {1}, round {2}, {3}, panel of {4}").format(
                row.company,
                row.role,
                row.round_number,
                relative_when(row.starts_at, self._now),
                row.panel_size,
            )
        return None

    # ---- updates -------------------------------------------------------------------------------

    def set_rows(
        self,
        rows: list[InterviewSummary],
        now: datetime | None = None,
        readiness: dict[int, Readiness] | None = None,
    ) -> None:
        """Replace the rows; when only values changed, views keep their selection and scroll position."""
        self._now = now or datetime.now(UTC)
        self._readiness = readiness or {}
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, interview_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == interview_id:
                return number
        return None

    def summary(self, row: int) -> InterviewSummary:
        return self._rows[row]
