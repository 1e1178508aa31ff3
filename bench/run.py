"""Measure SecondRound on a large database, each figure beside a reference measured in the same run.

python bench/run.py [--data-dir DIR] [--list-data-dir DIR] [--runs N] [--only startup,workspace,...]

``--data-dir`` is a folder written by ``bench/generate.py`` (made at scale 1 in a cache folder when it is
not given). ``--list-data-dir`` is the database for the list figures, meant to be one made with
``--scale 10``; without it they use ``--data-dir``. The figures:

startup     ``secondround --exit-when-ready`` (whole process, peak memory) and the main window's first
            paint, against ``bench/bare_window.py``, each in fresh processes. Under a real X server
            (Xvfb is started when there is no DISPLAY), else on Qt's offscreen platform.
workspace   ``InterviewWorkspace.load`` of many interviews, with each workspace tab current, in process
            on the offscreen platform; the reference is the same on the small sample database.
typing      keys typed into the notes at a human rate, autosaves included, while a zero-interval
            heartbeat timer records every event-loop iteration; the reference is the same typing on the
            sample database.
lists       refreshing each list and scrolling it to the end, and filtering it as the find field does.
search      Search Everything as the user types, from the query to results painted in the view, against
            the raw FTS5 query alone.

Nothing is asserted: the last table prints each figure, its reference, the ratio and the target.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

SECTIONS = ("startup", "workspace", "typing", "lists", "search")
FIRST_PAINT_ENV = "SECONDROUND_REPORT_FIRST_PAINT"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "secondround-bench"


# ---- results -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    name: str
    reference: float | None
    measured: float | None
    unit: str
    target: str
    within: bool | None  # None: no target to compare with, or not measured
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.reference is None or self.measured is None or self.reference == 0:
            return None
        return self.measured / self.reference


FIGURES: list[Figure] = []


def record(figure: Figure) -> None:
    FIGURES.append(figure)
    print(f"  {_row(figure)}", flush=True)


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.1f} {unit}"


def _row(figure: Figure) -> str:
    ratio = "-" if figure.ratio is None else f"{figure.ratio:.2f}x"
    verdict = {True: "ok", False: "MISSES", None: ""}[figure.within]
    note = f"  ({figure.note})" if figure.note else ""
    return (
        f"{figure.name:<44} ref {_fmt(figure.reference, figure.unit):>10}  "
        f"measured {_fmt(figure.measured, figure.unit):>10}  ratio {ratio:>6}  target {figure.target:<22} "
        f"{verdict}{note}"
    )


def p95(values: Sequence[float]) -> float:
    """The 95th percentile by nearest rank (no interpolation: it is a time that really happened)."""
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def ms(seconds: float) -> float:
    return seconds * 1000


# ---- databases -----------------------------------------------------------------------------------


def ensure_generated(folder: Path, scale: float) -> Path:
    from secondround_desktop.core.db import DATABASE_FILENAME

    if not (folder / DATABASE_FILENAME).exists():
        print(f"generating a scale-{scale:g} database in {folder} ...", flush=True)
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), "--out", str(folder), "--scale", str(scale)],
            check=True,
        )
    return folder


def sample_dir() -> Path:
    """A fresh folder holding the app's own sample data: the small database references run on."""
    from secondround_desktop.core.db import open_database
    from secondround_desktop.core.sample import add_sample_data

    folder = Path(tempfile.mkdtemp(prefix="secondround-bench-small-"))
    db = open_database(folder / "secondround.sqlite3")
    try:
        add_sample_data(db)
    finally:
        db.close()
    return folder


def describe(folder: Path) -> str:
    connection = sqlite3.connect(f"file:{folder / 'secondround.sqlite3'}?mode=ro", uri=True)
    try:
        interviews = connection.execute("SELECT count(*) FROM interview").fetchone()[0]
        notes = connection.execute("SELECT count(*) FROM note").fetchone()[0]
    finally:
        connection.close()
    return f"{interviews:,} interviews, {notes:,} notes"


# ---- start-up ------------------------------------------------------------------------------------


