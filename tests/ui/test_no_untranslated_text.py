"""No plain English reaches a widget past Qt's translation functions, as far as the code shows it.

A scan of the UI code: a string literal or f-string with words in it, given straight to a call that puts
text on screen (setText, setToolTip, QLabel, QMessageBox.warning, …), was never translated. And a tr()
call inside an f-string is invisible to lupdate, so its text would never reach the .ts file.
"""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

import pytest

import secondround_desktop
import secondround_desktop.ui

UI_DIR = Path(secondround_desktop.ui.__file__).parent
SOURCES = [*sorted(UI_DIR.glob("*.py")), Path(secondround_desktop.__file__).with_name("app.py")]

# Calls whose text arguments end up on screen.
SHOWN = frozenset(
    {
        "setText", "setToolTip", "setStatusTip", "setWhatsThis", "showMessage", "setPlaceholderText",
        "setWindowTitle", "setAccessibleName", "setAccessibleDescription", "addAction", "addMenu",
        "addTab", "setTabText", "setTabToolTip", "setTitle", "addItem", "addItems", "insertItem",
        "setItemText", "setHeaderLabels", "setHorizontalHeaderLabels", "setSuffix", "setPrefix",
        "setSpecialValueText", "setInformativeText", "setDetailedText", "addButton", "setLabelText",
        "addRow", "setFormat", "setPlainText", "setHtml", "QLabel", "QPushButton", "QAction", "QCheckBox",
        "QGroupBox", "QRadioButton", "QToolButton", "QDockWidget", "QMenu", "QUndoCommand", "warning",
        "critical", "information", "question", "about",
    }
)  # fmt: skip
SHOWN_KEYWORDS = frozenset({"text", "placeholderText", "toolTip", "windowTitle", "title"})
LOGGING = frozenset({"log", "logging", "logger"})
WORDS = re.compile(r"[A-Za-z]{3,}")


def _words(node: ast.expr) -> str | None:
    """The English in an argument that is (or is built from) a literal, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if WORDS.search(node.value) and not node.value.startswith("https://") else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
        return text if WORDS.search(re.sub(r"<[^>]*>", "", text)) else None
    if isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) or _words(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _words(node.func.value)
    return None


def _name(call: ast.Call) -> str:
    return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")


def untranslated(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Attribute) and getattr(node.func.value, "id", "") in LOGGING:
            continue  # log.warning("…"): for the log file, in English
        arguments = [k.value for k in node.keywords if k.arg in SHOWN_KEYWORDS]
        if _name(node) in SHOWN:
            arguments += node.args
        found += [f"{node.lineno}: {text!r}" for text in map(_words, arguments) if text]
    return found


def tr_in_fstrings(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _name(inner) in ("tr", "translate"):
                    found.append(f"{inner.lineno}: {ast.unparse(inner)}")
    return found


def test_the_scan_finds_what_it_looks_for() -> None:
    source = textwrap.dedent(
        """
        label.setText("Saved")
        label.setText(f"Saved {name}")
        QMessageBox.warning(self, self.tr("Export failed"), "Could not " + what)
        box = QLabel("Round {0}".format(number))
        edit = QLineEdit(objectName="company", placeholderText="e.g. Acme")
        label.setText(self.tr("Saved"))
        label.setText(f"{name} — {role}")
        link.setPlaceholderText("https://…")
        log.warning("cannot read %s", path)
        html = f"<a>{self.tr('Open')}</a>"
        """
    )
    assert [line.split(":")[0] for line in untranslated(source)] == ["2", "3", "4", "5", "6"]
    assert tr_in_fstrings(source) == ["11: self.tr('Open')"]


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.name)
def test_ui_text_goes_through_tr(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert untranslated(source) == []
    assert tr_in_fstrings(source) == []
