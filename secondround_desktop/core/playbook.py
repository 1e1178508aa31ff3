"""The playbook as data: the four prep steps, their checklists and the seed question bank.

The texts live in ``resources/playbook/playbook.<language>.jsonl`` so they can be edited and translated
without touching code. JSON Lines keeps one entry per line, which lets every error name its line; the
format is described in docs/playbook-content.md.

The step keys are fixed here rather than in the data: the prep walk and the stored checklist state are
built around exactly these four steps, so a file cannot add, drop or reorder them.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.paths import resource_path

logger = logging.getLogger(__name__)

STEP_KEYS: tuple[str, ...] = ("fresh_points", "advocate", "frank_questions", "fit")
AUDIENCES: tuple[str, ...] = ("team_member", "potential_boss", "boss_of_boss", "hiring_manager", "anyone")
KINDS: tuple[str, ...] = ("step", "check", "question")
FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "step": ("kind", "key", "title", "guidance"),
        "check": ("kind", "key", "step", "text"),
        "question": ("kind", "key", "audience", "text"),
    }
)
MIN_QUESTIONS_PER_AUDIENCE = 8
DEFAULT_LANGUAGE = "en"
PLAYBOOK_FOLDER = "playbook"

# Keys end up in the database (checklist state), so they stay plain and stable.
_KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
# A language tag fit for a file name ("de", "de_AT", "pt-BR", "sr_Latn"): nothing that could leave the folder.
_LANGUAGE_PATTERN = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$")
_SOURCE_LANGUAGE = re.compile(r"playbook\.([A-Za-z0-9_-]+)\.jsonl$")
# A message listing hundreds of problems helps nobody; the first few show the pattern.
_MAX_REPORTED = 20


@dataclass(frozen=True)
class PlaybookProblem:
    """One thing wrong in a playbook file; ``line`` is 1-based, None when no single line is to blame.

    A rule that only the whole file can break (a step or questions missing) points at its last line,
    where the missing entries would go, and says so with ``end_of_file``.
    """

    source: str
    line: int | None
    message: str
    end_of_file: bool = False

    def __str__(self) -> str:
        suffix = " (end of file)" if self.end_of_file else ""
        return f"{_where(self.source, self.line)}{suffix}: {self.message}"


def _where(source: str, line: int | None) -> str:
    return source if not line else f"{source}, line {line}"


class PlaybookError(UserFacingError):
    """A playbook file that cannot be used; the message names the file and line of every problem found."""

    def __init__(self, problems: Sequence[PlaybookProblem]) -> None:
        if not problems:
            raise ValueError("a PlaybookError needs at least one problem")
        self.problems: tuple[PlaybookProblem, ...] = tuple(problems)
        lines = [str(problem) for problem in self.problems[:_MAX_REPORTED]]
        if len(self.problems) > _MAX_REPORTED:
            lines.append(f"… and {len(self.problems) - _MAX_REPORTED} more problems")
        super().__init__("\n".join(lines))

    @property
    def source(self) -> str:
        return self.problems[0].source

    @property
    def line(self) -> int | None:
        return self.problems[0].line


@dataclass(frozen=True)
class CheckItem:
    key: str
    step: str
    text: str


@dataclass(frozen=True)
class Step:
    key: str
    number: int
    title: str
    guidance: str
    checks: tuple[CheckItem, ...]


@dataclass(frozen=True)
class SeedQuestion:
    key: str
    audience: str
    text: str


@dataclass(frozen=True)
class Playbook:
    steps: tuple[Step, ...]
    questions: tuple[SeedQuestion, ...]
    language: str
    # Where the content came from and where each key is defined, so that a translation's errors can
    # point at the English line; neither takes part in equality.
    source: str = field(default="", compare=False)
    key_lines: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, repr=False
    )

    def step(self, key: str) -> Step:
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(f"no step {key!r} (known: {', '.join(STEP_KEYS)})")

    def check_keys(self) -> tuple[str, ...]:
        """Every checklist key, in step order then file order."""
        return tuple(check.key for step in self.steps for check in step.checks)

    def questions_for(self, audience: str) -> tuple[SeedQuestion, ...]:
        """The seed questions written for exactly that audience ("anyone" is an audience of its own)."""
        if audience not in AUDIENCES:
            raise ValueError(f"unknown audience {audience!r} (known: {', '.join(AUDIENCES)})")
        return tuple(question for question in self.questions if question.audience == audience)


@dataclass(frozen=True)
class _Entry:
    """One accepted line, kept with its number for the checks that span the whole file."""

    line: int
    kind: str
    key: str
    values: Mapping[str, str]

    @property
    def group(self) -> str:
        """The step of a check or the audience of a question: what a translation must keep."""
        return self.values.get("step") or self.values.get("audience") or ""


class _RepeatedFieldError(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _unique_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Plain json keeps the last of two equal names silently; here that would hide an edit."""
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            raise _RepeatedFieldError(name)
        result[name] = value
    return result


