"""Checks on the labelled human-handoff evaluation set in tests/data/handoff/.

The set is the yardstick for the handoff classifier, so a malformed line, an unknown category,
a lopsided split or a message counted twice would silently skew every figure measured on it.
These tests pin the shared contract (see the README next to the data) and keep the README's
count tables honest.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).parent / "data" / "handoff"
LANGS = ("en", "fr")
SPLITS = ("dev", "test")
CATEGORIES = (
    "sick-leave-return",
    "conflict-harassment",
    "performance-evaluation",
    "mental-health",
    "disciplinary",
    "bereavement",
    "human-request",
)
KEYS = frozenset({"id", "lang", "split", "text", "category"})
MIN_PER_SPLIT = {"dev": 100, "test": 200}
MIN_PER_CATEGORY = {"dev": 5, "test": 10}
MIN_HARD_SHARE = 0.25  # of the ordinary messages in each split
MAX_TEXT_CHARS = 600
COLUMNS = tuple((lang, split) for lang in LANGS for split in SPLITS)  # README table columns

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE = re.compile(r"(?:\+\d{2,3}[ .]?)?(?:\d{2}[ .-]?){4}\d{2}")
URL = re.compile(r"https?://|www\.", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Message:
    """One labelled message; category None means an ordinary question the bot may answer."""

    id: str
    lang: str
    split: str
    text: str
    category: str | None


def _path(lang: str) -> Path:
    return DATA_DIR / f"{lang}.jsonl"


@cache
def _raw_lines(lang: str) -> tuple[str, ...]:
    return tuple(_path(lang).read_text(encoding="utf-8").splitlines())


@cache
def _messages(lang: str) -> tuple[Message, ...]:
    return tuple(Message(**json.loads(line)) for line in _raw_lines(lang))


@cache
def _hard_negatives() -> dict[str, dict[str, str]]:
    loaded: dict[str, dict[str, str]] = json.loads(
        (DATA_DIR / "hard_negatives.json").read_text(encoding="utf-8")
    )
    return loaded


def _normalised(text: str) -> str:
    """Casefolded, accent-free, punctuation-free form, so near-copies count as duplicates."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", bare).split())


def _row(label: str, values: list[int]) -> str:
    """One README table row: the label, one count per column of COLUMNS, then the total."""
    return "| " + " | ".join([label, *(str(v) for v in values), str(sum(values))]) + " |"


def _count_rows() -> list[str]:
    """The README's per-category table rows, recomputed from the data."""
    counts = {
        (lang, split): Counter(m.category for m in _messages(lang) if m.split == split)
        for lang in LANGS
        for split in SPLITS
    }
    hard = {
        (lang, split): sum(
            1 for m in _messages(lang) if m.split == split and m.id in _hard_negatives()[lang]
        )
        for lang in LANGS
        for split in SPLITS
    }
    rows = [_row(f"`{c}`", [counts[col][c] for col in COLUMNS]) for c in CATEGORIES]
    rows.append(_row("all handoff", [counts[col].total() - counts[col][None] for col in COLUMNS]))
    rows.append(_row("`null` (ordinary)", [counts[col][None] for col in COLUMNS]))
    rows.append(_row("of which hard negatives", [hard[col] for col in COLUMNS]))
    rows.append(_row("total", [counts[col].total() for col in COLUMNS]))
    return rows


def _hard_rows() -> list[str]:
    """The README's hard-negative table rows (by the category they share words with)."""
    split_of = {m.id: m.split for lang in LANGS for m in _messages(lang)}
    rows = []
    for category in CATEGORIES:
        values = [
            sum(
                1
                for mid, shared in _hard_negatives()[lang].items()
                if shared == category and split_of[mid] == split
            )
            for lang, split in COLUMNS
        ]
        rows.append(_row(f"`{category}`", values))
    return rows


@pytest.mark.parametrize("lang", LANGS)
def test_every_line_is_a_record_of_the_scheme(lang: str) -> None:
    lines = _raw_lines(lang)
    assert lines, f"{lang}.jsonl is empty"
    for number, line in enumerate(lines, 1):
        where = f"{lang}:{number}"
        record = json.loads(line)
        assert isinstance(record, dict), f"{where} is not an object"
        assert set(record) == KEYS, f"{where} keys {sorted(record)}"
        assert re.fullmatch(rf"{lang}-h-\d{{4}}", record["id"]), f"{where} id"
        assert record["split"] in SPLITS, f"{where} split"
        _check_fields(record, lang, where)


