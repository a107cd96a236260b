"""Build the labelled PII evaluation set (``en.jsonl`` and ``fr.jsonl``) deterministically.

Why a script: offsets typed by hand drift; here every span is computed while the message is
assembled, so ``text[start:end]`` is exactly the value by construction. Run it from the
repository root (``.venv/bin/python tests/data/pii_eval/make_pii_eval.py``); the same seed always
writes the same bytes, and ``tests/test_pii_eval_data.py`` checks that the committed files are
what this script produces.

A template is hand-written text with ``{slot}`` markers (filled by a generator, labelled or not)
and ``[[text|LABEL]]`` inline gold spans. Templates are split between ``dev`` and ``test`` (no
template is shared), so a recognizer tuned on dev meets unseen phrasings in test. Noise is added
only to the unlabelled text between spans: typos, dropped accents, lower-case names.
"""

from __future__ import annotations

import functools
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import pii_eval_people as p  # noqa: E402
import pii_eval_templates_en as tpl_en  # noqa: E402
import pii_eval_templates_fr as tpl_fr  # noqa: E402
import pii_eval_values as v  # noqa: E402

SEED = 20261127
TOTAL = 400
DEV = 100
NEGATIVE_SHARE = 0.25

Generator = Callable[[v.Ctx], list[v.Piece]]

COMMON_SLOTS: dict[str, Generator] = {
    "full": p.full_name("a"),
    "first": p.first_name("a"),
    "last": p.last_name("a"),
    "full2": p.full_name("b"),
    "first2": p.first_name("b"),
    "last2": p.last_name("b"),
    "full3": p.full_name("c"),
    "first3": p.first_name("c"),
    "email": p.email("a"),
    "email2": p.email("b"),
    "email3": p.email("c"),
    "phone": p.phone,
    "phone2": p.phone,
    "addr": p.address,
    "city": p.city,
    "site": p.site,
    "nir": v.nir,
    "iban": v.iban,
    "siren": v.siren,
    "siret": v.siret,
    "card": v.card,
    "cni": v.cni,
    "passport": v.passport,
    "passport2": v.passport,
    "ssn": v.ssn,
    "date": p.date,
    "date2": p.date,
    "dob": p.dob,
    "amount": v.amount,
    "amount2": v.amount,
}
COMMON_SLOTS.update({name: v.number(fmt) for name, fmt in v.NEGATIVE_SLOTS.items()})

_TOKEN = re.compile(r"\{(\w+)\}|\[\[(.+?)\|([A-Z_]+)\]\]")
_WORD = re.compile(r"[^\W\d_]{4,}")
_KEYS_NEAR = {
    "a": "zqs",
    "e": "zrd",
    "i": "uok",
    "o": "ipl",
    "n": "bm",
    "r": "et",
    "s": "adz",
    "t": "ry",
    "u": "yi",
    "l": "km",
    "m": "n,",
    "c": "xv",
}


@dataclass(frozen=True, slots=True)
class Template:
    text: str
    negative: bool
    labels: frozenset[str]


@dataclass(frozen=True, slots=True)
class Message:
    text: str
    spans: tuple[tuple[int, int, str], ...]


def _typo(rng: random.Random, text: str) -> str:
    """One realistic slip in one word of unlabelled text: swap, drop, double or a neighbour key."""
    words = list(_WORD.finditer(text))
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 1)
    kind = rng.choice(["swap", "drop", "double", "near"])
    if kind == "swap":
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif kind == "drop":
        w2 = w[:i] + w[i + 1 :]
    elif kind == "double":
        w2 = w[:i] + w[i] + w[i:]
    else:
        near = _KEYS_NEAR.get(w[i].lower())
        w2 = w[:i] + rng.choice(near) + w[i + 1 :] if near else w[:i] + w[i + 1 :]
    return text[: m.start()] + w2 + text[m.end() :]


