"""Light and dark: the override in Settings applies live; "system" follows the desktop's scheme."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from secondround_desktop.ui import preferences
from secondround_desktop.ui.main_window import MainWindow
from secondround_desktop.ui.settings_dialog import SettingsDialog
from secondround_desktop.ui.theme import apply_theme, current_mode


@pytest.fixture(autouse=True)
def back_to_system() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "system", Qt.ColorScheme.Light)


def window_is_dark(widget: MainWindow) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 100


def test_override_in_settings_applies_live(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    assert not window_is_dark(window)  # offscreen reports no dark scheme
    dialog = SettingsDialog(window.paths, window.service.db, window.saver, window)
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == "system"
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert window_is_dark(window)
    assert preferences.theme(preferences.open_settings(window.paths.ui_state)) == "dark"
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    assert not window_is_dark(window)
    assert current_mode(QApplication.instance()) == "light"  # type: ignore[arg-type]


def test_system_mode_follows_the_desktop_and_an_override_does_not(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "system")
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_is_dark(window)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not window_is_dark(window)
    apply_theme(app, "light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not window_is_dark(window)


def test_the_looks_come_from_the_style_by_object_name_without_an_application_style_sheet(
    qtbot: QtBot, make_window: Callable[[], MainWindow], add_interview: Callable[..., int]
) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel

    from secondround_desktop.ui.theme import ACCENT

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    assert app.styleSheet() == ""  # one on the application makes building every window slow
    interview = add_interview("Acme")
    window = make_window()
    window.refresh(select=interview)
    title = window.workspace.title
    assert title.font().pointSizeF() == 17.0 and title.font().weight() == QFont.Weight.DemiBold
    assert window.workspace.subtitle.foregroundRole() == QPalette.ColorRole.PlaceholderText

    window.workspace.tabs.setCurrentWidget(window.workspace.prep)
    guidance = window.workspace.prep.fresh.findChild(QLabel, "guidance")
    assert guidance is not None
    image = guidance.grab().toImage()
    bar = image.pixelColor(1, image.height() // 2)  # the accent bar on the left
    inside = image.pixelColor(image.width() - 4, image.height() // 2)  # the tint, in the right margin
    assert abs(bar.hue() - ACCENT.hue()) < 8 and bar.saturation() > 120
    assert abs(inside.hue() - ACCENT.hue()) < 12 and 0 < inside.saturation() < 80

    # Group titles are headings; what the group holds is in the regular weight.
    from PySide6.QtWidgets import QGroupBox

    group = window.workspace.findChild(QGroupBox)
    assert group is not None
    assert group.font().weight() == QFont.Weight.DemiBold
    contents = [child for child in group.findChildren(QLabel) if child.isVisible()]
    contents += [window.workspace.form]
    assert all(child.font().weight() == QFont.Weight.Normal for child in contents)
    subheading = QLabel("Round 1", objectName="subheading")
    subheading.ensurePolished()
    assert subheading.font().weight() == QFont.Weight.DemiBold


def test_the_first_frame_uses_the_last_answer_and_the_style_follows(qtbot: QtBot, tmp_path: Path) -> None:
    from secondround_desktop.ui.style import ThemeStyle
    from secondround_desktop.ui.theme import finish_theme, system_is_dark

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = preferences.open_settings(tmp_path / "ui-state.ini")
    assert preferences.system_was_dark(settings) is None  # never asked: the start asks the desktop
    preferences.remember_system_dark(settings, True)
    assumed = preferences.system_was_dark(preferences.open_settings(tmp_path / "ui-state.ini"))
    assert assumed is True

    # The first frame: the remembered answer, colours only.
    apply_theme(app, "system", system_dark=assumed, with_style=False)
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 100

    # Right after it: the style, and the desktop's real answer (offscreen: not dark), to remember.
    dark = finish_theme(app)
    assert dark is system_is_dark() is False
    assert isinstance(app.style(), ThemeStyle)
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    preferences.remember_system_dark(settings, dark)
    assert preferences.system_was_dark(preferences.open_settings(tmp_path / "ui-state.ini")) is False


def test_the_wheel_scrolls_the_page_past_a_combo_box_it_does_not_change(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    add_interview: Callable[..., int],
    service: object,
    open_debrief: Callable[[MainWindow, int], QWidget],
) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QComboBox, QScrollArea

    from secondround_desktop.core.interviews import InterviewService, PersonInput

    app = QApplication.instance()
    assert isinstance(app, QApplication) and isinstance(service, InterviewService)
    apply_theme(app, "light")
    interview = add_interview("Acme", days=-1)
    for name in ("Ana Ruiz", "Ben Ode", "Cleo Park", "Dev Shah"):  # a page taller than the window
        service.add_person(interview, PersonInput(name))
    window = make_window()
    window.resize(1000, 600)
    tab = open_debrief(window, interview)
    combo = tab.findChildren(QComboBox)[-1]  # the last person's impression
    scroll = tab.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)  # laid out

    def wheel_down(widget: QWidget) -> None:
        centre = QPointF(widget.rect().center())
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)

    before, value = bar.value(), combo.currentIndex()
    wheel_down(combo)
    assert combo.currentIndex() == value  # unchanged: the pointer was only passing
    assert bar.value() > before  # the page scrolled instead
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    wheel_down(combo)
    assert combo.currentIndex() != value  # once chosen, the wheel changes it
