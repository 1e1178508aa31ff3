"""Search Everything, Review and Reuse, wired into the main window in one place.

The main window creates one ReviewFeatures after its own actions and signals are set up; everything the
features need from it is public (its service, workspace, saver, undo stack, ``open_tab``), so the window
itself stays as it is. A request from the search panel or the review window is decided here: which
interview, which tab, which field.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QTextEdit,
    QWidget,
)

from secondround_desktop.core.review import CopyResult
from secondround_desktop.core.search import Place, fold
from secondround_desktop.ui.reuse import CopyFromPastCommand, ReuseDialog
from secondround_desktop.ui.review_view import ReviewWindow
from secondround_desktop.ui.search_view import SearchPanel

if TYPE_CHECKING:
    from secondround_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

REFRESH_MS = 300  # after a save or an undo, the open views follow once the burst of writes is over
# Narrower than this, the workspace's overview no longer has its form and notes side by side.
WORKSPACE_COMFORTABLE_WIDTH = 620


class ReviewFeatures(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.service.db
        self.panel = SearchPanel(self.db)
        self.dock = QDockWidget(self.tr("Search Everything"), window)
        self.dock.setObjectName("searchDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.dock.setMinimumWidth(340)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.review: ReviewWindow | None = None  # made when first opened
        self._dock_sized = False
        self._list_made_way = False
        self.dock.visibilityChanged.connect(self._on_dock_visibility)

        self.search_action = self._action(self.tr("&Search Everything…"), self.show_search, "Ctrl+K")
        self.search_action.setObjectName("searchEverythingAction")
        self.review_action = self._action(self.tr("&Review Past Interviews"), self.show_review, "Ctrl+3")
        self.review_action.setObjectName("reviewAction")
        self.reuse_action = self._action(
            self.tr("Reuse Prep from a &Past Interview…"), self.reuse_into_selected, "Ctrl+Shift+R"
        )
        self.reuse_action.setObjectName("reuseAction")
        menu = QMenu(self.tr("&Review"), window)
        menu.setObjectName("reviewMenu")
        menu.addActions([self.search_action, self.review_action])
        menu.addSeparator()
        menu.addAction(self.reuse_action)
        bar = window.menuBar()
        menus = bar.actions()
        if menus:  # before Help, which stays last
            bar.insertMenu(menus[-1], menu)
        else:
            bar.addMenu(menu)
        for action in (self.search_action, self.review_action, self.reuse_action):
            window.addAction(action)

        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._on_refresh_due)
        self.panel.openRequested.connect(self._on_open_requested)
        self.panel.closeRequested.connect(self._on_close_requested)
        window.saver.written.connect(self._on_data_changed)
        window.undo_stack.indexChanged.connect(self._on_data_changed)

    def _action(self, text: str, slot: object, shortcut: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # ---- search --------------------------------------------------------------------------------

    def show_search(self) -> None:
        self.panel.reload_companies(self.window.service.companies())
        if not self.dock.isVisible() and not self._dock_sized:
            self._dock_sized = True
            self.window.resizeDocks([self.dock], [370], Qt.Orientation.Horizontal)
        opening = self.dock.isHidden()
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_query()
        if self.panel.query.text().strip():
            self.panel.run()
        if opening:
            QTimer.singleShot(0, self._make_room)  # once the dock has taken its width

    def _make_room(self) -> None:
        """On a window too narrow for the search, the list and the workspace side by side (the default
        size is), the list makes way while the search is open: its results lead to the interviews. It
        comes back when the search closes, or when the user goes to it (Ctrl+F, Ctrl+L)."""
        narrow = self.window.right.width() < WORKSPACE_COMFORTABLE_WIDTH
        if self.dock.isVisible() and self.window.list_pane.isVisible() and narrow:
            self.window.list_pane.hide()
            self._list_made_way = True

    def _on_dock_visibility(self, visible: bool) -> None:
        if not visible and self.dock.isHidden() and self._list_made_way:
            self._list_made_way = False
            self.window.list_pane.show()

    def _on_close_requested(self) -> None:
        self.dock.hide()
        self.window.focus_list()

    def _on_open_requested(self, interview_id: int, place: str, words: list[str]) -> None:
        self.open_at(interview_id, Place(place), words)

    def open_at(self, interview_id: int, place: Place, words: Sequence[str] = ()) -> bool:
        """Select the interview in the list and show it at ``place``, the cursor on the first match.

        False when the interview could not be opened (the user chose to stay with unsaved details).
        """
        workspace = self.window.workspace
        tab = self._tab_for(place)
        self.window.open_tab(interview_id, tab)
        if self.window.selected_interview() != interview_id or workspace.interview_id != interview_id:
            return False
        if place.value.startswith("prep:") and workspace.prep is not None and tab is workspace.prep:
            keys = [page.step.key for page in workspace.prep.pages]
            step = place.value.split(":", 1)[1]
            if step in keys:
                workspace.prep.go_to(keys.index(step))
        self._focus(place, tab, words)
        return True

    def _tab_for(self, place: Place) -> QWidget:
        workspace = self.window.workspace
        overview = workspace.tabs.widget(0)
        assert overview is not None  # the Overview tab is always there, first
        prep: QWidget | None = workspace.prep
        # The debrief and follow-up tabs are optional parts of the workspace; without them a hit opens
        # where its text can still be seen.
        debrief: QWidget | None = getattr(workspace, "debrief", None)
        follow_ups: QWidget | None = getattr(workspace, "followups", None)
        if place.value.startswith("prep:"):
            return prep or overview
        if place is Place.DEBRIEF:
            return debrief or prep or overview
        if place is Place.FOLLOW_UPS:
            return follow_ups or overview
        return overview

    def _focus(self, place: Place, tab: QWidget, words: Sequence[str]) -> None:
        workspace = self.window.workspace
        if place is Place.NOTES:
            _focus_editor(workspace.notes, words)
            return
        if place is Place.PANEL:
            _focus_table(workspace.panel.table, words)
            return
        if place is Place.DETAILS:
            form = workspace.form
            for field in (form.location, form.company, form.role):
                if _contains(field.text(), words):
                    _focus_editor(field, words)
                    return
            form.company.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        # A tab that was just filled shows its new rows through queued calls; run them, so that the rows
        # are visible (and can take the focus) now.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        scope = tab
        if workspace.prep is not None and tab is workspace.prep:
            scope = workspace.prep.stack.currentWidget() or tab
        for editor in scope.findChildren(QWidget):
            if isinstance(editor, QLineEdit | QPlainTextEdit | QTextEdit) and editor.isVisibleTo(scope):
                text = editor.toPlainText() if not isinstance(editor, QLineEdit) else editor.text()
                if _contains(text, words):
                    _focus_editor(editor, words)
                    return
        tab.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- review --------------------------------------------------------------------------------

    def show_review(self) -> None:
        if self.review is None:
            self.review = ReviewWindow(self.db, self.window)
            self.review.openInterviewRequested.connect(self._on_review_open)
            self.review.reuseRequested.connect(self.reuse_into_selected)
        self.review.refresh()
        self.review.show()
        self.review.raise_()
        self.review.activateWindow()

    def _on_review_open(self, interview_id: int) -> None:
        if self.open_at(interview_id, Place.DETAILS):
            self.window.raise_()
            self.window.activateWindow()

    # ---- reuse ---------------------------------------------------------------------------------

    def reuse_into_selected(self, source_id: int | None = None) -> None:
        """Copy a past interview's prep into the interview selected in the main window."""
        target = self.window.selected_interview()
        if target is None or self.window.workspace.interview_id != target:
            self.window.statusBar().showMessage(
                self.tr("Select the interview to copy into first, then choose Reuse Prep."), 6000
            )
            return
        if source_id == target:
            self.window.statusBar().showMessage(self.tr("Choose another interview to copy from."), 6000)
            return
        self.window.saver.flush()
        label = self.window.workspace.title.text()
        dialog = ReuseDialog(self.db, target, label, source_id if source_id else None, self.window)
        if dialog.exec() != ReuseDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is None:
            return
        source, parts = chosen
        command = CopyFromPastCommand(
            self.db, source, target, parts, self._after_copy, self.window.show_failure
        )
        self.window.undo_stack.push(command)
        # After the push: the window clears the status bar whenever the undo stack moves.
        if command.result is not None and command.result.count:
            self.window.statusBar().showMessage(
                self.tr("Copied %n items. Press Ctrl+Z to undo.", "", command.result.count), 8000
            )
        elif command.result is not None:
            self.window.statusBar().showMessage(self.tr("Nothing new to copy."), 6000)

    def _after_copy(self, result: CopyResult) -> None:
        self.window.after_change(result.target_id)

    # ---- keeping the views current -------------------------------------------------------------

    def _on_data_changed(self, *_args: object) -> None:
        if self.dock.isVisible() or (self.review is not None and self.review.isVisible()):
            self._refresh.start()

    def _on_refresh_due(self) -> None:
        if self.dock.isVisible():
            self.panel.rerun()
        if self.review is not None and self.review.isVisible():
            self.review.mark_stale()


