"""User text is never rendered as rich text: markup in a name or a note shows as typed, and no image (or
other resource) it names is ever loaded.

Qt renders a QLabel, a tooltip or a message box as HTML when its format is rich, or when it is "auto"
and the first line looks like markup. Every text field of the sample data gets markup in front here,
every interview, tab and prep step is shown, and then every label, tooltip and item tooltip is checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.exchange import export_data, import_data
from secondround_desktop.core.interviews import Scope
from secondround_desktop.core.sample import add_sample_data
from secondround_desktop.ui.main_window import MainWindow
from secondround_desktop.ui.prep import PrepTab

MakeWindow = Callable[[], MainWindow]

MARKUP = '<img src="file:///nonexistent/secondround-probe.png"><b>'
FREE_TEXT_FIELDS = frozenset(
    {
        "company",
        "role",
        "notes",
        "name",
        "title",
        "email",
        "text",
        "answer",
        "note",
        "body",
        "draft",
        "location",
    }
)


def with_markup(value: Any) -> Any:
    """A copy of an export with the markup in front of every free-text field."""
    if isinstance(value, dict):
        return {
            key: MARKUP + item if key in FREE_TEXT_FIELDS and isinstance(item, str) else with_markup(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [with_markup(item) for item in value]
    return value


def rendered_as_rich_text(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    if text_format == Qt.TextFormat.RichText:
        return True
    return text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)


def unsafe(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """Markup from user text that Qt would render: the raw tag is there and the text is taken as HTML."""
    return "<img" in text and rendered_as_rich_text(text, text_format)


def item_tooltips(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for row in range(model.rowCount(QModelIndex())):
        for column in range(model.columnCount(QModelIndex())):
            tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip


def problems_in(window: QWidget) -> list[str]:
    found: list[str] = []
    widgets = [window, *window.findChildren(QWidget)]
    for label in (widget for widget in widgets if isinstance(widget, QLabel)):
        if unsafe(label.text(), label.textFormat()):
            found.append(f"label {label.objectName() or '(unnamed)'}: {label.text()[:80]!r}")
    for widget in widgets:
        if unsafe(widget.toolTip()):
            found.append(
                f"tooltip of {type(widget).__name__} {widget.objectName()}: {widget.toolTip()[:80]!r}"
            )
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count()):
            if unsafe(bar.tabToolTip(index)):
                found.append(f"tab tooltip {bar.tabText(index)!r}")
    for view in window.findChildren(QAbstractItemView):
        found += [
            f"item tooltip in {view.objectName()}: {tip[:80]!r}" for tip in item_tooltips(view) if unsafe(tip)
        ]
    return found


def visit_everything(window: MainWindow, qtbot: QtBot) -> list[str]:
    """Show every interview in both lists, every workspace tab and every prep step; collect problems."""
    found: list[str] = []
    for scope in (Scope.UPCOMING, Scope.PAST):
        window.set_scope(scope)
        for row in range(window.list_model.rowCount()):
            window.list_view.setCurrentIndex(window.list_model.index(row, 0))
            tabs = window.workspace.tabs
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                page = tabs.currentWidget()
                steps = page.step_tabs.count() if isinstance(page, PrepTab) else 1
                for step in range(steps):
                    if isinstance(page, PrepTab):
                        page.go_to(step)
                    qtbot.wait(1)
                    found += [problem for problem in problems_in(window) if problem not in found]
    return found


def test_markup_in_user_text_is_never_rendered(make_window: MakeWindow, db: Database, qtbot: QtBot) -> None:
    add_sample_data(db)
    import_data(db, with_markup(export_data(db)))
    window = make_window()

    problems = visit_everything(window, qtbot)

    assert problems == []
    # The markup is really on screen, as typed: the test would see it if it were rendered.
    assert any(MARKUP in label.text() for label in window.findChildren(QLabel))


def test_the_check_itself_notices_a_label_that_renders_user_text(qtbot: QtBot) -> None:
    label = QLabel(MARKUP + "Acme")
    qtbot.addWidget(label)
    assert problems_in(label) == [f"label (unnamed): {(MARKUP + 'Acme')[:80]!r}"]
    label.setTextFormat(Qt.TextFormat.PlainText)
    assert problems_in(label) == []


def test_a_failure_message_quoting_user_text_is_shown_as_text(
    make_window: MakeWindow, no_waiting_dialogs: list[str]
) -> None:
    window = make_window()
    window.show_failure("save the details", UserFacingError(f"“{MARKUP}Acme” cannot be saved"))
    (shown,) = no_waiting_dialogs
    assert not unsafe(shown)
    assert "Acme" in shown
    assert not unsafe(window.indicator.toolTip())