def _check_fields(record: dict[str, object], lang: str, where: str) -> None:
    """The checks every data file shares: language, category and a clean, printable text."""
    assert record["lang"] == lang, f"{where} lang"
    assert record["category"] is None or record["category"] in CATEGORIES, (
        f"{where} category {record['category']!r}"
    )
    text = record["text"]
    assert isinstance(text, str), f"{where} text type"
    assert text, f"{where} blank text"
    assert text == text.strip(), f"{where} padded text"
    assert len(text) <= MAX_TEXT_CHARS, f"{where} text too long"
    assert all(ch.isprintable() for ch in text), f"{where} control character"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("split", SPLITS)
def test_each_split_is_large_enough_and_half_hands_off(lang: str, split: str) -> None:
    messages = [m for m in _messages(lang) if m.split == split]
    handoff = sum(1 for m in messages if m.category is not None)
    assert len(messages) >= MIN_PER_SPLIT[split]
    assert handoff * 2 == len(messages), f"{handoff} handoff of {len(messages)}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("split", SPLITS)
def test_handoff_messages_are_spread_over_every_category(lang: str, split: str) -> None:
    counts = Counter(m.category for m in _messages(lang) if m.split == split and m.category)
    assert set(counts) == set(CATEGORIES)
    assert min(counts.values()) >= MIN_PER_CATEGORY[split], counts
    assert max(counts.values()) <= 1.5 * min(counts.values()), counts


def test_ids_are_unique_across_both_languages() -> None:
    ids = [m.id for lang in LANGS for m in _messages(lang)]
    duplicated = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicated, duplicated


def test_no_text_appears_twice_even_after_normalising_case_accents_and_punctuation() -> None:
    normalised = [_normalised(m.text) for lang in LANGS for m in _messages(lang)]
    duplicated = [t for t, n in Counter(normalised).items() if n > 1]
    assert not duplicated, duplicated


@pytest.mark.parametrize("lang", LANGS)
def test_texts_carry_no_contact_details(lang: str) -> None:
    for m in _messages(lang):
        for pattern in (EMAIL, PHONE, URL):
            assert not pattern.search(m.text), f"{m.id} looks like it holds contact details"


@pytest.mark.parametrize("lang", LANGS)
def test_hard_negatives_are_ordinary_messages_of_this_file(lang: str) -> None:
    by_id = {m.id: m for m in _messages(lang)}
    hard = _hard_negatives()[lang]
    assert set(_hard_negatives()) == set(LANGS)
    for mid, shared in hard.items():
        assert mid in by_id, f"{mid} is not in {lang}.jsonl"
        assert by_id[mid].category is None, f"{mid} is listed as a hard negative but hands off"
        assert shared in CATEGORIES, f"{mid} shares words with unknown {shared!r}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("split", SPLITS)
def test_every_split_holds_hard_negatives_for_every_category(lang: str, split: str) -> None:
    split_of = {m.id: m.split for m in _messages(lang)}
    hard = {mid: c for mid, c in _hard_negatives()[lang].items() if split_of[mid] == split}
    ordinary = sum(1 for m in _messages(lang) if m.split == split and m.category is None)
    assert set(hard.values()) == set(CATEGORIES)
    assert len(hard) >= MIN_HARD_SHARE * ordinary, f"{len(hard)} hard of {ordinary} ordinary"


@pytest.mark.parametrize(
    "rows", [pytest.param(_count_rows, id="counts"), pytest.param(_hard_rows, id="hard")]
)
def test_readme_tables_match_the_data(rows: Callable[[], list[str]]) -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    missing = [row for row in rows() if row not in readme]
    assert not missing, "README.md table rows out of date:\n" + "\n".join(missing)


# Extra development sets (`<lang>_more_dev*.jsonl`): written later by other authors, dev only.
# They are tuning data, so they must never share an id or a text with the main files, whose
# `test` lines have to stay unseen by the tuner. Duplicates are reported by the extra file's id
# only, so running these checks never prints a `test` line.

EXTRA_MIN_PER_CATEGORY = {"en": 8, "fr": 20}
EXTRA_MIN_BEREAVEMENT = {"en": 12, "fr": 20}
EXTRA_MIN_ORDINARY = {"en": 40, "fr": 100}


def _extra_paths(lang: str) -> list[Path]:
    return sorted(DATA_DIR.glob(f"{lang}_more_dev*.jsonl"))


@cache
def _extra_raw_lines(lang: str) -> tuple[str, ...]:
    return tuple(line for path in _extra_paths(lang)
                 for line in path.read_text(encoding="utf-8").splitlines())


@cache
def _extra_messages(lang: str) -> tuple[Message, ...]:
    return tuple(Message(**json.loads(line)) for line in _extra_raw_lines(lang))


