"""The core is pure: no module under secondround_desktop/core imports Qt, and neither do headless commands."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import secondround_desktop.core

CORE_DIR = Path(secondround_desktop.core.__file__).parent
QT_ROOTS = frozenset({"PySide6", "PySide2", "PyQt6", "PyQt5", "shiboken6", "shiboken2", "qtpy"})


def qt_imports(source: str) -> list[str]:
    """Names of Qt modules a piece of Python source imports, statically or through importlib."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names = [node.args[0].value]
        found += [name for name in names if name.split(".")[0] in QT_ROOTS]
    return found


CORE_FILES = sorted(CORE_DIR.rglob("*.py"))


def test_the_scan_sees_every_kind_of_import() -> None:
    source = textwrap.dedent(
        """
        import os, PySide6.QtCore
        from PyQt6 import QtWidgets
        from shiboken6 import isValid
        import importlib
        importlib.import_module("PySide6.QtGui")
        from . import PySide6  # a relative import of our own module is fine
        """
    )
    assert qt_imports(source) == ["PySide6.QtCore", "PyQt6", "shiboken6", "PySide6.QtGui"]


def test_the_core_has_files_to_scan() -> None:
    names = {path.name for path in CORE_FILES}
    assert {"db.py", "models.py", "interviews.py", "migrate.py", "env.py"} <= names


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda path: str(path.relative_to(CORE_DIR)))
def test_core_module_imports_no_qt(path: Path) -> None:
    assert qt_imports(path.read_text(encoding="utf-8")) == []


IMPORT_ALL_AND_CHECK = """
import importlib, json, pkgutil, sys
from pathlib import Path

import secondround_desktop.core as core

# Alembic runs env.py as a script inside a migration; importing it on its own would start one.
SKIP = {"secondround_desktop.core.migrations.env"}
imported = []
for info in pkgutil.walk_packages(core.__path__, core.__name__ + "."):
    if info.name not in SKIP:
        importlib.import_module(info.name)
        imported.append(info.name)

from secondround_desktop import cli
from secondround_desktop.core.db import open_database

folder = Path(sys.argv[1])
open_database(folder / "secondround.sqlite3").close()
code = cli.main(["check", "--data-dir", str(folder)])
qt = sorted(name for name in sys.modules if name.split(".")[0] in set(sys.argv[2].split(",")))
print(json.dumps({"code": code, "qt": qt, "imported": imported}))
"""


def test_importing_the_core_and_running_a_headless_command_loads_no_qt(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL_AND_CHECK, str(tmp_path / "data"), ",".join(sorted(QT_ROOTS))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert "PySide6" not in report["qt"]
    assert report["qt"] == []
    assert "secondround_desktop.core.interviews" in report["imported"]
    assert "secondround_desktop.core.sample" in report["imported"]
