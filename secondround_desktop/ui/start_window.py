"""The app's top-level window, on screen from the first moment, and the loading done behind it.

Building the main window takes the whole app: SQLAlchemy, the models, every screen, and the database
opened and checked, about a second on a modest machine. This window needs only Qt, so it shows in the
time a bare Qt window takes, at the size and place the user left it; the main window is built meanwhile
and then hosted inside it, so there is one window throughout. Its title gains its final form (the
main window's own) once the main window is in: scripts waiting for "SecondRound" wait for a usable app.

This module imports nothing from the core: importing it must stay as quick as importing Qt.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from secondround_desktop import APP_NAME

log = logging.getLogger(__name__)

GEOMETRY_KEY = "window/geometry"  # the main window's key in ui-state.ini: this window owns the geometry
FIRST_START_SIZE = (1200, 760)
SMALLEST_RESTORED_SIZE = (800, 560)  # a window left smaller than this comes back this large (screen allowing)


class StartWindow(QMainWindow):
    """Shows at once, then hosts the main window; closing it closes the main window first."""

    def __init__(self, state_file: Path) -> None:
        super().__init__()
        self.setObjectName("startWindow")
        # Not yet the app's own title (scripts wait for that one to find a usable app), nor translated.
        self.setWindowTitle(f"{APP_NAME} …")
        self._settings = QSettings(str(state_file), QSettings.Format.IniFormat)
        geometry = self._settings.value(GEOMETRY_KEY)
        if geometry is not None and self.restoreGeometry(geometry):
            self._grow_to_usable()
        else:
            self.resize(*FIRST_START_SIZE)
        self.hosted: QMainWindow | None = None

    def _grow_to_usable(self) -> None:
        """Where it was left, but never so small that the lists and the notes have no room: a window
        dragged down to a sliver came back as one, with no sign of what it holds."""
        if self.isMaximized() or self.isFullScreen():
            return
        room = self.screen().availableGeometry().size()
        width = max(self.width(), min(SMALLEST_RESTORED_SIZE[0], room.width()))
        height = max(self.height(), min(SMALLEST_RESTORED_SIZE[1], room.height()))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def show_waiting(self) -> None:
        """Say what is happening (once the translations are in: the first frame comes before them)."""
        if self.hosted is not None:
            return
        self.setWindowTitle(self.tr("{0} — opening…").format(APP_NAME))
        waiting = QLabel(self.tr("Opening your interviews…"))
        waiting.setObjectName("startWaiting")
        waiting.setEnabled(False)  # the palette's quiet text colour
        centre = QWidget()
        rows = QVBoxLayout(centre)
        columns = QHBoxLayout()
        columns.addStretch(1)
        columns.addWidget(waiting)
        columns.addStretch(1)
        rows.addStretch(1)
        rows.addLayout(columns)
        rows.addStretch(1)
        self.setCentralWidget(centre)

    def host(self, window: QMainWindow) -> None:
        """Show ``window`` inside: from now on it is the app; its title is this window's title."""
        self.hosted = window
        self.setCentralWidget(window)  # also deletes the waiting label
        self.setWindowTitle(window.windowTitle())
        window.windowTitleChanged.connect(self.setWindowTitle)
        window.installEventFilter(self)
        window.show()
        focus = window.focusWidget()
        if focus is not None:
            from PySide6.QtCore import Qt

            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.hosted and event.type() == QEvent.Type.Close:
            # The main window closes itself (File ▸ Quit): once it has accepted, this window follows.
            QTimer.singleShot(0, self._follow_hosted)
        return False

    def _follow_hosted(self) -> None:
        if self.hosted is not None and self.hosted.isHidden():
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        hosted = self.hosted
        # The main window decides (it saves, and may ask); a hidden one has already closed.
        if hosted is not None and not hosted.isHidden() and not hosted.close():
            event.ignore()
            return
        # The main window saved its state as a child widget; the geometry to keep is this window's.
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.sync()
        event.accept()


class BackgroundStart(QObject):
    """Runs start-up work on other threads while the window shows; ``finished`` arrives on this thread.

    Each job runs on its own thread, so that a job spent in SQLite (which lets go of Python's lock)
    overlaps one spent in Python. A job's exception is kept for the GUI thread to raise.
    """

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results: dict[str, Any] = {}
        self.error: BaseException | None = None
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._pending = 0

    def start(self, jobs: dict[str, Callable[[], Any]]) -> None:
        self._pending = len(jobs)
        for name, job in jobs.items():
            thread = threading.Thread(target=self._run, args=(name, job), name=f"start-{name}")
            self._threads.append(thread)
            thread.start()

    def _run(self, name: str, job: Callable[[], Any]) -> None:
        try:
            result = job()
        except BaseException as exc:  # handed to the GUI thread, which decides what it means
            with self._lock:
                self.error = self.error or exc
        else:
            with self._lock:
                self.results[name] = result
        with self._lock:
            self._pending -= 1
            last = self._pending == 0
        if last:
            self.finished.emit()  # queued to the GUI thread

    def wait(self) -> None:
        """Wait for every job (e.g. when the window was closed while loading)."""
        for thread in self._threads:
            thread.join()


def report_first_paint(widget: QWidget, report: Callable[[], None]) -> None:
    """Call ``report`` at the widget's first paint event."""

    class Reporter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                report()
            return False

    widget.installEventFilter(Reporter(widget))


def freeze_startup_heap() -> None:
    """Leave what start-up built out of Python's full garbage collections.

    Those walk every object alive; with the modules, models and widgets of a started app that is a pause
    of 50 to 100 ms on the GUI thread, now and then, whatever the user is doing. What exists once the
    main window is built lives as long as the app does (reference counting still frees it).
    """
    gc.freeze()
