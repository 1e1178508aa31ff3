"""End-to-end helpers: a private Xvfb display, real input on it, and the real app as a subprocess.

Nothing here talks to Qt in-process. The app runs exactly as a user starts it
(``python -m secondround_desktop --data-dir DIR``) on the xcb platform, and the tests drive it from
the outside with real X key presses and mouse clicks (xdotool), take screenshots of the whole screen
(ImageMagick's ``import``) and read the SQLite file the app wrote.

Plain Xvfb has no window manager. Two things follow from that, and the helpers below take care of them:
nobody gives the keyboard focus to a new top-level window, and nobody gives it back to the main window
when a dialog closes. ``Desktop.focus`` does what a window manager would do (``xdotool windowfocus``).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DISPLAY_NUMBERS = range(140, 200)
SCREEN_GEOMETRY = "1400x900x24"
MAIN_WINDOW_TITLE = "SecondRound"
SCREENSHOTS_ENV = "SECONDROUND_SCREENSHOTS"
# The tests run with QT_QPA_PLATFORM=offscreen; the app under test must use the real X display instead.
FOREIGN_ENV = frozenset({"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "SECONDROUND_DATA_DIR", "DISPLAY"})

T = TypeVar("T")


def wait_until(condition: Callable[[], T], timeout: float, what: str, interval: float = 0.1) -> T:
    """Poll ``condition`` until it returns something truthy; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() >= deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)


def stop_process(process: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    """End a process this test started, by its pid: SIGTERM first, SIGKILL if it does not go."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(grace)


def screenshot_dir() -> Path:
    chosen = os.environ.get(SCREENSHOTS_ENV)
    folder = Path(chosen) if chosen else REPO_ROOT / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# ---- the X server ------------------------------------------------------------------------------


@dataclass
class XServer:
    number: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def display(self) -> str:
        return f":{self.number}"


def _display_taken(number: int) -> bool:
    return Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists()


def _accepts_connections(number: int) -> bool:
    sock_path = f"/tmp/.X11-unix/X{number}"
    if Path(sock_path).exists():
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            try:
                sock.connect(sock_path)
            except OSError:
                return False
            return True
    # Without /tmp/.X11-unix (an unprivileged user on a bare machine) Xvfb listens on an abstract
    # socket only; xdpyinfo finds that one.
    if shutil.which("xdpyinfo") is None:
        return False
    result = subprocess.run(
        ["xdpyinfo", "-display", f":{number}"], capture_output=True, timeout=10, check=False
    )
    return result.returncode == 0


def start_xvfb(log_dir: Path, timeout: float = 20.0) -> XServer:
    """Start Xvfb on the first free display in :140–:199 and wait until it accepts clients."""
    for number in DISPLAY_NUMBERS:
        if _display_taken(number):
            continue
        log = log_dir / f"xvfb-{number}.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", SCREEN_GEOMETRY, "-nolisten", "tcp"],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while process.poll() is None and time.monotonic() < deadline:
            if _accepts_connections(number):
                return XServer(number, process, log)
            time.sleep(0.05)
        # Exited (another server took the number first) or never became ready: try the next one.
        stop_process(process)
    pytest.fail(f"could not start Xvfb on any display in :{DISPLAY_NUMBERS[0]}–:{DISPLAY_NUMBERS[-1]}")


# ---- driving the display -----------------------------------------------------------------------


@dataclass
class Desktop:
    """The Xvfb screen and the real input devices on it."""

    display: str
    env: dict[str, str]
    shots: Path

    def xdotool(
        self, *args: str, timeout: float = 30.0, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        if check and result.returncode != 0:
            pytest.fail(f"xdotool {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
        return result

    def key(self, *keys: str) -> None:
        """Press and release each key combination, e.g. ``key("ctrl+n")`` or ``key("Tab")``."""
        self.xdotool("key", "--delay", "50", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "20", text)

    def click(self, x: int, y: int) -> None:
        """Move the pointer to screen position (x, y) and click the left button there."""
        self.xdotool("mousemove", "--sync", str(x), str(y), "click", "1")

    def windows(self, title: str) -> list[int]:
        """The visible windows whose title is exactly ``title``."""
        result = self.xdotool(
            "search", "--onlyvisible", "--name", f"^{re.escape(title)}$", check=False, timeout=10
        )
        return [int(line) for line in result.stdout.split()]

    def wait_for_window(self, title: str, timeout: float = 15.0) -> int:
        return wait_until(lambda: next(iter(self.windows(title)), 0), timeout, f"a window titled {title!r}")

    def wait_window_gone(self, title: str, timeout: float = 15.0) -> None:
        wait_until(lambda: not self.windows(title), timeout, f"the window {title!r} to close")

    def focused_window(self) -> int:
        result = self.xdotool("getwindowfocus", check=False, timeout=10)
        return int(result.stdout) if result.returncode == 0 and result.stdout.strip().isdigit() else 0

    def focus(self, window: int) -> None:
        """Give ``window`` the keyboard focus, as a window manager would on click or when a dialog closes."""
        self.xdotool("windowfocus", "--sync", str(window), timeout=15)
        wait_until(lambda: self.focused_window() == window, 10, f"the focus on window {window}")
        # Qt turns the FocusIn into an active window in its event loop; shortcuts need that done.
        time.sleep(0.3)

    def geometry(self, window: int) -> tuple[int, int, int, int]:
        """The window's screen position and size: x, y, width, height."""
        values = dict(
            line.split("=", 1)
            for line in self.xdotool("getwindowgeometry", "--shell", str(window)).stdout.split()
            if "=" in line
        )
        return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])

    def screenshot(self, name: str) -> Path:
        """Save the whole screen as ``name`` in the screenshot folder."""
        if shutil.which("import") is None:
            pytest.fail("screenshots need ImageMagick's import (apt-get install imagemagick)")
        path = self.shots / name
        subprocess.run(
            ["import", "-window", "root", str(path)],
            env=self.env,
            check=True,
            capture_output=True,
            timeout=30,
        )
        return path


# ---- the app -----------------------------------------------------------------------------------


@dataclass
class RunningApp:
    process: subprocess.Popen[bytes]
    data_dir: Path
    output: Path  # the app's stdout and stderr
    window: int = 0

    @property
    def database(self) -> Path:
        return self.data_dir / "secondround.sqlite3"

    def output_text(self) -> str:
        return self.output.read_text(encoding="utf-8", errors="replace") if self.output.exists() else ""

    def wait_exit(self, timeout: float = 20.0) -> int:
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the app did not exit within {timeout:g} s; its output:\n{self.output_text()}")


LaunchApp = Callable[[Path], RunningApp]
