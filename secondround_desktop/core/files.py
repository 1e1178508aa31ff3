"""Writing user files safely: a whole new file or the old one, never half of each."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from secondround_desktop.core.errors import StorageError, storage_error_from


def write_text_atomically(path: Path, text: str, mode: int = 0o600) -> None:
    """Write ``text`` to a temporary file beside ``path``, flush it to disk, then rename it into place."""
    path = path.expanduser()
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise storage_error_from(exc) or StorageError(str(exc)) from exc
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).chmod(mode)
        Path(temporary).replace(path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise storage_error_from(exc) or StorageError(str(exc)) from exc
