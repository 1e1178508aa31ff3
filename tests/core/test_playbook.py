"""The playbook content: the shipped files, the parser's checks with their line numbers, and the loader."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

import secondround_desktop.core.playbook as playbook_module
from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.playbook import (
    AUDIENCES,
    MIN_QUESTIONS_PER_AUDIENCE,
    STEP_KEYS,
    CheckItem,
    Playbook,
    PlaybookError,
    SeedQuestion,
    Step,
    clear_playbook_cache,
    language_candidates,
    load_playbook,
    parse_playbook,
)
from secondround_desktop.paths import resource_path

EN = "playbook.en.jsonl"
DE = "playbook.de.jsonl"
SHIPPED = resource_path("playbook")


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    """Each test loads from disk, so no test sees a playbook cached by another."""
    clear_playbook_cache()
    yield
    clear_playbook_cache()


def shipped_text(name: str) -> str:
    return (SHIPPED / name).read_text(encoding="utf-8")


def message_of(caught: pytest.ExceptionInfo[PlaybookError]) -> str:
    return str(caught.value)


def says_line(message: str, source: str, line: int) -> bool:
    """The message blames exactly that line of that file (line 1 must not match line 12)."""
    return re.search(rf"(^|\n){re.escape(source)}, line {line}( \(end of file\))?:", message) is not None


# --- the shipped content ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_shipped_file_loads_in_its_own_language(language: str) -> None:
    playbook = load_playbook(language)
    assert playbook.language == language
    assert playbook.source == f"playbook.{language}.jsonl"


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_four_steps_come_in_order_each_with_three_to_five_checks(language: str) -> None:
    playbook = load_playbook(language)
    assert [step.key for step in playbook.steps] == list(STEP_KEYS)
    assert [step.number for step in playbook.steps] == [1, 2, 3, 4]
    for step in playbook.steps:
        assert 3 <= len(step.checks) <= 5, step.key
        assert {check.step for check in step.checks} == {step.key}
        assert playbook.step(step.key) is step


@pytest.mark.parametrize("language", ["en", "de"])
def test_each_guidance_is_two_to_four_sentences(language: str) -> None:
    for step in load_playbook(language).steps:
        sentences = re.findall(r"[.!?](?:\s|$)", step.guidance)
        assert 2 <= len(sentences) <= 4, (step.key, step.guidance)
        assert step.title and step.title == step.title.strip()


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_audience_has_at_least_eight_questions(language: str, audience: str) -> None:
    questions = load_playbook(language).questions_for(audience)
    assert len(questions) >= MIN_QUESTIONS_PER_AUDIENCE
    assert all(question.audience == audience for question in questions)
    assert all(question.text.endswith("?") for question in questions)


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_question_is_there_twice(language: str) -> None:
    texts = [" ".join(q.text.lower().split()) for q in load_playbook(language).questions]
    assert len(texts) >= len(AUDIENCES) * MIN_QUESTIONS_PER_AUDIENCE
    assert len(set(texts)) == len(texts)


def test_the_english_playbook_covers_the_recruiters_examples() -> None:
    english = load_playbook("en")
    texts = {question.key: question.text for question in english.questions}
    assert "typical day" in texts["team_typical_day"]
    assert "work with the manager" in texts["any_manager_like"]
    assert "management style" in texts["skip_management_style"]
    assert "every day" in texts["any_team_dynamic"]
    checks = {check.key: check.text for check in english.steps[1].checks}
    assert checks["advocate_ask_made"] == "Made the ask in the room"


def test_every_german_key_matches_the_english_one() -> None:
    english, german = load_playbook("en"), load_playbook("de")
    assert [(s.key, s.number) for s in german.steps] == [(s.key, s.number) for s in english.steps]
    assert [(c.key, c.step) for c in german.steps[0].checks] == [
        (c.key, c.step) for c in english.steps[0].checks
    ]
    assert {(c.key, c.step) for s in german.steps for c in s.checks} == {
        (c.key, c.step) for s in english.steps for c in s.checks
    }
    assert {(q.key, q.audience) for q in german.questions} == {(q.key, q.audience) for q in english.questions}


def test_every_german_text_is_translated() -> None:
    english, german = load_playbook("en"), load_playbook("de")
    english_texts = {s.key: (s.title, s.guidance) for s in english.steps}
    english_texts |= {c.key: (c.text,) for s in english.steps for c in s.checks}
    english_texts |= {q.key: (q.text,) for q in english.questions}
    german_texts = {s.key: (s.title, s.guidance) for s in german.steps}
    german_texts |= {c.key: (c.text,) for s in german.steps for c in s.checks}
    german_texts |= {q.key: (q.text,) for q in german.questions}
    assert german_texts.keys() == english_texts.keys()
    untranslated = [key for key, texts in german_texts.items() if set(texts) & set(english_texts[key])]
    assert untranslated == []


def test_check_keys_follow_the_steps() -> None:
    english = load_playbook("en")
    keys = english.check_keys()
    assert keys == tuple(check.key for step in english.steps for check in step.checks)
    assert keys[0] == "recap_round_one"
    assert "advocate_ask_made" in keys
    assert len(set(keys)) == len(keys)


def test_an_unknown_step_or_audience_is_refused_by_the_lookups() -> None:
    english = load_playbook("en")
    with pytest.raises(KeyError, match="advocat"):
        english.step("advocat")
    with pytest.raises(ValueError, match="unknown audience 'peer'"):
        english.questions_for("peer")


# --- the parser, on a small valid playbook ------------------------------------------------------------


def step_line(key: str) -> dict[str, Any]:
    return {"kind": "step", "key": key, "title": f"Title {key}", "guidance": f"Guidance for {key}."}


def check_line(key: str, step: str) -> dict[str, Any]:
    return {"kind": "check", "key": key, "step": step, "text": f"Did {key}"}


def question_line(key: str, audience: str) -> dict[str, Any]:
    return {"kind": "question", "key": key, "audience": audience, "text": f"What about {key}?"}


def minimal_entries() -> list[dict[str, Any]]:
    """Lines 1-4 the steps, 5-8 one check each, then eight questions per audience (lines 9-48)."""
    entries = [step_line(key) for key in STEP_KEYS]
    entries += [check_line(f"check_{key}", key) for key in STEP_KEYS]
    entries += [
        question_line(f"q_{audience}_{n}", audience)
        for audience in AUDIENCES
        for n in range(MIN_QUESTIONS_PER_AUDIENCE)
    ]
    return entries


def render(entries: list[dict[str, Any] | str]) -> str:
    return "".join((entry if isinstance(entry, str) else json.dumps(entry)) + "\n" for entry in entries)


MINIMAL_LINES = len(minimal_entries())


def test_the_minimal_playbook_is_valid() -> None:
    playbook = parse_playbook(render(list(minimal_entries())), EN)
    assert playbook.language == "en"
    assert [step.key for step in playbook.steps] == list(STEP_KEYS)
    assert playbook.steps[2].checks == (
        CheckItem("check_frank_questions", "frank_questions", "Did check_frank_questions"),
    )
    assert playbook.questions[0] == SeedQuestion(
        "q_team_member_0", "team_member", "What about q_team_member_0?"
    )
    assert playbook.key_lines["check_fit"] == 8


def test_spaces_around_a_text_are_dropped() -> None:
    entries: list[dict[str, Any] | str] = list(minimal_entries())
    entries[0] = {**step_line("fresh_points"), "title": "  Don’t repeat round one \t"}
    assert parse_playbook(render(entries), EN).steps[0].title == "Don’t repeat round one"


def test_blank_lines_and_comments_are_skipped_but_counted() -> None:
    entries: list[dict[str, Any] | str] = [
        "// a comment",
        "",
        "   ",
        "  // an indented comment",
        *minimal_entries(),
    ]
    entries[4 + 5] = "{not json"  # the second check, now on line 10
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(render(entries), EN)
    assert says_line(message_of(caught), EN, 10)
    assert caught.value.line == 10


def test_windows_line_endings_and_a_byte_order_mark_are_accepted() -> None:
    text = "\ufeff" + render(list(minimal_entries())).replace("\n", "\r\n")
    assert parse_playbook(text, EN) == parse_playbook(render(list(minimal_entries())), EN)


Mutation = Callable[[list[dict[str, Any] | str]], None]


def replace(index: int, entry: dict[str, Any] | str) -> Mutation:
    def mutate(entries: list[dict[str, Any] | str]) -> None:
        entries[index] = entry

    return mutate


def change(index: int, **fields: Any) -> Mutation:
    def mutate(entries: list[dict[str, Any] | str]) -> None:
        current = entries[index]
        assert isinstance(current, dict)
        entries[index] = {**current, **fields}

    return mutate


def drop_field(index: int, name: str) -> Mutation:
    def mutate(entries: list[dict[str, Any] | str]) -> None:
        current = entries[index]
        assert isinstance(current, dict)
        entries[index] = {key: value for key, value in current.items() if key != name}

    return mutate


def delete(*indexes: int) -> Mutation:
    def mutate(entries: list[dict[str, Any] | str]) -> None:
        for index in sorted(indexes, reverse=True):
            del entries[index]

    return mutate


def swap(first: int, second: int) -> Mutation:
    def mutate(entries: list[dict[str, Any] | str]) -> None:
        entries[first], entries[second] = entries[second], entries[first]

    return mutate


# (mutation, line blamed, words the message must contain); lines are 1-based, indexes 0-based.
BROKEN: dict[str, tuple[Mutation, int, list[str]]] = {
    "invalid JSON": (replace(6, '{"kind": "check", "key": "x",'), 7, ["invalid JSON"]),
    "a trailing comma": (replace(20, '{"kind": "question", "key": "x", }'), 21, ["invalid JSON"]),
    "not an object": (replace(11, '["question", "x"]'), 12, ["expected a JSON object", "a list"]),
    "no kind": (drop_field(9, "kind"), 10, ["missing field 'kind'"]),
    "unknown kind": (change(5, kind="chek"), 6, ["unknown kind 'chek'", "step, check, question"]),
    "missing field": (drop_field(1, "guidance"), 2, ["missing field 'guidance'", "a step has"]),
    "extra field": (
        change(6, note="x"),
        7,
        ["unexpected field 'note'", "a check has: kind, key, step, text"],
    ),
    "field twice": (
        replace(6, '{"kind": "check", "key": "a", "key": "b", "step": "fit", "text": "t"}'),
        7,
        ["field 'key' appears twice"],
    ),
    "empty text": (change(30, text="   "), 31, ["field 'text' is empty"]),
    "empty title": (change(0, title=""), 1, ["field 'title' is empty"]),
    "text not a string": (change(12, text=7), 13, ["field 'text' must be a string", "a number"]),
    "key with spaces": (change(5, key="Made Ask"), 6, ["key 'Made Ask' must be lowercase"]),
    "duplicate key across kinds": (change(15, key="check_fit"), 16, ["duplicate key 'check_fit'", "line 8"]),
    "duplicate question key": (
        change(9, key="q_team_member_0"),
        10,
        ["duplicate key 'q_team_member_0'", "line 9"],
    ),
    "check for an unknown step": (
        change(5, step="advocat"),
        6,
        ["unknown step 'advocat'", "known: fresh_points, advocate, frank_questions, fit"],
    ),
    "unknown step": (
        change(1, key="advocat"),
        2,
        ["unknown step 'advocat'", "known: fresh_points, advocate"],
    ),
    "unknown audience": (
        change(40, audience="boss"),
        41,
        [
            "unknown audience 'boss'",
            "known: team_member, potential_boss, boss_of_boss, hiring_manager, anyone",
        ],
    ),
    "steps out of order": (
        swap(1, 2),
        3,
        ["step 'advocate' is out of order", "before 'frank_questions' (line 2)"],
    ),
    "a step twice": (replace(3, step_line("advocate")), 4, ["duplicate key 'advocate'", "line 2"]),
    "a step missing": (delete(3, 7), MINIMAL_LINES - 2, ["end of file", "step 'fit' is missing"]),
    "a step without checks": (delete(5), 2, ["step 'advocate' has no checklist items"]),
    "too few questions": (
        delete(9 + 2 * MIN_QUESTIONS_PER_AUDIENCE),
        MINIMAL_LINES - 1,
        ["end of file", "audience 'boss_of_boss' has 7 questions", "at least 8"],
    ),
}


@pytest.mark.parametrize(("mutation", "line", "words"), BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_line_is_named_with_its_problem(mutation: Mutation, line: int, words: list[str]) -> None:
    entries: list[dict[str, Any] | str] = list(minimal_entries())
    mutation(entries)
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(render(entries), EN)
    message = message_of(caught)
    assert says_line(message, EN, line), message
    for word in words:
        assert word in message
    assert len(caught.value.problems) == 1, message
    assert isinstance(caught.value, UserFacingError)


def test_every_broken_line_is_reported_not_only_the_first() -> None:
    entries: list[dict[str, Any] | str] = list(minimal_entries())
    entries[4] = "{oops"
    entries[20] = {**question_line("q_team_member_0", "team_member")}
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(render(entries), EN)
    assert [problem.line for problem in caught.value.problems] == [5, 21]
    # The broken check leaves 'fresh_points' without checks, but that follows from line 5 and is not repeated.
    assert "no checklist items" not in message_of(caught)


def test_a_long_list_of_problems_is_cut_short() -> None:
    entries: list[dict[str, Any] | str] = list(minimal_entries())
    entries[8:] = ["{broken"] * 30
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(render(entries), EN)
    assert len(caught.value.problems) == 30
    assert message_of(caught).count("invalid JSON") == 20
    assert "… and 10 more problems" in message_of(caught)


def test_an_empty_file_lacks_every_step_and_question() -> None:
    with pytest.raises(PlaybookError) as caught:
        parse_playbook("", EN)
    message = message_of(caught)
    assert all(f"step '{key}' is missing" in message for key in STEP_KEYS)
    assert all(f"audience '{audience}' has 0 questions" in message for audience in AUDIENCES)


# --- translations -------------------------------------------------------------------------------------


def reference() -> Playbook:
    return parse_playbook(render(list(minimal_entries())), EN)


def test_a_translation_with_the_same_keys_is_accepted() -> None:
    translated = [
        {**entry, "title": "Titel"} if entry["kind"] == "step" else {**entry, "text": "Übersetzt?"}
        for entry in minimal_entries()
    ]
    # The order of checks and questions is the translation's own; only the steps keep theirs.
    entries: list[dict[str, Any] | str] = [*translated[:4], *reversed(translated[4:])]
    german = parse_playbook(render(entries), DE, reference=reference())
    assert german.language == "de"
    assert german.check_keys() == reference().check_keys()


TRANSLATION_BROKEN: dict[str, tuple[Mutation, str, int, list[str]]] = {
    "a missing check": (delete(6), EN, 7, ["key 'check_frank_questions'", "is missing", DE]),
    "a missing question": (delete(47), EN, 48, ["key 'q_anyone_7'", "a question for 'anyone'", "is missing"]),
    "an extra key": (
        lambda entries: entries.append(question_line("q_extra", "anyone")),
        DE,
        MINIMAL_LINES + 1,
        ["key 'q_extra' is not in playbook.en.jsonl"],
    ),
    "a check moved to another step": (
        change(6, step="fit"),
        DE,
        7,
        ["'check_frank_questions' is a check of step 'fit' here", "of step 'frank_questions'", "line 7"],
    ),
    "a question for another audience": (
        change(8, audience="anyone"),
        DE,
        9,
        [
            "'q_team_member_0' is a question for 'anyone' here",
            "for 'team_member' in playbook.en.jsonl, line 9",
        ],
    ),
    "a check turned into a question": (
        replace(5, question_line("check_advocate", "anyone")),
        DE,
        6,
        ["'check_advocate' is a question for 'anyone' here but a check of step 'advocate'"],
    ),
}


@pytest.mark.parametrize(
    ("mutation", "source", "line", "words"), TRANSLATION_BROKEN.values(), ids=TRANSLATION_BROKEN.keys()
)
def test_a_translation_must_keep_the_english_keys(
    mutation: Mutation, source: str, line: int, words: list[str]
) -> None:
    entries: list[dict[str, Any] | str] = list(minimal_entries())
    mutation(entries)
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(render(entries), DE, reference=reference())
    message = message_of(caught)
    if source == EN:  # a missing key has no line of its own in the translation: the English line is named
        assert message.startswith(f"{DE}: ")
        assert f"{EN}, line {line} is missing" in message
    else:
        assert says_line(message, DE, line), message
    for word in words:
        assert word in message


# --- loading, caching and language fallback -----------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped English and German files that a test may change."""
    target = tmp_path / "playbook"
    target.mkdir()
    for name in (EN, DE):
        shutil.copyfile(SHIPPED / name, target / name)
    return target


