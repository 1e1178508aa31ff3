"""The repetition guard: which planned round-two points restate something the panel already heard.

Pure functions on plain strings. Each text is reduced once to its content stems (lower-cased, accents and
punctuation stripped, stop words dropped, numbers and common irregular verbs unified, words stemmed), and
two texts are compared with rapidfuzz's token-set and token-sort ratios on those stems. A guard refuses
pairs that share fewer than two content stems, or only figures, so that a shared topic word ("Kubernetes",
"mentor") or a shared "30%" is not enough to call a point a repeat.

Re-measure precision and recall on a labelled set with:

    python -m secondround_desktop.core.repetition --evaluate tests/core/data/repetition_pairs.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import snowballstemmer
from rapidfuzz import fuzz, process

# Chosen on the labelled set in tests/core/data/repetition_pairs.jsonl (see docs/repetition-guard.md):
# midway between the highest-scoring non-repeat there (80.3) and the repeat just above it (82.6).
DEFAULT_THRESHOLD = 81.5

# One shared stem is a topic, not a restatement.
MIN_SHARED_STEMS = 2

# Pronouns, articles, auxiliaries, prepositions, conjunctions, light verbs and filler. "one" is here, not
# among the numbers: in talking points it is mostly a pronoun ("I was the one who...") or means "single".
_STOP_WORD_TEXT = """
    a an the this that these those there here one cannot
    i me my mine myself we us our ours ourselves you your yours yourself he him his she her hers it its
    they them their theirs who whom whose which what when where why how
    am is are was were be been being have has had having do does did doing done
    will would shall should can could may might must
    to of in on at by for with from into onto off over under about above below up down out through
    during before after between against across along around via per as until while because than
    and or but if so then nor not no only own same too just also very really quite actually basically
    literally pretty fairly lot lots
    more most much many some any all both each every other such now well like whole instead rather
    together once still even ever again yet already able
    go goes going went gone get gets getting got gotten
    s m re ve ll d t
"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_WORD_TEXT.split())

# Spelled-out numbers become digits so that "eight engineers" and "8 engineers" agree.
NUMBER_WORDS: dict[str, str] = {
    "zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
    "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
    "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60",
    "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100", "dozen": "12",
}  # fmt: skip

# Compound numbers ("twenty-five") are read as one number.
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_ONES: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip

# The stemmer leaves irregular past tenses alone, and stories are told in the past ("I led") as often
# as in the present ("I was leading"), so the common ones are mapped to their base form first.
IRREGULAR_VERBS: dict[str, str] = {
    "led": "lead", "ran": "run", "built": "build", "rebuilt": "rebuild", "grew": "grow", "won": "win",
    "took": "take", "made": "make", "brought": "bring", "wrote": "write", "rewrote": "rewrite",
    "sold": "sell", "taught": "teach", "spent": "spend", "drove": "drive", "fell": "fall",
    "began": "begin", "found": "find", "gave": "give", "held": "hold", "kept": "keep", "left": "leave",
    "lost": "lose", "met": "meet", "paid": "pay", "saw": "see", "spoke": "speak", "told": "tell",
    "thought": "think", "flew": "fly", "came": "come", "chose": "choose", "felt": "feel", "sent": "send",
    "understood": "understand", "overtook": "overtake", "undertook": "undertake", "bought": "buy",
    "caught": "catch", "fought": "fight", "sought": "seek", "stood": "stand", "broke": "break",
    "chosen": "choose", "written": "write", "rewritten": "rewrite", "taken": "take", "given": "give",
    "driven": "drive", "grown": "grow", "shown": "show", "known": "know", "knew": "know",
}  # fmt: skip

# Units that carry no story of their own: sharing "30 percent" is a coincidence, not a restatement.
UNIT_STEMS: frozenset[str] = frozenset({"percent"})

_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[^\W_]+")
_DIGIT_SEPARATOR = re.compile(r"(?<=\d)[,.](?=\d)")
_MULTIPLIER = re.compile(r"\b(\d+)x\b")
_POSSESSIVE = re.compile(r"['’]s\b")
_NEGATION = re.compile(r"(?:ca|wo)?n['’]t\b")  # "can't" and "won't" would otherwise leave "ca", "wo"


