"""How long the repetition guard takes for a large plan against a long history. Prints figures only.

python bench/repetition.py [--planned 200] [--heard 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from secondround_desktop.core.repetition import find_repeats

WORDS = """
led migration kubernetes cloud costs team mentored engineers roadmap customer renewal shipped design
system hospital quota deal platform latency pipeline warehouse analytics hiring onboarding budget
security audit release incident on-call revenue churn pricing partner launch mobile api billing
""".split()  # noqa: SIM905


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 18)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--planned", type=int, default=200)
    parser.add_argument("--heard", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)  # fixed seed: every run times the same work
    planned = [sentence(rng) for _ in range(args.planned)]
    heard = [sentence(rng) for _ in range(args.heard)]
    timings = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        found = find_repeats(planned, heard)
        timings.append(time.perf_counter() - start)
    print(
        f"find_repeats {args.planned} planned x {args.heard} heard: "
        f"median {statistics.median(timings) * 1000:.0f} ms, best {min(timings) * 1000:.0f} ms "
        f"over {args.repeat} runs; {len(found)} repeats found"
    )


if __name__ == "__main__":
    main()
