"""The main window: the interview lists on the left, the selected interview's workspace on the right."""

from __future__ import annotations

import logging
import time
from collections.abc import Hashable
from dataclasses import asdict, is_dataclass, replace
from datetime import date, datetime
from functools import partial
from html import escape
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondround_desktop import APP_NAME, __version__
from secondround_desktop.core.debrief import DebriefService
from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.followups import FollowUpService
from secondround_desktop.core.interviews import (
    Counts,
    InterviewDraft,
    InterviewService,
    PersonInput,
    Scope,
    default_start,
)
from secondround_desktop.core.playbook import load_playbook
from secondround_desktop.core.prep import PrepService, Readiness
from secondround_desktop.paths import AppPaths
from secondround_desktop.ui.commands import (
    AddPanelistsCommand,
    AddPersonCommand,
    CreateInterviewCommand,
    DeleteInterviewCommand,
    RemovePanelistCommand,
)
from secondround_desktop.ui.debrief import DebriefContext
from secondround_desktop.ui.file_exchange import FileExchange
from secondround_desktop.ui.index_upkeep import IndexUpkeep
from secondround_desktop.ui.labels import absolute_when_text, duration_label, kind_label, relation_label
from secondround_desktop.ui.list_model import INTERVIEW_ID_ROLE, InterviewListModel, ListQuery
from secondround_desktop.ui.new_interview import NEW_OPPORTUNITY_ROUND, NewInterviewDialog
from secondround_desktop.ui.preferences import open_settings, ui_language
from secondround_desktop.ui.prep import StepContext
from secondround_desktop.ui.reminders import Reminders
from secondround_desktop.ui.review_actions import ReviewFeatures
from secondround_desktop.ui.save_manager import SaveManager, SaveState
from secondround_desktop.ui.texts import error_text, translated
from secondround_desktop.ui.workspace import InterviewWorkspace, details_key

log = logging.getLogger(__name__)

SCOPES = (Scope.UPCOMING, Scope.PAST)
FIND_INSTANT_SECONDS = 0.016  # a find quicker than a frame follows each keystroke
FIND_PAUSE_MS = 150  # else it waits for this pause in typing
# From how many interviews every find waits for the pause, timed or not: a find may read every company,
# role and name (100,000 interviews: 50-150 ms on the project's machine), and a run of quick ones there
# would otherwise let the next slow one run on a keystroke.
FIND_PAUSE_FROM_INTERVIEWS = 20_000


def as_html(text: str) -> str:
    """Plain text made safe where Qt guesses between text and HTML (tooltips, message boxes)."""
    return QtGui.Qt.convertFromPlainText(text)


