"""One app per data folder, with real processes: a second launch raises the first and exits; a crash
never blocks the next start; headless commands work beside the app, except a repair.

The apps run on Qt's offscreen platform, so these tests need no X server. The first app's log (its
stderr) says when it listens for other launches and when another launch asked it to come forward.
"""

from __future__ import annotations

import signal
import stat
import tempfile
from pathlib import Path

from secondround_desktop.core.instance import InstanceLock, instance_key

from .processes import LISTENING, Launcher

RAISED = "bringing it to the front"
HANDED_OVER = "already running"


def socket_path(data_dir: Path) -> Path:
    """Where QLocalServer puts the socket for a plain name on Unix: the temp folder."""
    return Path(tempfile.gettempdir()) / instance_key(data_dir)


def test_a_second_launch_brings_the_first_to_the_front_and_exits(launcher: Launcher, tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = launcher.start(data)
    first.wait_for(LISTENING)
    listening = socket_path(data)
    assert listening.exists()
    assert stat.S_IMODE(listening.stat().st_mode) & 0o077 == 0  # only this user may connect

    code, output = launcher.run(data, timeout=30)

    assert code == 0, output
    assert HANDED_OVER in output
    assert LISTENING not in output  # it never became the owner of the folder
    first.wait_for(RAISED, timeout=15)
    assert first.process.poll() is None  # the first one runs on


def test_a_crashed_app_does_not_block_the_next_start(launcher: Launcher, tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = launcher.start(data)
    first.wait_for(LISTENING)
    first.process.send_signal(signal.SIGKILL)  # a crash: no clean-up of the lock or the socket
    first.process.wait(10)
    assert socket_path(data).exists(), "the crash should have left its socket behind"

    code, output = launcher.run(data, "--exit-when-ready", timeout=60)

    assert code == 0, output
    assert LISTENING in output  # it took over the folder, the stale socket notwithstanding
    assert HANDED_OVER not in output


def test_two_data_folders_run_side_by_side(launcher: Launcher, tmp_path: Path) -> None:
    first = launcher.start(tmp_path / "one")
    first.wait_for(LISTENING)

    code, output = launcher.run(tmp_path / "two", "--exit-when-ready", timeout=60)

    assert code == 0, output
    assert LISTENING in output
    assert RAISED not in first.text()
    assert first.process.poll() is None


def test_a_folder_held_by_a_process_that_does_not_answer_is_left_alone(
    launcher: Launcher, tmp_path: Path
) -> None:
    """Something holds the folder (a repair, or an app that hangs): the launch gives up, untouched."""
    data = tmp_path / "data"
    holder = InstanceLock(data)
    assert holder.acquire()
    try:
        code, output = launcher.run(data, "--exit-when-ready", timeout=60)
    finally:
        holder.release()
    assert code == 1, output
    assert "did not answer" in output
    assert not (data / "secondround.sqlite3").exists()  # it never opened (or created) the database


def test_headless_commands_work_while_the_app_runs_but_repair_waits(
    launcher: Launcher, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert launcher.run(data, "sample-data")[0] == 0
    app = launcher.start(data)
    app.wait_for(LISTENING)
    export = tmp_path / "export.json"

    for args in (
        ("export", "--format", "json", "--out", str(export)),
        ("import", str(export)),
        ("backup",),
        ("check",),
    ):
        code, output = launcher.run(data, *args)
        assert code == 0, f"{args}: {output}"

    code, output = launcher.run(data, "check", "--repair")
    assert code == 1
    assert "is running" in output
    assert app.process.poll() is None