def _extra_rows() -> list[str]:
    """The README's extra-set table rows: one count per language, then the total."""
    counts = {lang: Counter(m.category for m in _extra_messages(lang)) for lang in LANGS}
    rows = [_row(f"`{c}`", [counts[lang][c] for lang in LANGS]) for c in CATEGORIES]
    rows.append(
        _row("all handoff", [counts[lang].total() - counts[lang][None] for lang in LANGS])
    )
    rows.append(_row("`null` (ordinary)", [counts[lang][None] for lang in LANGS]))
    rows.append(_row("total", [counts[lang].total() for lang in LANGS]))
    return rows


@pytest.mark.parametrize("lang", LANGS)
def test_every_extra_line_is_a_dev_record_of_the_scheme(lang: str) -> None:
    lines = _extra_raw_lines(lang)
    assert lines, f"no {lang}_more_dev*.jsonl lines"
    for number, line in enumerate(lines, 1):
        where = f"{lang}_more_dev* line {number}"
        record = json.loads(line)
        assert isinstance(record, dict), f"{where} is not an object"
        assert list(record) == ["id", "lang", "split", "text", "category"], f"{where} keys"
        assert re.fullmatch(rf"{lang}-[d-z]-\d{{4}}", record["id"]), f"{where} id"
        assert record["split"] == "dev", f"{where} split must be dev"
        _check_fields(record, lang, where)
        for pattern in (EMAIL, PHONE, URL):
            assert not pattern.search(record["text"]), (
                f"{where} looks like it holds contact details")


@pytest.mark.parametrize("lang", LANGS)
def test_extra_sets_cover_every_category_and_enough_ordinary_messages(lang: str) -> None:
    counts = Counter(m.category for m in _extra_messages(lang))
    assert set(counts) - {None} == set(CATEGORIES), counts
    assert min(counts[c] for c in CATEGORIES) >= EXTRA_MIN_PER_CATEGORY[lang], counts
    assert counts["bereavement"] >= EXTRA_MIN_BEREAVEMENT[lang], counts
    assert counts[None] >= EXTRA_MIN_ORDINARY[lang], counts


def test_ids_are_unique_across_main_and_extra_files() -> None:
    ids = [m.id for lang in LANGS for m in (*_messages(lang), *_extra_messages(lang))]
    duplicated = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicated, duplicated


def test_extra_texts_are_new_even_after_normalising_case_accents_and_punctuation() -> None:
    main = Counter(_normalised(m.text) for lang in LANGS for m in _messages(lang))
    extra = [m for lang in LANGS for m in _extra_messages(lang)]
    extra_counts = Counter(_normalised(m.text) for m in extra)
    clashing = [
        m.id for m in extra if main[_normalised(m.text)] or extra_counts[_normalised(m.text)] > 1
    ]
    assert not clashing, f"extra messages duplicating another message: {clashing}"


def test_readme_extra_table_matches_the_data() -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    section = readme.partition("## Extra development sets")[2]
    assert section, "README.md has no 'Extra development sets' section"
    missing = [row for row in _extra_rows() if row not in section]
    assert not missing, "README.md extra-set rows out of date:\n" + "\n".join(missing)


def _extra_hard_negatives() -> dict[str, dict[str, str]]:
    """The README's extra-set hard negatives: {lang: {id: category whose words it shares}}."""
    section = (DATA_DIR / "README.md").read_text(encoding="utf-8").partition(
        "## Extra development sets"
    )[2]
    found: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    for lang, category, ids in re.findall(r"^\| (en|fr) \| `([a-z-]+)` \| (.+) \|$", section, re.M):
        for mid in re.findall(r"`([a-z]{2}-[d-z]-\d{4})`", ids):
            found[lang][mid] = category
    return found


def _conversation_ids(lang: str) -> set[str]:
    """Ids in the conversation sets: files of ordinary chat turns only (no handoff at all),
    which share no topic's words on purpose and so hold no hard negatives."""
    found: set[str] = set()
    for path in _extra_paths(lang):
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        if all(record["category"] is None for record in records):
            found.update(str(record["id"]) for record in records)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_extra_hard_negatives_are_ordinary_messages_for_every_category(lang: str) -> None:
    by_id = {m.id: m for m in _extra_messages(lang)}
    hard = _extra_hard_negatives()[lang]
    chat = _conversation_ids(lang)
    ordinary = sum(1 for m in by_id.values() if m.category is None and m.id not in chat)
    for mid, shared in hard.items():
        assert mid in by_id, f"{mid} is not in the {lang} extra sets"
        assert by_id[mid].category is None, f"{mid} is listed as a hard negative but hands off"
        assert shared in CATEGORIES, f"{mid} shares words with unknown {shared!r}"
    assert set(hard.values()) == set(CATEGORIES)
    assert len(hard) >= MIN_HARD_SHARE * ordinary, f"{len(hard)} hard of {ordinary} ordinary"