@contextmanager
def display() -> Iterator[dict[str, str]]:
    """The environment for GUI child processes: the user's display, else a private Xvfb, else offscreen."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        yield env
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
        yield env
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        env["DISPLAY"] = f":{number}"
        env["QT_QPA_PLATFORM"] = "xcb"
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)


class SectionTimeoutError(Exception):
    """A section ran past --timeout (the code measured is too slow to wait for)."""


CHILDREN: list[subprocess.Popen[Any]] = []  # processes to end when a section times out


@contextmanager
def child(process: subprocess.Popen[Any]) -> Iterator[subprocess.Popen[Any]]:
    CHILDREN.append(process)
    try:
        yield process
    finally:
        CHILDREN.remove(process)
        if process.poll() is None and process.returncode is None:
            process.kill()
            process.wait()


def run_whole(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Seconds from spawn to exit, peak resident memory (MB) and exit status of one fresh process."""
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with child(process):
        # wait4 gives this child's own rusage: its ru_maxrss is the peak of that one process (KiB on Linux).
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - started
    return elapsed, usage.ru_maxrss / 1024, process.returncode


def run_first_paint(command: list[str], env: dict[str, str]) -> float | None:
    """Seconds from spawn to the window's first paint (as the process reports it), then ends the process."""
    env = dict(env, **{FIRST_PAINT_ENV: "1"})
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    painted: float | None = None
    with child(process):
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("first-paint "):
                painted = float(line.split()[1]) - started  # CLOCK_MONOTONIC is shared by processes
                break
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return painted


def app_command(data_dir: Path) -> list[str]:
    # What the `secondround` script runs, from this checkout (the environment's PYTHONPATH points here).
    return [sys.executable, "-m", "secondround_desktop", "--data-dir", str(data_dir)]


def bench_startup(data_dir: Path, runs: int) -> None:
    print(f"\nstart-up ({runs} runs each, medians)", flush=True)
    bare = [sys.executable, str(HERE / "bare_window.py")]
    app = app_command(data_dir)
    with display() as env:
        platform = env.get("QT_QPA_PLATFORM", "native")
        print(f"  platform: {platform} {env.get('DISPLAY', '')}", flush=True)
        # An installed app has its bytecode (pip and PyInstaller compile it); a checkout run with
        # PYTHONDONTWRITEBYTECODE set would compile every module at every start.
        compile_all = [sys.executable, "-m", "compileall", "-q", str(ROOT / "secondround_desktop"), str(HERE)]
        subprocess.run(compile_all, check=True)
        for command in (bare, app):  # warm the file cache
            run_whole([*command, "--exit-when-ready"], env)
        whole: dict[str, list[float]] = {"bare": [], "app": []}
        memory: dict[str, list[float]] = {"bare": [], "app": []}
        paint: dict[str, list[float]] = {"bare": [], "app": []}
        failures = 0
        for _ in range(runs):
            for label, command in (("bare", bare), ("app", app)):
                elapsed, peak, status = run_whole([*command, "--exit-when-ready"], env)
                failures += status != 0
                whole[label].append(elapsed)
                memory[label].append(peak)
                painted = run_first_paint(command, env)
                if painted is not None:
                    paint[label].append(painted)
    note = f"{failures} runs exited non-zero" if failures else ""
    ref, got = statistics.median(whole["bare"]), statistics.median(whole["app"])
    record(Figure("start-up: whole process", ms(ref), ms(got), "ms", "<= 2.5x", got <= 2.5 * ref, note))
    if paint["bare"] and paint["app"]:
        ref, got = statistics.median(paint["bare"]), statistics.median(paint["app"])
        record(Figure("start-up: first paint", ms(ref), ms(got), "ms", "<= 1.3x", got <= 1.3 * ref))
    else:
        record(Figure("start-up: first paint", None, None, "ms", "<= 1.3x", None, "no first-paint report"))
    ref, got = statistics.median(memory["bare"]), statistics.median(memory["app"])
    record(Figure("start-up: peak memory", ref, got, "MB", "<= 2x", got <= 2 * ref))


# ---- in-process helpers --------------------------------------------------------------------------


def qt_app() -> Any:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quiet(kind: QtMsgType, _context: object, message: str) -> None:
        # The offscreen platform warns about window hints it ignores; anything else is worth seeing.
        if "propagateSizeHints" not in message:
            print(f"Qt: {message}", file=sys.stderr)

    qInstallMessageHandler(quiet)
    existing = QApplication.instance()
    if existing is not None:
        return existing
    from secondround_desktop.app import spare_pyside_source_scan
    from secondround_desktop.ui.theme import apply_theme

    spare_pyside_source_scan()  # as the app does
    app = QApplication([sys.argv[0]])
    if not os.environ.get("BENCH_NO_THEME"):
        apply_theme(app, "light")
    return app


