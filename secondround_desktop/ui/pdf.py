"""Rich text to PDF with Qt's own writer (no extra dependency). Needs a Q(Gui)Application."""

from __future__ import annotations

from pathlib import Path

from secondround_desktop.core.errors import StorageError, storage_error_from
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP


def write_pdf(html: str, path: Path, title: str) -> None:
    """Lay out ``html`` on A4 pages and write it to ``path`` (through a temporary file, then a rename)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    temporary = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(temporary))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("SecondRound")
    document = QTextDocument()
    document.setHtml(html)
    # Lay the text out on the page's printable width in points, so it fills the page as on paper.
    document.setPageSize(writer.pageLayout().paintRectPoints().size().toSizeF())
    document.print_(writer)
    del writer  # finishes the file
    try:
        if not temporary.exists() or temporary.stat().st_size == 0:
            raise StorageError(
                QT_TRANSLATE_NOOP("Storage", "Could not write the PDF to {0}.").format(path.parent)
            )
        temporary.chmod(0o600)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise storage_error_from(exc) or StorageError(str(exc)) from exc


def ensure_gui_application() -> object:
    """A QGuiApplication for headless rendering, on the offscreen platform when none exists yet."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["secondround", "-platform", "offscreen"])
