"""Composition root: paths → database → migrations → services → QApplication → MainWindow."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType

from secondround_desktop import APP_ID, APP_NAME, __version__
from secondround_desktop.paths import AppPaths, resource_path

log = logging.getLogger(__name__)


def _setup_logging(paths: AppPaths) -> None:
    os.umask(0o077)  # every file and folder the app creates is the user's alone
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(paths.log_file, encoding="utf-8"))
    except OSError:
        pass  # the app still runs; the problem with the folder is reported when the database opens
    logging.basicConfig(
        level=logging.INFO, handlers=handlers, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)


def _install_excepthook(paths: AppPaths) -> None:
    """A bug in a slot must not kill the app silently nor show a raw traceback: log it, say so briefly."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                APP_NAME,
                f"Something went wrong inside SecondRound: {value}\n\n"
                f"Your saved notes are safe. Details are in {paths.log_file}.",
            )

    sys.excepthook = hook


def run_gui(paths: AppPaths, *, exit_when_ready: bool = False) -> int:
    """Start the desktop app; with ``exit_when_ready`` it quits once the window shows its filled list."""
    _setup_logging(paths)
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from secondround_desktop.core.db import open_database
    from secondround_desktop.core.errors import UserFacingError
    from secondround_desktop.core.interviews import InterviewService
    from secondround_desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "secondround.svg"))))
    apply_theme(app)
    _install_excepthook(paths)

    try:
        db = open_database(paths.database)
        service = InterviewService(db)
        service.purge_deleted()
    except UserFacingError as exc:
        log.error("cannot open the database: %s", exc)
        if not exit_when_ready:
            QMessageBox.critical(None, APP_NAME, str(exc))
        return 1

    from secondround_desktop.ui.main_window import MainWindow

    window = MainWindow(service, paths)
    if exit_when_ready:
        window.ready.connect(lambda: QTimer.singleShot(0, app.quit))
    app.aboutToQuit.connect(window.saver.flush)
    window.show()
    status = app.exec()
    db.close()
    return status
