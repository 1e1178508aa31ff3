"""The search index's upkeep in idle moments: its b-trees are merged a step at a time once writing pauses.

Writes no longer merge them (a merge inside an autosave froze typing for up to 0.3 s on a long history;
see core.search.merge_step), so the app does it here: some seconds after the last write, one small
step per turn of the event loop until nothing is left, and it stops as soon as the user writes again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import StorageError

log = logging.getLogger(__name__)

QUIET_MS = 3000  # after the last write: the user has paused
STEP_GAP_MS = 5  # between steps: input and paint events come first


class IndexUpkeep(QObject):
    def __init__(self, db: Database, parent: QObject | None = None, quiet_ms: int = QUIET_MS) -> None:
        super().__init__(parent)
        self._db = db
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(quiet_ms)
        self._quiet.timeout.connect(self._step)
        self._next_step = QTimer(self)
        self._next_step.setSingleShot(True)
        self._next_step.setInterval(STEP_GAP_MS)
        self._next_step.timeout.connect(self._step)
        self.steps_done = 0  # merge steps that found work, since the window opened

    def wrote(self, *_what: object) -> None:
        """Something was written: start (again) to wait for a pause; a merge under way waits too."""
        self._next_step.stop()
        self._quiet.start()

    def is_pending(self) -> bool:
        return self._quiet.isActive() or self._next_step.isActive()

    def _step(self) -> None:
        from secondround_desktop.core.search import merge_step

        try:
            more = merge_step(self._db)
        except StorageError as exc:
            # Locked by a backup, disk full, read-only: nothing is lost, the next write tries again.
            log.info("search index merge put off: %s", exc)
            return
        except Exception:
            # The index is derived data: `secondround check` and a rebuild mend it; the user's work is safe.
            log.exception("search index merge failed")
            return
        if more:
            self.steps_done += 1
            self._next_step.start()
