"""Files in and out of the main window: calendar invites (.ics) and exports (.json) opened from the File
menu or dropped on the window, and interviews written out as a calendar file or as Markdown.

The work is done by the core (``core.ics``, ``core.exchange``, ``core.markdown_export``); this module
only asks for file names, reports the result, and refreshes the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.ui.texts import error_text, translated

if TYPE_CHECKING:
    from secondround_desktop.core.ics import CalendarImportSummary
    from secondround_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DROPPABLE_SUFFIXES = (".ics", ".ical", ".json")


def _safe_filename(name: str) -> str:
    return "".join("-" if ch in '/\\:*?"<>|' else ch for ch in name).strip() or "secondround"


def system_zone_name() -> str:
    """This computer's IANA time zone, as Qt knows it on every platform."""
    from PySide6.QtCore import QTimeZone

    return bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local .ics and .json files among dropped URLs; empty if anything else is in the drop."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if not paths or len(paths) != len(mime.urls()):
        return []
    if any(path.suffix.lower() not in DROPPABLE_SUFFIXES for path in paths):
        return []
    return paths


class FileExchange(QObject):
    """The File menu's import and export actions beyond JSON, and drops on the main window."""

    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.import_calendar_action = self._action(
            self.tr("Import Calendar In&vite…"), self.import_calendar, "importCalendarAction"
        )
        self.export_calendar_action = self._action(
            self.tr("Selected Interview…"), self.export_calendar_selected, "exportCalendarAction"
        )
        self.export_upcoming_action = self._action(
            self.tr("All Upcoming Interviews…"), self.export_calendar_upcoming, "exportUpcomingCalendarAction"
        )
        self.export_markdown_action = self._action(
            self.tr("Selected Interview…"), self.export_markdown_selected, "exportMarkdownAction"
        )
        self.export_all_markdown_action = self._action(
            self.tr("Everything…"), self.export_markdown_all, "exportAllMarkdownAction"
        )
        file_menu.addAction(self.import_calendar_action)
        self.calendar_menu = file_menu.addMenu(self.tr("Export to Ca&lendar (.ics)"))
        self.calendar_menu.setObjectName("exportCalendarMenu")
        self.calendar_menu.addActions([self.export_calendar_action, self.export_upcoming_action])
        self.markdown_menu = file_menu.addMenu(self.tr("Export as &Markdown"))
        self.markdown_menu.setObjectName("exportMarkdownMenu")
        self.markdown_menu.addActions([self.export_markdown_action, self.export_all_markdown_action])
        window.setAcceptDrops(True)

    def _action(self, text: str, slot: Callable[[], None], name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    # ---- import ----------------------------------------------------------------------------------

    def import_calendar(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import Calendar Invite"),
            str(Path.home()),
            self.tr("Calendar invites (*.ics *.ical);;All files (*)"),
        )
        if names:
            self.import_files([Path(name) for name in names])

    def import_files(self, paths: Sequence[Path]) -> None:
        """Import calendar invites and JSON exports; each file is all or nothing, failures are listed."""
        from secondround_desktop.core.exchange import import_file
        from secondround_desktop.core.ics import import_calendar, is_calendar_file

        self.window.saver.flush()
        reports: list[str] = []
        failures: list[str] = []
        select: int | None = None
        zone_name = system_zone_name()
        for path in paths:
            try:
                if is_calendar_file(path):
                    summary = import_calendar(self.window.service.db, path, zone_name)
                    reports.append(self._calendar_report(path.name, summary))
                    if select is None and summary.interview_ids:
                        select = summary.interview_ids[0]
                else:
                    counts = import_file(self.window.service.db, path)
                    reports.append(
                        self.tr("{0}: %n interviews imported.", "", counts.interviews).format(path.name)
                    )
            except UserFacingError as exc:
                failures.append(error_text(exc))
        if len(failures) < len(paths):
            self.window.undo_stack.clear()  # undo history may refer to rows the import changed
            self.window.refresh(select=select)
            if select is not None and self.window.list_model.row_of(select) is None:
                self._show_scope_of(select)
        self.window.statusBar().showMessage(" ".join(reports), 15000)
        if failures:
            QMessageBox.warning(
                self.window,
                self.tr("Import failed"),
                self.tr("Nothing was imported from these files:\n\n{0}").format("\n\n".join(failures)),
            )

    def _calendar_report(self, name: str, summary: CalendarImportSummary) -> str:
        counts = [
            self.tr("%n added", "", len(summary.added)) if summary.added else "",
            self.tr("%n updated", "", len(summary.updated)) if summary.updated else "",
            self.tr("%n already up to date", "", len(summary.unchanged)) if summary.unchanged else "",
            self.tr("%n marked cancelled", "", len(summary.cancelled)) if summary.cancelled else "",
        ]
        done = ", ".join(count for count in counts if count)
        if done:
            report = self.tr("Interviews from {0}: {1}.").format(name, done)
        else:
            report = self.tr("No interview imported from {0}.").format(name)
        return " ".join([report, *(translated(note) for note in summary.notes)])

    def _show_scope_of(self, interview_id: int) -> None:
        """An imported interview in the other list (past or upcoming): switch to it and select it."""
        from secondround_desktop.core.interviews import Scope

        for scope in (Scope.UPCOMING, Scope.PAST):
            if interview_id in {row.id for row in self.window.service.list_interviews(scope)}:
                self.window.find_field.clear()
                self.window.set_scope(scope)
                self.window.refresh(select=interview_id)
                return

    # ---- drops -----------------------------------------------------------------------------------

    def drag_enter(self, event: QDragEnterEvent | QDragMoveEvent) -> bool:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
            return True
        return False

    def drop(self, event: QDropEvent) -> bool:
        paths = dropped_files(event.mimeData())
        if not paths:
            return False
        event.acceptProposedAction()
        self.import_files(paths)
        return True

    # ---- export ----------------------------------------------------------------------------------

    def _selected(self) -> int | None:
        interview_id = self.window.selected_interview()
        if interview_id is None:
            self.window.statusBar().showMessage(self.tr("Select an interview first."), 5000)
        return interview_id

    def _ready_to_export(self) -> bool:
        if self.window.saver.flush():
            return True
        QMessageBox.warning(
            self.window,
            self.tr("Export"),
            self.tr("Some changes are not saved yet: {0}").format(self.window.saver.message),
        )
        return False

    def file_title(self, interview_id: int) -> str:
        """The name a file about one interview is offered under: "Acme - Engineer, round 2"."""
        detail = self.window.service.get(interview_id)
        return self.tr("{0} - {1}, round {2}", "a file name").format(
            detail.company, detail.role, detail.round_number
        )

    def export_calendar_selected(self) -> None:
        interview_id = self._selected()
        if interview_id is None or not self._ready_to_export():
            return
        self._export_calendar([interview_id], f"{self.file_title(interview_id)}.ics")

    def export_calendar_upcoming(self) -> None:
        from secondround_desktop.core.ics import upcoming_interview_ids

        if not self._ready_to_export():
            return
        ids = upcoming_interview_ids(self.window.service)
        if not ids:
            self.window.statusBar().showMessage(self.tr("There are no upcoming interviews to export."), 5000)
            return
        self._export_calendar(ids, self.tr("secondround-upcoming.ics", "a file name"))

    def _export_calendar(self, ids: Iterable[int], suggested: str) -> None:
        from secondround_desktop.core.ics import export_calendar

        wanted = list(ids)
        self._save(
            self.tr("Export to Calendar"),
            suggested,
            self.tr("Calendar (*.ics)"),
            ".ics",
            lambda: export_calendar(self.window.service, self.window.prep, wanted),
            self.tr("Exported %n interviews to {0}. Open the file with your calendar app.", "", len(wanted)),
        )

    def export_markdown_selected(self) -> None:
        from secondround_desktop.core.markdown_export import interview_markdown

        interview_id = self._selected()
        if interview_id is None or not self._ready_to_export():
            return
        self._save(
            self.tr("Export as Markdown"),
            f"{self.file_title(interview_id)}.md",
            self.tr("Markdown (*.md)"),
            ".md",
            lambda: interview_markdown(self.window.service.db, interview_id, self.window.prep.playbook),
            self.tr("Exported the interview to {0}."),
        )

    def export_markdown_all(self) -> None:
        from secondround_desktop.core.markdown_export import all_markdown

        if not self._ready_to_export():
            return
        self._save(
            self.tr("Export Everything as Markdown"),
            self.tr("secondround-interviews.md", "a file name"),
            self.tr("Markdown (*.md)"),
            ".md",
            lambda: all_markdown(self.window.service.db, self.window.prep.playbook),
            self.tr("Exported everything to {0}."),
        )

    def _save(
        self, caption: str, suggested: str, filters: str, suffix: str, make: Callable[[], str], done: str
    ) -> None:
        from secondround_desktop.core.files import write_text_atomically

        name, _ = QFileDialog.getSaveFileName(
            self.window, caption, str(Path.home() / _safe_filename(suggested)), filters
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
        try:
            write_text_atomically(path, make())
        except UserFacingError as exc:
            QMessageBox.warning(self.window, self.tr("Export failed"), error_text(exc))
            return
        self.window.statusBar().showMessage(done.format(path.name), 8000)
