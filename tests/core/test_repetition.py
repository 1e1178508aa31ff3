"""The repetition guard: measured on a labelled set of interview points, and its contract on plain lists."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secondround_desktop.core import repetition
from secondround_desktop.core.repetition import (
    DEFAULT_THRESHOLD,
    Repeat,
    content_stems,
    find_repeats,
    similarity,
)

PAIRS_FILE = Path(__file__).parent / "data" / "repetition_pairs.jsonl"

# Measured on the labelled set at DEFAULT_THRESHOLD and rounded down to 0.05: the guard may get better,
# never worse. Re-measure with `python -m secondround_desktop.core.repetition --evaluate <pairs>`.
MIN_PRECISION = 1.00
MIN_RECALL = 0.90


def labelled_pairs() -> list[dict[str, object]]:
    return [json.loads(line) for line in PAIRS_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---- the labelled set -------------------------------------------------------------------------------


def test_the_labelled_set_is_large_balanced_and_well_formed() -> None:
    pairs = labelled_pairs()
    assert len(pairs) >= 70
    for pair in pairs:
        assert set(pair) == {"planned", "heard", "repeat", "why"}
        assert isinstance(pair["repeat"], bool)
        assert all(
            isinstance(pair[key], str) and str(pair[key]).strip() for key in ("planned", "heard", "why")
        )
    repeats = sum(1 for pair in pairs if pair["repeat"])
    assert 0.4 <= repeats / len(pairs) <= 0.6


def test_precision_and_recall_on_the_labelled_set() -> None:
    tp = fp = fn = 0
    mistakes: list[str] = []
    for pair in labelled_pairs():
        planned, heard, expected = str(pair["planned"]), str(pair["heard"]), bool(pair["repeat"])
        flagged = bool(find_repeats([planned], [heard]))
        tp += flagged and expected
        fp += flagged and not expected
        fn += expected and not flagged
        if flagged != expected:
            mistakes.append(f"  {'missed' if expected else 'false alarm'}: {planned!r} / {heard!r}")
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    print(f"\nrepetition guard at {DEFAULT_THRESHOLD:g}: precision {precision:.3f}, recall {recall:.3f}")
    print("\n".join(mistakes))
    assert precision >= MIN_PRECISION
    assert recall >= MIN_RECALL


def test_the_evaluate_entry_point_prints_the_numbers_and_the_mistakes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pairs = tmp_path / "pairs.jsonl"
    rows = [
        {
            "planned": "I led the migration to Kubernetes",
            "heard": "I led the Kubernetes migration",
            "repeat": True,
        },
        {"planned": "Presented results to the board", "heard": "I ran a marathon", "repeat": True},
        {"planned": "Designed the pricing page", "heard": "Who owns pricing?", "repeat": False},
    ]
    pairs.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    assert repetition.main(["--evaluate", str(pairs)]) == 0
    out = capsys.readouterr().out
    assert "precision 1.000  recall 0.500" in out
    assert "missed repeat" in out
    assert "I ran a marathon" in out
    assert "Who owns pricing?" not in out


def test_the_evaluation_agrees_with_the_test_above() -> None:
    result = repetition.evaluate(repetition.load_pairs(PAIRS_FILE))
    assert result.precision >= MIN_PRECISION
    assert result.recall >= MIN_RECALL
    assert len(result.mistakes) == result.false_positives + result.false_negatives


# ---- what it catches and what it lets through -------------------------------------------------------


def test_a_rephrased_story_is_a_repeat() -> None:
    found = find_repeats(["I led the migration to Kubernetes"], ["the Kubernetes migration I was leading"])
    assert [(r.planned_index, r.heard_index) for r in found] == [(0, 0)]
    assert found[0].score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("planned", "heard"),
    [
        ("I led the migration to Kubernetes", "What does the team's Kubernetes roadmap look like?"),
        ("I mentored two junior engineers", "How do you mentor new hires?"),
    ],
)
def test_sharing_a_topic_word_is_not_a_repeat(planned: str, heard: str) -> None:
    assert find_repeats([planned], [heard]) == []
    assert similarity(planned, heard) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Cut warehouse costs by 35% by partitioning the event tables and retiring unused marts.",
        "I led the migration to Kubernetes",
        "Kubernetes",
        "30%",
    ],
)
def test_a_copy_scores_100(text: str) -> None:
    assert find_repeats([text], [text]) == [Repeat(0, 0, 100.0)]


def test_a_copy_with_different_case_accents_and_punctuation_scores_100() -> None:
    found = find_repeats(["Rolled out the café's new POS system!"], ["rolled out the cafe new pos system"])
    assert found == [Repeat(0, 0, 100.0)]


def test_normalisation_keeps_content_stems_only() -> None:
    assert content_stems("I was really very proud that we were leading the migrations") == [
        "proud",
        "lead",
        "migrat",
    ]
    assert content_stems("Grew it from 5,000 to twenty-five thousand, 10x, 30%") == [
        "grow",
        "5000",
        "25",
        "thousand",
        "10",
        "time",
        "30",
        "percent",
    ]
    assert content_stems("I led") == content_stems("leading") == ["lead"]


def test_shared_figures_alone_do_not_make_a_repeat() -> None:
    assert find_repeats(["Cut cloud costs by 30%"], ["Grew revenue by 30%"]) == []


# ---- the contract on lists --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("planned", "heard"),
    [
        ([], []),
        ([], ["I led the migration to Kubernetes"]),
        (["I led the migration to Kubernetes"], []),
        (["", "   ", "\n\t"], ["", "  "]),
        (["", "I led the migration"], ["   ", ""]),
        (["the and of", "I was"], ["the and of", "I was"]),  # nothing but stop words
    ],
)
def test_empty_and_blank_texts_never_match(planned: list[str], heard: list[str]) -> None:
    assert find_repeats(planned, heard) == []
    assert find_repeats(planned, heard, threshold=0.0) == []


def test_indices_point_at_the_right_items() -> None:
    planned = [
        "What is the on-call rotation like?",
        "Cut the build time from 40 minutes to 8 by caching dependencies",
        "",
        "How do you decide what goes on the roadmap?",
        "Negotiated a three-year renewal with our largest customer",
    ]
    heard = [
        "Hired two analysts",
        "Our largest customer renewed for three years after I negotiated with them",
        "   ",
        "By caching dependencies, build times were cut from 40 to 8 minutes",
        "I like hiking",
    ]
    found = find_repeats(planned, heard)
    assert [(r.planned_index, r.heard_index) for r in found] == [(1, 3), (4, 1)]
    assert all(DEFAULT_THRESHOLD <= r.score <= 100 for r in found)


def test_one_repeat_per_planned_point_the_best_match() -> None:
    planned = ["Built the fraud detection model that saves $4M a year", "Built the fraud detection model"]
    heard = [
        "The fraud detection model I built saves about $4M per year, and the team still runs it",
        "Built the fraud detection model that saves $4M a year",
        "Built the fraud detection model that saves $4M a year",
        "Built the fraud detection model",
    ]
    found = find_repeats(planned, heard)
    # The exact copies win; of two equal copies the one heard first.
    assert found == [Repeat(0, 1, 100.0), Repeat(1, 3, 100.0)]


def test_results_come_in_planned_order() -> None:
    planned = ["I led the migration to Kubernetes", "Grew the newsletter to 50,000 subscribers"] * 3
    heard = ["Newsletter subscribers grew to 50,000", "the Kubernetes migration I was leading"]
    found = find_repeats(planned, heard)
    assert [r.planned_index for r in found] == [0, 1, 2, 3, 4, 5]
    assert [r.heard_index for r in found] == [1, 0, 1, 0, 1, 0]


def test_a_higher_threshold_flags_fewer_points() -> None:
    planned, heard = (
        ["Cut the time to hire from 60 days to 35 days"],
        ["Time to hire went down from 60 to 35 days"],
    )
    score = similarity(planned[0], heard[0])
    assert DEFAULT_THRESHOLD <= score < 100
    assert find_repeats(planned, heard, threshold=score) == [Repeat(0, 0, score)]
    assert find_repeats(planned, heard, threshold=score + 0.01) == []


def test_a_copy_is_found_among_2000_heard_points() -> None:
    # How long this takes is measured by bench/repetition.py, not here.
    words = sorted(
        {word for pair in labelled_pairs() for key in ("planned", "heard") for word in str(pair[key]).split()}
    )
    # A fixed pseudo-random mix of interview vocabulary, so every run times the same work.
    state = 12345

    def sentence() -> str:
        nonlocal state
        picked: list[str] = []
        state = (state * 1103515245 + 12345) % 2**31
        for _ in range(5 + state % 14):
            state = (state * 1103515245 + 12345) % 2**31
            picked.append(words[state % len(words)])
        return " ".join(picked)

    planned = [sentence() for _ in range(200)]
    heard = [sentence() for _ in range(2000)]
    heard[1234] = planned[17]
    found = find_repeats(planned, heard)
    assert Repeat(17, 1234, 100.0) in found


# ---- properties -------------------------------------------------------------------------------------

VOCABULARY = [
    "led", "leading", "migration", "Kubernetes", "cloud", "costs", "30%", "the", "I", "we", "team",
    "mentored", "engineers", "roadmap", "customer", "renewal", "three", "5,000", "café", "very", "really",
    "shipped", "design", "system", "hospital", "quota", "deal", "$1.2M", "what", "how", "?", ",", "-",
]  # fmt: skip

point_texts = st.one_of(
    st.lists(st.sampled_from(VOCABULARY), max_size=12).map(" ".join),
    st.text(max_size=60),
)


@given(point_texts)
@settings(max_examples=300, deadline=None)
def test_a_point_with_content_always_repeats_itself(text: str) -> None:
    if len(set(content_stems(text))) < 2:
        return
    assert find_repeats([text], [text]) == [Repeat(0, 0, 100.0)]
    assert find_repeats(["Unrelated: I ran a marathon", text], ["Something else", text, text]) == [
        Repeat(1, 1, 100.0)
    ]


@given(
    st.lists(point_texts, max_size=8),
    st.lists(point_texts, max_size=8),
    st.floats(min_value=0, max_value=100),
)
@settings(max_examples=300, deadline=None)
def test_results_are_in_range_ordered_and_agree_with_pairwise_scores(
    planned: list[str], heard: list[str], threshold: float
) -> None:
    found = find_repeats(planned, heard, threshold)
    assert [r.planned_index for r in found] == sorted({r.planned_index for r in found})
    for repeat in found:
        assert 0 <= repeat.planned_index < len(planned)
        assert 0 <= repeat.heard_index < len(heard)
        assert 0 < repeat.score <= 100
        assert repeat.score >= threshold
    # The fast path finds exactly what scoring every pair would.
    by_planned = {r.planned_index: r for r in found}
    for planned_index, text in enumerate(planned):
        scores = [similarity(text, other) for other in heard]
        best = max(scores, default=0.0)
        if best > 0 and best >= threshold:
            assert by_planned[planned_index].heard_index == scores.index(best)
            assert by_planned[planned_index].score == pytest.approx(best)
        else:
            assert planned_index not in by_planned


# ---- purity -----------------------------------------------------------------------------------------

FORBIDDEN_ROOTS = {
    "PySide6", "PySide2", "PyQt6", "PyQt5", "shiboken6", "shiboken2", "qtpy",
    "sqlite3", "sqlalchemy", "sqlmodel", "alembic",
}  # fmt: skip


def test_the_module_imports_no_qt_and_no_database() -> None:
    source = Path(repetition.__file__).read_text(encoding="utf-8")
    imported: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            pytest.fail("the repetition guard imports nothing else from the project")
    assert imported
    assert not imported & FORBIDDEN_ROOTS

    check = (
        "import json, sys\n"
        "import secondround_desktop.core.repetition as r\n"
        "r.find_repeats(['I led the migration'], ['I led the migration'])\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert not loaded & FORBIDDEN_ROOTS