@pytest.mark.parametrize(
    ("asked", "loaded"),
    [
        ("de", "de"),
        ("de_AT", "de"),
        ("de-CH", "de"),
        ("de_DE.UTF-8", "de"),
        ("fr", "en"),
        ("", "en"),
        ("C", "en"),
        ("../playbook", "en"),
        ("en_GB", "en"),
    ],
)
def test_a_language_without_its_own_file_falls_back(folder: Path, asked: str, loaded: str) -> None:
    playbook = load_playbook(asked, folder)
    assert playbook.language == loaded
    assert playbook.source == f"playbook.{loaded}.jsonl"


def test_the_nearest_file_wins(folder: Path) -> None:
    austrian = shipped_text(DE).replace("Das Ergebnis festgehalten", "Das Ergebnis notiert")
    (folder / "playbook.de_AT.jsonl").write_text(austrian, encoding="utf-8")
    assert load_playbook("de_AT", folder).language == "de_AT"
    assert load_playbook("de_AT", folder).steps[3].checks[-1].text == "Das Ergebnis notiert"
    assert load_playbook("de_CH", folder).language == "de"


def test_language_candidates_go_from_specific_to_english() -> None:
    assert language_candidates("de_AT") == ("de_AT", "de", "en")
    assert language_candidates("pt-br.UTF-8") == ("pt_BR", "pt", "en")
    assert language_candidates("en") == ("en",)
    assert language_candidates("a/b") == ("en",)


