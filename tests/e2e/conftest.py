"""Fixtures of the end-to-end tests: a fresh Xvfb display per test, and a launcher for the real app."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .harness import (
    FOREIGN_ENV,
    MAIN_WINDOW_TITLE,
    REPO_ROOT,
    Desktop,
    LaunchApp,
    RunningApp,
    screenshot_dir,
    start_xvfb,
    stop_process,
    wait_until,
)
from .processes import Launcher


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    """A private Xvfb screen; it is stopped (by its pid) when the test ends, however it ends."""
    missing = [name for name in ("Xvfb", "xdotool") if shutil.which(name) is None]
    if missing:
        pytest.skip(f"the end-to-end tests need {' and '.join(missing)} (apt-get install xvfb xdotool)")
    server = start_xvfb(tmp_path)
    env = {key: value for key, value in os.environ.items() if key not in FOREIGN_ENV}
    env["DISPLAY"] = server.display
    runtime = tmp_path / "xdg-runtime"
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    try:
        yield Desktop(server.display, env, screenshot_dir())
    finally:
        stop_process(server.process)


@pytest.fixture
def launch_app(desktop: Desktop, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[LaunchApp]:
    """Start ``python -m secondround_desktop --data-dir DIR`` on the test display, wait for its window.

    Every app started is ended (by its pid) when the test ends; one still running then means the test
    failed half-way, and a screenshot of that moment is kept.
    """
    started: list[RunningApp] = []

    def launch(data_dir: Path) -> RunningApp:
        output = tmp_path / f"app-{len(started) + 1}.log"
        with output.open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "secondround_desktop", "--data-dir", str(data_dir)],
                cwd=REPO_ROOT,
                env=desktop.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        app = RunningApp(process, data_dir, output)
        started.append(app)

        def main_window() -> int:
            if process.poll() is not None:
                pytest.fail(
                    f"the app exited with {process.returncode} before showing its window:\n"
                    f"{app.output_text()}"
                )
            return next(iter(desktop.windows(MAIN_WINDOW_TITLE)), 0)

        app.window = wait_until(main_window, 30, "the main window", interval=0.2)
        desktop.focus(app.window)
        return app

    yield launch

    for app in started:
        if app.process.poll() is None:
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                desktop.screenshot(f"e2e-leftover-{request.node.name}.png")
            stop_process(app.process)


@pytest.fixture
def launcher(tmp_path: Path) -> Iterator[Launcher]:
    """Starts the app or its commands as processes (offscreen, no X needed); ends them all afterwards."""
    started = Launcher(tmp_path)
    try:
        yield started
    finally:
        started.stop_all()

