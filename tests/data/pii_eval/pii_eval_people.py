"""Fake people, contact details, places and dates for the PII evaluation set.

Names are made-up first/last combinations (many are also ordinary words: Rose, Hope, Pierre,
Olive, Martin); e-mail domains are reserved example domains; US numbers use the 555-01xx fiction
block, UK numbers the Ofcom drama ranges, French numbers the ARCEP blocks reserved for fiction.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

from pii_eval_values import Ctx, Piece, words

# --- people ----------------------------------------------------------------------------------

FIRST = {
    "en": words(
        "Rose|Grace|Hope|Olive|Martin|Faith|Joy|Mark|Bill|Will|Frank|Amber|Ivy|June|Dawn"
        "|Summer|Priya|Aisha|Wei|Mohammed|Siobhan|Connor|Zoë|José|Björn|Nkechi|Tomasz"
        "|Emily|Daniel|Sarah|Kevin|Chloé|Rowan|Sunny|Destiny|Hunter|Carol|Chase|Dolores"
        "|Ngozi"
    ),
    "fr": words(
        "Jean-Marc|Marie-Claire|Pierre|Rose|Olive|Martin|Hélène|Françoise|Jérôme|Anaïs"
        "|Chloé|Noël|Gaël|Maëlle|Zoé|Léa|Théo|Éloïse|Joël|Inès|Yasmine|Mamadou|Thi Hoa"
        "|Kévin|Océane|Aurore|Claire|Blanche|Prosper|Dominique|Camille|Clément|Laurent"
        "|Vincent|Anne-Sophie|Jean-Baptiste|Fatoumata|Rémi|Agathe|Constance"
    ),
}
LAST = {
    "en": words(
        "Martin|Walker|Baker|Fisher|Brown|Young|Wood|Hill|Stone|Field|Price|Bell|Rivers"
        "|O'Connor|McAllister|Nguyen|Okafor|Kowalski|Patel|García|Sørensen"
        "|Hughes-Whitfield|van der Berg|Rich|Little|Sterling|Armstrong|Bloom|Winter|Hart"
    ),
    "fr": words(
        "Lefèvre|Martin|de La Tour|Le Gall|N'Diaye|Roux|Petit|Lemaire|Caron|Moreau"
        "|Dubois-Pinel|Nguyen|Benali|Da Silva|Fontaine|Rivière|Lebrun|Blanc|Boulanger"
        "|Charpentier|Pierre|Mercier|Bonnet|Garnier|Chevalier|Delacroix|Faure|Meunier"
        "|Vigne|Château|Lenoir|Marchand"
    ),
}


def strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _person(ctx: Ctx, key: str) -> tuple[str, str]:
    if key not in ctx.people:
        taken = set(ctx.people.values())
        while True:
            pair = (ctx.rng.choice(FIRST[ctx.lang]), ctx.rng.choice(LAST[ctx.lang]))
            if pair not in taken and pair[0] != pair[1]:
                break
        ctx.people[key] = pair
    return ctx.people[key]


def _name_case(ctx: Ctx, text: str) -> str:
    if ctx.lower_names:
        return text.lower()
    return text


def full_name(key: str) -> Callable[[Ctx], list[Piece]]:
    def gen(ctx: Ctx) -> list[Piece]:
        first, last = _person(ctx, key)
        style = ctx.rng.random()
        if ctx.lang == "fr" and style < 0.15:
            text = f"{last.upper()} {first}"
        elif style < 0.25:
            text = f"{first} {last.upper()}" if ctx.lang == "fr" else f"{first} {last}"
        else:
            text = f"{first} {last}"
        return [(_name_case(ctx, text), "PERSON")]

    return gen


def first_name(key: str) -> Callable[[Ctx], list[Piece]]:
    def gen(ctx: Ctx) -> list[Piece]:
        return [(_name_case(ctx, _person(ctx, key)[0]), "PERSON")]

    return gen


def last_name(key: str) -> Callable[[Ctx], list[Piece]]:
    def gen(ctx: Ctx) -> list[Piece]:
        last = _person(ctx, key)[1]
        if ctx.lang == "fr" and ctx.rng.random() < 0.2:
            last = last.upper()
        return [(_name_case(ctx, last), "PERSON")]

    return gen


EMAIL_DOMAINS = {
    "en": ["example.com", "example.org", "example.net", "mail.example.com", "corp.example.com"],
    "fr": ["exemple.fr", "exemple.com", "example.fr", "societe.example.com", "example.org"],
}


_ASCII = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", " ": "", "'": ""})


def _ascii_local(name: str) -> str:
    """What a mail system makes of a name: no accents, no spaces, no apostrophes."""
    return strip_accents(name).lower().translate(_ASCII)


def email(key: str) -> Callable[[Ctx], list[Piece]]:
    def gen(ctx: Ctx) -> list[Piece]:
        first, last = _person(ctx, key)
        f, ln = _ascii_local(first), _ascii_local(last)
        local = ctx.rng.choice(
            [
                f"{f}.{ln}",
                f"{f[0]}{ln}",
                f"{f}_{ln}",
                f"{ln}.{f}",
                f"{f}{ctx.rng.randint(1, 99)}",
                f"{f}.{ln}{ctx.rng.randint(70, 99)}",
                f"{f[0]}.{ln}",
            ]
        )
        return [(f"{local}@{ctx.rng.choice(EMAIL_DOMAINS[ctx.lang])}", "EMAIL_ADDRESS")]

    return gen


# --- phones ----------------------------------------------------------------------------------

_FR_FICTION = ["01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49", "06 39 98"]


def _fr_phone(rng: random.Random) -> str:
    block = rng.choice(_FR_FICTION).split()
    digits = "".join(block) + f"{rng.randint(0, 9999):04d}"
    pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
    national = digits[1:]
    return rng.choice(
        [
            " ".join(pairs),
            ".".join(pairs),
            "-".join(pairs),
            digits,
            "+33 " + national[0] + " " + " ".join(pairs[1:]),
            "+33" + national,
            "0033" + national,
            "+33 (0)" + national[0] + " " + " ".join(pairs[1:]),
            "+33 " + national[0] + "." + ".".join(pairs[1:]),
        ]
    )


def _en_phone(rng: random.Random) -> str:
    area = rng.choice(words("415|212|312|617|303|206|512"))
    line = f"01{rng.randint(0, 99):02d}"
    us = [
        f"({area}) 555-{line}",
        f"{area}-555-{line}",
        f"{area}.555.{line}",
        f"+1 {area} 555 {line}",
        f"+1-{area}-555-{line}",
        f"1 ({area}) 555-{line}",
    ]
    tail = f"{rng.randint(0, 999):03d}"
    uk = [
        f"+44 20 7946 0{tail}",
        f"020 7946 0{tail}",
        f"07700 900{tail}",
        f"+44 7700 900{tail}",
        f"+44 (0)161 496 0{tail}",
        f"0113 496 0{tail}",
    ]
    return rng.choice(us + uk)


def phone(ctx: Ctx) -> list[Piece]:
    if ctx.lang == "fr" or ctx.rng.random() < 0.1:
        return [(_fr_phone(ctx.rng), "PHONE_NUMBER")]
    return [(_en_phone(ctx.rng), "PHONE_NUMBER")]


# --- places ----------------------------------------------------------------------------------

FR_CITIES = [
    ("75002", "Paris"),
    ("75011", "Paris"),
    ("69007", "Lyon"),
    ("13008", "Marseille"),
    ("31000", "Toulouse"),
    ("33000", "Bordeaux"),
    ("59000", "Lille"),
    ("44000", "Nantes"),
    ("67000", "Strasbourg"),
    ("35000", "Rennes"),
    ("20000", "Ajaccio"),
    ("20200", "Bastia"),
    ("97400", "Saint-Denis"),
    ("34000", "Montpellier"),
    ("06000", "Nice"),
    ("38000", "Grenoble"),
    ("92100", "Boulogne-Billancourt"),
    ("42000", "Saint-Étienne"),
    ("13100", "Aix-en-Provence"),
    ("29200", "Brest"),
    ("59100", "Roubaix"),
    ("93100", "Montreuil"),
]
FR_STREETS = words(
    "rue de la Paix|avenue Jean Jaurès|boulevard Victor Hugo|allée des Lilas"
    "|rue du Général de Gaulle|impasse Pasteur|place de la République|rue des Écoles"
    "|chemin du Moulin|quai Saint-Exupéry|rue Émile Zola|av. des Champs|bd Gambetta"
    "|rue de l'Église|avenue de la Gare|rue Pierre Curie|allée Rose Valland"
    "|rue des Martyrs|chemin de la Croix-Rousse|rue Jean-Baptiste Clément"
)
US_ADDR = [
    ("{n} Maple Avenue", "Springfield, IL 62704"),
    ("{n} W 39th St", "New York, NY 10018"),
    ("{n} Oak Ridge Dr.", "Austin, TX 78701"),
    ("{n} Pine Street", "Seattle, WA 98101"),
    ("{n} Elm Court, Apt 4B", "Denver, CO 80203"),
    ("{n} Hope Street", "Providence, RI 02906"),
    ("{n} Martin Luther King Jr Blvd", "Portland, OR 97214"),
]
UK_ADDR = [
    ("{n} Baker Street", "London NW1 6XE"),
    ("{n} Kingsway", "Manchester M19 2LL"),
    ("Flat 3, {n} Victoria Road", "Leeds LS6 1AB"),
    ("{n} Rose Lane", "Bristol BS1 4DJ"),
    ("{n} Station Road", "Cardiff CF10 1EP"),
    ("{n} Grace Close", "York YO1 7HH"),
]
CITIES = {
    "en": words(
        "Leeds|Austin|Bristol|Denver|Manchester|Portland|Cork|Toronto|Reading|Sheffield"
        "|Boise|Hope Valley"
    ),
    "fr": words(
        "Lyon|Nantes|Saint-Étienne|Aix-en-Provence|Brest|Roubaix|Ajaccio|Villeurbanne"
        "|Montreuil|Pau|Vannes|Mont-de-Marsan|Orange"
    ),
}
SITES = {
    "en": words("London|Paris|Lyon|Dublin|Chicago|Berlin|Singapore|Madrid"),
    "fr": words("Paris|Lyon|Nantes|Lille|Bordeaux|Toulouse|Rennes|Marseille"),
}


def address(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    if ctx.lang == "fr" or rng.random() < 0.15:
        cp, city = rng.choice(FR_CITIES)
        num = str(rng.randint(1, 148)) + rng.choice(["", "", "", " bis", " ter", "bis"])
        street = rng.choice(FR_STREETS)
        sep = rng.choice([", ", " ", ", "])
        text = rng.choice(
            [
                f"{num} {street}{sep}{cp} {city}",
                f"{num}, {street}{sep}{cp} {city}",
                f"{num} {street}{sep}{cp} {city.upper()}",
                f"{num} {street}",
            ]
        )
    else:
        street, rest = rng.choice(US_ADDR + UK_ADDR)
        num = str(rng.randint(2, 2400)) + ("B" if rng.random() < 0.08 else "")
        text = rng.choice([f"{street.format(n=num)}, {rest}", f"{street.format(n=num)}"])
    if ctx.lower_names and rng.random() < 0.6:
        text = text.lower()
    return [(text, "STREET_ADDRESS")]


def city(ctx: Ctx) -> list[Piece]:
    text = ctx.rng.choice(CITIES[ctx.lang])
    return [(text.lower() if ctx.lower_names else text, "LOCATION")]


def site(ctx: Ctx) -> list[Piece]:
    return [(ctx.rng.choice(SITES[ctx.lang]), None)]


# --- dates -----------------------------------------------------------------------------------

MONTHS = {
    "en": words(
        "January|February|March|April|May|June|July|August|September|October|November|December"
    ),
    "fr": words(
        "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    ),
}
_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _date(ctx: Ctx, years: tuple[int, int], with_year: bool) -> str:
    rng = ctx.rng
    y, m, d = rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[ctx.lang][m - 1]
    if ctx.lang == "en":
        full = [
            f"{mon} {d}, {y}",
            f"{d} {mon} {y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{mon[:3]} {_ordinal(d)} {y}",
            f"the {_ordinal(d)} of {mon} {y}",
        ]
        short = [
            f"{mon} {d}",
            f"{mon[:3]} {_ordinal(d)}",
            f"{rng.choice(_EN_DAYS)} {_ordinal(d)} {mon}",
            f"{d} {mon}",
            f"{m}/{d}",
        ]
    else:
        day = "1er" if d == 1 else str(d)
        full = [
            f"{day} {mon} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d}/{m:02d}/{y % 100:02d}",
        ]
        short = [f"{day} {mon}", f"{rng.choice(_FR_DAYS)} {day} {mon}", f"{d:02d}/{m:02d}"]
    return rng.choice(full if with_year or rng.random() < 0.5 else short)


def date(ctx: Ctx) -> list[Piece]:
    return [(_date(ctx, (2024, 2026), with_year=False), "DATE")]


def dob(ctx: Ctx) -> list[Piece]:
    return [(_date(ctx, (1962, 2004), with_year=True), "DATE")]