def test_results_are_cached_per_language_and_folder(folder: Path) -> None:
    first = load_playbook("de", folder)
    (folder / DE).write_text("broken", encoding="utf-8")
    assert load_playbook("de", folder) is first
    clear_playbook_cache()
    with pytest.raises(PlaybookError):
        load_playbook("de", folder)


def test_a_failed_load_is_not_cached(folder: Path) -> None:
    good = (folder / EN).read_text(encoding="utf-8")
    (folder / EN).write_text(good.replace('"kind": "question"', '"kind": "questoin"', 1), encoding="utf-8")
    with pytest.raises(PlaybookError, match="unknown kind 'questoin'"):
        load_playbook("en", folder)
    (folder / EN).write_text(good, encoding="utf-8")
    assert load_playbook("en", folder).language == "en"


def test_a_broken_shipped_translation_names_its_file_and_line(folder: Path) -> None:
    lines = (folder / DE).read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if '"key": "advocate_words"' in line)
    lines[index] = lines[index].replace('"step": "advocate"', '"step": "advocat"')
    (folder / DE).write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(PlaybookError) as caught:
        load_playbook("de_AT", folder)
    assert says_line(message_of(caught), DE, index + 1)
    assert "unknown step 'advocat'" in message_of(caught)


def test_a_translation_missing_a_key_names_the_english_line(folder: Path) -> None:
    english_lines = (folder / EN).read_text(encoding="utf-8").split("\n")
    english_line = 1 + next(i for i, line in enumerate(english_lines) if '"key": "any_advice"' in line)
    german = [
        line for line in (folder / DE).read_text(encoding="utf-8").split("\n") if "any_advice" not in line
    ]
    (folder / DE).write_text("\n".join(german), encoding="utf-8")
    with pytest.raises(PlaybookError) as caught:
        load_playbook("de", folder)
    assert (
        f"key 'any_advice' (a question for 'anyone') from {EN}, line {english_line} is missing"
        in message_of(caught)
    )