def _known(values: Sequence[str]) -> str:
    return ", ".join(values)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class _Parser:
    """Reads a file line by line and collects every problem rather than stopping at the first."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[PlaybookProblem] = []
        self.entries: list[_Entry] = []
        self.by_key: dict[str, _Entry] = {}
        self.end_line = 1

    def problem(self, line: int | None, message: str, *, end_of_file: bool = False) -> None:
        self.problems.append(PlaybookProblem(self.source, line, message, end_of_file))

    def parse(self, text: str) -> None:
        lines = text.removeprefix("\ufeff").split("\n")
        if lines and lines[-1] == "":
            lines.pop()  # the newline that ends the last line does not start another one
        self.end_line = max(1, len(lines))
        for number, raw in enumerate(lines, start=1):
            stripped = raw.strip()
            if not stripped or stripped.startswith("//"):
                continue
            self.parse_line(number, stripped)

    def parse_line(self, number: int, text: str) -> None:
        try:
            data = json.loads(text, object_pairs_hook=_unique_fields)
        except json.JSONDecodeError as exc:
            self.problem(number, f"invalid JSON: {exc.msg} (column {exc.colno})")
            return
        except _RepeatedFieldError as exc:
            self.problem(number, f"field {exc.name!r} appears twice")
            return
        if not isinstance(data, dict):
            self.problem(number, f"expected a JSON object {{...}}, found {_json_type(data)}")
            return
        if "kind" not in data:
            self.problem(number, f"missing field 'kind' (one of: {_known(KINDS)})")
            return
        kind = data["kind"]
        if kind not in KINDS:
            shown = repr(kind) if isinstance(kind, str) else _json_type(kind)
            self.problem(number, f"unknown kind {shown} (known: {_known(KINDS)})")
            return
        expected = FIELDS[kind]
        shape = f"a {kind} has: {_known(expected)}"
        missing = [name for name in expected if name not in data]
        extra = [name for name in data if name not in expected]
        if missing:
            names = ", ".join(repr(name) for name in missing)
            self.problem(number, f"missing field{'s' if len(missing) > 1 else ''} {names} ({shape})")
        if extra:
            names = ", ".join(repr(name) for name in extra)
            self.problem(number, f"unexpected field{'s' if len(extra) > 1 else ''} {names} ({shape})")
        if missing or extra:
            return
        values: dict[str, str] = {}
        for name in expected:
            value = data[name]
            if not isinstance(value, str):
                self.problem(number, f"field '{name}' must be a string, found {_json_type(value)}")
                return
            if not value.strip():
                self.problem(number, f"field '{name}' is empty")
                return
            values[name] = value.strip()
        key = values["key"]
        if not _KEY_PATTERN.match(key):
            self.problem(
                number,
                f"key {key!r} must be lowercase letters, digits and underscores, starting with a letter",
            )
            return
        if key in self.by_key:
            self.problem(number, f"duplicate key {key!r} (first used on line {self.by_key[key].line})")
            return
        if not self.check_kind(number, kind, values):
            return
        entry = _Entry(number, kind, key, MappingProxyType(values))
        self.entries.append(entry)
        self.by_key[key] = entry

    def check_kind(self, number: int, kind: str, values: Mapping[str, str]) -> bool:
        if kind == "step":
            key = values["key"]
            if key not in STEP_KEYS:
                self.problem(number, f"unknown step {key!r} (known: {_known(STEP_KEYS)})")
                return False
            # Blame the step that comes too late, once: with two steps swapped only the second is wrong.
            later = [
                entry
                for entry in self.entries
                if entry.kind == "step" and STEP_KEYS.index(entry.key) > STEP_KEYS.index(key)
            ]
            if later:
                self.problem(
                    number,
                    f"step {key!r} is out of order: it must come before {later[0].key!r} "
                    f"(line {later[0].line}); the order is {_known(STEP_KEYS)}",
                )
                # Still recorded, so that it is not also reported as missing.
        elif kind == "check" and values["step"] not in STEP_KEYS:
            self.problem(
                number,
                f"unknown step {values['step']!r} for check {values['key']!r} (known: {_known(STEP_KEYS)})",
            )
            return False
        elif kind == "question" and values["audience"] not in AUDIENCES:
            self.problem(
                number,
                f"unknown audience {values['audience']!r} for question {values['key']!r} "
                f"(known: {_known(AUDIENCES)})",
            )
            return False
        return True

    def check_whole_file(self) -> None:
        """The rules that only the complete file can answer: all steps, checks per step, enough questions."""
        steps = {entry.key for entry in self.entries if entry.kind == "step"}
        for key in (key for key in STEP_KEYS if key not in steps):
            message = f"step {key!r} is missing (the order is {_known(STEP_KEYS)})"
            self.problem(self.end_line, message, end_of_file=True)
        for entry in self.entries:
            if entry.kind == "step" and not any(
                other.kind == "check" and other.values["step"] == entry.key for other in self.entries
            ):
                self.problem(entry.line, f"step {entry.key!r} has no checklist items")
        for audience in AUDIENCES:
            count = sum(1 for e in self.entries if e.kind == "question" and e.values["audience"] == audience)
            if count < MIN_QUESTIONS_PER_AUDIENCE:
                self.problem(
                    self.end_line,
                    f"audience {audience!r} has {count} question{'s' if count != 1 else ''}; "
                    f"at least {MIN_QUESTIONS_PER_AUDIENCE} are needed",
                    end_of_file=True,
                )

    def check_translation(self, reference: Playbook) -> None:
        """A translation keeps every key of the reference, with the same kind, step and audience."""
        ref_entries = _reference_entries(reference)
        for entry in self.entries:
            original = ref_entries.get(entry.key)
            if original is None:
                self.problem(entry.line, f"key {entry.key!r} is not in {reference.source}")
            elif (original.kind, original.group) != (entry.kind, entry.group):
                self.problem(
                    entry.line,
                    f"key {entry.key!r} is {_describe(entry)} here but {_describe(original)} "
                    f"in {_where(reference.source, original.line)}",
                )
        for key, original in ref_entries.items():
            if key not in self.by_key:
                self.problem(
                    None,
                    f"key {key!r} ({_describe(original)}) from {_where(reference.source, original.line)} "
                    "is missing",
                )

    def build(self, language: str) -> Playbook:
        checks = [
            CheckItem(e.key, e.values["step"], e.values["text"]) for e in self.entries if e.kind == "check"
        ]
        steps = tuple(
            Step(
                key=e.key,
                number=number,
                title=e.values["title"],
                guidance=e.values["guidance"],
                checks=tuple(check for check in checks if check.step == e.key),
            )
            for number, e in enumerate((e for e in self.entries if e.kind == "step"), start=1)
        )
        questions = tuple(
            SeedQuestion(e.key, e.values["audience"], e.values["text"])
            for e in self.entries
            if e.kind == "question"
        )
        return Playbook(
            steps=steps,
            questions=questions,
            language=language,
            source=self.source,
            key_lines=MappingProxyType({e.key: e.line for e in self.entries}),
        )


def _describe(entry: _Entry) -> str:
    if entry.kind == "check":
        return f"a check of step {entry.group!r}"
    if entry.kind == "question":
        return f"a question for {entry.group!r}"
    return "a step"


def _reference_entries(reference: Playbook) -> dict[str, _Entry]:
    """The reference playbook's keys as entries, in file order, with the lines it was read from."""
    lines = reference.key_lines
    entries: list[_Entry] = []
    for step in reference.steps:
        entries.append(_Entry(lines.get(step.key, 0), "step", step.key, {}))
        for check in step.checks:
            entries.append(_Entry(lines.get(check.key, 0), "check", check.key, {"step": check.step}))
    for question in reference.questions:
        entries.append(
            _Entry(lines.get(question.key, 0), "question", question.key, {"audience": question.audience})
        )
    entries.sort(key=lambda entry: entry.line)
    return {entry.key: entry for entry in entries}


