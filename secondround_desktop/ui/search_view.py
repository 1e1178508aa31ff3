"""Search Everything: results as the user types, grouped by interview, matching words highlighted.

The query runs shortly after the user pauses (debounced), on the core's FTS index; choosing a result asks
the window to open that interview where the hit is shown.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.models import Outcome
from secondround_desktop.core.search import (
    DEFAULT_LIMIT,
    InterviewHits,
    Place,
    SearchFilters,
    SearchHit,
    search,
)
from secondround_desktop.core.validation import MAX_ROUND
from secondround_desktop.ui.labels import outcome_label, search_kind_label, when_text
from secondround_desktop.ui.texts import error_text
from secondround_desktop.ui.theme import ACCENT

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
_W = TypeVar("_W", bound=QWidget)

DEBOUNCE_MS = 150

INTERVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_ROLE = Qt.ItemDataRole.UserRole + 2
SEGMENTS_ROLE = Qt.ItemDataRole.UserRole + 3  # list of (text, highlighted)
WORDS_ROLE = Qt.ItemDataRole.UserRole + 4  # the matched words, to find in the opened field
KIND_ROLE = Qt.ItemDataRole.UserRole + 5
IS_GROUP_ROLE = Qt.ItemDataRole.UserRole + 6
LABEL_ROLE = Qt.ItemDataRole.UserRole + 7  # a hit: "Note · Debrief"; an interview: company and role
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 8  # an interview: round, when, outcome
# All the delegate draws, in one call: (is an interview, top line, second line or snippet segments).
ROW_ROLE = Qt.ItemDataRole.UserRole + 9

PLACE_LABELS: dict[Place, str] = {  # marked for lupdate; translated in place_label by self.tr
    Place.DETAILS: QT_TRANSLATE_NOOP("SearchResultsModel", "Details"),
    Place.NOTES: QT_TRANSLATE_NOOP("SearchResultsModel", "Notes"),
    Place.PANEL: QT_TRANSLATE_NOOP("SearchResultsModel", "Panel"),
    Place.PREP_POINTS: QT_TRANSLATE_NOOP("SearchResultsModel", "Prep · Fresh points"),
    Place.PREP_ADVOCATE: QT_TRANSLATE_NOOP("SearchResultsModel", "Prep · Your advocate"),
    Place.PREP_QUESTIONS: QT_TRANSLATE_NOOP("SearchResultsModel", "Prep · Frank questions"),
    Place.PREP_FIT: QT_TRANSLATE_NOOP("SearchResultsModel", "Prep · Is it a fit?"),
    Place.DEBRIEF: QT_TRANSLATE_NOOP("SearchResultsModel", "Debrief"),
    Place.FOLLOW_UPS: QT_TRANSLATE_NOOP("SearchResultsModel", "Follow-ups"),
}


_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class SearchResultsModel(QAbstractListModel):
    """The results as one list, grouped by interview: an interview's row, then one row per hit in it.

    A flat list rather than a tree: every interview is always open, so there is nothing to expand, and
    rows of one height let the view lay out hundreds of them at once as the user types. The texts of an
    interview's row are made when it is first shown, then kept.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[InterviewHits] = []
        self._rows: list[tuple[int, int]] = []  # (group, hit within it; -1 for the interview's own row)
        self._titles: dict[int, tuple[str, str, str]] = {}  # group → display, title, subtitle
        self._now = datetime.now(UTC)

    # ---- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        group, hit = self._rows[index.row()]
        if hit < 0:
            return self._group_data(group, role)
        return self._hit_data(self._groups[group], self._groups[group].hits[hit], role)

    def _group_data(self, row: int, role: int) -> Any:
        group = self._groups[row]
        if role == ROW_ROLE:
            texts = self._texts(row)
            return (True, texts[1], texts[2])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts(row)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n matches in this interview. Enter opens it.", "", len(group.hits))
        if role == LABEL_ROLE:
            return self._texts(row)[1]
        if role == SUBTITLE_ROLE:
            return self._texts(row)[2]
        if role == INTERVIEW_ID_ROLE:
            return group.interview_id
        if role == PLACE_ROLE:
            return Place.DETAILS.value
        if role == IS_GROUP_ROLE:
            return True
        if role == WORDS_ROLE:
            return []
        return None

    def _hit_data(self, group: InterviewHits, hit: SearchHit, role: int) -> Any:
        if role == ROW_ROLE:
            return (
                False,
                self.tr("{0} · {1}").format(self.kind_label(hit), self.place_label(hit)),
                hit.segments(),
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.plain
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{0} in {1}: {2}").format(self.kind_label(hit), self.place_label(hit), hit.plain)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0} · {1}\n{2}").format(self.kind_label(hit), self.place_label(hit), hit.plain)
        if role == INTERVIEW_ID_ROLE:
            return group.interview_id
        if role == PLACE_ROLE:
            return hit.place.value
        if role == SEGMENTS_ROLE:
            return hit.segments()
        if role == WORDS_ROLE:
            return list(hit.matched_words)
        if role == KIND_ROLE:
            return hit.kind.value
        if role == LABEL_ROLE:
            return self.tr("{0} · {1}").format(self.kind_label(hit), self.place_label(hit))
        if role == IS_GROUP_ROLE:
            return False
        return None

    def kind_label(self, hit: SearchHit) -> str:
        return search_kind_label(hit.kind)

    def place_label(self, hit: SearchHit) -> str:
        return self.tr(PLACE_LABELS[hit.place])

    # ---- updates -------------------------------------------------------------------------------

    def set_results(self, groups: list[InterviewHits], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self._rows = [
            (number, hit) for number, group in enumerate(self._groups) for hit in range(-1, len(group.hits))
        ]
        self._now = now or datetime.now(UTC)
        self._titles = {}
        self.endResetModel()

    def _texts(self, row: int) -> tuple[str, str, str]:
        if row in self._titles:
            return self._titles[row]
        group = self._groups[row]
        when = when_text(group.starts_at, self._now)
        outcome = outcome_label(group.outcome)
        matches = self.tr("%n matches", "", len(group.hits))
        texts = (
            self.tr("{0} — {1} · Round {2} · {3} · {4}").format(
                group.company, group.role, group.round_number, when, outcome
            ),
            f"{group.company} — {group.role}",
            self.tr("Round {0} · {1} · {2} · {3}").format(group.round_number, when, outcome, matches),
        )
        self._titles[row] = texts
        return texts

    def groups(self) -> list[InterviewHits]:
        return list(self._groups)

    def group_rows(self) -> list[int]:
        """The rows that head an interview."""
        return [row for row, (_, hit) in enumerate(self._rows) if hit < 0]

    def hit_count(self) -> int:
        return len(self._rows) - len(self._groups)

    def group_count(self) -> int:
        return len(self._groups)


class SnippetDelegate(QStyledItemDelegate):
    """An interview: company and role in bold, round, when and outcome below. A hit, indented: what it is
    and where it opens in small muted type, then its snippet with the matching words marked."""

    PADDING = 4
    INDENT = 14

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, tuple[QFont, QFont, QFont, int]] = {}

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont, QFont, int]:
        """Bold, small and the line height for a font, made once (painting runs for every row shown)."""
        key = font.key()
        if key not in self._fonts:
            font = QFont(font)  # a copy: the option's own font goes away after this paint
            bold = QFont(font)
            bold.setBold(True)
            small = QFont(font)
            small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
            self._fonts[key] = (font, bold, small, QFontMetrics(font).height())
        return self._fonts[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Every row is two lines high, so the view can lay out any number of rows from the first one.
        line = self._fonts_for(option.font)[3]
        return QSize(option.rect.width(), 2 * line + 3 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if not row:
            return
        font, bold, small, line = self._fonts_for(option.font)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        is_group, label, rest = row
        painter.save()
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        elif is_group:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(palette.color(QPalette.ColorRole.Mid))  # a hairline between interviews
            painter.drawLine(option.rect.topLeft(), option.rect.topRight())
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        indent = 0 if is_group else self.INDENT
        rect = option.rect.adjusted(self.PADDING + indent, self.PADDING, -self.PADDING, -self.PADDING)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        bottom = QRect(rect.left(), rect.top() + line + self.PADDING, rect.width(), line)
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        elide = Qt.TextElideMode.ElideRight
        if is_group:
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(top, align, QFontMetrics(bold).elidedText(label, elide, rect.width()))
            painter.setFont(font)
            painter.setPen(muted)
            painter.drawText(bottom, align, QFontMetrics(font).elidedText(rest, elide, rect.width()))
        else:
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(top, align, QFontMetrics(small).elidedText(label, elide, rect.width()))
            self._draw_segments(painter, bottom, rest, font, bold, text)
        if option.state & QStyle.StateFlag.State_HasFocus and not selected:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()

    @staticmethod
    def _draw_segments(
        painter: QPainter,
        rect: QRect,
        segments: list[tuple[str, bool]],
        font: QFont,
        bold: QFont,
        colour: QColor,
    ) -> None:
        """One line of text, the marked pieces bold on an accent tint, cut with an ellipsis at the edge."""
        tint = QColor(ACCENT)
        tint.setAlpha(60)
        metrics = {False: QFontMetrics(font), True: QFontMetrics(bold)}
        painter.setPen(colour)
        x = rect.left()
        for piece, marked in segments:
            width = metrics[marked].horizontalAdvance(piece)
            room = rect.right() - x
            cut = width > room
            if cut:
                piece = metrics[marked].elidedText(piece, Qt.TextElideMode.ElideRight, max(room, 0))
                width = metrics[marked].horizontalAdvance(piece)
            if marked and piece:
                painter.fillRect(QRect(x, rect.top(), width, rect.height()), tint)
            painter.setFont(bold if marked else font)
            painter.drawText(
                QRect(x, rect.top(), width + 1, rect.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                piece,
            )
            x += width
            if cut:
                break


class SearchPanel(QWidget):
    """The query field, the filters, and the results."""

    openRequested = Signal(int, str, list)  # interview id, Place value, matched words
    closeRequested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.db = db
        self.limit = DEFAULT_LIMIT
        self.query = named(QLineEdit(), "searchQuery")
        self.query.setPlaceholderText(self.tr("Search everything you wrote (Ctrl+K)"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Search everything"))
        self.query.installEventFilter(self)

        self.company = named(QComboBox(), "searchCompany")
        self.company.setAccessibleName(self.tr("Company"))
        self.outcome = named(QComboBox(), "searchOutcome")
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.addItem(self.tr("Any outcome"), None)
        for outcome in Outcome:
            self.outcome.addItem(outcome_label(outcome), outcome.value)
        self.round = named(QComboBox(), "searchRound")
        self.round.setAccessibleName(self.tr("Round"))
        self.round.addItem(self.tr("Any round"), None)
        for number in range(1, MAX_ROUND + 1):
            self.round.addItem(self.tr("Round {0}").format(number), number)
        self.use_from = named(QCheckBox(self.tr("From")), "searchUseFrom")
        self.date_from = named(QDateEdit(), "searchFrom")
        self.use_to = named(QCheckBox(self.tr("To")), "searchUseTo")
        self.date_to = named(QDateEdit(), "searchTo")
        today = QDate.currentDate()
        for edit, initial in ((self.date_from, today.addMonths(-3)), (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(initial)
            edit.setEnabled(False)
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.company, 0, 0, 1, 2)
        filters.addWidget(self.outcome, 1, 0)
        filters.addWidget(self.round, 1, 1)
        filters.addWidget(self.use_from, 2, 0)
        filters.addWidget(self.date_from, 2, 1)
        filters.addWidget(self.use_to, 3, 0)
        filters.addWidget(self.date_to, 3, 1)

        self.model = SearchResultsModel(self)
        self.view = named(QListView(), "searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SnippetDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setUniformItemSizes(True)
        self.status = named(QLabel(), "searchStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

        # Typing restarts the pause; the query runs once the user stops for a moment.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.run)

        self.query.textChanged.connect(self._on_input_changed)
        self.query.returnPressed.connect(self._on_return)
        for combo in (self.company, self.outcome, self.round):
            combo.currentIndexChanged.connect(self._on_input_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._on_input_changed)
        self.use_from.toggled.connect(self._on_date_toggled)
        self.use_to.toggled.connect(self._on_date_toggled)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)
        self.reload_companies([])
        self._show_status()

    # ---- inputs --------------------------------------------------------------------------------

    def reload_companies(self, companies: list[str]) -> None:
        current = self.company.currentData()
        self.company.blockSignals(True)
        self.company.clear()
        self.company.addItem(self.tr("Any company"), None)
        for name in companies:
            self.company.addItem(name, name)
        position = self.company.findData(current) if current is not None else 0
        self.company.setCurrentIndex(max(position, 0))
        self.company.blockSignals(False)

    def filters(self) -> SearchFilters:
        return SearchFilters(
            company=self.company.currentData(),
            outcome=self.outcome.currentData(),
            round_number=self.round.currentData(),
            date_from=_as_date(self.date_from.date()) if self.use_from.isChecked() else None,
            date_to=_as_date(self.date_to.date()) if self.use_to.isChecked() else None,
        )

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def _on_date_toggled(self, _on: bool) -> None:
        self.date_from.setEnabled(self.use_from.isChecked())
        self.date_to.setEnabled(self.use_to.isChecked())
        self._on_input_changed()

    def _on_input_changed(self, *_args: object) -> None:
        self._debounce.start()

    # ---- running -------------------------------------------------------------------------------

    def run(self) -> None:
        """Search now with what is typed and chosen; the results replace the previous ones."""
        self._debounce.stop()
        text = self.query.text()
        try:
            groups = search(self.db, text, self.filters(), limit=self.limit)
        except UserFacingError as exc:
            self.model.set_results([])
            self.status.setText(self.tr("Could not search: {0}").format(error_text(exc)))
            self.status.show()
            return
        self.model.set_results(groups)
        if groups:
            self.view.setCurrentIndex(self.model.index(1, 0))  # the first hit: Enter opens it
        self._show_status()

    def rerun(self) -> None:
        """The data changed: refresh the results shown, after the usual pause."""
        if self.query.text().strip():
            self._debounce.start()

    def _show_status(self) -> None:
        text = self.query.text().strip()
        hits, groups = self.model.hit_count(), self.model.group_count()
        if not text:
            message = self.tr(
                "Type to search companies, roles, people, notes, talking points, questions and answers, "
                "and follow-ups. Words can be partial: “kube” finds Kubernetes."
            )
        elif not groups:
            message = self.tr("Nothing matches “{0}”.").format(text)
        elif hits >= self.limit:
            where = self.tr("in %n interviews", "", groups)
            message = self.tr("The first {0} matches, {1}. Add a word to narrow them.").format(hits, where)
        else:
            matches = self.tr("%n matches", "", hits)
            where = self.tr("in %n interviews", "", groups)
            message = self.tr("{0} {1}", "a number of matches, then in how many interviews").format(
                matches, where
            )
        self.status.setText(message)

    # ---- choosing ------------------------------------------------------------------------------

    def _on_return(self) -> None:
        if self._debounce.isActive():
            self.run()
        index = self.view.currentIndex()
        if index.isValid():
            self._on_activated(index)

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.openRequested.emit(
            int(index.data(INTERVIEW_ID_ROLE)),
            str(index.data(PLACE_ROLE)),
            list(index.data(WORDS_ROLE) or []),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down goes from the query to the results; Esc clears the query, then asks to close."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.model.index(1, 0))
                return True
            if event.key() == Qt.Key.Key_Escape:
                if self.query.text():
                    self.query.clear()
                else:
                    self.closeRequested.emit()
                return True
        return super().eventFilter(watched, event)


def named(widget: _W, name: str) -> _W:
    """Give a widget its object name (tests and style sheets find it by that)."""
    widget.setObjectName(name)
    return widget


def _as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
