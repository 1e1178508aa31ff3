"""The saving rule of every editor: saved shortly after the user pauses, at once on leaving, never lost.

Editors hand the manager a *write* — a closure that holds the value to save — under a key naming what is
edited. The latest write per key wins. Writes run after a short pause, or at once on ``flush()`` (when the
user switches item, closes the window or quits). A write that fails for an environmental reason stays
pending, the indicator says why, and it is retried until it succeeds: the text is never dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from secondround_desktop.core.errors import StorageError, ValidationError
from secondround_desktop.ui.texts import error_text, translated

log = logging.getLogger(__name__)

Write = Callable[[], None]

PAUSE_MS = 600  # saved within a second of the user pausing
MAX_WAIT_MS = 800  # and during non-stop typing at least this often: a crash loses under a second
RETRY_MS = (1000, 2000, 5000, 10000)


class SaveState(Enum):
    SAVED = "saved"
    SAVING = "saving"
    FAILED = "failed"  # a write failed; it is kept and retried
    INVALID = "invalid"  # the editor holds input that cannot be saved until the user fixes it


class SaveManager(QObject):
    stateChanged = Signal(object, str)  # SaveState, message for the user
    written = Signal(object)  # the key whose write just reached the database

    def __init__(
        self, parent: QObject | None = None, pause_ms: int = PAUSE_MS, max_wait_ms: int = MAX_WAIT_MS
    ) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, Write] = {}
        self._values: dict[Hashable, object] = {}
        self._invalid: dict[Hashable, str] = {}
        self._failure = ""
        self._retries = 0
        self._state = SaveState.SAVED
        self._message = ""
        # Booleans are set through setters: PySide6 mishandles bool keyword properties in constructors.
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(pause_ms)
        self._pause.timeout.connect(self.flush)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(max_wait_ms)
        self._max_wait.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.flush)

    # ---- what editors call ---------------------------------------------------------------------

    def schedule(self, key: Hashable, write: Write, *, value: object = None, immediate: bool = False) -> None:
        """Queue the latest write for ``key``; it runs after a pause, or now when immediate.

        ``value`` is what the write will store, so that an editor reopened before the write succeeded
        shows the user's latest text rather than the older one in the database.
        """
        self._invalid.pop(key, None)
        self._pending[key] = write
        self._values[key] = value
        if immediate:
            self.flush()
            return
        if not self._retry.isActive():
            self._pause.start()
            if not self._max_wait.isActive():
                self._max_wait.start()
        self._publish()

    def mark_invalid(self, key: Hashable, message: str) -> None:
        """The editor for ``key`` holds input that cannot be saved; nothing of it is written.

        ``message`` may be a core text (core.texts): it is kept in the app's language.
        """
        self._pending.pop(key, None)
        self._values.pop(key, None)
        self._invalid[key] = translated(message)
        self._publish()

    def clear_invalid(self, key: Hashable) -> None:
        if self._invalid.pop(key, None) is not None:
            self._publish()

    def discard(self, key: Hashable) -> None:
        """Forget what is queued or invalid for ``key`` (the user chose to drop it)."""
        self._pending.pop(key, None)
        self._values.pop(key, None)
        self._invalid.pop(key, None)
        self._publish()

    def flush(self) -> bool:
        """Write everything pending now. True when nothing is left unsaved (invalid input aside)."""
        self._pause.stop()
        self._max_wait.stop()
        self._retry.stop()
        failure = ""
        for key in list(self._pending):
            write = self._pending[key]
            try:
                write()
            except StorageError as exc:
                failure = error_text(exc)
                break  # the same cause would fail the rest; keep them all for the retry
            except ValidationError as exc:
                # Cannot succeed by retrying; keep the user's input visible as invalid.
                del self._pending[key]
                self._values.pop(key, None)
                self._invalid[key] = error_text(exc)
                continue
            except Exception:
                log.exception("saving %r failed unexpectedly", key)
                failure = self.tr("An unexpected error happened (details are in the log).")
                break
            if self._pending.get(key) is write:
                del self._pending[key]
                self._values.pop(key, None)
            self.written.emit(key)
        self._failure = failure
        if failure:
            delay = RETRY_MS[min(self._retries, len(RETRY_MS) - 1)]
            self._retries += 1
            self._retry.start(delay)
        else:
            self._retries = 0
        self._publish()
        return not self._pending

    # ---- what the window asks ------------------------------------------------------------------

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def message(self) -> str:
        return self._message

    def has_unsaved(self) -> bool:
        return bool(self._pending or self._invalid)

    def invalid_message(self, key: Hashable) -> str | None:
        return self._invalid.get(key)

    def pending_value(self, key: Hashable) -> object:
        """The value a queued write for ``key`` will store, or None when nothing is queued."""
        return self._values.get(key) if key in self._pending else None

    def pending_values(self) -> dict[Hashable, object]:
        """Every queued write's value by key (None where the editor gave none), e.g. to export on quit."""
        return {key: self._values.get(key) for key in self._pending}

    def _publish(self) -> None:
        if self._failure and self._pending:
            state, message = SaveState.FAILED, self.tr("Not saved — {0} Retrying…").format(self._failure)
        elif self._invalid:
            state = SaveState.INVALID
            message = self.tr("Not saved — {0}").format(next(iter(self._invalid.values())))
        elif self._pending:
            state, message = SaveState.SAVING, self.tr("Saving…")
        else:
            state, message = SaveState.SAVED, self.tr("Saved")
        if (state, message) != (self._state, self._message):
            self._state, self._message = state, message
            self.stateChanged.emit(state, message)
