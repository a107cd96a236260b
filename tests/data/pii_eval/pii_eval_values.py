"""Identifier, amount and word-list generators for the PII evaluation set.

Every checksum-bearing value (NIR key, SIREN/SIRET/card Luhn, IBAN mod 97) is computed here so
that a recognizer that validates checksums is measured on values it should accept; the hard
negatives (parcel references, order numbers) are made to fail those checksums. A slot generator
returns a list of pieces ``(text, label or None)`` so a slot can carry its own unlabelled glue
("une " + "dépression").
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

Piece = tuple[str, str | None]


def words(joined: str) -> list[str]:
    """Long word lists are written as one ``|``-separated string to keep the files short."""
    return joined.split("|")


@dataclass(slots=True)
class Ctx:
    """Per-message state: the random source, the language and the values already drawn."""

    rng: random.Random
    lang: str
    cache: dict[str, list[Piece]] = field(default_factory=dict)
    people: dict[str, tuple[str, str]] = field(default_factory=dict)
    lower_names: bool = False


# --- checksums -------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    """Append the one digit that makes ``prefix`` Luhn-valid."""
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError("unreachable")


def luhn_break(digits: str) -> str:
    """Change the last digit so the number is NOT Luhn-valid (hard negatives)."""
    last = int(digits[-1])
    for step in range(1, 10):
        cand = digits[:-1] + str((last + step) % 10)
        if not luhn_ok(cand):
            return cand
    raise AssertionError("unreachable")


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(numeric) % 97:02d}"


def nir_key(first13: str) -> str:
    numeric = first13.upper().replace("2A", "19").replace("2B", "18")
    return f"{97 - int(numeric) % 97:02d}"


# --- national identifiers ----------------------------------------------------------------------


def nir(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    sex = rng.choice("12")
    yy = f"{rng.randint(60, 99) if rng.random() < 0.7 else rng.randint(0, 5):02d}"
    mm = f"{rng.randint(1, 12):02d}"
    dept = rng.choice(words("75|69|13|2A|2B|44|59|33|92|31|2A|2B"))
    commune = f"{rng.randint(1, 990):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = sex + yy + mm + dept + commune + order
    key = nir_key(body)
    text = rng.choice(
        [
            body + key,
            f"{sex} {yy} {mm} {dept} {commune} {order} {key}",
            f"{sex} {yy} {mm} {dept} {commune} {order} {key}",
            f"{sex}{yy}{mm}{dept}{commune}{order} {key}",
        ]
    )
    return [(text, "FR_NIR")]


def _group(text: str, size: int, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


def iban(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    kind = "FR" if ctx.lang == "fr" or rng.random() < 0.6 else rng.choice(["GB", "DE"])
    if kind == "FR":
        bank = f"{rng.randint(10000, 99999)}"
        branch = f"{rng.randint(0, 99999):05d}"
        account = f"{rng.randint(0, 10**11 - 1):011d}"
        rib = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        bban = f"{bank}{branch}{account}{rib:02d}"
    elif kind == "GB":
        bank = rng.choice(["WEST", "NWBK", "BARC", "MIDL"])
        bban = f"{bank}{rng.randint(0, 999999):06d}{rng.randint(0, 10**8 - 1):08d}"
    else:
        bban = f"{rng.randint(10**17, 10**18 - 1)}"
    compact = kind + iban_check(kind, bban) + bban
    text = _group(compact, 4) if rng.random() < 0.65 else compact
    return [(text, "IBAN_CODE")]


def siren(ctx: Ctx) -> list[Piece]:
    value = luhn_complete(f"{ctx.rng.randint(10**7, 10**8 - 1)}")
    text = _group(value, 3) if ctx.rng.random() < 0.5 else value
    return [(text, "FR_SIREN")]


def siret(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    sir = luhn_complete(f"{rng.randint(10**7, 10**8 - 1)}")
    value = luhn_complete(sir + f"{rng.randint(1, 99):04d}")
    text = rng.choice([value, f"{_group(sir, 3)} {value[9:]}", f"{sir} {value[9:]}"])
    return [(text, "FR_SIRET")]


def card(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    kind = rng.choice(["visa", "visa", "mc", "amex"])
    if kind == "amex":
        value = luhn_complete(rng.choice(["34", "37"]) + f"{rng.randint(0, 10**12 - 1):012d}")
        text = f"{value[:4]} {value[4:10]} {value[10:]}" if rng.random() < 0.7 else value
    else:
        prefix = "4" if kind == "visa" else str(rng.randint(51, 55))
        width = 15 - len(prefix)
        value = luhn_complete(prefix + f"{rng.randint(0, 10**width - 1):0{width}d}")
        text = rng.choice([_group(value, 4), _group(value, 4, "-"), value])
    return [(text, "CREDIT_CARD")]


def cni(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    if rng.random() < 0.5:
        dept = rng.choice(words("750|692|131|2A0|440|593|921"))
        text = f"{rng.randint(88, 99):02d}{rng.randint(1, 12):02d}{dept}{rng.randint(0, 99999):05d}"
    else:
        alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        text = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(
            rng.choice(alphabet) for _ in range(8)
        )
    return [(text, "FR_ID_CARD")]


def passport(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return [(f"{rng.randint(10, 24):02d}{letters}{rng.randint(0, 99999):05d}", "FR_PASSPORT")]


def ssn(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    area = rng.choice([a for a in range(1, 900) if a != 666])
    parts = (f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}")
    sep = rng.choice(["-", "-", "-", " ", ""])
    return [(sep.join(parts), "US_SSN")]


# --- word lists (special categories and negatives) -----------------------------------------


def pick(options: list[str], label: str | None) -> Callable[[Ctx], list[Piece]]:
    def gen(ctx: Ctx) -> list[Piece]:
        return [(ctx.rng.choice(options), label)]

    return gen


def pick_glued(options: list[tuple[str, str]], label: str) -> Callable[[Ctx], list[Piece]]:
    """Choose ``(glue, term)``: the glue (an article) stays unlabelled, the term is labelled."""

    def gen(ctx: Ctx) -> list[Piece]:
        glue, term = ctx.rng.choice(options)
        return [(glue, None), (term, label)] if glue else [(term, label)]

    return gen


def number(fmt: Callable[[random.Random], str]) -> Callable[[Ctx], list[Piece]]:
    def gen(ctx: Ctx) -> list[Piece]:
        return [(fmt(ctx.rng), None)]

    return gen


def _amount(rng: random.Random, lang: str) -> str:
    whole = rng.choice([rng.randint(12, 999), rng.randint(1000, 9999)])
    cents = rng.choice([0, 0, rng.randint(1, 99)])
    if lang == "fr":
        w = f"{whole:,}".replace(",", " ")
        return rng.choice([f"{w},{cents:02d} €", f"{w} €", f"{w} euros", f"{w},{cents:02d}€"])
    return rng.choice(
        [f"${whole:,}.{cents:02d}", f"£{whole:,}", f"€{whole:,}.{cents:02d}", f"{whole:,} EUR"]
    )


def amount(ctx: Ctx) -> list[Piece]:
    return [(_amount(ctx.rng, ctx.lang), None)]


def long_number(rng: random.Random) -> str:
    """A 14- or 16-digit reference that fails Luhn: looks like a SIRET or card but is neither."""
    digits = (
        f"{rng.randint(10**13, 10**14 - 1)}"
        if rng.random() < 0.5
        else (f"{rng.randint(10**15, 10**16 - 1)}")
    )
    return luhn_break(digits)


NEGATIVE_SLOTS: dict[str, Callable[[random.Random], str]] = {
    "ticket": lambda r: r.choice(
        [
            f"{r.randint(10**7, 10**8 - 1)}",
            f"INC{r.randint(10**6, 10**7 - 1)}",
            f"#{r.randint(1000, 99999)}",
            f"HR-{r.randint(1000, 9999)}",
        ]
    ),
    "order": lambda r: r.choice(
        [
            f"PO-{r.randint(2023, 2026)}-{r.randint(1, 99999):05d}",
            f"{r.randint(4 * 10**9, 5 * 10**9)}",
            f"CMD{r.randint(10**5, 10**6)}",
        ]
    ),
    "ext": lambda r: f"{r.randint(1000, 9999)}",
    "room": lambda r: r.choice(
        [
            f"{r.randint(1, 6)}.{r.randint(1, 40):02d}",
            f"B{r.randint(100, 499)}",
            f"{r.randint(100, 720)}",
        ]
    ),
    "version": lambda r: f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
    "policy": lambda r: r.choice(
        [
            f"HR-POL-{r.randint(1, 120):03d}",
            f"RH-{r.randint(10, 99)}-{r.randint(1, 9)}",
            f"P{r.randint(1000, 9999)}-{r.choice('ABCD')}",
        ]
    ),
    "year": lambda r: str(r.randint(2019, 2027)),
    "ndays": lambda r: str(r.choice([2, 3, 5, 10, 12, 15, 20, 25, 30, 45])),
    "invoice": lambda r: f"{r.randint(2023, 2026)}-{r.randint(1, 9999):04d}",
    "costcentre": lambda r: f"{r.randint(1000, 9999)}",
    "longnum": long_number,
    "pct": lambda r: r.choice(["2,5", "3", "1.8", "10", "4,2"]),
    "seats": lambda r: str(r.randint(2, 60)),
}
