"""Settings: where the data lives, its backups (back up now, restore one), reminders, theme, language.

The dialog is a column of sections, one QGroupBox with a QFormLayout each; ``add_section`` gives a new
one, so further settings (reminders, theme, language) join without reshaping the rest.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondround_desktop.core.backup import (
    MANUAL_LABEL,
    BackupInfo,
    backup_folder,
    list_backups,
    restore_backup,
    take_backup,
)
from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.migrate import migrate_to_head
from secondround_desktop.paths import AppPaths
from secondround_desktop.ui import preferences
from secondround_desktop.ui.save_manager import SaveManager
from secondround_desktop.ui.texts import error_text
from secondround_desktop.ui.theme import apply_theme

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


def open_folder(folder: Path) -> bool:
    """Show a folder in the system's file manager (a local file URL: no network is involved)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


_Widget = TypeVar("_Widget", bound=QWidget)


def _named(widget: _Widget, name: str) -> _Widget:
    widget.setObjectName(name)
    return widget


def _size_text(size: int) -> str:
    """A file size with the app language's digits and units: "340 KB", "1.5 MB" (German "1,5 MB")."""
    precision = 1 if size >= 1024 * 1024 else 0
    return QLocale().formattedDataSize(
        max(size, 1024), precision, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


class BackupListModel(QAbstractTableModel):
    """The backups of one database, newest first."""

    WHEN, KIND, SIZE = range(3)
    INFO_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Taken"), self.tr("Kind"), self.tr("Size"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == self.INFO_ROLE:
            return info
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.WHEN:
                return info.taken_at.strftime("%Y-%m-%d %H:%M:%S")
            if index.column() == self.KIND:
                return self._kind(info.label)
            return _size_text(info.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.path.name
        return None

    def _kind(self, label: str) -> str:
        if label == MANUAL_LABEL:
            return self.tr("Made by you")
        if label == "auto":
            return self.tr("Automatic")
        if label == "before-restore":
            return self.tr("Before a restore")
        if label.startswith("before-migration"):
            return self.tr("Before an upgrade")
        return label


class RestoreDialog(QDialog):
    """Pick a backup to restore; the caller does the restoring."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a Backup"))
        self.setObjectName("restoreDialog")
        self.model = BackupListModel(self)
        self.model.set_backups(backups)
        self.view = _named(QTableView(), "backupList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAccessibleName(self.tr("Backups"))
        self.view.horizontalHeader().setSectionResizeMode(
            BackupListModel.WHEN, QHeaderView.ResizeMode.Stretch
        )
        for column in (BackupListModel.KIND, BackupListModel.SIZE):
            self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. Your current data is backed up first, so this step "
                "can itself be undone by restoring that backup."
            )
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreChosen")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.doubleClicked.connect(self._on_double_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._on_selection_changed()

    def chosen(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _on_selection_changed(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self.accept()


class SettingsDialog(QDialog):
    dataReplaced = Signal()  # a backup was restored: everything shown must be read again

    def __init__(
        self, paths: AppPaths, db: Database, saver: SaveManager | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.db = db
        self.saver = saver
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self._layout = QVBoxLayout(self)
        self._build_data_section()
        self._build_backup_section()
        self.choices = preferences.open_settings(paths.ui_state)
        self._build_reminder_section()
        self._build_appearance_section()
        self._build_language_section()
        self._layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._layout.addWidget(buttons)
        # As tall as the wrapped text needs at this width, no taller.
        self.resize(620, self._layout.totalHeightForWidth(620))
        self._show_latest()

    def add_section(self, title: str, name: str = "") -> QFormLayout:
        """A new titled section above the Close button; returns its two-column form."""
        box = QGroupBox(title)
        if name:
            box.setObjectName(name)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._layout.addWidget(box)
        return form

    def _folder_row(self, folder: Path, name: str) -> QWidget:
        path = _named(QLabel(str(folder)), f"{name}Path")
        path.setTextFormat(Qt.TextFormat.PlainText)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path.setWordWrap(True)
        button = _named(QPushButton(self.tr("Open Folder")), f"{name}Open")
        button.clicked.connect(lambda: self._open(folder))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(path, 1)
        layout.addWidget(button)
        return row

    def _build_data_section(self) -> None:
        form = self.add_section(self.tr("Your data"), "dataSection")
        form.addRow(self.tr("Data folder:"), self._folder_row(self.paths.data_dir, "dataFolder"))
        note = QLabel(self.tr("Everything stays on this computer, readable by your user account only."))
        note.setWordWrap(True)
        form.addRow(note)

    def _build_backup_section(self) -> None:
        form = self.add_section(self.tr("Backups"), "backupSection")
        form.addRow(self.tr("Backup folder:"), self._folder_row(backup_folder(self.db.path), "backupFolder"))
        self.latest = _named(QLabel(), "latestBackup")
        self.latest.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Latest:"), self.latest)
        policy = QLabel(
            self.tr(
                "A backup is taken when the app starts (once a day), every 30 minutes while you work and "
                "when you quit, if something changed. SecondRound keeps 7 daily, 4 weekly and 12 monthly "
                "backups."
            )
        )
        policy.setWordWrap(True)
        form.addRow(policy)
        self.backup_now = _named(QPushButton(self.tr("&Back Up Now")), "backUpNow")
        self.restore = _named(QPushButton(self.tr("&Restore…")), "restoreBackup")
        self.backup_now.clicked.connect(self.back_up_now)
        self.restore.clicked.connect(self.choose_and_restore)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_now)
        actions.addWidget(self.restore)
        actions.addStretch(1)
        form.addRow("", actions)

    def _build_reminder_section(self) -> None:
        form = self.add_section(self.tr("Reminders"), "reminderSection")
        chosen = preferences.reminder_settings(self.choices)
        self.remind_day = _named(QCheckBox(self.tr("A &day before an interview")), "remindDayBefore")
        self.remind_hour = _named(QCheckBox(self.tr("An &hour before an interview")), "remindHourBefore")
        self.remind_thanks = _named(QCheckBox(self.tr("When a &thank-you is due")), "remindThankYou")
        for box, field, on in (
            (self.remind_day, "day_before", chosen.day_before),
            (self.remind_hour, "hour_before", chosen.hour_before),
            (self.remind_thanks, "thank_you", chosen.thank_you),
        ):
            box.setChecked(on)
            box.toggled.connect(partial(preferences.set_reminder, self.choices, field))
            form.addRow(box)
        note = QLabel(
            self.tr(
                "Reminders appear as desktop notifications where the desktop shows them, otherwise in a bar "
                "above the list of interviews."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)

    def _build_appearance_section(self) -> None:
        form = self.add_section(self.tr("Appearance"), "appearanceSection")
        self.theme = _named(QComboBox(), "themeChoice")
        for value, label in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme(self.choices))))
        self.theme.currentIndexChanged.connect(self._on_theme_chosen)
        form.addRow(self.tr("&Theme:"), self.theme)

    def _on_theme_chosen(self, _index: int) -> None:
        mode = str(self.theme.currentData())
        preferences.set_theme(self.choices, mode)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, mode)  # live: every open window repaints

    def _build_language_section(self) -> None:
        form = self.add_section(self.tr("Language"), "languageSection")
        self.language = _named(QComboBox(), "languageChoice")
        for value, label in (
            ("system", self.tr("Same as the system")),
            ("en", "English"),  # each language in its own name, so that it can be found in any
            ("de", "Deutsch"),
        ):
            self.language.addItem(label, value)
        current = preferences.language_setting(self.choices)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._on_language_chosen)
        form.addRow(self.tr("&Language:"), self.language)
        self.language_note = _named(
            QLabel(
                self.tr(
                    "The new language, also that of the prep guidance, takes effect when you restart "
                    "SecondRound."
                )
            ),
            "languageNote",
        )
        self.language_note.setWordWrap(True)
        form.addRow(self.language_note)

    def _on_language_chosen(self, _index: int) -> None:
        preferences.set_language(self.choices, str(self.language.currentData()))

    def _show_latest(self) -> None:
        backups = list_backups(self.db.path)
        if backups:
            newest = backups[0]
            self.latest.setText(
                self.tr("{0}  (backups kept: {1})").format(
                    newest.taken_at.strftime("%Y-%m-%d %H:%M"), len(backups)
                )
            )
        else:
            self.latest.setText(self.tr("No backup yet"))
        self.restore.setEnabled(bool(backups))

    def _open(self, folder: Path) -> None:
        try:
            opened = open_folder(folder)
        except OSError as exc:
            opened = False
            log.warning("cannot open %s: %s", folder, exc)
        if not opened:
            QMessageBox.warning(
                self, self.tr("Open Folder"), self.tr("The folder could not be opened:\n{0}").format(folder)
            )

    def _flush(self) -> bool:
        """Everything typed is saved first, so that a backup holds it and a restore does not lose it."""
        return self.saver is None or (self.saver.flush() and not self.saver.has_unsaved())

    def back_up_now(self) -> Path | None:
        self._flush()  # even if a save is failing, a backup of what is stored is worth having
        try:
            made = take_backup(self.db.path, label=MANUAL_LABEL)
        except UserFacingError as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), error_text(exc))
            return None
        self._show_latest()
        self.latest.setToolTip(str(made))
        return made

    def choose_and_restore(self) -> bool:
        backups = list_backups(self.db.path)
        if not backups:
            return False
        dialog = RestoreDialog(backups, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        chosen = dialog.chosen()
        return chosen is not None and self.restore_from(chosen)

    def restore_from(self, chosen: BackupInfo) -> bool:
        """Replace the data with a backup's, after saving what is typed and backing up what is stored."""
        if not self._flush():
            QMessageBox.warning(
                self,
                self.tr("Restore"),
                self.tr("Some changes are not saved yet, so nothing was restored:\n\n{0}").format(
                    self.saver.message if self.saver else ""
                ),
            )
            return False
        when = chosen.taken_at.strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace your data with the backup taken {0}?\n\n"
                "Your current data is backed up first, so you can go back to it."
            ).format(when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            # The pooled connections are closed so none holds a page cache from before the restore.
            self.db.engine.dispose()
            result = restore_backup(self.db.path, chosen.path)
            migrate_to_head(self.db.path)  # the backup may be from an older version of the app
        except UserFacingError as exc:
            QMessageBox.warning(self, self.tr("Restore failed"), error_text(exc))
            return False
        finally:
            self.db.engine.dispose()
        self._show_latest()
        self.dataReplaced.emit()
        kept = (
            self.tr("\n\nYour data from before is kept as:\n{0}").format(result.previous)
            if result.previous
            else ""
        )
        QMessageBox.information(
            self, self.tr("Restore"), self.tr("Restored the backup taken {0}.").format(when) + kept
        )
        return True
