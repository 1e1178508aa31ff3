"""The automatic backups while the app runs: at start (once a day), every 30 minutes and on quit.

The last two only when something changed since the previous backup, which ``core.backup.ChangeWatcher``
tells from the database connections themselves, whatever part of the app wrote. The backups are made
and thinned by ``core.backup``; a failure is logged and reported, never raised into the event loop.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from secondround_desktop.core.backup import AUTO_LABEL, ChangeWatcher, backup_due_today, take_backup
from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.ui.texts import error_text

log = logging.getLogger(__name__)

INTERVAL_MS = 30 * 60 * 1000
START_DELAY_MS = 2000


class AutoBackup(QObject):
    backedUp = Signal(object)  # Path of the new backup
    failed = Signal(str)  # why a backup could not be made

    def __init__(
        self,
        db: Database,
        *,
        back_up_at_start: bool = True,
        interval_ms: int = INTERVAL_MS,
        start_delay_ms: int = START_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._watcher = ChangeWatcher(db.engine)
        self._backed_up = self._watcher.generation
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_interval)
        self._timer.start()
        if back_up_at_start:
            # A moment after the start, so that the window shows and fills first.
            QTimer.singleShot(start_delay_ms, self._on_start)

    def changed_since_backup(self) -> bool:
        return self._watcher.generation != self._backed_up

    def back_up(self) -> Path | None:
        generation = self._watcher.generation
        try:
            made = take_backup(self.db.path, label=AUTO_LABEL)
        except UserFacingError as exc:
            log.warning("automatic backup failed: %s", exc)
            self.failed.emit(error_text(exc))
            return None
        self._backed_up = generation
        self.backedUp.emit(made)
        return made

    def on_quit(self) -> None:
        self._timer.stop()
        if self.changed_since_backup():
            self.back_up()

    def _on_start(self) -> None:
        if backup_due_today(self.db.path):
            self.back_up()

    def _on_interval(self) -> None:
        if self.changed_since_backup():
            self.back_up()