def test_text_that_is_not_utf8_names_its_line(folder: Path) -> None:
    data = (folder / EN).read_bytes().split(b"\n")
    index = next(i for i, line in enumerate(data) if b'"key": "recap_round_one"' in line)
    data[index] = data[index].replace(b"round one", b"round \xff one")
    (folder / EN).write_bytes(b"\n".join(data))
    with pytest.raises(PlaybookError) as caught:
        load_playbook("en", folder)
    assert says_line(message_of(caught), EN, index + 1)
    assert "not valid UTF-8" in message_of(caught)


def test_a_folder_without_the_english_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(PlaybookError, match="the file is missing") as caught:
        load_playbook("de", tmp_path)
    assert caught.value.source == str(tmp_path / EN)


def test_the_loader_reads_the_installed_resources() -> None:
    installed = Path(str(files("secondround_desktop.resources"))) / "playbook" / EN
    assert installed.is_file()
    assert resource_path("playbook", EN) == installed
    expected = parse_playbook(installed.read_text(encoding="utf-8"), EN)
    assert load_playbook() == expected
    assert load_playbook().questions == expected.questions


def test_the_default_folder_comes_from_resource_path(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, ...]] = []

    def fake_resource_path(*parts: str) -> Path:
        asked.append(parts)
        return folder

    text = (folder / EN).read_text(encoding="utf-8")
    (folder / EN).write_text(text.replace("Recorded the outcome", "Wrote down the outcome"), encoding="utf-8")
    monkeypatch.setattr(playbook_module, "resource_path", fake_resource_path)
    assert load_playbook().steps[3].checks[-1].text == "Wrote down the outcome"
    assert asked == [("playbook",)]


def test_steps_and_playbooks_are_immutable_values() -> None:
    english = load_playbook("en")
    with pytest.raises(AttributeError):
        english.language = "fr"  # type: ignore[misc]
    assert isinstance(english.steps[0], Step)
    assert hash(english) == hash(parse_playbook(shipped_text(EN), EN))