def render(template: str, rng: random.Random, lang: str, slots: dict[str, Generator]) -> Message:
    """Fill one template; every labelled piece becomes a span at its exact code-point offsets."""
    ctx = v.Ctx(rng=rng, lang=lang, lower_names=rng.random() < 0.15)
    strip = lang == "fr" and rng.random() < 0.2
    lower_start = rng.random() < 0.2
    pieces: list[v.Piece] = []
    pos = 0
    for m in _TOKEN.finditer(template):
        pieces.append((template[pos : m.start()], None))
        if m.group(1):
            name = m.group(1)
            if name not in ctx.cache:
                ctx.cache[name] = slots[name](ctx)
            pieces.extend(ctx.cache[name])
        else:
            pieces.append((m.group(2), m.group(3)))
        pos = m.end()
    pieces.append((template[pos:], None))

    literal_idx = [i for i, (t, lab) in enumerate(pieces) if lab is None and _WORD.search(t)]
    n_typos = rng.choice([0, 0, 0, 0, 0, 1, 1, 2]) if literal_idx else 0
    for _ in range(n_typos):
        i = rng.choice(literal_idx)
        pieces[i] = (_typo(rng, pieces[i][0]), None)
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    offset = 0
    for chunk, label in pieces:
        if strip and label in (None, "PERSON", "LOCATION", "STREET_ADDRESS", "HEALTH"):
            chunk = p.strip_accents(chunk)
        if label is not None and chunk:
            spans.append((offset, offset + len(chunk), label))
        text_parts.append(chunk)
        offset += len(chunk)
    text = "".join(text_parts)
    if lower_start and text[:1].isupper() and not (spans and spans[0][0] == 0):
        text = text[0].lower() + text[1:]
    return Message(text=text, spans=tuple(spans))


def _labels(template: str, lang: str, slots: dict[str, Generator]) -> frozenset[str]:
    msg = render(template, random.Random(0), lang, slots)
    return frozenset(label for _, _, label in msg.spans)


def _dev_templates(rng: random.Random, group: list[Template], n_dev_t: int) -> list[Template]:
    """Pick dev templates: first cover every label (keeping a template for test), then fill with
    the templates whose labels have the smallest share in dev so far, so that every label keeps
    most of its templates, and so most of its spans, in test."""
    pool = list(group)
    rng.shuffle(pool)
    freq = Counter(lab for t in group for lab in t.labels)
    in_dev: Counter[str] = Counter()

    def share(t: Template) -> float:
        return max(((in_dev[lab] + 1) / freq[lab] for lab in t.labels), default=0.0)

    chosen: list[Template] = []
    while len(chosen) < n_dev_t:
        spare = {lab for t in pool for lab in t.labels if sum(lab in u.labels for u in pool) >= 2}
        missing = spare - set(in_dev)
        best = min(pool, key=lambda t: (-len(t.labels & missing), share(t)))
        pool.remove(best)
        chosen.append(best)
        in_dev.update(best.labels)
    return chosen


def _uses(pool: list[Template], n: int) -> list[Template]:
    """``n`` template uses: a template without slots once (its copies would differ only by
    typos), the others in turn."""
    fixed = [t for t in pool if "{" not in t.text]
    varied = [t for t in pool if "{" in t.text]
    uses = fixed[:n]
    uses += [varied[i % len(varied)] for i in range(n - len(uses))]
    return uses


def _plan(rng: random.Random, templates: list[Template]) -> list[tuple[Template, str]]:
    """Assign each template to one split, then cycle templates to reach the split sizes."""
    plan: list[tuple[Template, str]] = []
    n_neg = round(TOTAL * NEGATIVE_SHARE)
    for negative, count in ((True, n_neg), (False, TOTAL - n_neg)):
        group = [t for t in templates if t.negative is negative]
        dev_t = _dev_templates(rng, group, max(1, round(len(group) * DEV / TOTAL)))
        test_t = [t for t in group if t not in dev_t]
        rng.shuffle(test_t)
        n_dev = round(count * DEV / TOTAL)
        for split, pool, n in (("dev", dev_t, n_dev), ("test", test_t, count - n_dev)):
            plan.extend((t, split) for t in _uses(pool, n))
    return plan


