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


def test_the_start_goes_on_when_the_window_never_paints(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    # A window started minimized, or on a screen that is off, gets no paint event: the start must not wait
    # for one forever. Here the first-paint report never comes at all.
    script = (
        "import sys\n"
        "import secondround_desktop.ui.start_window as start\n"
        "start.report_first_paint = lambda widget, report: None\n"
        "from secondround_desktop.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(tmp_path / "data"), "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr


def test_a_window_left_tiny_comes_back_usable_and_a_normal_one_as_left(qtbot: QtBot, tmp_path: Path) -> None:
    from secondround_desktop.ui.start_window import SMALLEST_RESTORED_SIZE

    state = tmp_path / "ui-state.ini"
    # (Qt's offscreen screen is 800 x 600, and a restored window is kept within its screen.)
    for left, expected in (((300, 200), SMALLEST_RESTORED_SIZE), ((800, 590), (800, 590))):
        shell = StartWindow(state)
        qtbot.addWidget(shell)
        shell.show()
        qtbot.waitExposed(shell)
        shell.resize(*left)
        qtbot.waitUntil(lambda shell=shell, left=left: (shell.width(), shell.height()) == left, timeout=2000)
        shell.close()  # remembers the size

        again = StartWindow(state)
        qtbot.addWidget(again)
        assert (again.width(), again.height()) == expected
