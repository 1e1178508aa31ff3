"""Which process owns a data folder: the running app holds an OS lock on a file in it.

The lock is an advisory ``flock`` (``msvcrt.locking`` on Windows) that the operating system drops when
the process ends, however it ends, so a crash never leaves a stale lock that blocks the next start. A
second app on the same folder sees the lock and leaves the database alone; ``check --repair`` refuses
while it is held. Headless commands that only read or write through SQLite do not need it: SQLite's own
locking (WAL) lets them work while the app runs.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

LOCK_FILENAME = "secondround.lock"


def instance_key(data_dir: Path) -> str:
    """A short name for (this user, this data folder): two folders, or two users, never share one."""
    import hashlib  # 5 ms to import: not before the window's first paint, where the lock is taken

    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()
    return f"secondround-{digest[:24]}"


class InstanceLock:
    """The lock on one data folder. ``acquire()`` never waits: it answers whether this process has it."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._descriptor: int | None = None
        self.path: Path | None = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def candidates(self) -> Iterator[Path]:
        # A read-only data folder cannot hold a new lock file; a per-folder name in the temp folder can.
        yield self.data_dir / LOCK_FILENAME
        yield Path(tempfile.gettempdir()) / f"{instance_key(self.data_dir)}.lock"

    def acquire(self) -> bool:
        if self._descriptor is not None:
            return True
        # A folder that cannot be made: the temp folder's lock still tells processes apart.
        with contextlib.suppress(OSError):
            self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        for path in self.candidates():
            descriptor = _open_lock_file(path)
            if descriptor is None:
                continue
            if not _try_lock(descriptor):
                os.close(descriptor)
                return False
            self._descriptor, self.path = descriptor, path
            _note_owner(descriptor)
            return True
        # No lock file can be made anywhere: go on unlocked rather than refuse to start.
        log.warning(
            "no lock file could be created for %s; not guarding against a second instance", self.data_dir
        )
        return True

    def release(self) -> None:
        if self._descriptor is None:
            return
        descriptor, self._descriptor = self._descriptor, None
        try:
            _unlock(descriptor)
        finally:
            os.close(descriptor)


def _open_lock_file(path: Path) -> int | None:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        pass
    try:  # an existing lock file in a folder that became read-only can still be locked
        return os.open(path, os.O_RDONLY)
    except OSError:
        return None


if sys.platform == "win32":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        os.lseek(descriptor, 0, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

    def _note_owner(_descriptor: int) -> None:
        pass  # the locked byte cannot be written to by others on Windows; nothing to note

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)

    def _note_owner(descriptor: int) -> None:
        # For a person looking at the folder: which process holds it. Nothing reads this back.
        try:
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass
