"""Review: an opportunity's timeline, and what worked across all interviews.

A window of its own beside the main one, so that it stays open while the user opens the rounds it lists.
Everything shown comes from core/review.py; the conversion chart is drawn here with QPainter.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.review import (
    NOTABLE_ANSWER_MIN_WORDS,
    AskedQuestion,
    Conversion,
    NotableAnswer,
    OpportunitySummary,
    StoryLedger,
    Timeline,
    conversion,
    notable_answers,
    opportunities,
    story_ledger,
    timeline,
    top_questions,
)
from secondround_desktop.ui.labels import (
    absolute_when_text,
    date_label,
    kind_label,
    outcome_label,
    relation_label,
)
from secondround_desktop.ui.search_view import named
from secondround_desktop.ui.texts import error_text
from secondround_desktop.ui.theme import ACCENT

Index = QModelIndex | QPersistentModelIndex

OPPORTUNITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEDGER_FIT_LIMIT = 60

STATUS_LABELS = {  # marked for lupdate; translated by status_label
    "active": QT_TRANSLATE_NOOP("ReviewWindow", "In progress"),
    "offer": QT_TRANSLATE_NOOP("ReviewWindow", "Offer"),
    "accepted": QT_TRANSLATE_NOOP("ReviewWindow", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("ReviewWindow", "Rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("ReviewWindow", "Withdrawn"),
}
FOLLOW_UP_STATES = {  # marked for lupdate; translated in ReviewWindow by self.tr
    "done": QT_TRANSLATE_NOOP("ReviewWindow", "done"),
    "overdue": QT_TRANSLATE_NOOP("ReviewWindow", "overdue"),
    "open": QT_TRANSLATE_NOOP("ReviewWindow", "to do"),
}
STATE_COLOURS = {"done": "#2e7d32", "overdue": "#c62828", "open": "#9a5b00"}
OUTCOME_COLOURS = {"advanced": "#2e7d32", "offer": "#2e7d32", "rejected": "#c62828", "pending": "#6b6f75"}


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def status_label(status: str) -> str:
    return QCoreApplication.translate("ReviewWindow", STATUS_LABELS.get(status, status))


class ConversionChart(QWidget):
    """Horizontal bars: per round, the share of decided interviews that advanced; then the offers."""

    BAR_HEIGHT = 18
    GAP = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversionChart")
        self.setAccessibleName(self.tr("Conversion by round"))
        self._rows: list[tuple[str, float | None, str]] = []

    def set_conversion(self, data: Conversion) -> None:
        rows: list[tuple[str, float | None, str]] = []
        for entry in data.rounds:
            if entry.decided:
                detail = self.tr("{0} of {1} advanced").format(entry.advanced, entry.decided)
                if entry.pending:
                    detail += self.tr(" · {0} pending").format(entry.pending)
            else:
                detail = self.tr("{0} pending, none decided yet").format(entry.pending)
            rows.append((self.tr("Round {0}").format(entry.round_number), entry.rate, detail))
        if data.opportunities:
            rows.append(
                (
                    self.tr("Offers"),
                    data.offer_rate,
                    self.tr("{0} of {1} opportunities").format(data.offers, data.opportunities),
                )
            )
        self._rows = rows
        self.setToolTip("\n".join(f"{label}: {detail}" for label, _, detail in rows))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, float | None, str]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        count = max(len(self._rows), 1)
        return QSize(420, count * (self.BAR_HEIGHT + self.GAP) + self.GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        track = palette.color(QPalette.ColorRole.AlternateBase).darker(108)
        metrics = QFontMetrics(self.font())
        if not self._rows:
            painter.setPen(muted)
            painter.drawText(
                self.rect(),
                int(Qt.AlignmentFlag.AlignCenter),
                self.tr("No rounds with an outcome yet."),
            )
            return
        label_width = max(metrics.horizontalAdvance(label) for label, _, _ in self._rows) + 12
        detail_width = max(metrics.horizontalAdvance(detail) for _, _, detail in self._rows) + 12
        bar_width = max(self.width() - label_width - detail_width - 8, 40)
        y = float(self.GAP)
        for number, (label, rate, detail) in enumerate(self._rows):
            is_offer = number == len(self._rows) - 1 and label == self.tr("Offers")
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_width - 8, self.BAR_HEIGHT),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            outline = QRectF(label_width, y, bar_width, self.BAR_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(outline, 4, 4)
            if rate:
                fill = QColor("#2e7d32") if is_offer else QColor(ACCENT)
                painter.setBrush(fill)
                painter.drawRoundedRect(QRectF(label_width, y, bar_width * rate, self.BAR_HEIGHT), 4, 4)
            share = "—" if rate is None else self.tr("{0}%").format(round(rate * 100))
            painter.setPen(text)
            painter.drawText(
                outline.adjusted(6, 0, -6, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                share,
            )
            painter.setPen(muted)
            painter.drawText(
                QRectF(label_width + bar_width + 8, y, detail_width, self.BAR_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                detail,
            )
            y += self.BAR_HEIGHT + self.GAP


class OpportunityListModel(QAbstractListModel):
    """The opportunities to pick a timeline from."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OpportunitySummary] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            rounds = self.tr("%n rounds", "", row.rounds)
            return f"{row.company} — {row.role}\n{rounds} · {status_label(row.status)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{0}, {1}, %n rounds", "", row.rounds).format(row.company, row.role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.company} — {row.role}"
        if role == OPPORTUNITY_ID_ROLE:
            return row.id
        return None

    def set_rows(self, rows: list[OpportunitySummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, opportunity_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == opportunity_id:
                return number
        return None


class StoryLedgerModel(QAbstractTableModel):
    """Rows: points told (grouped by normalised text); column 0 the point, then one column per listener.

    A cell lists the rounds in which the point was told to that listener.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ledger = StoryLedger((), ())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ledger.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ledger.columns) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(self._ledger.columns):
            return None
        if section == 0:
            return self.tr("Story or point") if role == Qt.ItemDataRole.DisplayRole else None
        column = self._ledger.columns[section - 1]
        listener = column.person_name or self.tr("the room")
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{listener}\n{column.company}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{listener} — {column.company}, {column.role}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ledger.rows):
            return None
        row = self._ledger.rows[index.row()]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return row.text
            return None
        if not 0 < index.column() <= len(self._ledger.columns):
            return None
        rounds = self._ledger.rounds(index.row(), index.column() - 1)
        if role == Qt.ItemDataRole.DisplayRole:
            return ", ".join(self.tr("R{0}").format(number) for number in rounds)
        if role == Qt.ItemDataRole.ToolTipRole and rounds:
            column = self._ledger.columns[index.column() - 1]
            listener = column.person_name or self.tr("the room")
            return self.tr("Told to {0} ({1}) in round {2}").format(
                listener, column.company, ", ".join(str(n) for n in rounds)
            )
        if role == Qt.ItemDataRole.BackgroundRole and rounds:
            tint = QColor(ACCENT)
            tint.setAlpha(45)
            return tint
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def set_ledger(self, ledger: StoryLedger) -> None:
        self.beginResetModel()
        self._ledger = ledger
        self.endResetModel()


class ReviewWindow(QWidget):
    """Timeline and What worked, in tabs. Links to a round ask the main window to open it."""

    openInterviewRequested = Signal(int)
    reuseRequested = Signal(int)  # the interview whose prep to copy into the selected one

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reviewWindow")
        self.setWindowTitle(self.tr("Review — SecondRound"))
        self.db = db
        self.resize(1080, 720)

        self.opportunity_model = OpportunityListModel(self)
        self.opportunity_list = named(QListView(), "opportunityList")
        self.opportunity_list.setModel(self.opportunity_model)
        self.opportunity_list.setAccessibleName(self.tr("Opportunities"))
        self.opportunity_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.opportunity_list.setAlternatingRowColors(True)
        self.opportunity_list.setSpacing(2)
        self.opportunity_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.opportunity_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_view = named(QTextBrowser(), "timelineView")
        self.timeline_view.setOpenLinks(False)
        self.timeline_view.setAccessibleName(self.tr("Timeline"))
        self.timeline_view.anchorClicked.connect(self._on_link)
        timeline_split = QSplitter(Qt.Orientation.Horizontal)
        timeline_split.addWidget(self.opportunity_list)
        timeline_split.addWidget(self.timeline_view)
        timeline_split.setStretchFactor(1, 1)
        timeline_split.setSizes([340, 700])
        timeline_split.setChildrenCollapsible(False)

        self.chart = ConversionChart()
        self.questions_view = named(QLabel(), "topQuestions")
        self.answers_view = named(QLabel(), "notableAnswers")
        for label in (self.questions_view, self.answers_view):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            label.linkActivated.connect(self._on_link_text)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.ledger_model = StoryLedgerModel(self)
        self.ledger_view = named(QTableView(), "storyLedger")
        self.ledger_view.setModel(self.ledger_model)
        self.ledger_view.setAccessibleName(self.tr("Story ledger"))
        self.ledger_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger_view.setWordWrap(True)
        self.ledger_view.verticalHeader().hide()
        self.ledger_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ledger_view.horizontalHeader().setDefaultSectionSize(120)
        self.ledger_view.setMinimumHeight(220)
        self.ledger_empty = QLabel(
            self.tr("Points you mark as told in a debrief appear here, with whom you told them to.")
        )
        self.ledger_empty.setObjectName("hint")
        self.ledger_empty.setWordWrap(True)

        conversion_box = QGroupBox(self.tr("How far your interviews got"))
        QVBoxLayout(conversion_box).addWidget(self.chart)
        questions_box = QGroupBox(self.tr("Questions you asked most"))
        QVBoxLayout(questions_box).addWidget(self.questions_view)
        answers_box = QGroupBox(self.tr("Answers that stood out"))
        answers_layout = QVBoxLayout(answers_box)
        heuristic = QLabel(
            self.tr(
                "The longest answers you wrote down (at least {0} words): a simple rule of thumb, since a "
                "long answer is usually a frank one worth re-reading before the next round."
            ).format(NOTABLE_ANSWER_MIN_WORDS)
        )
        heuristic.setObjectName("hint")
        heuristic.setWordWrap(True)
        answers_layout.addWidget(heuristic)
        answers_layout.addWidget(self.answers_view)
        ledger_box = QGroupBox(self.tr("Story ledger — which point you told to whom"))
        ledger_layout = QVBoxLayout(ledger_box)
        ledger_layout.addWidget(self.ledger_empty)
        ledger_layout.addWidget(self.ledger_view)

        columns = QHBoxLayout()
        columns.addWidget(questions_box, 1)
        columns.addWidget(answers_box, 1)
        worked = QWidget()
        worked_layout = QVBoxLayout(worked)
        worked_layout.addWidget(conversion_box)
        worked_layout.addLayout(columns)
        worked_layout.addWidget(ledger_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(worked)

        self.tabs = named(QTabWidget(), "reviewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(timeline_split, self.tr("&Timeline"))
        self.tabs.addTab(scroll, self.tr("&What worked"))
        self.worked_page = scroll
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)

        self.opportunity_list.selectionModel().currentRowChanged.connect(self._on_opportunity_changed)
        self._opportunity_id: int | None = None
        self._today = date.today()
        self._stale = False

    # ---- loading -------------------------------------------------------------------------------

    def mark_stale(self) -> None:
        """The data changed: reload now if the user is looking at this window, else when they come back."""
        self._stale = True
        if self.isActiveWindow():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Reload everything shown from the database (a fixed number of queries)."""
        self._stale = False
        try:
            rows = opportunities(self.db)
            self._show_worked(conversion(self.db), top_questions(self.db), notable_answers(self.db))
            self.ledger_model.set_ledger(story_ledger(self.db))
        except UserFacingError as exc:
            self.timeline_view.setPlainText(
                self.tr("Could not read the interviews: {0}").format(error_text(exc))
            )
            return
        self.ledger_view.setVisible(self.ledger_model.rowCount() > 0)
        self.ledger_empty.setVisible(self.ledger_model.rowCount() == 0)
        points, listeners = self.ledger_model.rowCount(), self.ledger_model.columnCount()
        # Measuring every cell is quick for a ledger one can read, and far too slow for thousands.
        if points and listeners <= LEDGER_FIT_LIMIT:
            self.ledger_view.resizeColumnsToContents()
        self.ledger_view.setColumnWidth(0, 320)
        if points and points <= LEDGER_FIT_LIMIT:
            self.ledger_view.resizeRowsToContents()
        wanted = self._opportunity_id
        self.opportunity_model.set_rows(rows)
        row = self.opportunity_model.row_of(wanted) if wanted is not None else None
        if row is None and rows:
            row = 0
        if row is None:
            self._opportunity_id = None
            self.timeline_view.setHtml(
                "<p>" + _e(self.tr("No interviews yet. Add one with Ctrl+N in the main window.")) + "</p>"
            )
            return
        self.opportunity_list.setCurrentIndex(self.opportunity_model.index(row, 0))
        self.show_timeline(rows[row].id)

    def show_opportunity(self, opportunity_id: int) -> None:
        row = self.opportunity_model.row_of(opportunity_id)
        if row is not None:
            self.tabs.setCurrentIndex(0)
            self.opportunity_list.setCurrentIndex(self.opportunity_model.index(row, 0))

    def _on_opportunity_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_timeline(int(current.data(OPPORTUNITY_ID_ROLE)))

    def show_timeline(self, opportunity_id: int) -> None:
        try:
            line = timeline(self.db, opportunity_id, self._today)
        except UserFacingError as exc:
            self.timeline_view.setPlainText(error_text(exc))
            return
        self._opportunity_id = opportunity_id
        scroll = self.timeline_view.verticalScrollBar().value()
        self.timeline_view.setHtml(self.timeline_html(line))
        self.timeline_view.verticalScrollBar().setValue(scroll)

    def timeline_html(self, line: Timeline) -> str:
        status = status_label(line.final_status)
        parts = [
            f"<h2>{_e(line.company)} — {_e(line.role)}</h2>",
            "<p>"
            + _e(self.tr("Status: {0}").format(status))
            + (
                _e(self.tr(" (you marked it {0})").format(status_label(line.status)))
                if line.status != line.final_status
                else ""
            )
            + "</p>",
        ]
        if not line.rounds:
            parts.append("<p>" + _e(self.tr("No rounds yet.")) + "</p>")
        for entry in line.rounds:
            outcome = outcome_label(entry.outcome)
            colour = OUTCOME_COLOURS.get(entry.outcome, "#6b6f75")
            kind = kind_label(entry.kind)
            parts.append(
                "<h3>"
                + _e(self.tr("Round {0} · {1}").format(entry.round_number, kind))
                + f" <span style='color:{colour}'>· {_e(outcome)}</span></h3>"
            )
            open_link, reuse_link = _e(self.tr("Open")), _e(self.tr("Reuse its prep…"))
            parts.append(
                "<p>"
                + _e(absolute_when_text(entry.starts_at, entry.timezone))
                + f" &nbsp; <a href='interview:{entry.interview_id}'>{open_link}</a>"
                + f" &nbsp; <a href='reuse:{entry.interview_id}'>{reuse_link}</a></p>"
            )
            if entry.people:
                people = []
                for person in entry.people:
                    relation = relation_label(person.relation)
                    text = f"{_e(person.name)} <span style='color:#6b6f75'>({_e(relation)})</span>"
                    if person.is_new:
                        new = _e(self.tr("new", "a person met for the first time"))
                        text += f" <b style='color:{ACCENT.name()}'>{new}</b>"
                    people.append(text)
                parts.append("<p>" + _e(self.tr("Met: ")) + ", ".join(people) + "</p>")
            else:
                parts.append(
                    "<p style='color:#6b6f75'>" + _e(self.tr("No one recorded on the panel.")) + "</p>"
                )
            if entry.follow_ups:
                items = []
                for follow_up in entry.follow_ups:
                    state = self.tr(FOLLOW_UP_STATES[follow_up.state])
                    due = (
                        self.tr(" — due {0}").format(date_label(follow_up.due_date))
                        if follow_up.due_date is not None
                        else ""
                    )
                    who = follow_up.person_name or self.tr("the panel")
                    what = (
                        self.tr("Thank-you to {0}")
                        if follow_up.kind == "thank_you"
                        else self.tr("Follow-up to {0}")
                    ).format(who)
                    items.append(
                        f"<li>{_e(what + due)} "
                        f"<b style='color:{STATE_COLOURS[follow_up.state]}'>{_e(state)}</b></li>"
                    )
                parts.append("<ul>" + "".join(items) + "</ul>")
        return "".join(parts)

    def _show_worked(
        self, data: Conversion, questions: list[AskedQuestion], answers: list[NotableAnswer]
    ) -> None:
        self.chart.set_conversion(data)
        if questions:
            items = "".join(
                f"<li><b>{_e(q.text)}</b><br><span style='color:#6b6f75'>"
                + _e(self.tr("asked %n times", "", q.times) + " · " + ", ".join(q.companies))
                + "</span></li>"
                for q in questions
            )
            self.questions_view.setText(f"<ol>{items}</ol>")
        else:
            self.questions_view.setText(
                _e(self.tr("Tick the questions you asked in a debrief; the ones you ask most appear here."))
            )
        if answers:
            open_link = _e(self.tr("Open"))
            quoted = self.tr("“{0}”")
            items = "".join(
                f"<p><b>{_e(a.question)}</b><br>{_e(quoted.format(a.answer))}<br>"
                "<span style='color:#6b6f75'>"
                + _e(
                    self.tr("{0} · {1}, round {2} · {3} words").format(
                        a.person_name or self.tr("someone"), a.company, a.round_number, a.words
                    )
                )
                + f" · <a href='interview:{a.interview_id}'>{open_link}</a></span></p>"
                for a in answers
            )
            self.answers_view.setText(items)
        else:
            self.answers_view.setText(_e(self.tr("No long answers written down yet.")))

    # ---- links ---------------------------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        self._on_link_text(url.toString())

    def _on_link_text(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if not value.isdigit():
            return
        if kind == "interview":
            self.openInterviewRequested.emit(int(value))
        elif kind == "reuse":
            self.reuseRequested.emit(int(value))