def native(keys: str) -> str:
    """A key combination as the platform and the app's language write it ("Strg+Bild ab")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _safe_filename(name: str) -> str:
    return "".join("-" if ch in '/\\:*?"<>|' else ch for ch in name)


class SaveIndicator(QLabel):
    """The status-bar truth about saving: "Saved", "Saving…" or "Not saved — why"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveIndicator")
        self.setAccessibleName(self.tr("Save status"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # the reason may quote the user's input
        self.show_state(SaveState.SAVED, self.tr("Saved"))

    def show_state(self, state: SaveState, message: str) -> None:
        colour = {SaveState.FAILED: "#c62828", SaveState.INVALID: "#b26a00"}.get(state, "")
        self.setStyleSheet(f"color: {colour}; font-weight: 600;" if colour else "")
        self.setText(("✓ " if state is SaveState.SAVED else "") + message)
        self.setToolTip(as_html(message))


class MainWindow(QMainWindow):
    ready = Signal()  # the window is shown and its list is filled from the database

    def __init__(self, service: InterviewService, paths: AppPaths, prep: PrepService | None = None) -> None:
        super().__init__()
        self.service = service
        # The playbook's guidance reads in the language the app shows (Settings › Language).
        self.prep = prep or PrepService(service.db, load_playbook(ui_language(open_settings(paths.ui_state))))
        self.paths = paths
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.settings = QSettings(str(paths.ui_state), QSettings.Format.IniFormat)
        self.undo_stack = QUndoStack(self)
        self.saver = SaveManager(self)
        # Also soon after the start: a command-line import or another version may have left merging to do.
        self.index_upkeep = IndexUpkeep(service.db, self)
        self.index_upkeep.wrote()
        self._scope = Scope.UPCOMING
        self._selected_id: int | None = None
        self._ready_emitted = False

        self._build_list_pane()
        self.debrief = DebriefService(service.db)
        self.followups = FollowUpService(service.db)
        self.workspace = InterviewWorkspace(
            service,
            self.saver,
            StepContext(self.prep, self.saver, self.undo_stack, self.show_failure),
            DebriefContext(
                self.debrief, self.prep, self.followups, self.saver, self.undo_stack, self.show_failure
            ),
        )
        self._build_right_pane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.indicator = SaveIndicator()
        self.statusBar().addPermanentWidget(self.indicator)
        self._build_actions()
        self._wire()
        self.review_features = ReviewFeatures(self)  # Search Everything (Ctrl+K), Review (Ctrl+3), Reuse
        self.reminders = Reminders(self)  # a day and an hour before, and thank-yous due
        self._restore_window_state()
        self.refresh()
        if self._selected_id is None and self.list_model.rowCount():
            self._select_row(0)  # open on the soonest interview rather than on an empty pane
        self._minute = QTimer(self, interval=60_000)  # "in 5 min", "Today" and the lists move with time
        self._minute.timeout.connect(self._on_minute)
        self._minute.start()

    # ---- building ------------------------------------------------------------------------------

    def _build_list_pane(self) -> None:
        self.find_field = QLineEdit(objectName="findField")
        self._find_pause = QTimer(self, singleShot=True, interval=FIND_PAUSE_MS)
        self._find_seconds: float | None = None  # how long the last find took; None: none yet
        self._interview_total = 0
        self._counts: Counts | None = None  # the lists' sizes when last read
        self.find_field.setPlaceholderText(self.tr("Find company, role or person (Ctrl+F)"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setAccessibleName(self.tr("Find interviews"))
        self.scope_tabs = QTabBar(objectName="scopeTabs")
        self.scope_tabs.addTab(self.tr("Upcoming"))
        self.scope_tabs.addTab(self.tr("Past"))
        self.scope_tabs.setExpanding(True)
        self.list_model = InterviewListModel(self)
        self.list_view = QTableView(objectName="interviewList")
        self.list_view.setModel(self.list_model)
        self.list_model.listReplaced.connect(self.list_view.scrollToTop)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setShowGrid(False)
        self.list_view.setWordWrap(False)
        self.list_view.verticalHeader().hide()
        self.list_view.setAccessibleName(self.tr("Interviews"))
        header = self.list_view.horizontalHeader()
        header.setHighlightSections(False)  # (with whole rows selected, each new row repainted the header)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long title ("Unternehmen") shows its start
        header.setSectionResizeMode(InterviewListModel.COMPANY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(InterviewListModel.ROLE, QHeaderView.ResizeMode.Stretch)
        # The narrow columns get the width of the widest text they can show, once; the date column fits
        # the rows on screen each time the list is read (see refresh). Fitted to the rows on screen at
        # every change (Qt's ResizeToContents), every scroll step measured each cell again.
        cell_padding = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 6
        header.setSectionResizeMode(InterviewListModel.WHEN, QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)  # fitting reads the rows on screen only
        for column in (InterviewListModel.ROUND, InterviewListModel.PANEL, InterviewListModel.READY):
            title = str(self.list_model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(
                [header.fontMetrics().horizontalAdvance(title) + 12]
                + [
                    self.list_view.fontMetrics().horizontalAdvance(text) + cell_padding
                    for text in self.list_model.widest_texts(column)
                ]
            )
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, widest)
        self.list_empty = QLabel(objectName="listEmpty")
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_empty.setTextFormat(Qt.TextFormat.PlainText)  # it may quote the search text
        self.list_empty.setWordWrap(True)
        self.list_empty.setMargin(16)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.list_empty)
        # Overdue follow-ups stay in view until they are done; a click opens the first one.
        self.overdue_banner = QPushButton(objectName="overdueBanner")
        self.overdue_banner.setStyleSheet(
            "QPushButton#overdueBanner { text-align: left; color: #8a1c1c; background: #fdecea;"
            " border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }"
        )
        self.overdue_banner.hide()
        self.overdue_banner.setAccessibleName(self.tr("Overdue follow-ups"))
        self._overdue_interview: int | None = None
        self.list_pane = QWidget()
        layout = QVBoxLayout(self.list_pane)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(self.overdue_banner)
        layout.addWidget(self.find_field)
        layout.addWidget(self.scope_tabs)
        layout.addWidget(self.list_stack, 1)
        self.list_pane.setMinimumWidth(320)

    def _build_right_pane(self) -> None:
        self.welcome = QWidget(objectName="welcome")
        heading = QLabel(self.tr("Get ready for your second round"), objectName="welcomeHeading")
        text = QLabel(
            self.tr(
                "SecondRound keeps each upcoming interview, the people on its panel and your notes in one "
                "place on this computer.\n\nStart by adding the interview you are preparing for: the "
                "company, the role, when it is and who you will meet. Or load a few sample interviews "
                "to look around first."
            )
        )
        text.setWordWrap(True)
        self.welcome_new = QPushButton(self.tr("&New Interview…  (Ctrl+N)"), objectName="welcomeNew")
        self.welcome_new.setDefault(True)
        self.welcome_sample = QPushButton(self.tr("Load &Sample Data"), objectName="welcomeSample")
        buttons = QHBoxLayout()
        buttons.addWidget(self.welcome_new)
        buttons.addWidget(self.welcome_sample)
        buttons.addStretch(1)
        # A column of bounded width keeps the wrapped text readable; alignment flags would break its
        # height-for-width and clip it.
        column = QWidget()
        column.setMaximumWidth(560)
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(heading)
        column_layout.addSpacing(8)
        column_layout.addWidget(text)
        column_layout.addSpacing(16)
        column_layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        welcome_layout = QVBoxLayout(self.welcome)
        welcome_layout.addStretch(1)
        welcome_layout.addLayout(row)
        welcome_layout.addStretch(2)

        self.nothing_selected = QLabel(
            self.tr("Select an interview on the left, or press Ctrl+N to add one."),
            objectName="nothingSelected",
        )
        self.nothing_selected.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget(objectName="rightPane")
        self.right.addWidget(self.welcome)
        self.right.addWidget(self.nothing_selected)
        self.right.addWidget(self.workspace)

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New Interview…"), self.new_interview, key.New, "newAction")
        self.sample_action = self._action(
            self.tr("Load &Sample Data"), self.load_sample_data, name="sampleAction"
        )
        self.export_action = self._action(
            self.tr("&Export All as JSON…"), self.export_json, name="exportAction"
        )
        self.cheatsheet_action = self._action(
            self.tr("&Cheat Sheet (PDF and Markdown)…"), self.save_cheat_sheet, key.Print, "cheatsheetAction"
        )
        self.import_action = self._action(self.tr("&Import JSON…"), self.import_json, name="importAction")
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", "quitAction")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(key.Redo), QKeySequence("Ctrl+Y")])
        self.delete_action = self._action(
            self.tr("&Delete Interview"), self.delete_selected, key.Delete, "deleteAction"
        )
        # Delete belongs to the list; in a text field or the panel table the key means something else.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.list_view.addAction(self.delete_action)
        self.find_action = self._action(self.tr("&Find…"), self.focus_find, key.Find, "findAction")
        self.debrief_latest_action = self._action(
            self.tr("&Debrief the Latest Interview"),
            self.debrief_latest,
            "Ctrl+Shift+D",
            "debriefLatestAction",
        )
        self.debrief_selected_action = self._action(
            self.tr("Debrief This Interview"), self.debrief_selected, name="debriefSelectedAction"
        )
        self.list_view.addAction(self.debrief_selected_action)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.add_person_action = self._action(
            self.tr("Add &Person to Panel"), self.focus_add_person, "Ctrl+Shift+P", "addPersonAction"
        )
        self.notes_action = self._action(
            self.tr("Go to &Notes"), self.focus_notes, "Ctrl+Shift+N", "notesAction"
        )
        self.list_action = self._action(self.tr("Go to &List"), self.focus_list, "Ctrl+L", "listAction")
        self.upcoming_action = self._action(self.tr("&Upcoming"), self.show_upcoming, "Ctrl+1")
        self.past_action = self._action(self.tr("&Past"), self.show_past, "Ctrl+2")
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "F1")
        self.about_action = self._action(self.tr("&About SecondRound"), self.show_about)
        self.settings_action = self._action(
            self.tr("&Settings…"), self.open_settings, "Ctrl+,", "settingsAction"
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.sample_action])
        file_menu.addSeparator()
        file_menu.addAction(self.cheatsheet_action)
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        self.file_exchange = FileExchange(self, file_menu)  # calendar and Markdown, drops on the window
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.delete_action, self.find_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_person_action, self.notes_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.debrief_latest_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addActions([self.upcoming_action, self.past_action, self.list_action])
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])
        for action in (
            self.find_action,
            self.list_action,
            self.upcoming_action,
            self.past_action,
            self.new_action,
            self.add_person_action,
            self.notes_action,
            self.debrief_latest_action,
        ):
            self.addAction(action)

    def _wire(self) -> None:
        self.saver.stateChanged.connect(self.indicator.show_state)
        self.saver.written.connect(self._on_written)
        self.saver.written.connect(self.index_upkeep.wrote)
        self.undo_stack.indexChanged.connect(self.index_upkeep.wrote)  # a command done, undone or redone
        self.find_field.textChanged.connect(self._on_find_changed)
        self.find_field.returnPressed.connect(self._on_find_return)
        self._find_pause.timeout.connect(self._apply_find)
        self.scope_tabs.currentChanged.connect(self._on_scope_tab_changed)
        self.list_view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.list_view.activated.connect(self._on_list_activated)
        self.welcome_new.clicked.connect(self.new_interview)
        self.welcome_sample.clicked.connect(self.load_sample_data)
        self.workspace.addPersonRequested.connect(self._on_add_person)
        self.workspace.removePersonRequested.connect(self._on_remove_person)
        self.workspace.addEarlierRequested.connect(self._on_add_earlier)
        self.undo_stack.indexChanged.connect(self._on_undo_index_changed)
        if self.workspace.prep is not None:
            self.workspace.prep.readinessChanged.connect(self._on_readiness_changed)
        for tab in (self.workspace.debrief, self.workspace.followups):
            if tab is not None:
                tab.changed.connect(self._on_debrief_changed)
        self.overdue_banner.clicked.connect(self._on_overdue_clicked)

    # ---- the list ------------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Reload the list from the database (its first page; the rest as it scrolls) and keep (or move)
        the selection."""
        wanted = select if select is not None else self._selected_id
        now = datetime.now().astimezone()
        try:
            counts = self.service.counts(now)
            # Readiness is computed for the rows the view shows, when it shows them; the repetition check,
            # which is for what lies ahead and costly, follows while the app is idle.
            ahead = self._scope is Scope.UPCOMING
            self.list_model.set_source(
                ListQuery(self.service, self._scope, self.find_field.text(), now),
                partial(self._list_readiness, self._scope, False),
                partial(self._list_readiness, self._scope, True) if ahead else None,
            )
        except UserFacingError as exc:
            self.show_failure(self.tr("Could not read the interviews"), exc)
            return
        self._interview_total = counts.total
        self._counts = counts
        self.scope_tabs.setTabText(0, self.tr("Upcoming ({0})").format(counts.upcoming))
        self.scope_tabs.setTabText(1, self.tr("Past ({0})").format(counts.past))
        self._show_overdue()
        if not self.list_model.rowCount():
            if self.find_field.text().strip():
                message = self.tr("Nothing matches “{0}”.").format(self.find_field.text().strip())
            elif self._scope is Scope.UPCOMING:
                message = self.tr("No upcoming interviews.\nPress Ctrl+N to add one.")
            else:
                message = self.tr("No past interviews yet.\nThey appear here once their time has passed.")
            self.list_empty.setText(message)
            self.list_stack.setCurrentWidget(self.list_empty)
        else:
            self.list_stack.setCurrentWidget(self.list_view)
            self.list_view.resizeColumnToContents(InterviewListModel.WHEN)
        row = self.list_model.row_of(wanted) if wanted is not None else None
        if row is None and wanted is not None and select is not None:
            # The interview to show lives in the other list (e.g. a new one dated in the past).
            other = Scope.PAST if self._scope is Scope.UPCOMING else Scope.UPCOMING
            if self.service.scope_of(wanted, now) is other:
                self._selected_id = wanted
                self.set_scope(other)
                return
        self._select_row(row)
        if counts.total == 0:
            self.right.setCurrentWidget(self.welcome)

    def _on_minute(self) -> None:
        """Once a minute. The lists are read again only when an interview has moved from Upcoming to Past
        (their sizes change then): on a long history, with a find, that is a tenth of a second."""
        now = datetime.now().astimezone()
        try:
            moved = self.service.counts(now) != self._counts
        except UserFacingError:
            return  # the next minute tries again
        if moved:
            self.refresh()
            return
        self.list_model.set_now(now)
        self._show_overdue()  # a thank-you can fall due

    def _list_readiness(
        self, scope: Scope, with_repeats: bool, interview_ids: list[int]
    ) -> dict[int, Readiness]:
        readiness = self.prep.readiness_many(interview_ids, with_repeats=with_repeats)
        if scope is Scope.PAST:  # warnings are for preparing; a past round keeps its checklist share
            readiness = {key: replace(value, warnings=()) for key, value in readiness.items()}
        return readiness

    def _show_overdue(self) -> None:
        try:
            overdue = self.followups.overdue(date.today())
        except UserFacingError:
            return
        self.overdue_banner.setVisible(bool(overdue))
        if not overdue:
            self._overdue_interview = None
            return
        first = overdue[0]
        self._overdue_interview = first.interview_id
        names = ", ".join(
            self.tr("{0} ({1})", "a person and their company").format(
                o.person_name or self.tr("the panel"), o.company
            )
            for o in overdue[:3]
        )
        more = self.tr(" and {0} more").format(len(overdue) - 3) if len(overdue) > 3 else ""
        self.overdue_banner.setText(
            self.tr("⚠ %n thank-you notes overdue: {0}{1}", "", len(overdue)).format(names, more)
        )
        self.overdue_banner.setToolTip(
            as_html(self.tr("Open the follow-ups of {0}").format(first.person_name or self.tr("the panel")))
        )

    def _select_row(self, row: int | None) -> None:
        selection = self.list_view.selectionModel()
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(self.list_model.index(-1, -1), QItemSelectionModel.SelectionFlag.Clear)
            self._show_interview(None)
            return
        index = self.list_model.index(row, 0)
        if selection.currentIndex().row() != row:
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show_interview(self.list_model.summary(row).id, reload=False)
        self.list_view.scrollTo(index)

    def _on_current_row_changed(self, current: object, _previous: object) -> None:
        index = self.list_view.currentIndex()
        interview_id = index.data(INTERVIEW_ID_ROLE) if index.isValid() else None
        if interview_id == self._selected_id and self.workspace.interview_id == interview_id:
            return
        if not self._leave_current():
            self._select_row(
                self.list_model.row_of(self._selected_id) if self._selected_id is not None else None
            )
            return
        self._show_interview(interview_id)

    def _show_interview(self, interview_id: int | None, reload: bool = True) -> None:
        if interview_id is None:
            self._selected_id = None
            self.workspace.interview_id = None
            self.right.setCurrentWidget(self.nothing_selected)
            return
        if reload or self.workspace.interview_id != interview_id:
            try:
                self.workspace.load(interview_id)
            except UserFacingError as exc:
                self.show_failure(self.tr("Could not open the interview"), exc)
                return
        self._selected_id = interview_id
        self.right.setCurrentWidget(self.workspace)

    def _leave_current(self) -> bool:
        """Before switching away: save everything now; for details that cannot be saved, ask."""
        self.saver.flush()
        problem = self.workspace.has_invalid_details()
        if problem is None:
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Changes not saved"),
            self.tr(
                "The changes to this interview's details cannot be saved:\n\n{0}\n\n"
                "Go back and fix them, or discard these changes?"
            ).format(problem),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.workspace.discard_invalid()
            return True
        self.workspace.form.setFocus()
        return False

    def set_scope(self, scope: Scope) -> None:
        if scope is self._scope and self.scope_tabs.currentIndex() == SCOPES.index(scope):
            return
        self._scope = scope
        self.scope_tabs.blockSignals(True)
        self.scope_tabs.setCurrentIndex(SCOPES.index(scope))
        self.scope_tabs.blockSignals(False)
        self.refresh()

    def show_upcoming(self) -> None:
        self.set_scope(Scope.UPCOMING)

    def show_past(self) -> None:
        self.set_scope(Scope.PAST)

    # Slots are methods, not lambdas: Qt disconnects a method when its window is destroyed.
    def _on_find_changed(self, text: str) -> None:
        # On a short history the list follows each keystroke. Where a find takes longer than a frame
        # (tens of thousands of interviews), it waits for a pause in typing, so keys never queue up.
        slow = self._interview_total >= FIND_PAUSE_FROM_INTERVIEWS or (
            self._find_seconds is not None and self._find_seconds > FIND_INSTANT_SECONDS
        )
        if not text or not slow:
            self._apply_find()
        else:
            self._find_pause.start()

    def _apply_find(self) -> None:
        self._find_pause.stop()
        started = time.perf_counter()
        self.refresh()
        if self.find_field.text().strip():
            # A find's cost depends on its words (one letter is tested row by row, longer words read every
            # name): the slowest recent find decides, forgotten by halves, so that a quick one-letter find
            # does not let the next, slower one run on a keystroke.
            self._find_seconds = max(time.perf_counter() - started, (self._find_seconds or 0.0) / 2)

    def _on_scope_tab_changed(self, index: int) -> None:
        self.set_scope(SCOPES[index])

    def _on_list_activated(self, _index: object) -> None:
        self.workspace.focus_current_tab()

    def _on_readiness_changed(self, interview_id: int) -> None:
        # Readiness moves no row between or within the lists: that row's cell is enough.
        self.list_model.refresh_readiness(interview_id)

    def _on_debrief_changed(self) -> None:
        self.refresh()
        if self.workspace.prep is not None:
            self.workspace.reload_tabs()

    def _on_overdue_clicked(self) -> None:
        if self._overdue_interview is not None:
            self.open_tab(self._overdue_interview, self.workspace.followups)

    # ---- debrief -------------------------------------------------------------------------------

    def debrief_latest(self) -> None:
        """Straight to the debrief of the interview that started last, cursor in its first field."""
        interview_id = self.debrief.most_recently_started()
        if interview_id is None:
            self.statusBar().showMessage(self.tr("No interview has started yet: nothing to debrief."), 6000)
            return
        self.open_tab(interview_id, self.workspace.debrief)
        if self.workspace.debrief is not None and self._selected_id == interview_id:
            self.workspace.debrief.focus_first_field()

    def debrief_selected(self) -> None:
        if self._selected_id is not None:
            self.open_tab(self._selected_id, self.workspace.debrief)
            if self.workspace.debrief is not None:
                self.workspace.debrief.focus_first_field()

    def open_tab(self, interview_id: int, tab: QWidget | None) -> None:
        """Show an interview (switching list if needed) at one of its workspace tabs."""
        if interview_id != self._selected_id and not self._leave_current():
            return
        if self.find_field.text():
            self.find_field.clear()
        self.refresh(select=interview_id)
        if self._selected_id == interview_id:
            self.workspace.show_tab(tab)

    def _on_undo_index_changed(self, _index: int) -> None:
        self.statusBar().clearMessage()

    def selected_interview(self) -> int | None:
        return self._selected_id

    # ---- actions -------------------------------------------------------------------------------

    def new_interview(self) -> None:
        if not self._leave_current():
            return
        start = default_start()
        from PySide6.QtCore import QTimeZone

        initial = InterviewDraft(
            round_number=NEW_OPPORTUNITY_ROUND,
            date_text=f"{start:%Y-%m-%d}",
            time_text=f"{start:%H:%M}",
            timezone=bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC",
        )
        dialog = NewInterviewDialog(self.service, initial, self)
        if dialog.exec() != NewInterviewDialog.DialogCode.Accepted:
            return
        self.undo_stack.push(CreateInterviewCommand(self, dialog.draft(), dialog.chosen_people()))
        self.workspace.show_overview()  # where a new interview's notes and panel are written
        self.workspace.notes.setFocus()

    def delete_selected(self) -> None:
        interview_id = self._selected_id
        if interview_id is None:
            return
        self.saver.flush()
        self.saver.discard(details_key(interview_id))
        row = self.list_model.row_of(interview_id)
        label = self.list_model.summary(row).company if row is not None else ""
        next_row = None if row is None else min(row, self.list_model.rowCount() - 2)
        next_id = self.list_model.summary(next_row).id if next_row is not None and next_row >= 0 else None
        self._selected_id = next_id
        self.undo_stack.push(DeleteInterviewCommand(self, interview_id, label))
        self.statusBar().showMessage(
            self.tr("Deleted the interview with {0}. Press Ctrl+Z to undo.").format(label)
        )

    def load_sample_data(self) -> None:
        from secondround_desktop.core.sample import add_sample_data

        try:
            added = add_sample_data(self.service.db)
        except UserFacingError as exc:
            self.show_failure(self.tr("Could not load the sample data"), exc)
            return
        self.workspace.form.company.setCompleter(None)
        self.refresh()
        if self._selected_id is None and self.list_model.rowCount():
            self._select_row(0)
        self.statusBar().showMessage(self.tr("Added {0} sample interviews.").format(added), 5000)

    def save_cheat_sheet(self) -> None:
        """One action, two files: a printable PDF and a Markdown copy beside it."""
        interview_id = self._selected_id
        if interview_id is None:
            self.statusBar().showMessage(self.tr("Select an interview first."), 5000)
            return
        self.saver.flush()
        from secondround_desktop.core.cheatsheet import SheetWords, build_cheat_sheet, to_html, to_markdown
        from secondround_desktop.core.files import write_text_atomically
        from secondround_desktop.ui.pdf import write_pdf

        try:
            # The sheet reads in the language the app shows.
            words = SheetWords(translated, absolute_when_text, duration_label, kind_label, relation_label)
            sheet = build_cheat_sheet(self.service, self.prep, interview_id, words)
        except UserFacingError as exc:
            self.show_failure(self.tr("Could not make the cheat sheet"), exc)
            return
        title = self.file_exchange.file_title(interview_id)
        suggested = Path.home() / _safe_filename(self.tr("Cheat sheet - {0}.pdf").format(title))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Cheat Sheet"), str(suggested), "PDF (*.pdf)"
        )
        if not name:
            return
        pdf = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        markdown = pdf.with_suffix(".md")
        try:
            write_pdf(to_html(sheet, words), pdf, sheet.title)
            write_text_atomically(markdown, to_markdown(sheet, words))
        except UserFacingError as exc:
            self.show_failure(self.tr("Could not save the cheat sheet"), exc)
            return
        self.statusBar().showMessage(self.tr("Saved {0} and {1}.").format(pdf.name, markdown.name), 8000)

    def export_json(self) -> None:
        if not self.saver.flush():
            QMessageBox.warning(
                self,
                self.tr("Export"),
                self.tr("Some changes are not saved yet: {0}").format(self.saver.message),
            )
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export All as JSON"),
            str(Path.home() / self.tr("secondround-export.json", "a file name")),
            "JSON (*.json)",
        )
        if not name:
            return
        from secondround_desktop.core.exchange import export_json
        from secondround_desktop.core.files import write_text_atomically

        try:
            write_text_atomically(Path(name), export_json(self.service.db))
        except (UserFacingError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
            return
        self.statusBar().showMessage(self.tr("Exported everything to {0}.").format(name), 8000)

    def import_json(self) -> None:
        self.saver.flush()
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import JSON"), str(Path.home()), "JSON (*.json)")
        if not name:
            return
        from secondround_desktop.core.exchange import import_file

        try:
            summary = import_file(self.service.db, Path(name))
        except UserFacingError as exc:
            QMessageBox.warning(self, self.tr("Import failed"), error_text(exc))
            return
        self.undo_stack.clear()  # undo history refers to rows the import may have replaced
        self.refresh()
        self.statusBar().showMessage(
            self.tr("Imported {0} interviews from {1}.").format(summary.interviews, Path(name).name), 8000
        )

    def focus_find(self) -> None:
        self.list_pane.show()  # (it makes way for the search on a narrow window)
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def focus_add_person(self) -> None:
        if self.right.currentWidget() is self.workspace:
            self.workspace.show_overview()  # (from another tab too)
            self.workspace.panel.name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_notes(self) -> None:
        if self.right.currentWidget() is self.workspace:
            self.workspace.show_overview()
            self.workspace.notes.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_find_return(self) -> None:
        if self._find_pause.isActive():
            self._apply_find()  # Enter does not wait for the pause
        self.focus_list()

    def focus_list(self) -> None:
        self.list_pane.show()
        self.list_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.list_view.currentIndex().isValid() and self.list_model.rowCount():
            self._select_row(0)

    def show_shortcuts(self) -> None:
        """Every menu action with a shortcut, read from the menus so that the list is never out of date."""
        rows: list[tuple[str, str]] = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    rows.append((action.text().replace("&", "").rstrip("…"), keys))
        rows += [
            (self.tr("Remove a person from the panel"), self.tr("Del, in the panel table")),
            (self.tr("Go to a step of the prep walk"), f"{native('Alt+1')} … {native('Alt+4')}"),
            (self.tr("Next or previous prep step"), f"{native('Ctrl+PgDown')} / {native('Ctrl+PgUp')}"),
            (self.tr("Move between fields"), self.tr("Tab / Shift+Tab")),
            (self.tr("A tab or field by its underlined letter"), self.tr("Alt+letter")),
        ]
        table = "".join(
            f"<tr><td>{escape(name)}</td><td>&nbsp;&nbsp;<b>{escape(keys)}</b></td></tr>"
            for name, keys in rows
        )
        QMessageBox.information(self, self.tr("Keyboard Shortcuts"), f"<table>{table}</table>")

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SecondRound"),
            self.tr(
                "<b>SecondRound {0}</b><p>Prepare for a second-round interview, capture it while memory "
                "is fresh, and review it before the next one.</p><p>Your notes stay on this computer:<br>"
                "<code>{1}</code></p>"
            ).format(__version__, escape(str(self.paths.data_dir))),
        )

    def open_settings(self) -> None:
        from secondround_desktop.ui.settings_dialog import SettingsDialog

        self.saver.flush()
        dialog = SettingsDialog(self.paths, self.service.db, self.saver, self)
        dialog.dataReplaced.connect(self._on_data_replaced)
        dialog.exec()
        dialog.deleteLater()

    def _on_data_replaced(self) -> None:
        """A backup was restored: the undo history and everything shown belong to the data before it."""
        self.undo_stack.clear()
        self.workspace.interview_id = None  # so that the selected interview is read again
        self.refresh()

    # ---- requests from the workspace -----------------------------------------------------------

    def _on_add_person(self, interview_id: int, person: PersonInput) -> None:
        self.undo_stack.push(AddPersonCommand(self, interview_id, person))

    def _on_remove_person(self, interview_id: int, person_id: int, name: str) -> None:
        self.undo_stack.push(RemovePanelistCommand(self, interview_id, person_id, name))

    def _on_add_earlier(self, interview_id: int, person_ids: list[int]) -> None:
        self.undo_stack.push(AddPanelistsCommand(self, interview_id, person_ids))

    def _on_written(self, key: object) -> None:
        # The list shows company, role, round and time: refresh it after the details reach the database.
        if isinstance(key, tuple) and key[0] in ("details", "person"):
            self.refresh()
            if key[0] == "details" and self.workspace.interview_id == key[1]:
                self.workspace.reload_panel()

    # ---- CommandHost ---------------------------------------------------------------------------

    def after_change(self, interview_id: int | None) -> None:
        if interview_id is not None and interview_id == self.workspace.interview_id:
            self.workspace.reload_panel()
        self.refresh(select=interview_id)

    def show_failure(self, what: str, error: UserFacingError) -> None:
        """``what`` says, translated, what could not be done ("Could not open the interview")."""
        message = self.tr("{0}: {1}", "what failed: why").format(what, error_text(error))
        self.statusBar().showMessage(message, 15000)
        QMessageBox.warning(self, APP_NAME, as_html(message))  # the error may quote the user's input

    # ---- window life ---------------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([480, 720])
        scope = self.settings.value("list/scope", Scope.UPCOMING.value)
        self._scope = Scope(scope) if scope in {s.value for s in Scope} else Scope.UPCOMING
        self.scope_tabs.setCurrentIndex(SCOPES.index(self._scope))
        selected = self.settings.value("list/selected")
        try:
            self._selected_id = int(selected) if selected not in (None, "") else None
        except (TypeError, ValueError):
            self._selected_id = None

    def _save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())  # (a hidden list's width too)
        self.settings.setValue("list/scope", self._scope.value)
        self.settings.setValue("list/selected", "" if self._selected_id is None else self._selected_id)
        self.settings.sync()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.file_exchange.drag_enter(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self.file_exchange.drag_enter(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self.file_exchange.drop(event):
            super().dropEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._ready_emitted:
            self._ready_emitted = True
            QTimer.singleShot(0, self.ready.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_close():
            event.ignore()
            return
        self._save_window_state()
        event.accept()

    def confirm_close(self) -> bool:
        """Save everything now; if something cannot be saved the user decides: nothing is dropped silently."""
        buttons = QMessageBox.StandardButton
        while not self.saver.flush() or self.saver.has_unsaved():
            retryable = self.saver.state is SaveState.FAILED
            exportable = bool(unsaved_texts(self.saver.pending_values()))
            if retryable:
                question = (
                    self.tr("Try again, export the unsaved text to a file, or quit and lose it?")
                    if exportable
                    else self.tr("Try again, or quit and lose them?")
                )
            else:
                question = self.tr("Go back and fix them, or quit and lose them?")
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Not saved"),
                self.tr("Some changes are not saved:\n\n{0}\n\n{1}").format(self.saver.message, question),
                buttons.NoButton,
                self,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)  # the message can quote what the user typed
            if retryable:
                box.addButton(buttons.Retry)
            export = (
                box.addButton(self.tr("&Export Unsaved Text…"), QMessageBox.ButtonRole.ActionRole)
                if exportable
                else None
            )
            box.addButton(buttons.Discard)
            box.addButton(buttons.Cancel)
            box.setDefaultButton(buttons.Retry if retryable else buttons.Cancel)
            box.exec()
            clicked = box.clickedButton()
            if export is not None and clicked is export:
                if self.export_unsaved():
                    return True
                continue
            answer = box.standardButton(clicked) if clicked is not None else buttons.Cancel
            if answer == buttons.Discard:
                return True
            if answer != buttons.Retry:
                return False
        return True

    def export_unsaved(self) -> bool:
        """Write every text that could not be saved to a file the user picks; True once it is written."""
        texts = unsaved_texts(self.saver.pending_values())
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Unsaved Text"),
            str(Path.home() / self.tr("secondround-unsaved.txt", "a file name")),
            self.tr("Text (*.txt)"),
        )
        if not name:
            return False
        from secondround_desktop.core.files import write_text_atomically

        written = f"{datetime.now():%Y-%m-%d %H:%M}"
        lines = [self.tr("SecondRound: text that could not be saved, written {0}").format(written)]
        for heading, text in texts:
            lines += ["", f"== {heading} ==", text]
        try:
            write_text_atomically(Path(name), "\n".join(lines) + "\n")
        except UserFacingError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
            return False
        return True


def unsaved_texts(values: dict[Hashable, object]) -> list[tuple[str, str]]:
    """(heading, text) for each pending value that holds text, named after the key it is saved under."""
    found: list[tuple[str, str]] = []
    for key, value in values.items():
        heading = " ".join(str(part) for part in key) if isinstance(key, tuple) else str(key)
        if isinstance(value, str):
            found.append((heading, value))
        elif is_dataclass(value) and not isinstance(value, type):
            fields = asdict(value)
            found.append((heading, "\n".join(f"{name}: {fields[name]}" for name in fields)))
    return found
