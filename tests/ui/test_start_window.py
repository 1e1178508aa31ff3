"""The start window: a bare first frame, then the waiting text, then the main window inside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from secondround_desktop import APP_NAME
from secondround_desktop.ui.start_window import StartWindow


def test_first_frame_then_waiting_text_then_the_app(qtbot: QtBot, tmp_path: Path) -> None:
    shell = StartWindow(tmp_path / "ui-state.ini")
    qtbot.addWidget(shell)
    # The first frame: nothing that needs the translations yet, and not the app's own title, for which
    # scripts wait to find a usable app.
    assert shell.windowTitle() == f"{APP_NAME} …"
    assert shell.findChild(QLabel, "startWaiting") is None
    shell.show()
    qtbot.waitExposed(shell)

    shell.show_waiting()
    waiting = shell.findChild(QLabel, "startWaiting")
    assert waiting is not None and waiting.text() == "Opening your interviews…"
    assert shell.windowTitle() == f"{APP_NAME} — opening…"

    main = QMainWindow()
    main.setWindowTitle(APP_NAME)
    shell.host(main)
    assert shell.windowTitle() == APP_NAME
    shell.show_waiting()  # too late: the app is in, nothing changes
    assert shell.centralWidget() is main


def test_pyside_does_not_read_and_keep_the_source_of_other_modules() -> None:
    import email.feedparser as other
    import linecache
    import sys

    import secondround_desktop.core.models as own
    from secondround_desktop.app import spare_pyside_source_scan

    spare_pyside_source_scan()
    feature = sys.modules["PySide6.support.feature"]
    linecache.clearcache()
    assert feature._mod_uses_pyside(other) is False
    assert feature._mod_uses_pyside(own) is True
    # Its own check read each module's source and left it in linecache: 25 MB for SQLAlchemy and co.
    assert other.__file__ not in linecache.cache and own.__file__ not in linecache.cache