@dataclass(frozen=True)
class Repeat:
    planned_index: int
    heard_index: int
    score: float  # 0..100, higher = more alike


@dataclass(frozen=True)
class _Point:
    """A text reduced once, for all the comparisons it takes part in."""

    key: str  # the content stems, sorted and joined by spaces: what rapidfuzz compares
    stems: frozenset[str]
    anchors: frozenset[str]  # the stems that can make an overlap count: not numbers, not units


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    # The snowball stemmer is pure Python; the same words come back in every point.
    return str(_STEMMER.stemWord(word))


def content_stems(text: str) -> list[str]:
    """The stems of a text's content words, in order: what the guard compares."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    folded = folded.replace("%", " percent ")
    folded = _DIGIT_SEPARATOR.sub("", folded)  # "5,000" and "5000", "2.1" and "21" agree
    folded = _MULTIPLIER.sub(r"\1 times", folded)  # "10x the traffic" is "ten times the traffic"
    folded = _POSSESSIVE.sub("", folded)
    folded = _NEGATION.sub(" not", folded)
    words = _WORD.findall(folded)
    stems: list[str] = []
    for position, word in enumerate(words):
        if word in _ONES and position and words[position - 1] in _TENS:
            continue  # already joined to its tens: "twenty-five" is 25
        if word in _TENS and position + 1 < len(words) and words[position + 1] in _ONES:
            stems.append(str(_TENS[word] + _ONES[words[position + 1]]))
            continue
        if word in STOP_WORDS:
            continue
        word = NUMBER_WORDS.get(word, word)
        word = IRREGULAR_VERBS.get(word, word)
        stems.append(_stem(word))
    return stems


def _is_anchor(stem: str) -> bool:
    return stem not in UNIT_STEMS and not any(ch.isdigit() for ch in stem)


def _point(text: str) -> _Point:
    stems = content_stems(text)
    unique = frozenset(stems)
    # Sorting once here makes plain ratio on two keys equal to their token-sort ratio.
    return _Point(" ".join(sorted(stems)), unique, frozenset(s for s in unique if _is_anchor(s)))


def _passes_guard(planned: _Point, heard: _Point) -> bool:
    """Two shared content stems, at least one a word rather than a figure; or the very same content."""
    if not planned.stems or not heard.stems:
        return False
    if planned.stems == heard.stems:  # a one-word copy or a bare figure is a copy all the same
        return True
    shared = planned.stems & heard.stems
    return len(shared) >= MIN_SHARED_STEMS and bool(shared & planned.anchors)


def _combine(planned: _Point, heard: _Point, sort_ratio: float) -> float:
    # Token-set forgives the extra words of a longer retelling; token-sort keeps a short question that is
    # wholly contained in a long story from scoring 100.
    return (fuzz.token_set_ratio(planned.key, heard.key, processor=None) + sort_ratio) / 2


def _score(planned: _Point, heard: _Point) -> float:
    if not _passes_guard(planned, heard):
        return 0.0
    return _combine(planned, heard, fuzz.ratio(planned.key, heard.key, processor=None))


def similarity(a: str, b: str) -> float:
    """How alike two points are, 0..100, after normalisation; 0 when they share less than the guard asks."""
    return _score(_point(a), _point(b))


def find_repeats(planned: list[str], heard: list[str], threshold: float = DEFAULT_THRESHOLD) -> list[Repeat]:
    """For each planned point that restates something already heard, the best-matching heard point.

    At most one Repeat per planned point, scoring at least ``threshold``, ordered by planned_index.
    """
    heard_points = [_point(text) for text in heard]
    # Identical heard points score alike: compare each distinct one once, under the index it was first
    # heard at, which is also the one a tie goes to.
    first_heard: dict[str, int] = {}
    for heard_index, heard_point in enumerate(heard_points):
        if heard_point.key:
            first_heard.setdefault(heard_point.key, heard_index)
    choices = list(first_heard)
    # The set ratio is at most 100, so a mean of at least the threshold needs a sort ratio of at least
    # 2 * threshold - 100. One rapidfuzz pass over the presorted keys finds those, much faster than
    # scoring every pair. The cutoff is one point lower because rapidfuzz turns it into a whole number
    # of edits, and float rounding there can drop a pair that sits exactly on it; the exact test follows.
    sort_cutoff = max(0.0, 2 * threshold - 101)
    best_by_key: dict[str, tuple[int, float] | None] = {}
    repeats: list[Repeat] = []
    for planned_index, text in enumerate(planned):
        point = _point(text)
        if not point.key:
            continue
        if point.key not in best_by_key:
            best: tuple[int, float] | None = None
            candidates = process.extract(
                point.key, choices, scorer=fuzz.ratio, processor=None, score_cutoff=sort_cutoff, limit=None
            )
            for key, sort_ratio, _choice in candidates:
                heard_index = first_heard[key]
                if not _passes_guard(point, heard_points[heard_index]):
                    continue
                score = _combine(point, heard_points[heard_index], sort_ratio)
                if score <= 0 or score < threshold:
                    continue
                # The highest score wins; on a tie, the point heard first.
                if best is None or (score, -heard_index) > (best[1], -best[0]):
                    best = (heard_index, score)
            best_by_key[point.key] = best
        found = best_by_key[point.key]
        if found is not None:
            repeats.append(Repeat(planned_index, found[0], found[1]))
    return repeats


@dataclass(frozen=True)
class LabelledPair:
    planned: str
    heard: str
    repeat: bool
    why: str = ""


@dataclass(frozen=True)
class Evaluation:
    threshold: float
    precision: float
    recall: float
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    mistakes: tuple[tuple[LabelledPair, float], ...]  # each misclassified pair with its score


def load_pairs(path: Path) -> list[LabelledPair]:
    """A labelled set: one JSON object a line with planned, heard, repeat and an optional why."""
    pairs: list[LabelledPair] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            pairs.append(LabelledPair(row["planned"], row["heard"], bool(row["repeat"]), row.get("why", "")))
    return pairs


def evaluate(pairs: Iterable[LabelledPair], threshold: float = DEFAULT_THRESHOLD) -> Evaluation:
    """Precision and recall of the guard on labelled pairs, each pair judged on its own."""
    tp = fp = fn = tn = 0
    mistakes: list[tuple[LabelledPair, float]] = []
    for pair in pairs:
        score = similarity(pair.planned, pair.heard)
        flagged = bool(find_repeats([pair.planned], [pair.heard], threshold))
        if flagged and pair.repeat:
            tp += 1
        elif flagged:
            fp += 1
        elif pair.repeat:
            fn += 1
        else:
            tn += 1
        if flagged != pair.repeat:
            mistakes.append((pair, score))
    return Evaluation(
        threshold=threshold,
        precision=tp / (tp + fp) if tp + fp else 1.0,
        recall=tp / (tp + fn) if tp + fn else 1.0,
        true_positives=tp,
        false_positives=fp,
        false_negatives=fn,
        true_negatives=tn,
        mistakes=tuple(mistakes),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m secondround_desktop.core.repetition",
        description="Measure the repetition guard on a labelled set of pairs (JSON lines).",
    )
    parser.add_argument("--evaluate", type=Path, required=True, metavar="PAIRS.jsonl")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = parser.parse_args(argv)
    result = evaluate(load_pairs(args.evaluate), args.threshold)
    print(f"threshold {result.threshold:g}")
    print(f"precision {result.precision:.3f}  recall {result.recall:.3f}")
    print(
        f"true positives {result.true_positives}, false positives {result.false_positives}, "
        f"false negatives {result.false_negatives}, true negatives {result.true_negatives}"
    )
    for pair, score in result.mistakes:
        kind = "missed repeat" if pair.repeat else "false alarm"
        print(f"{kind} (score {score:.1f}): {pair.planned!r} / {pair.heard!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
