"""Text folding shared by the handoff classifier and the decision guard.

Rules are written once in lower-case ASCII; folding the message the same way makes them
case- and accent-insensitive (``Arrêt`` and ``arret`` match ``arret``) and treats typographic
apostrophes and dashes like plain ones.
"""

from __future__ import annotations

import re
import unicodedata

_PUNCT = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u00a0": " ", "\u202f": " ", "\u0153": "oe", "\u00e6": "ae", "\u00df": "ss",
})
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, accent-free, one space between words; same length is not preserved."""
    lowered = text.lower().translate(_PUNCT)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped).strip()


# Texting spellings the rules would otherwise miss, rewritten to the standard form.
_SLANG: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "en": tuple((re.compile(p), r) for p, r in (
        (r"\bu\b", "you"), (r"\bur\b", "your"), (r"\bpls\b|\bplz\b", "please"),
        (r"\btmrw\b|\btmr\b", "tomorrow"), (r"\bi m\b", "i'm"), (r"\bidk\b", "i don't know"),
        (r"\bdont\b", "don't"), (r"\bcant\b", "can't"), (r"\bwont\b", "won't"),
        (r"\bive\b", "i've"), (r"\bim\b", "i'm"), (r"\bmgr\b", "manager"),
    )),
    "fr": tuple((re.compile(p), r) for p, r in (
        (r"\bchui\b|\bchuis\b|\bjsuis\b|\bj'suis\b|\bj suis\b", "je suis"),
        (r"\bj'en peux plus\b", "je n'en peux plus"), (r"\bpk\b|\bpq\b", "pourquoi"),
        # "c" is « c'est », except as a grade ("j'ai eu un C", "noté C+").
        (r"(?<!\bun )(?<!\bnote )(?<!\bnote de )(?<!\bclasse )(?<!\bclassee )\bc\b(?![+-])",
         "c'est"),
        (r"\bstp\b", "s'il te plait"), (r"\bsvp\b", "s'il vous plait"),
        (r"\bjsp\b", "je ne sais pas"), (r"\bmnt\b|\bmtn\b", "maintenant"),
        (r"\bqqn\b|\bqqun\b|\bquelqu un\b", "quelqu'un"), (r"\bpr\b", "pour"),
        (r"\bjai\b|\bj ai\b", "j'ai"), (r"\bjme\b", "je me"),
        (r"\bj (?=(?:en|etais|avais|aurais|arrive)\b)", "j'"),
        (r"\bm (?=(?:humili|insult|menac|agress|ignor|harcel|rabaiss|accus|exclu|evit|ecras|"
         r"enfonc|appel|envoi|parl|traite|oblige)\w*)", "m'"), (r"\bm a\b", "m'a"), (r"\bn\+ ?1\b", "n+1"),
        # "ma insulte" for « m'a insulté »: only before a past participle that is no noun.
        (r"\bma (?=(?:(?:tres |super |vraiment |)mal (?:notee?|evaluee?|parle|traitee?)|"
         r"humiliee?|insultee?|menacee?|agressee?|rabaissee?|frappee|pousse|harcelee?|"
         r"engueulee?|ignoree?|exclue?|accusee|convoquee?|vire|hurle|crie|dit|mis|notee|"
         r"evaluee?|touchee|recadree?|sanctionnee?|licenciee?|ridiculisee?|denigree?|"
         r"devalorisee?)\b)", "m'a "),
        (r"\bevals?\b", "evaluation"), (r"\bperfs\b", "performances"),
        (r"\bperf\b", "performance"), (r"\b(mon |l'|d'|un )ea\b", r"\1entretien annuel"),
    )),
}


def slang(folded: str, lang: str) -> str:
    """Texting spellings in a folded text rewritten to the standard form (``chui``)."""
    for pattern, replacement in _SLANG.get(lang, ()):
        folded = pattern.sub(replacement, folded)
    return folded
