"""Redaction cost per turn of a 20-turn conversation whose client resends the whole history.

Each turn does what the middleware does: pseudonymise every message of the request (history +
the new question), then restore and check the model's answer, then remember the checked answer
(the client resends it as history next turn). Ours uses the span cache; the baseline, measured in
the same run on the same messages with the same engine, has no cache (every turn re-analyses the
whole history). Figures are analysed characters and wall time per turn, as ratios:

- ours turn 20 / ours turn 1 (target <= 1.5: history is not re-analysed);
- baseline turn 20 / baseline turn 1 (what the cache saves);
- ours turn 20 / baseline turn 20.

Writes bench/results/pseudonymise.json and prints a table.

    .venv/bin/python -m bench.bench_pseudonymise [--repeat 5] [--fake]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import write  # noqa: E402
from governance.storage import create_engine  # noqa: E402
from redaction.cache import SpanCache  # noqa: E402
from redaction.pseudonymise import Analyzer, Pseudonymiser  # noqa: E402
from redaction.restore import Restorer, check_answer  # noqa: E402
from redaction.spans import PiiSpan  # noqa: E402
from redaction.vault import Vault  # noqa: E402

TURNS = 20
TARGET = 1.5
NAMES = ["Claire Dubois", "Jean Martin", "Sophie Laurent", "Thomas Bernard", "Emma Petit"]
QUESTIONS = {
    "en": "Hi, I'm {name} ({email}, {phone}). Can you tell me how many days of paid leave I "
          "have left this year and whether I can carry some over to next year?",
    "fr": "Bonjour, je suis {name} ({email}, {phone}). Combien de jours de congés payés me "
          "reste-t-il cette année et puis-je en reporter une partie sur l'an prochain ?",
}
ANSWER = ("Thanks {ph}. According to the leave policy you have 12 days left; up to 5 days can "
          "be carried over if your manager approves before 31 March. Contact HR for details.")


class RegexAnalyzer:
    """``--fake``: the test suite's stand-in, to measure everything but the models."""

    TABLE = (("PERSON", "|".join(NAMES)), ("EMAIL_ADDRESS", r"[\w.+-]+@[\w-]+\.\w+"),
             ("PHONE_NUMBER", r"\b0\d(?: ?\d\d){4}\b"))

    def analyze_batch(self, items: Sequence[tuple[str, str]]) -> list[list[PiiSpan]]:
        return [[PiiSpan(m.start(), m.end(), t, 0.9) for t, rx in self.TABLE
                 for m in re.finditer(rx, text)] for text, _ in items]


class Counting:
    """Wraps the analyzer: counts calls and analysed characters."""

    def __init__(self, inner: Analyzer) -> None:
        self.inner = inner
        self.chars = 0
        self.calls = 0

    def analyze_batch(self, items: Sequence[tuple[str, str]]) -> list[list[PiiSpan]]:
        self.calls += 1
        self.chars += sum(len(text) for text, _ in items)
        return self.inner.analyze_batch(items)


def question(turn: int) -> tuple[str, str]:
    language = "en" if turn % 2 else "fr"
    name = NAMES[turn % len(NAMES)]
    email = f"{name.split()[0].lower()}.{turn}@example.org"
    phone = f"06 12 34 {turn % 90 + 10:02d} {turn % 70 + 20:02d}"
    return QUESTIONS[language].format(name=name, email=email, phone=phone), language


def conversation(analyzer: Counting, vault: Vault, conv: str, *, cached: bool
                 ) -> list[tuple[int, float]]:
    """Per turn: (analysed characters, seconds) for pseudonymise + answer check + remember."""
    pseudonymiser = Pseudonymiser(analyzer, vault, cache=SpanCache())
    history: list[tuple[str, str]] = []
    per_turn: list[tuple[int, float]] = []
    for turn in range(1, TURNS + 1):
        if not cached:
            pseudonymiser = Pseudonymiser(analyzer, vault, cache=SpanCache())
        history.append(question(turn))
        chars, started = analyzer.chars, time.perf_counter()
        masked = pseudonymiser.pseudonymise(conv, "subject", history)
        placeholder = masked.texts[-1].split("I'm ")[-1].split("je suis ")[-1].split(" ")[0]
        answer = Restorer(vault.mapping(conv)).restore_regions(ANSWER.format(ph=placeholder))
        checked = check_answer(answer, analyzer, history[-1][1], policy="mask")
        pseudonymiser.remember(checked.text, history[-1][1], checked.spans)
        per_turn.append((analyzer.chars - chars, time.perf_counter() - started))
        history.append((checked.text, history[-1][1]))
    return per_turn


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--fake", action="store_true", help="a regex analyzer, no models")
    args = parser.parse_args()
    if args.fake:
        inner: Analyzer = RegexAnalyzer()
    else:
        from redaction.engine import EngineConfig, build_engine
        inner = build_engine(EngineConfig())
    analyzer = Counting(inner)
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'vault.db'}")
        vault = Vault(engine, b"b" * 32, ttl=timedelta(hours=1))
        vault.create_schema()
        conversation(analyzer, vault, "warm-up", cached=True)
        runs: dict[str, list[list[tuple[int, float]]]] = {"ours": [], "baseline": []}
        for r in range(args.repeat):
            runs["ours"].append(conversation(analyzer, vault, f"ours-{r}", cached=True))
            runs["baseline"].append(conversation(analyzer, vault, f"base-{r}", cached=False))
        engine.dispose()
    table: dict[str, dict[str, float]] = {}
    for name, repeats in runs.items():
        chars = [repeats[0][t][0] for t in range(TURNS)]
        seconds = [statistics.median(run[t][1] for run in repeats) for t in range(TURNS)]
        table[name] = {"turn1_chars": chars[0], "turn20_chars": chars[-1],
                       "chars_ratio_20_vs_1": round(chars[-1] / chars[0], 3),
                       "turn1_ms": round(seconds[0] * 1000, 2),
                       "turn20_ms": round(seconds[-1] * 1000, 2),
                       "time_ratio_20_vs_1": round(seconds[-1] / seconds[0], 3)}
    ours, base = table["ours"], table["baseline"]
    result = {
        "analyzer": "regex fake" if args.fake else "redaction.engine (Presidio, default models)",
        "turns": TURNS, "repeat": args.repeat, "target_ratio": TARGET,
        "ours": ours, "baseline_no_cache": base,
        "ours_vs_baseline_turn20_time": round(ours["turn20_ms"] / base["turn20_ms"], 3),
        "meets_target": ours["time_ratio_20_vs_1"] <= TARGET,
    }
    print(f"{'':10} {'t1 chars':>9} {'t20 chars':>9} {'ratio':>6} {'t1 ms':>8} {'t20 ms':>8} "
          f"{'ratio':>6}")
    for name, row in (("ours", ours), ("no cache", base)):
        print(f"{name:10} {row['turn1_chars']:>9} {row['turn20_chars']:>9} "
              f"{row['chars_ratio_20_vs_1']:>6} {row['turn1_ms']:>8} {row['turn20_ms']:>8} "
              f"{row['time_ratio_20_vs_1']:>6}")
    print(f"ours turn 20 / no-cache turn 20 (time): {result['ours_vs_baseline_turn20_time']}; "
          f"target ours 20/1 <= {TARGET}: {'met' if result['meets_target'] else 'NOT met'}")
    print(f"wrote {write('pseudonymise_fake' if args.fake else 'pseudonymise', result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
