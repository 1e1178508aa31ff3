"""What the core says — error messages, readiness warnings, import notes — in the language the app shows.

The core writes English ``Text`` (core.texts) that keeps its template, context and arguments; here the
template is looked up in the installed translations (``QCoreApplication.translate``) and filled with the
same arguments, each of them translated in turn when it is a Text. Plain strings stay as they are.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.texts import Text

log = logging.getLogger(__name__)


def translated(text: str) -> str:
    """``text`` in the app's language when the core marked it for translation, else as it is."""
    if not isinstance(text, Text):
        return text
    arguments = [
        translated(argument) if isinstance(argument, str) else argument for argument in text.arguments
    ]
    template = QCoreApplication.translate(text.context, text.template) if text.context else text.template
    if not arguments:
        return template
    try:
        return template.format(*arguments)
    except (IndexError, KeyError, ValueError):  # a translation with broken placeholders: say it in English
        log.warning("the translation of %r does not fit its arguments", text.template)
        return str(text)


def error_text(error: BaseException) -> str:
    """What an error says, for the user: a core error in the app's language, anything else as it is."""
    if isinstance(error, UserFacingError):
        return translated(error.message)
    return str(error)
