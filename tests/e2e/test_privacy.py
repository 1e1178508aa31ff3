"""Privacy, checked from outside the process: the app opens no network socket, ever, and every file
and folder it creates is readable by the user alone.

The network check runs the app and every command under ``strace -f``, which sees each socket the
process and its threads create — Qt's own C++ sockets included, which no Python hook would see — and
fails on any IPv4 or IPv6 socket. Unix-domain sockets (the single-instance channel, an X display) are
local and allowed. Where strace is missing or may not trace, a Python audit hook does a weaker check.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from .harness import Desktop
from .processes import LISTENING, Launcher, app_command, app_env

NETWORK_FAMILIES = re.compile(r"\b(AF_INET6?|PF_INET6?|AF_PACKET)\b")


def strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket", "-o", os.devnull, sys.executable, "-c", "pass"],
        capture_output=True,
        timeout=30,
        check=False,
    )
    return probe.returncode == 0  # containers may forbid ptrace


needs_strace = pytest.mark.skipif(
    not strace_works(), reason="strace is missing or may not trace here (apt-get install strace)"
)


def network_calls(trace: Path) -> list[str]:
    """The socket() and connect() calls in an strace log that reach for the network."""
    calls = []
    for line in trace.read_text(encoding="utf-8", errors="replace").splitlines():
        if ("socket(" in line or "connect(" in line) and NETWORK_FAMILIES.search(line):
            calls.append(line.strip())
    return calls


def traced(trace: Path) -> list[str]:
    return ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace)]


def everything_the_app_does(launcher: Launcher, tmp_path: Path, command: Callable[[str], list[str]]) -> None:
    """A full run: every command, the app itself (twice at once, and after damage), each under ``command``."""
    data = tmp_path / "data"
    export = tmp_path / "export.json"

    def run(name: str, *args: str) -> str:
        code, output = launcher.run(data, *args, command=command(name), timeout=120)
        assert code == 0, f"{name}: {output}"
        return output

    run("sample-data", "sample-data")
    run("export-json", "export", "--format", "json", "--out", str(export))
    run("export-md", "export", "--format", "md", "--out", str(tmp_path / "export.md"))
    run("export-ics", "export", "--format", "ics", "--out", str(tmp_path / "export.ics"))
    run("import", "import", str(export))
    run("cheatsheet", "cheatsheet", "1", "--out", str(tmp_path / "sheet.pdf"))
    run("backup", "backup")
    run("check", "check")
    run("app", "--exit-when-ready")
    # Two launches at once: the second talks to the first over the local socket.
    first = launcher.start(data, command=command("first-app"))
    first.wait_for(LISTENING)
    run("second-app")
    launcher.stop_all()
    # A damaged file: recovery at start, and the repair command.
    database = data / "secondround.sqlite3"
    with database.open("r+b") as handle:
        handle.write(b"\x00" * 100)
    run("recovering-app", "--exit-when-ready")
    with database.open("r+b") as handle:
        handle.write(b"\x00" * 100)
    run("repair", "check", "--repair")


@needs_strace
def test_the_detector_sees_a_network_socket(tmp_path: Path) -> None:
    """The check below can fail: a process that opens an IPv6 socket is caught."""
    trace = tmp_path / "trace.txt"
    subprocess.run(
        [*traced(trace), sys.executable, "-c", "import socket; socket.socket(socket.AF_INET6).close()"],
        check=True,
        timeout=60,
    )
    assert network_calls(trace)


@needs_strace
def test_no_network_socket_is_opened_by_the_app_or_its_commands(launcher: Launcher, tmp_path: Path) -> None:
    traces = tmp_path / "traces"
    traces.mkdir()

    everything_the_app_does(launcher, tmp_path, lambda name: traced(traces / f"{name}.txt"))

    found = {path.name: network_calls(path) for path in sorted(traces.iterdir())}
    assert len(found) >= 12  # every run was traced
    assert {name: calls for name, calls in found.items() if calls} == {}
    # The traces are real: the single-instance channel shows up as a local socket.
    assert any("AF_UNIX" in path.read_text() for path in traces.iterdir())


@needs_strace
def test_no_network_socket_in_a_real_x_window(desktop: Desktop, tmp_path: Path) -> None:
    """On a real display (xcb platform: X11, input methods, accessibility), not only offscreen."""
    trace = tmp_path / "trace.txt"
    result = subprocess.run(
        [*traced(trace), *app_command("--data-dir", str(tmp_path / "data"), "--exit-when-ready")],
        env=desktop.env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert network_calls(trace) == []


AUDIT_HOOK = textwrap.dedent(
    """
    import os, socket, sys

    def _watch(event, args):
        if event == "socket.__new__" and args[1] in (socket.AF_INET, socket.AF_INET6):
            with open(os.environ["SECONDROUND_NETWORK_LOG"], "a") as log:
                log.write(f"{event} {args[1:]}\\n")
        elif event == "socket.connect" and args[0].family in (socket.AF_INET, socket.AF_INET6):
            with open(os.environ["SECONDROUND_NETWORK_LOG"], "a") as log:
                log.write(f"{event} {args[1]!r}\\n")

    sys.addaudithook(_watch)
    """
)


def test_no_network_socket_from_python_code(launcher: Launcher, tmp_path: Path) -> None:
    """The weaker, always-available check: an audit hook in every process sees Python's sockets."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(AUDIT_HOOK, encoding="utf-8")
    log = tmp_path / "network.log"
    env = app_env(SECONDROUND_NETWORK_LOG=str(log))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(hook), env.get("PYTHONPATH", "")]))
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.socket(socket.AF_INET).close()"], env=env, check=False
    )
    assert probe.returncode == 0 and log.exists(), "the hook must see a Python socket"
    log.unlink()
    launcher.env = env

    everything_the_app_does(launcher, tmp_path, lambda _name: [])

    assert not log.exists(), log.read_text()


def test_every_file_and_folder_the_app_makes_is_the_users_alone(launcher: Launcher, tmp_path: Path) -> None:
    """Even under a permissive umask (022), nothing in the data folder is readable by others."""

    def permissive_umask() -> None:
        os.umask(0o022)

    launcher.preexec = permissive_umask

    everything_the_app_does(launcher, tmp_path, lambda _name: [])

    data = tmp_path / "data"
    made = sorted(data.rglob("*"))
    names = {path.name for path in made}
    assert "backups" in names and "secondround.lock" in names and "secondround.log" in names
    assert any(".damaged-" in name for name in names)
    loose = [
        f"{path.relative_to(data)}: {stat.filemode(path.stat().st_mode)}"
        for path in [data, *made]
        if stat.S_IMODE(path.stat().st_mode) & 0o077
    ]
    assert loose == []
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
