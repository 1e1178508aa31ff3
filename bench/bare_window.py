"""The start-up reference: a bare PySide6 script that shows one empty QMainWindow and quits.

python bench/bare_window.py [--exit-when-ready]

It does what ``secondround --exit-when-ready`` does, minus the app: with ``--exit-when-ready`` it quits as
soon as the window is shown; without it, it runs until closed. With SECONDROUND_REPORT_FIRST_PAINT=1 it
prints ``first-paint <time.monotonic()>`` when the window first paints, as the app does.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaintReporter(QObject):
    """Prints the monotonic time of the watched widget's first paint event, then stops watching."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            watched.removeEventFilter(self)
        return False


def main() -> int:
    exit_when_ready = "--exit-when-ready" in sys.argv[1:]
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1200, 760)  # the app's default size, so both paint the same area
    reporter = FirstPaintReporter()
    if os.environ.get("SECONDROUND_REPORT_FIRST_PAINT") == "1":
        window.installEventFilter(reporter)
    window.show()
    if exit_when_ready:
        QTimer.singleShot(0, app.quit)  # as the app does once its window is shown
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
