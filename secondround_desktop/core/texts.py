"""Texts the core writes for people — error messages, readiness warnings, import notes — marked so that
the desktop app can say them in the user's language.

The core speaks English: a ``Text`` is a ``str`` whose value is its English wording, which is what the
command line, the logs and the file exports show. It also remembers the template it was made from, the
template's translation context and the arguments filled in, so that the desktop app can look the template
up in its translations and fill in the same arguments (``ui.texts.translated``).

Each template is written as ``QT_TRANSLATE_NOOP("Context", "English {0} template")``: Qt's lupdate finds
those calls by name and collects the template into resources/translations/*.ts under its context. The
function here is a plain one of the same name (the core imports no Qt); it makes the ``Text``. Arguments
go in with ``.format(...)``, by position, as the UI does with ``self.tr("…{0}…").format(x)``; an argument
that is a ``Text`` itself is translated too.

    raise ValidationError(QT_TRANSLATE_NOOP("Validation", "“{0}” is not a date.").format(typed), "date")
"""

from __future__ import annotations

from typing import Any


class Text(str):
    """English text that knows its template, the template's context and its arguments."""

    context: str
    template: str
    arguments: tuple[object, ...]

    def __new__(cls, context: str, template: str, arguments: tuple[object, ...] = ()) -> Text:
        text = super().__new__(cls, template.format(*arguments) if arguments else template)
        text.context = context
        text.template = template
        text.arguments = arguments
        return text

    def format(self, *args: object, **kwargs: object) -> Text:
        """The template with ``args`` filled in (``{0}``, ``{1}``, …), still a Text."""
        if kwargs:
            raise TypeError("a Text takes its arguments by position: {0}, {1}, …")
        return Text(self.context, self.template, args)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.template, self.arguments))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark ``source`` for lupdate under ``context``; the English text, as a Text to fill with format()."""
    return Text(context, source)


def joined(separator: str, parts: list[str]) -> Text:
    """Parts (Texts or plain strings) joined by a separator, e.g. a message and its lines of detail.

    The separator is no language's word (a newline, a space), so it stays as it is in every language.
    """
    return Text("", separator.join(f"{{{number}}}" for number in range(len(parts))), tuple(parts))
