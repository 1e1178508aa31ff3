"""The panel of an interview: an editable table of people, an inline row to add one, and earlier people."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.interviews import PersonInput, PersonView
from secondround_desktop.core.models import Relation
from secondround_desktop.ui.interview_form import FieldError
from secondround_desktop.ui.labels import relation_label, relation_labels
from secondround_desktop.ui.texts import error_text

Index = QModelIndex | QPersistentModelIndex
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PanelModel(QAbstractTableModel):
    NAME, TITLE, EMAIL, RELATION = range(4)
    HEADERS = (  # marked for lupdate; translated in headerData by self.tr
        QT_TRANSLATE_NOOP("PanelModel", "Name"),
        QT_TRANSLATE_NOOP("PanelModel", "Title"),
        QT_TRANSLATE_NOOP("PanelModel", "Email"),
        QT_TRANSLATE_NOOP("PanelModel", "Relation to the role"),
    )

    personEdited = Signal(int, object)  # person id, the validated PersonInput
    editRejected = Signal(str)  # why an edit was refused

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[PersonView] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == self.RELATION:
                if role == Qt.ItemDataRole.EditRole:
                    return person.relation
                return relation_label(person.relation)
            return (person.name, person.title, person.email)[index.column()]
        if role == PERSON_ID_ROLE:
            return person.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        person = self._people[index.row()]
        field = ("name", "title", "email", "relation")[index.column()]
        if getattr(person, field) == value:
            return False
        candidate = PersonInput(person.name, person.title, person.email, person.relation)
        setattr(candidate, field, str(value))
        try:
            clean = candidate.validate()
        except ValidationError as exc:
            self.editRejected.emit(error_text(exc))
            return False
        self._people[index.row()] = replace(
            person, name=clean.name, title=clean.title, email=clean.email, relation=clean.relation
        )
        self.dataChanged.emit(index, index)
        self.personEdited.emit(person.id, clean)
        return True

    def set_people(self, people: tuple[PersonView, ...]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person_id(self, row: int) -> int:
        return self._people[row].id

    def name_of(self, person_id: int) -> str:
        return next((p.name for p in self._people if p.id == person_id), "")


class RelationDelegate(QStyledItemDelegate):
    """Edits the relation column with a list of the playbook's audiences."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        for value, label in relation_labels().items():
            box.addItem(label, str(value))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PanelEditor(QWidget):
    """The panel table with an add row below it. It requests changes; the workspace carries them out."""

    addRequested = Signal(object)  # PersonInput, validated
    removeRequested = Signal(int)  # person id
    addEarlierRequested = Signal(list)  # person ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PanelModel(self)
        self.table = QTableView(objectName="panelTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PanelModel.RELATION, RelationDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.table.setAccessibleName(self.tr("Panel"))
        self.empty_hint = QLabel(self.tr("No one on the panel yet. Add the people you will meet below."))
        self.empty_hint.setObjectName("hint")

        self.remove_action = QAction(self.tr("Remove from Panel"), self.table)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self._on_remove)
        self.table.addAction(self.remove_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.name = QLineEdit(objectName="newPersonName", placeholderText=self.tr("Name"))
        self.title = QLineEdit(objectName="newPersonTitle", placeholderText=self.tr("Title"))
        self.email = QLineEdit(objectName="newPersonEmail", placeholderText=self.tr("Email"))
        self.relation = QComboBox(objectName="newPersonRelation")
        for value, label in relation_labels().items():
            self.relation.addItem(label, str(value))
        self.relation.setCurrentIndex(self.relation.findData(Relation.TEAM_MEMBER.value))
        self.relation.setAccessibleName(self.tr("Relation to the role"))
        self.add_button = QPushButton(self.tr("&Add Person"), objectName="addPersonButton")
        self.add_button.clicked.connect(self._on_add)
        for line in (self.name, self.title, self.email):
            line.returnPressed.connect(self._on_add)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removePersonButton")
        self.remove_button.setToolTip(self.tr("Remove the selected person from this panel (Del)"))
        self.remove_button.clicked.connect(self._on_remove)
        self.earlier_button = QToolButton(objectName="earlierPeopleButton")
        self.earlier_button.setText(self.tr("From Earlier Rounds"))
        self.earlier_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.earlier_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.earlier_menu = QMenu(self.earlier_button)
        self.earlier_button.setMenu(self.earlier_menu)
        self.error = FieldError()
        self.error.setObjectName("panelError")

        add_row = QHBoxLayout()
        add_row.addWidget(self.name, 3)
        add_row.addWidget(self.title, 3)
        add_row.addWidget(self.email, 3)
        add_row.addWidget(self.relation, 2)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.earlier_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_hint)
        layout.addLayout(buttons)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        self.model.editRejected.connect(self.error.show_message)
        self.model.modelReset.connect(self._update_hint)
        self.set_earlier_people(())

    def set_people(self, people: tuple[PersonView, ...]) -> None:
        self.model.set_people(people)
        self.error.show_message(None)

    def set_earlier_people(self, people: tuple[PersonView, ...]) -> None:
        """Offer the people met in earlier rounds; one entry adds them all at once."""
        self.earlier_menu.clear()
        self.earlier_button.setEnabled(bool(people))
        self.earlier_button.setToolTip(
            self.tr("Add people you met in earlier rounds of this opportunity")
            if people
            else self.tr("No one from earlier rounds who is not on this panel already")
        )
        if not people:
            return
        everyone = self.earlier_menu.addAction(self.tr("Add All %n from Earlier Rounds", "", len(people)))
        everyone.triggered.connect(lambda: self.addEarlierRequested.emit([p.id for p in people]))
        self.earlier_menu.addSeparator()
        for person in people:
            label = f"{person.name} — {relation_label(person.relation)}"
            action = self.earlier_menu.addAction(label)
            action.triggered.connect(lambda _=False, pid=person.id: self.addEarlierRequested.emit([pid]))

    def _on_add(self) -> None:
        candidate = PersonInput(
            self.name.text(), self.title.text(), self.email.text(), str(self.relation.currentData())
        )
        try:
            clean = candidate.validate()
        except ValidationError as exc:
            self.error.show_message(error_text(exc))
            (self.email if exc.field == "email" else self.name).setFocus()
            return
        self.error.show_message(None)
        self.addRequested.emit(clean)
        for line in (self.name, self.title, self.email):
            line.clear()
        self.name.setFocus()

    def _on_remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.removeRequested.emit(self.model.person_id(rows[0].row()))

    def _update_hint(self) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)
