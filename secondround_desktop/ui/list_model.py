"""The interview list as an item model over the service's read models.

Long histories stay quick: rows are read a page at a time as the view scrolls (``canFetchMore`` /
``fetchMore``), and readiness is computed for a small block of rows when the view first asks for one of
them, so the cost follows what is on screen, never the length of the history. No query is made per row.

Readiness is computed while the event loop is otherwise idle, so that painting and scrolling never wait
for it: a block of rows at a time for the checklist share and the quick warnings, then, when the costly
part (the repetition check) is asked for, the complete readiness one row at a time, the rows on screen
first. A list read again keeps showing the values it had until they are computed anew.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.interviews import InterviewService, InterviewSummary, Scope
from secondround_desktop.core.prep import Readiness
from secondround_desktop.ui.labels import absolute_when_text, kind_label, when_text
from secondround_desktop.ui.texts import translated

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ReadinessSource = Callable[[list[int]], dict[int, Readiness]]

INTERVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
        INTERVIEW_ID_ROLE,
    )
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ListQuery:
    """One list as the service reads it: its scope, the find text and the moment that splits the lists.

    ``now`` is fixed for the life of the query, so that every page is cut from the same list.
    """

    service: InterviewService
    scope: Scope
    text: str = ""
    now: datetime | None = None

    def page(self, after: int | None, limit: int) -> list[InterviewSummary]:
        return self.service.list_interviews(self.scope, self.text, self.now, limit=limit, after=after)

    def position(self, interview_id: int) -> int | None:
        return self.service.position(self.scope, interview_id, self.text, self.now)


class InterviewListModel(QAbstractTableModel):
    COMPANY, ROLE, ROUND, WHEN, PANEL, READY = range(6)
    HEADERS = (  # marked for lupdate; translated in headerData by self.tr
        QT_TRANSLATE_NOOP("InterviewListModel", "Company"),
        QT_TRANSLATE_NOOP("InterviewListModel", "Role"),
        QT_TRANSLATE_NOOP("InterviewListModel", "Round"),
        QT_TRANSLATE_NOOP("InterviewListModel", "When"),
        QT_TRANSLATE_NOOP("InterviewListModel", "Panel"),
        QT_TRANSLATE_NOOP("InterviewListModel", "Ready"),
    )
    # Another list (scope or find text) replaced the rows: a view should go back to its top, or, left
    # at the bottom of the old list, it would read a second page of the new one at once.
    listReplaced = Signal()

    PAGE_SIZE = 100  # rows read at a time: a few screens' worth
    KEEP_ROWS = 1000  # rows read again at most when the same list is refreshed
    READINESS_BLOCK = 16  # rows whose readiness is computed together: half a screen, a few ms of work
    REFINE_QUEUE = 64  # rows waiting to be completed; the oldest requests (scrolled away) are dropped

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[InterviewSummary] = []
        self._when_texts: dict[int, str] = {}  # id → the date as shown, for the current ``_now``
        self._row_of: dict[int, int] = {}
        self._readiness: dict[int, Readiness] = {}
        self._readiness_source: ReadinessSource | None = None
        self._fresh: set[int] = set()  # ids whose readiness was computed for the current list
        self._blocks: dict[int, None] = {}  # blocks of rows to compute, in the order asked (ordered set)
        self._complete_source: ReadinessSource | None = None
        self._completed: set[int] = set()
        self._waiting: dict[int, None] = {}  # ids to complete, in the order the view asked (an ordered set)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._complete_some)
        self._query: ListQuery | None = None
        self._exhausted = True
        self._fetching = False
        self._now = datetime.now(UTC)

    # ---- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # Not while rows are being added: views (and the model tester) ask again from the signals.
        return not parent.isValid() and self._query is not None and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch(self.PAGE_SIZE)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.HEADERS[section]))
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == self.WHEN:
                return self.tr("In this computer's time zone; hover over a time to see the interview's own")
            if section == self.READY:
                return self.tr("How much of the prep checklist is done; ⚠ marks open warnings")
            return self.tr(str(self.HEADERS[section]))  # the whole title, where a narrow column cuts it
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for a dozen roles per cell at each paint: the ones with no answer return first.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row_number = index.row()
        if not 0 <= row_number < len(self._rows):
            return None
        row = self._rows[row_number]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COMPANY:
                return row.company
            if column == self.ROLE:
                return row.role
            if column == self.ROUND:
                return str(row.round_number)
            if column == self.WHEN:
                return self._when(row)
            if column == self.PANEL:
                return str(row.panel_size)
            if column == self.READY:
                readiness = self._readiness_of(row_number)
                if readiness is None:
                    return ""
                return self.tr("{0}%").format(readiness.percent) + (" ⚠" if readiness.warnings else "")
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.WHEN:
                return absolute_when_text(row.starts_at, row.timezone)
            if column == self.ROUND:
                return self.tr("Round {0} · {1}").format(
                    row.round_number, kind_label(row.kind)
                )
            if column == self.PANEL:
                return self.tr("%n people on the panel", "", row.panel_size)
            if column == self.READY:
                readiness = self._readiness_of(row_number)
                if readiness is None:
                    return None
                lines = [self.tr("{0} of {1} checklist items done").format(readiness.done, readiness.total)]
                return "\n".join(lines + [f"⚠ {translated(w)}" for w in readiness.warnings])
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ROUND, self.PANEL, self.READY):
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == INTERVIEW_ID_ROLE:
            return row.id
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{0}, {1}, round {2}, {3}, panel of {4}").format(
                row.company,
                row.role,
                row.round_number,
                self._when(row),
                row.panel_size,
            )
        return None

    def widest_texts(self, column: int) -> list[str]:
        """Every shape of text a narrow column can show, for a width that fits them all (in this language).

        The date column is not one of them: it is fitted to the rows shown when the list is read.
        """
        if column in (self.ROUND, self.PANEL):
            return ["99"]
        if column == self.READY:
            return [self.tr("{0}%").format(100) + " ⚠"]
        return []

    def _when(self, row: InterviewSummary) -> str:
        """The row's date as the list shows it, formatted once per list read (it follows ``_now``)."""
        text = self._when_texts.get(row.id)
        if text is None:
            text = self._when_texts[row.id] = when_text(row.starts_at, self._now)
        return text

    # ---- updates -------------------------------------------------------------------------------

    def set_source(
        self,
        query: ListQuery,
        readiness: ReadinessSource | None = None,
        complete: ReadinessSource | None = None,
    ) -> None:
        """Show the list ``query`` reads: the first page now, the rest as the view scrolls.

        ``readiness`` gives the readiness of rows (a block at a time); ``complete``, when given, the full
        readiness, which replaces it row by row; both run when the event loop has time. The same list
        (scope and find text)
        read again keeps the rows loaded so far (up to KEEP_ROWS), so that a view keeps its scroll
        position; when only values changed, it keeps its selection too. Raises UserFacingError when
        the first rows cannot be read.
        """
        previous = self._query
        same_list = previous is not None and (previous.scope, previous.text) == (query.scope, query.text)
        # The same list read again (time moved on, something was saved) is read as far as the view has
        # scrolled, within reason, so that it stays where it is.
        wanted = max(self.PAGE_SIZE, min(len(self._rows), self.KEEP_ROWS)) if same_list else self.PAGE_SIZE
        rows = query.page(None, wanted + 1)  # one more tells whether the list goes on
        exhausted = len(rows) <= wanted
        self._query = query
        self._exhausted = True  # no view reads on while the rows are replaced
        # The same list keeps showing its readiness until it is computed again.
        shown = self._readiness if same_list else {}
        self._replace(rows[:wanted], query.now, shown, readiness, complete)
        self._exhausted = exhausted
        if not same_list:
            self.listReplaced.emit()

    def set_rows(
        self,
        rows: list[InterviewSummary],
        now: datetime | None = None,
        readiness: dict[int, Readiness] | None = None,
    ) -> None:
        """Show a list already read in full, with its readiness (nothing is fetched later)."""
        self._query = None
        self._exhausted = True
        self._replace(rows, now, readiness or {}, None, None)
        self._fresh = set(self._readiness)

    def _replace(
        self,
        rows: list[InterviewSummary],
        now: datetime | None,
        readiness: dict[int, Readiness],
        readiness_source: ReadinessSource | None,
        complete_source: ReadinessSource | None,
    ) -> None:
        # When only values changed, views keep their selection and scroll position.
        self._now = now or datetime.now(UTC)
        self._when_texts = {}
        self._readiness = readiness
        self._readiness_source = readiness_source
        self._fresh = set()
        self._blocks = {}
        self._complete_source = complete_source
        self._completed = set()
        self._waiting = {}
        self._idle.stop()
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self._row_of = {row.id: number for number, row in enumerate(rows)}
        self.endResetModel()

    def set_now(self, now: datetime) -> None:
        """Time moved on, and no interview changed lists: the dates' wording ("in 5 min", "Today")
        follows; the rows stay as read."""
        self._now = now
        self._when_texts = {}
        if self._rows:
            roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole]
            self.dataChanged.emit(self.index(0, self.WHEN), self.index(len(self._rows) - 1, self.WHEN), roles)

    def _fetch(self, count: int) -> None:
        """Append up to ``count`` rows from the query. Called by views, so failures are logged, not raised."""
        assert self._query is not None
        after = self._rows[-1].id if self._rows else None
        try:
            rows = self._query.page(after, count + 1)
        except UserFacingError as exc:
            log.warning("could not read more interviews: %s", exc)
            self._exhausted = True
            return
        self._exhausted = len(rows) <= count
        rows = rows[:count]
        if not rows:
            return
        first = len(self._rows)
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._row_of.update((row.id, first + number) for number, row in enumerate(rows))
            self.endInsertRows()
        finally:
            self._fetching = False

    # ---- readiness -----------------------------------------------------------------------------

    def _readiness_of(self, row: int) -> Readiness | None:
        """What the view shows now; what is missing or stale is queued for an idle moment."""
        interview_id = self._rows[row].id
        if self._readiness_source is not None and interview_id not in self._fresh:
            block = row // self.READINESS_BLOCK
            self._blocks.pop(block, None)
            self._blocks[block] = None  # asked again: it is on screen now, so it goes first
            self._idle.start()
        elif self._complete_source is not None and interview_id not in self._completed:
            self._waiting.pop(interview_id, None)
            self._waiting[interview_id] = None
            while len(self._waiting) > self.REFINE_QUEUE:
                del self._waiting[next(iter(self._waiting))]
            self._idle.start()
        return self._readiness.get(interview_id)

    def _complete_some(self) -> None:
        """One step of readiness per idle moment: a block of rows, else one row's complete readiness.

        The newest requests go first: they are what is on screen now.
        """
        if self._blocks and self._readiness_source is not None:
            block, _ = self._blocks.popitem()
            start = block * self.READINESS_BLOCK
            ids = [r.id for r in self._rows[start : start + self.READINESS_BLOCK] if r.id not in self._fresh]
            if ids:
                self._compute(self._readiness_source, ids)
                self._fresh.update(ids)
        elif self._waiting and self._complete_source is not None:
            interview_id, _ = self._waiting.popitem()
            if interview_id in self._row_of and interview_id not in self._completed:
                self._completed.add(interview_id)
                self._compute(self._complete_source, [interview_id])
        if self._blocks or self._waiting:
            self._idle.start()

    def _compute(self, source: ReadinessSource, ids: list[int]) -> None:
        try:
            self._readiness.update(source(ids))
        except UserFacingError as exc:
            log.warning("could not compute readiness: %s", exc)
        # One signal for the lot: each one makes the view fit its columns to the rows again.
        rows = [self._row_of[interview_id] for interview_id in ids if interview_id in self._row_of]
        if rows:
            self.dataChanged.emit(self.index(min(rows), self.READY), self.index(max(rows), self.READY))

    def refresh_readiness(self, interview_id: int) -> None:
        """The readiness of one interview changed: compute its cell again, if the list shows it."""
        if interview_id not in self._row_of or self._readiness_source is None:
            return
        # At once: the user has just changed it and looks at the list for the effect.
        self._completed.discard(interview_id)
        self._compute(self._readiness_source, [interview_id])
        self._fresh.add(interview_id)  # the view asks again, which queues its completion

    def readiness_pending(self) -> bool:
        """Whether some rows shown still wait for their readiness."""
        return bool(self._blocks or self._waiting)

    # ---- lookups -------------------------------------------------------------------------------

    def row_of(self, interview_id: int) -> int | None:
        """The row of an interview; rows not read yet are read up to it when the list holds it."""
        row = self._row_of.get(interview_id)
        if row is not None or not self.canFetchMore():
            return row
        assert self._query is not None
        try:
            position = self._query.position(interview_id)
        except UserFacingError as exc:
            log.warning("could not find the interview in the list: %s", exc)
            return None
        if position is None:
            return None
        # Up to that row and a page beyond, in one read.
        self._fetch(position + self.PAGE_SIZE - len(self._rows))
        return self._row_of.get(interview_id)

    def summary(self, row: int) -> InterviewSummary:
        return self._rows[row]