def build(lang: str) -> list[dict[str, Any]]:
    module = tpl_en if lang == "en" else tpl_fr
    slots = dict(COMMON_SLOTS)
    slots.update(module.SLOTS)
    templates = [Template(t, False, _labels(t, lang, slots)) for t in module.POSITIVE]
    templates += [Template(t, True, _labels(t, lang, slots)) for t in module.NEGATIVE]
    if any(t.labels for t in templates if t.negative):
        raise ValueError("a negative template carries a gold span")
    rng = random.Random(f"{SEED}-{lang}")
    plan = _plan(rng, templates)
    seen: set[str] = set()
    rows: list[tuple[str, Message]] = []
    for tpl, split in plan:
        for _ in range(50):
            msg = render(tpl.text, rng, lang, slots)
            if msg.text not in seen:
                break
        else:
            raise RuntimeError(f"cannot make a unique message from template: {tpl.text[:40]}")
        seen.add(msg.text)
        rows.append((split, msg))
    rng.shuffle(rows)
    rows.sort(key=lambda r: r[0] != "dev")
    return [
        {
            "id": f"{lang}-{i:04d}",
            "lang": lang,
            "split": split,
            "text": msg.text,
            "spans": [{"start": s, "end": e, "label": lab} for s, e, lab in msg.spans],
        }
        for i, (split, msg) in enumerate(rows, start=1)
    ]


def dumps(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


LABELS = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "FR_NIR", "IBAN_CODE",
    "FR_SIRET", "FR_SIREN", "CREDIT_CARD", "FR_ID_CARD", "FR_PASSPORT", "US_SSN", "DATE",
    "LOCATION", "HEALTH", "TRADE_UNION", "RELIGION", "SEXUAL_ORIENTATION",
)  # fmt: skip
COUNTS_START = "<!-- counts:start (written by make_pii_eval.py) -->"
COUNTS_END = "<!-- counts:end -->"


def _label_count(label: str, records: list[dict[str, Any]]) -> int:
    return sum(s["label"] == label for r in records for s in r["spans"])


def counts_markdown(files: dict[str, list[dict[str, Any]]]) -> str:
    """The README's count table, computed from the records so it cannot drift from the data."""
    cols = [(lang, split) for lang in files for split in ("dev", "test")]
    head = "| | " + " | ".join(f"{lang} {split}" for lang, split in cols) + " |"
    lines = [head, "|---" * (len(cols) + 1) + "|"]

    def row(name: str, count: Callable[[list[dict[str, Any]]], int]) -> str:
        cells = [
            str(count([r for r in files[lang] if r["split"] == split])) for lang, split in cols
        ]
        return f"| {name} | " + " | ".join(cells) + " |"

    lines.append(row("messages", len))
    lines.append(row("messages without personal data", lambda rs: sum(not r["spans"] for r in rs)))
    lines.append(row("messages with 2+ spans", lambda rs: sum(len(r["spans"]) > 1 for r in rs)))
    lines.append(row("spans", lambda rs: sum(len(r["spans"]) for r in rs)))
    for label in LABELS:
        lines.append(row(f"`{label}`", functools.partial(_label_count, label)))
    return "\n".join([COUNTS_START, *lines, COUNTS_END])


def with_counts(readme: str, table: str) -> str:
    start, end = readme.index(COUNTS_START), readme.index(COUNTS_END) + len(COUNTS_END)
    return readme[:start] + table + readme[end:]


def main() -> None:
    files = {lang: build(lang) for lang in ("en", "fr")}
    for lang, records in files.items():
        (HERE / f"{lang}.jsonl").write_text(dumps(records), encoding="utf-8")
    readme = HERE / "README.md"
    readme.write_text(
        with_counts(readme.read_text(encoding="utf-8"), counts_markdown(files)), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
