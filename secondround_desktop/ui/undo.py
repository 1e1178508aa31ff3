"""A small undo command for editors whose actions are a pair of service calls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from secondround_desktop.core.errors import UserFacingError


class CallCommand(QUndoCommand):
    """Runs ``do`` on redo and ``undo`` on undo, then ``after``. A failed first run removes the command.

    ``report`` shows a failure to the user (a translated headline and the error); the stack stays
    truthful because nothing changed.
    """

    def __init__(
        self,
        text: str,
        do: Callable[[], None],
        undo: Callable[[], None],
        after: Callable[[], None],
        report: Callable[[str, UserFacingError], None],
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._after = after
        self._report = report

    def _run(self, action: Callable[[], None], what: str) -> None:
        try:
            action()
        except UserFacingError as exc:
            self.setObsolete(True)
            self._report(what, exc)
            return
        self._after()

    def redo(self) -> None:
        self._run(
            self._do,
            QCoreApplication.translate("CallCommand", "Could not carry out “{0}”").format(self.text()),
        )

    def undo(self) -> None:
        self._run(
            self._undo, QCoreApplication.translate("CallCommand", "Could not undo “{0}”").format(self.text())
        )


Snapshot = dict[str, object]


def creation(
    create: Callable[[], int], remove: Callable[[int], Snapshot], restore: Callable[[Snapshot], None]
) -> tuple[Callable[[], None], Callable[[], None]]:
    """The do/undo pair for a row created once, then removed on undo and restored (same id) on redo."""
    created: list[int] = []
    removed: list[Snapshot] = []

    def do() -> None:
        if removed:
            restore(removed.pop())
        else:
            created.append(create())

    def undo() -> None:
        removed.append(remove(created[0]))

    return do, undo


def removal(
    remove: Callable[[], Snapshot], restore: Callable[[Snapshot], None]
) -> tuple[Callable[[], None], Callable[[], None]]:
    """The do/undo pair for removing a row and putting it back as it was."""
    removed: list[Snapshot] = []
    return (lambda: removed.append(remove())), (lambda: restore(removed.pop()))