@contextmanager
def main_window(data_dir: Path) -> Iterator[Any]:
    """A shown MainWindow on the database in ``data_dir``, with the window state of a first start."""
    from PySide6.QtWidgets import QWidget

    from secondround_desktop.core.db import open_database
    from secondround_desktop.core.interviews import InterviewService
    from secondround_desktop.paths import AppPaths
    from secondround_desktop.ui.main_window import MainWindow
    from secondround_desktop.ui.start_window import freeze_startup_heap

    app = qt_app()
    state = Path(tempfile.mkdtemp(prefix="secondround-bench-state-"))
    db = open_database(data_dir / "secondround.sqlite3")

    class BenchPaths(AppPaths):
        # The window keeps its state (and the last selection) apart, so benchmarks do not steer each other.
        @property
        def ui_state(self) -> Path:
            return state / "ui-state.ini"

    window = MainWindow(InterviewService(db), BenchPaths(data_dir))
    window.show()
    freeze_startup_heap()  # as the app does once its window is built
    settle(app)
    # Close the reminders banner, as a user would: on a database this dense it says that dozens of
    # reminders are due.
    banner = window.findChild(QWidget, "reminderBanner")
    if banner is not None:
        getattr(banner, "dismiss", banner.hide)()
        settle(app)
    try:
        yield window
    finally:
        window.saver.flush()
        window.hide()
        window.deleteLater()
        settle(app)
        db.close()
        shutil.rmtree(state, ignore_errors=True)


def settle(app: Any, seconds: float = 0.0) -> None:
    """Process events (paints included), for at least ``seconds``."""
    end = time.perf_counter() + seconds
    app.processEvents()
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()


def interview_ids(data_dir: Path, count: int) -> list[int]:
    connection = sqlite3.connect(f"file:{data_dir / 'secondround.sqlite3'}?mode=ro", uri=True)
    try:
        ids = [row[0] for row in connection.execute("SELECT id FROM interview WHERE deleted_at IS NULL")]
    finally:
        connection.close()
    return random.Random(3).sample(ids, min(count, len(ids)))


# ---- opening an interview ------------------------------------------------------------------------


