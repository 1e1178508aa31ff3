"""The real app and its commands as separate processes, on Qt's offscreen platform (no X server needed).

Used by the tests that need two processes at once (one app per data folder) or that watch a process
from outside (its sockets, the files it leaves).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from .harness import FOREIGN_ENV, REPO_ROOT, stop_process

LISTENING = "listening for other launches"


def app_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in FOREIGN_ENV}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def app_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "secondround_desktop", *args]


@dataclass
class AppProcess:
    process: subprocess.Popen[bytes]
    output: Path

    def text(self) -> str:
        return self.output.read_text(encoding="utf-8", errors="replace") if self.output.exists() else ""

    def wait_for(self, needle: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.text():
            if self.process.poll() is not None:
                code = self.process.returncode
                pytest.fail(f"the app exited ({code}) before saying {needle!r}:\n{self.text()}")
            if time.monotonic() > deadline:
                pytest.fail(f"the app did not say {needle!r} within {timeout:g} s:\n{self.text()}")
            time.sleep(0.05)


class Launcher:
    """Starts app processes and ends every one it started (by its pid) when the test ends."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.started: list[subprocess.Popen[bytes]] = []
        self.env: dict[str, str] | None = None  # for every process, unless one is given
        self.preexec: Callable[[], None] | None = None

    def start(
        self,
        data_dir: Path,
        *args: str,
        command: Sequence[str] = (),
        env: dict[str, str] | None = None,
        preexec: Callable[[], None] | None = None,
    ) -> AppProcess:
        output = self.folder / f"process-{len(self.started) + 1}.log"
        with output.open("wb") as out:
            process = subprocess.Popen(
                [*command, *app_command("--data-dir", str(data_dir), *args)],
                cwd=REPO_ROOT,
                env=env or self.env or app_env(),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                preexec_fn=preexec or self.preexec,  # the tests only set the umask there
            )
        self.started.append(process)
        return AppProcess(process, output)

    def run(
        self,
        data_dir: Path,
        *args: str,
        timeout: float = 60.0,
        command: Sequence[str] = (),
        preexec: Callable[[], None] | None = None,
    ) -> tuple[int, str]:
        """Start one process and wait for it; returns its exit status and output."""
        launched = self.start(data_dir, *args, command=command, preexec=preexec)
        try:
            code = launched.process.wait(timeout)
        except subprocess.TimeoutExpired:
            what = " ".join(args) or "the app"
            pytest.fail(f"{what} did not finish within {timeout:g} s:\n{launched.text()}")
        return code, launched.text()

    def stop_all(self) -> None:
        for process in self.started:
            if process.poll() is None:
                # Started through a wrapper (strace), the app is the wrapper's child, and the wrapper
                # would leave it running: end the app itself first, by its pid.
                for child in _children(process.pid):
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(child, signal.SIGTERM)
            stop_process(process)


def _children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except (OSError, ValueError):
        return []