def language_of(source: str) -> str:
    """The language named by a file called ``playbook.<language>.jsonl``, else the default one."""
    match = _SOURCE_LANGUAGE.search(source)
    return match.group(1) if match else DEFAULT_LANGUAGE


def parse_playbook(
    text: str,
    source: str,
    *,
    language: str | None = None,
    reference: Playbook | None = None,
) -> Playbook:
    """Parse and check one playbook file's text; ``source`` names it in error messages.

    With a ``reference`` (the English playbook) the text is checked as its translation: the same keys,
    each with the same kind, step and audience. Raises PlaybookError listing every problem found.
    """
    parser = _Parser(source)
    parser.parse(text)
    # Whole-file rules only run on a file whose lines are all sound; otherwise one broken line would also
    # be reported as a missing step, a missing key or a short audience.
    if not parser.problems and reference is not None:
        parser.check_translation(reference)
    if not parser.problems:
        parser.check_whole_file()
    if parser.problems:
        raise PlaybookError(parser.problems)
    return parser.build(language if language is not None else language_of(source))


def file_name(language: str) -> str:
    return f"playbook.{language}.jsonl"


def language_candidates(language: str) -> tuple[str, ...]:
    """The languages to try, most specific first: "de_AT.UTF-8" gives ("de_AT", "de", "en")."""
    tag = language.split(".", 1)[0].split("@", 1)[0].strip().replace("-", "_")
    candidates: list[str] = []
    if _LANGUAGE_PATTERN.match(tag):
        parts = tag.split("_")
        parts[0] = parts[0].lower()
        # Regions are written upper case (de_AT), scripts title case (sr_Latn), as locale names do.
        parts[1:] = [part.upper() if len(part) <= 3 else part.title() for part in parts[1:]]
        candidates = ["_".join(parts[:end]) for end in range(len(parts), 0, -1)]
    if DEFAULT_LANGUAGE not in candidates:
        candidates.append(DEFAULT_LANGUAGE)
    return tuple(candidates)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PlaybookError([PlaybookProblem(str(path), None, "the file is missing")]) from None
    except OSError as exc:
        message = f"the file cannot be read: {exc.strerror or exc}"
        raise PlaybookError([PlaybookProblem(str(path), None, message)]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problem = PlaybookProblem(path.name, line, f"not valid UTF-8 text (byte 0x{data[exc.start]:02x})")
        raise PlaybookError([problem]) from None


def _load_file(path: Path, language: str, reference: Playbook | None) -> Playbook:
    return parse_playbook(_read_text(path), path.name, language=language, reference=reference)


@functools.lru_cache(maxsize=32)
def _load_cached(language: str, folder: Path | None) -> Playbook:
    base = folder if folder is not None else resource_path(PLAYBOOK_FOLDER)
    for candidate in language_candidates(language):
        if candidate == DEFAULT_LANGUAGE:
            return _load_file(base / file_name(DEFAULT_LANGUAGE), DEFAULT_LANGUAGE, None)
        path = base / file_name(candidate)
        if path.is_file():
            # Every translation is checked against the English file, which is loaded (and cached) first.
            return _load_file(path, candidate, _load_cached(DEFAULT_LANGUAGE, folder))
        logger.debug("No playbook for %r in %s; trying the next language", candidate, base)
    raise AssertionError("language_candidates always ends with the default language")  # pragma: no cover


def load_playbook(language: str = DEFAULT_LANGUAGE, folder: Path | None = None) -> Playbook:
    """The playbook in ``language``, or the nearest one shipped ("de_AT" → "de" → "en").

    Reads from the installed resources unless ``folder`` is given. Results are cached per
    (language, folder); a file that fails to load is not cached, so a fixed file loads on the next call.
    """
    return _load_cached(language, folder)


def clear_playbook_cache() -> None:
    """Forget loaded playbooks, so edited files are read again."""
    _load_cached.cache_clear()
