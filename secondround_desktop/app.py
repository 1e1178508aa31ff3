"""Composition root: paths → QApplication → the window on screen → (database checked and opened,
migrations, services, the rest of the app imported, meanwhile) → MainWindow inside the window.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from functools import partial
from types import TracebackType
from typing import TYPE_CHECKING, Any

from secondround_desktop import APP_ID, APP_NAME, __version__
from secondround_desktop.paths import AppPaths, resource_path

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from secondround_desktop.core.db import Database
    from secondround_desktop.ui.auto_backup import AutoBackup
    from secondround_desktop.ui.single_instance import SingleInstance
    from secondround_desktop.ui.start_window import BackgroundStart, StartWindow

log = logging.getLogger(__name__)

# Set to 1, the app prints "first-paint <time.monotonic()>" when its main window first paints (bench/run.py).
FIRST_PAINT_ENV = "SECONDROUND_REPORT_FIRST_PAINT"
NO_PAINT_GRACE_MS = 1000  # the start goes on without a first paint after this long


class _Once:
    """Calls ``action`` the first time it is called, and never again."""

    def __init__(self, action: Callable[[], None]) -> None:
        self._action: Callable[[], None] | None = action

    def __call__(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()


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
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                APP_NAME,
                QCoreApplication.translate(
                    "App",
                    "Something went wrong inside SecondRound: {0}\n\n"
                    "Your saved notes are safe. Details are in {1}.",
                ).format(value, paths.log_file),
            )

    sys.excepthook = hook


def spare_pyside_source_scan() -> None:
    """Keep PySide's import hook from reading the source of every module imported after it.

    To learn whether a module uses its optional ``__feature__`` switches (this app uses none), the hook
    reads the module's source, which then stays in ``linecache`` (PYSIDE-2029): for SQLAlchemy,
    pydantic and the rest, some 25 MB and a quarter of a second of the start. Now and then, not always:
    the start's peak memory was 127 or 153 MB from one run to the next. Only the app's own modules use
    PySide, which their names tell. (Internal to PySide: if it is not there, nothing changes.)
    """
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _is_own_module


def _is_own_module(module: object) -> bool:
    return str(getattr(module, "__name__", "")).startswith(f"{__package__}.")


def run_gui(paths: AppPaths, *, exit_when_ready: bool = False) -> int:
    """Start the desktop app; with ``exit_when_ready`` it quits once the window shows its filled list."""
    _setup_logging(paths)
    from PySide6.QtWidgets import QApplication

    spare_pyside_source_scan()

    from secondround_desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    from secondround_desktop.ui import preferences

    choices = preferences.open_settings(paths.ui_state)
    system_dark = preferences.system_was_dark(choices)  # asking the desktop can wait: see finish_theme
    apply_theme(app, preferences.theme(choices), system_dark=system_dark, with_style=False)
    _install_excepthook(paths)

    from secondround_desktop.core.instance import InstanceLock
    from secondround_desktop.ui.start_window import BackgroundStart, StartWindow, report_first_paint

    # One app per data folder: the lock decides before any window shows. The socket on which later
    # launches ask this one to come to the front opens once the window is on screen (they keep asking
    # for a few seconds), so that Qt's network module is not loaded before the first paint.
    lock = InstanceLock(paths.data_dir)
    if not lock.acquire():
        from secondround_desktop.ui.i18n import install_translations
        from secondround_desktop.ui.single_instance import SingleInstance

        install_translations(app, preferences.ui_language(choices))
        return _hand_over_to_running(SingleInstance(paths.data_dir), paths, exit_when_ready=exit_when_ready)
    listener: list[SingleInstance] = []

    # The window shows at once, where the user left it, as quickly as a bare Qt window: empty, without
    # what Qt would build Python enums for first (the style, the locale for the translations, the icon).
    # Right after that first frame the rest follows, while other threads check the database file
    # (SQLite reading all of it) and import the rest of the app; the main window is then built inside it.
    shell = StartWindow(paths.ui_state)
    background = BackgroundStart()
    start = _Start(app, shell, background, paths, exit_when_ready=exit_when_ready)
    background.finished.connect(start.open_main_window)

    def on_screen() -> None:
        from secondround_desktop.ui.i18n import install_translations
        from secondround_desktop.ui.single_instance import SingleInstance, bring_to_front
        from secondround_desktop.ui.theme import finish_theme

        # Until the window is on screen the threads would only compete with it.
        imported = threading.Event()
        background.start(
            {"check": partial(_check_database, paths, imported), "imports": partial(_import_core, imported)}
        )
        # Before any text is made: every widget with text is made from now on.
        install_translations(app, preferences.ui_language(choices))
        shell.show_waiting()
        app.setWindowIcon(_app_icon())
        preferences.remember_system_dark(choices, finish_theme(app))
        instance = SingleInstance(paths.data_dir, lock)
        instance.listen()
        instance.activationRequested.connect(lambda: bring_to_front(shell))
        listener.append(instance)

    from PySide6.QtCore import QTimer

    # Once the first frame is out: a report comes as the paint event arrives, before it is painted. A
    # window that never paints (started minimized, on a screen that is off) goes on after a second anyway.
    once = _Once(on_screen)
    report_first_paint(shell, lambda: QTimer.singleShot(0, once))
    QTimer.singleShot(NO_PAINT_GRACE_MS, once)
    if os.environ.get(FIRST_PAINT_ENV) == "1":
        report_first_paint(shell, _print_first_paint)  # installed last, so called first
    _end_on_signals(app, shell)
    shell.show()
    status = app.exec()
    background.wait()  # a window closed while loading: let the check finish (it may be restoring a backup)
    if start.auto_backup is not None:
        start.auto_backup.on_quit()  # after the window's last saves, so the backup holds them
    if start.db is not None:
        start.db.close()
    for instance in listener:
        instance.release()
    lock.release()
    if start.failure is not None:
        raise start.failure  # a bug while starting: the command line logs it and says where
    return status


def _end_on_signals(app: QApplication, shell: StartWindow) -> None:
    """SIGTERM (logging out, shutting down, ``kill``), SIGINT (Ctrl+C where it was started) and SIGHUP (its
    terminal closed) end the app as closing its window does, the last text saved first; Python's default
    for SIGTERM ended it on the spot, losing the text typed within the last second. A second signal
    quits without waiting for an answer to a question the window may be asking.

    Python runs a signal handler only when it next runs Python code: the wake-up pipe makes Qt's event
    loop turn at once.
    """
    if os.name != "posix":
        return
    import signal

    from PySide6.QtCore import QSocketNotifier, QTimer

    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    signal.set_wakeup_fd(write_end)
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(partial(_drain, read_end))  # the handler runs as this slot is called
    received: list[int] = []

    def on_signal(number: int, _frame: object) -> None:
        received.append(number)
        log.info("ending on signal %s", signal.Signals(number).name)
        QTimer.singleShot(0, shell.close if len(received) == 1 else app.quit)

    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, on_signal)


def _drain(read_end: int, *_activation: object) -> None:
    with contextlib.suppress(BlockingIOError):
        os.read(read_end, 512)


def _app_icon() -> QIcon:
    """The icon in the hicolor sizes, as PNG: drawing the SVG would load Qt's SVG module before the window
    could show (the SVG stays the source, and the desktop's scalable icon)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")))
    return icon


def _check_database(paths: AppPaths, imported: threading.Event) -> object:
    """On a start-up thread: the quick check, and recovery from the newest good backup on damage.

    The check needs only the standard library. Recovery (rare) needs the database layer, which the other
    start-up thread is importing: it waits for that rather than import the same packages at once (a
    module half made by one thread, met by the other, fails to import).
    """
    from secondround_desktop.core.file_check import find_damage

    problems = find_damage(paths.database)
    if not problems:
        return None
    imported.wait()
    from secondround_desktop.core.backup import recover

    # The damaged file is kept aside and the newest good backup restored before anything opens it.
    return recover(paths.database, problems)


def _import_core(imported: threading.Event) -> None:
    """On a start-up thread, while the window shows: import the rest of the app (SQLAlchemy, the models,
    services, the screens) and do the one-time work of its first use, then set ``imported``. Importing
    defines classes only: no Qt object is made off the GUI thread.
    """
    try:
        from sqlalchemy.orm import configure_mappers

        import secondround_desktop.core.db
        import secondround_desktop.core.debrief
        import secondround_desktop.core.followups
        import secondround_desktop.core.interviews
        import secondround_desktop.core.prep
        import secondround_desktop.ui.main_window  # noqa: F401
        from secondround_desktop.core.validation import timezone_names

        configure_mappers()  # else done by the first query, on the GUI thread
        timezone_names()  # reads the time zone database's folders; kept for the details form
    finally:
        imported.set()


class _Start:
    """The second half of the start, on the GUI thread once the start-up threads are done."""

    def __init__(
        self,
        app: QApplication,
        shell: StartWindow,
        background: BackgroundStart,
        paths: AppPaths,
        *,
        exit_when_ready: bool,
    ) -> None:
        self.app = app
        self.shell = shell
        self.background = background
        self.paths = paths
        self.exit_when_ready = exit_when_ready
        self.db: Database | None = None
        self.auto_backup: AutoBackup | None = None
        self.failure: BaseException | None = None

    def open_main_window(self) -> None:
        try:
            self._open()
        except BaseException as exc:
            self.failure = exc
            self.app.exit(1)

    def _open(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QMessageBox

        from secondround_desktop.core.db import open_database
        from secondround_desktop.core.errors import UserFacingError
        from secondround_desktop.core.interviews import InterviewService

        try:
            if self.background.error is not None:
                raise self.background.error
            recovery: Any = self.background.results.get("check")
            fresh = not self.paths.database.exists()
            self.db = db = open_database(self.paths.database)
            service = InterviewService(db)
            service.purge_deleted()
        except UserFacingError as exc:
            log.error("cannot open the database: %s", exc)
            if not self.exit_when_ready:
                from secondround_desktop.ui.texts import error_text

                QMessageBox.critical(self.shell, APP_NAME, error_text(exc))
            self.app.exit(1)
            return

        from secondround_desktop.ui.auto_backup import AutoBackup
        from secondround_desktop.ui.main_window import MainWindow
        from secondround_desktop.ui.start_window import freeze_startup_heap

        app = self.app
        window = MainWindow(service, self.paths)
        if self.exit_when_ready:
            window.ready.connect(lambda: QTimer.singleShot(0, app.quit))
        app.aboutToQuit.connect(window.saver.flush)
        self.auto_backup = auto_backup = AutoBackup(db, back_up_at_start=not fresh, parent=window)
        auto_backup.failed.connect(
            lambda reason: window.statusBar().showMessage(
                window.tr("Backup failed: {0}").format(reason), 15000
            )
        )
        self.shell.host(window)
        freeze_startup_heap()
        if recovery is not None:
            log.warning("%s", recovery.message)
            if not self.exit_when_ready:
                from secondround_desktop.ui.texts import translated

                message = translated(recovery.message)
                QTimer.singleShot(0, lambda: QMessageBox.warning(window, APP_NAME, message))


def _print_first_paint() -> None:
    import time

    print(f"first-paint {time.monotonic():.6f}", flush=True)


def _hand_over_to_running(instance: SingleInstance, paths: AppPaths, *, exit_when_ready: bool) -> int:
    """Another process holds this data folder: ask it to come to the front, never touch its database."""
    from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if instance.ask_running_to_show():
        log.info("SecondRound is already running for %s; brought its window to the front", paths.data_dir)
        return 0
    message = QT_TRANSLATE_NOOP(
        "App",
        "SecondRound is already running with the data folder {0} (or it is being repaired), and it "
        "did not answer. Close it, or wait until it finishes, then start SecondRound again.",
    )
    log.error("%s", message.format(paths.data_dir))  # the log stays English
    if not exit_when_ready:
        QMessageBox.warning(None, APP_NAME, QCoreApplication.translate("App", message).format(paths.data_dir))
    return 1