def time_workspace(data_dir: Path, count: int) -> dict[str, list[float]]:
    """Seconds to open interviews as the user does, by selecting rows in each list, with each tab current."""
    from secondround_desktop.core.interviews import Scope

    app = qt_app()
    timings: dict[str, list[float]] = {}
    with main_window(data_dir) as window:
        workspace, model, view = window.workspace, window.list_model, window.list_view
        tabs = [
            ("overview", workspace.tabs.widget(0)),
            ("prep", workspace.prep),
            ("debrief", workspace.debrief),
            ("follow-ups", workspace.followups),
        ]
        rng = random.Random(3)
        for name, tab in tabs:
            if tab is None:
                continue
            times: list[float] = []
            for scope in (Scope.UPCOMING, Scope.PAST):
                window.set_scope(scope)
                settle(app)
                workspace.tabs.setCurrentWidget(tab)
                settle(app)
                while model.canFetchMore() and model.rowCount() < 300:
                    model.fetchMore()
                rows = model.rowCount()
                for row in (rng.randrange(rows) for _ in range(count // 2 if rows else 0)):
                    # The row on screen first, as the user clicks one they see: scrolling the list to it
                    # is not part of opening it.
                    view.scrollTo(model.index(row, 0))
                    settle(app, 0.02)
                    started = time.perf_counter()
                    view.setCurrentIndex(model.index(row, 0))
                    app.sendPostedEvents()  # layout requests and the like, but no timers
                    window.repaint()  # on screen: the window painted with the interview
                    times.append(time.perf_counter() - started)
                    settle(app, 0.02)  # work left for idle moments runs outside the measure
            timings[name] = times
        workspace.tabs.setCurrentIndex(0)
    return timings


def bench_workspace(data_dir: Path, small: Path) -> None:
    print(f"\nopening an interview's workspace ({WORKSPACE_OPENS} interviews, each tab current)", flush=True)
    reference = measure("workspace", small)
    measured = measure("workspace", data_dir)
    for name, times in measured.items():
        got = ms(p95(times))
        record(
            Figure(
                f"open workspace, {name} tab: p95", ms(p95(reference[name])), got, "ms", "<= 50 ms", got <= 50
            )
        )


# ---- typing --------------------------------------------------------------------------------------


class Heartbeat:
    """A zero-interval timer fires once per event-loop iteration: the time between two beats is what
    one iteration took, as the wall clock and as the main thread's CPU time.

    Only iterations over NOTABLE are kept, as plain doubles: a Python object per beat (millions) would
    make the garbage collector, not the app, the cause of the longest pauses.
    """

    NOTABLE = 0.002

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.wall = array("d")
        self.busy = array("d")
        self.count = 0
        self._wall = self._cpu = 0.0
        self._timer = QTimer()
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._wall, self._cpu = time.perf_counter(), time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _beat(self) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        self.count += 1
        if wall - self._wall > self.NOTABLE:
            self.wall.append(wall - self._wall)
        if cpu - self._cpu > self.NOTABLE:
            self.busy.append(cpu - self._cpu)
        self._wall, self._cpu = wall, cpu


TYPED = (
    "Met the team lead again; she remembered the migration story. Ask about on-call load and the budget "
    "for the data platform next quarter.\nFollow up on the hiring timeline and the offer process. "
)


def time_typing(data_dir: Path, characters: int, interval_ms: int, pause_every: int) -> Heartbeat:
    """The event-loop iterations while typing ``characters`` keys into the notes.

    The main thread's CPU time tells a stall of the app's own making from one where the system ran
    another process (the machine is shared): only the first kind is the app's to fix.
    """
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    app = qt_app()
    with main_window(data_dir) as window:
        interview_id = interview_ids(data_dir, 1)[0]
        window.refresh(select=interview_id)
        if window.workspace.interview_id != interview_id:
            window.workspace.load(interview_id)
        settle(app)
        notes = window.workspace.notes
        original = notes.toPlainText()
        notes.setFocus()
        cursor = notes.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        notes.setTextCursor(cursor)
        settle(app, 0.2)

        heartbeat = Heartbeat()
        loop = QEventLoop()
        typed = [0]

        def type_one() -> None:
            if typed[0] >= characters:
                keys.stop()
                QTimer.singleShot(1500, loop.quit)  # let the last autosave run while measured
                return
            char = TYPED[typed[0] % len(TYPED)]
            if char == "\n":
                QTest.keyClick(notes, Qt.Key.Key_Return)
            else:
                QTest.keyClicks(notes, char)
            typed[0] += 1
            # A pause now and then: the autosave runs after the user stops for a moment.
            keys.setInterval(900 if typed[0] % pause_every == 0 else interval_ms)

        keys = QTimer()
        keys.setInterval(interval_ms)
        keys.timeout.connect(type_one)
        heartbeat.start()
        keys.start()
        loop.exec()
        heartbeat.stop()
        saved = window.saver.flush()
        # Put the note back, so that repeated runs type into the same text.
        window.service.set_notes(interview_id, original)
        if not saved:
            print("  warning: the typed notes were not saved", flush=True)
    return heartbeat


def typing_gaps(data_dir: Path) -> dict[str, list[float]]:
    heartbeat = time_typing(data_dir, TYPED_KEYS, 90, 40)
    return {
        "wall": [0.0, *heartbeat.wall],
        "busy": [0.0, *heartbeat.busy],
        "iterations": [float(heartbeat.count)],
    }


def bench_typing(data_dir: Path, small: Path) -> None:
    print(f"\ntyping into the notes ({TYPED_KEYS} keys at ~10/s, autosaves included)", flush=True)
    reference = measure("typing", small)
    measured = measure("typing", data_dir)
    worst_cpu = ms(max(measured["busy"]))
    worst_wall = ms(max(measured["wall"]))
    over = sum(1 for cpu in measured["busy"] if cpu > 0.016)
    iterations = int(measured["iterations"][0])
    record(
        Figure(
            "typing: longest main-thread stall (busy)",
            ms(max(reference["busy"])),
            worst_cpu,
            "ms",
            "<= 16 ms",
            worst_cpu <= 16,
            f"{over} of {iterations} iterations busy over 16 ms",
        )
    )
    record(
        Figure(
            "typing: longest gap between iterations",
            ms(max(reference["wall"])),
            worst_wall,
            "ms",
            "(wall clock)",
            None,
            "includes time the system gave to other processes",
        )
    )


# ---- lists ---------------------------------------------------------------------------------------


def run_idle(app: Any, seconds: float) -> list[float]:
    """Run the event loop for ``seconds`` with nothing to do but what the app left for idle moments;
    the main thread's busy time (CPU seconds) of each iteration that took more than a little."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    heartbeat = Heartbeat()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    heartbeat.start()
    loop.exec()
    heartbeat.stop()
    return list(heartbeat.busy)


def time_lists(data_dir: Path, find_texts: Sequence[str]) -> dict[str, list[float]]:
    """Seconds until the window shows the result of each list action, and the busy idle iterations."""
    from secondround_desktop.core.interviews import Scope

    app = qt_app()
    timings: dict[str, list[float]] = {
        "refresh": [],
        "scroll": [],
        "find": [],
        "found": [],
        "switch": [],
        "idle": [0.0],
    }
    with main_window(data_dir) as window:
        view = window.list_view

        def on_screen(key: str, action: Callable[[], object]) -> None:
            started = time.perf_counter()
            action()
            app.sendPostedEvents()  # layout requests and the like, but no timers
            window.repaint()  # on screen: the window painted with the result
            timings[key].append(time.perf_counter() - started)
            # What the app left for idle moments (readiness of the rows shown) runs between actions.
            timings["idle"] += run_idle(app, 0.04)

        for scope in (Scope.UPCOMING, Scope.PAST, Scope.UPCOMING, Scope.PAST):
            on_screen("switch", partial(window.set_scope, scope))
            for _ in range(3):
                on_screen("refresh", window.refresh)
            # Page down through the list, as a user holding Page Down would; the view reads the next
            # page when it reaches the rows read so far.
            bar = view.verticalScrollBar()
            for _ in range(300):
                before = bar.value()
                on_screen("scroll", partial(bar.setValue, before + bar.pageStep()))
                if bar.value() == before:
                    break
            on_screen("scroll", view.scrollToBottom)
        pause = window._find_pause  # a find slower than a frame waits for a pause in typing

        def after_pause() -> None:
            if pause.isActive():
                pause.stop()
                pause.timeout.emit()  # the pause is over: the list is filtered now

        for text in find_texts:
            for end in range(1, len(text) + 1):
                on_screen("find", partial(window.find_field.setText, text[:end]))
                on_screen("found", after_pause)
            on_screen("find", window.find_field.clear)
    return timings


def bench_lists(list_dir: Path, small: Path) -> None:
    print(f"\nlists ({describe(list_dir)})", flush=True)
    reference = measure("lists", small)
    measured = measure("lists", list_dir)
    targets = {"refresh": 50.0, "switch": 50.0, "scroll": 16.0, "find": 16.0, "found": 100.0, "idle": 16.0}
    names = {
        "refresh": "lists: refresh, worst",
        "switch": "lists: switch Upcoming/Past, worst",
        "scroll": "lists: one page of scrolling, worst",
        "find": "lists: find-field keystroke, worst",
        "found": "lists: find result after a pause, worst",
        "idle": "lists: longest busy idle moment",
    }
    for key, name in names.items():
        got = ms(max(measured[key]))
        record(
            Figure(
                name,
                ms(max(reference[key])),
                got,
                "ms",
                f"<= {targets[key]:.0f} ms",
                got <= targets[key],
                f"median {ms(statistics.median(measured[key])):.1f} ms",
            )
        )


# ---- search --------------------------------------------------------------------------------------

SEARCHES = ("kubernetes migration", "negotiation salary", "okafor", "globex", "on-call incident", "hospital")


def time_search(data_dir: Path, repeats: int = 3) -> dict[str, list[float]]:
    """Seconds from query to results painted in the search view, and for the raw FTS5 query alone."""
    try:
        from secondround_desktop.core import search as core_search
        from secondround_desktop.ui.search_view import SearchPanel
    except ImportError:
        return {}
    from secondround_desktop.core.db import open_database

    app = qt_app()
    db = open_database(data_dir / "secondround.sqlite3")
    panel = SearchPanel(db)
    panel.resize(420, 760)
    panel.show()
    settle(app)
    raw = sqlite3.connect(f"file:{data_dir / 'secondround.sqlite3'}?mode=ro", uri=True)
    raw_sql = (
        f"SELECT rowid, interview_id, snippet({core_search.INDEX_TABLE}, 0, char(2), char(3), '…', "
        f"{core_search.SNIPPET_TOKENS}) FROM {core_search.INDEX_TABLE} WHERE {core_search.INDEX_TABLE} "
        f"MATCH ? ORDER BY rowid DESC LIMIT {core_search.DEFAULT_LIMIT}"
    )
    view_times: list[float] = []
    raw_times: list[float] = []
    try:
        for _ in range(repeats):
            for text in SEARCHES:
                for end in range(1, len(text) + 1):
                    typed = text[:end]
                    match = core_search.build_match(typed)
                    if match is None:
                        continue
                    started = time.perf_counter()
                    raw.execute(raw_sql, (match,)).fetchall()
                    raw_times.append(time.perf_counter() - started)
                    panel.query.blockSignals(True)
                    panel.query.setText(typed)
                    panel.query.blockSignals(False)
                    started = time.perf_counter()
                    panel.run()  # what the debounce timer calls once the user pauses
                    app.processEvents()  # the results painted
                    view_times.append(time.perf_counter() - started)
    finally:
        raw.close()
        panel.close()
        panel.deleteLater()
        settle(app)
        db.close()
    return {"view": view_times, "raw": raw_times}


def bench_search(data_dir: Path) -> None:
    print("\nsearch (each query typed letter by letter; results painted in the view)", flush=True)
    timings = measure("search", data_dir)
    if not timings:
        record(Figure("search: not available yet", None, None, "ms", "<= 30 ms, <= 3x raw", None))
        return
    view_times, raw_times = timings["view"], timings["raw"]
    got, ref = ms(p95(view_times)), ms(p95(raw_times))
    record(
        Figure(
            "search: results in the view, p95",
            ref,
            got,
            "ms",
            "<= 30 ms and <= 3x raw",
            got <= 30 and got <= 3 * ref,
            f"reference: the raw FTS5 query, {len(view_times)} queries",
        )
    )


# ---- one measure per process ---------------------------------------------------------------------

WORKSPACE_OPENS = 60
TYPED_KEYS = 160
FINDS = ("globex", "data eng", "okafor")

MEASURES: dict[str, Callable[[Path], dict[str, list[float]]]] = {
    "workspace": lambda folder: time_workspace(folder, WORKSPACE_OPENS),
    "typing": typing_gaps,
    "lists": lambda folder: time_lists(folder, FINDS),
    "search": time_search,
}


def measure(name: str, data_dir: Path) -> dict[str, list[float]]:
    """Run one measure on one database in a fresh process, as the app runs in its own: whatever an
    earlier measure left (windows, caches, garbage) cannot weigh on the next."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", name, "--data-dir", str(data_dir)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    with child(process):
        output, _ = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"the {name} measure on {data_dir} failed ({process.returncode})")
    result = next(line for line in output.splitlines() if line.startswith(RESULT))
    loaded: dict[str, list[float]] = json.loads(result.removeprefix(RESULT))
    return loaded


RESULT = "RESULT "


# ---- main ----------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", type=Path, help="a folder written by bench/generate.py (scale 1)")
    parser.add_argument("--list-data-dir", type=Path, help="the database for the list figures (scale 10)")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each process (default 7)")
    parser.add_argument(
        "--timeout",
        type=int,
        default=1800,
        help="give up on a section after this many seconds (default 1800)",
    )
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated: {', '.join(SECTIONS)}")
    parser.add_argument("--measure", choices=sorted(MEASURES), help=argparse.SUPPRESS)  # the child's job
    args = parser.parse_args()
    if args.measure:
        print(RESULT + json.dumps(MEASURES[args.measure](args.data_dir.resolve())), flush=True)
        return
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")

    data_dir = (args.data_dir or ensure_generated(DEFAULT_CACHE / "scale-1", 1.0)).resolve()
    list_dir = (args.list_data_dir or data_dir).resolve()
    print(f"database: {data_dir} ({describe(data_dir)})")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}")
    small = sample_dir()
    actions: dict[str, Callable[[], None]] = {
        "startup": lambda: bench_startup(data_dir, args.runs),
        "workspace": lambda: bench_workspace(data_dir, small),
        "typing": lambda: bench_typing(data_dir, small),
        "lists": lambda: bench_lists(list_dir, small),
        "search": lambda: bench_search(data_dir),
    }

    def give_up(_signum: int, _frame: object) -> None:
        raise SectionTimeoutError

    signal.signal(signal.SIGALRM, give_up)
    try:
        for name in SECTIONS:
            if name not in chosen:
                continue
            signal.alarm(args.timeout)
            try:
                actions[name]()
            except SectionTimeoutError:
                for process in list(CHILDREN):
                    process.kill()
                record(Figure(name, None, None, "ms", "", None, f"did not finish within {args.timeout} s"))
            finally:
                signal.alarm(0)
    finally:
        shutil.rmtree(small, ignore_errors=True)
    print("\nsummary")
    for figure in FIGURES:
        print(f"  {_row(figure)}")


if __name__ == "__main__":
    main()
