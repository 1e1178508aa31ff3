"""A small undo command for editors whose actions are a pair of service calls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from secondround_desktop.core.errors import UserFacingError


class CallCommand(QUndoCommand):
    """Runs ``do`` on redo and ``undo`` on undo, then ``after``. A failed first run removes the command.

    ``report`` shows a failure to the user; the stack stays truthful because nothing changed.
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
        self._run(self._do, self.text().lower())

    def undo(self) -> None:
        self._run(self._undo, "undo " + self.text().lower())