def _contains(text: str, words: Sequence[str]) -> bool:
    folded = fold(text)
    return any(fold(word) in folded for word in words if word)


def _focus_editor(editor: QLineEdit | QPlainTextEdit | QTextEdit, words: Sequence[str]) -> None:
    """Focus the editor with the first matching word selected, scrolled into view."""
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
    folded = fold(text)
    # Folding can change lengths (a decomposed accent); the match is then only approximately placed.
    for word in words:
        start = folded.find(fold(word)) if word else -1
        if start < 0:
            continue
        if isinstance(editor, QLineEdit):
            editor.setSelection(start, len(word))
        else:
            cursor = editor.textCursor()
            cursor.setPosition(min(start, len(text)))
            cursor.setPosition(min(start + len(word), len(text)), QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            editor.ensureCursorVisible()
        break
    _scroll_to(editor)


def _focus_table(table: QTableView, words: Sequence[str]) -> None:
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    model = table.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if _contains(str(model.index(row, column).data() or ""), words):
                table.setCurrentIndex(model.index(row, column))
                table.scrollTo(model.index(row, column), QAbstractItemView.ScrollHint.EnsureVisible)
                return


def _scroll_to(widget: QWidget) -> None:
    """Scroll the nearest scroll area to the widget, once the tab just filled has its layout."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return
    area = parent

    def scroll() -> None:
        with contextlib.suppress(RuntimeError):  # the tab was refilled meanwhile: nothing to scroll to
            area.ensureWidgetVisible(widget, 20, 40)

    QTimer.singleShot(0, scroll)
