"""Where SecondRound keeps its files.

By default the user data folder of the platform (platformdirs); ``--data-dir DIR`` or the environment
variable ``SECONDROUND_DATA_DIR`` put everything (database, backups, window state) in DIR instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "SECONDROUND_DATA_DIR"


# Here, not in core.db: asking for the path must not import the database layer (SQLAlchemy), which the
# app imports on one start-up thread while another checks this file.
DATABASE_FILENAME = "secondround.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def ui_state(self) -> Path:
        """Window geometry, splitters and last selection (an INI file beside the data)."""
        return self.data_dir / "ui-state.ini"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "secondround.log"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The explicit folder wins, then the environment variable, then the platform's user data folder."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return AppPaths(Path(chosen).expanduser().resolve())
    from platformdirs import user_data_path

    return AppPaths(user_data_path("SecondRound", appauthor=False))


def resource_path(*parts: str) -> Path:
    """A file shipped under resources/ (installed as the package secondround_desktop.resources)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # a PyInstaller bundle keeps them beside the executable
        return Path(bundle, "secondround_desktop", "resources", *parts)
    from importlib.resources import files

    return Path(str(files("secondround_desktop.resources"))).joinpath(*parts)
