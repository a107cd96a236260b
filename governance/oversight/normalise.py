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
        # "c" is « c'est », except as a grade ("j'ai eu un C", "noté C+") or already « c'est ».
        (r"\b(?=c\b)(?<!\bun )(?<!\bnote )(?<!\bnote de )(?<!\bclasse )(?<!\bclassee )(?<!\beu )"
         r"(?<!\bobtenu )(?<!\brecu )(?<!\bmis )"
         r"c(?![+'-])", "c'est"),
        (r"\bj (?=(?:en|etais|avais|aurais|arrive)\b)", "j'"),
        (r"\bm (?=(?:humili|insult|menac|agress|ignor|harcel|rabaiss|accus|exclu|evit|ecras|"
         r"enfonc|appel|envoi|parl|traite|oblige)\w*)", "m'"), (r"\bm a\b", "m'a"), (r"\bn\+ ?1\b", "n+1"),
        # "ma insulte" for « m'a insulté »: only before a past participle that is no noun.
        (r"\bma (?=(?:(?:tres |super |vraiment |)mal (?:notee?|evaluee?|parle|traitee?)|"
         r"humiliee?|insultee?|menacee?|agressee?|rabaissee?|frappee|pousse|harcelee?|"
         r"engueulee?|ignoree?|exclue?|accusee|convoquee?|vire|hurle|crie|dit|mis|notee|"
         r"evaluee?|touchee|recadree?|sanctionnee?|licenciee?|ridiculisee?|denigree?|"
         r"devalorisee?)\b)", "m'a "),
        (r"\b(?=ea\b)(?:(?<=\bmon )|(?<=\bl')|"
         r"(?<=\bd')|(?<=\bun ))ea\b", "entretien annuel"),
    )),
}


# Whole-word texting forms and frequent misspellings of the rules' key words, rewritten in one
# pass (a dictionary lookup per match) before the contextual rewrites above.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "harrass": "harass", "harrassed": "harassed", "harrassing": "harassing",
        "harrassment": "harassment", "harassement": "harassment", "harrasment": "harassment",
        "harasment": "harassment", "harrasement": "harassment", "harrased": "harassed",
        "colleage": "colleague", "collegue": "colleague", "colleauge": "colleague",
        "collague": "colleague", "coleague": "colleague", "colleages": "colleagues",
        "collegues": "colleagues", "greiving": "grieving", "greaving": "grieving",
        "greif": "grief", "bereavment": "bereavement", "bereavemnt": "bereavement",
        "beareavement": "bereavement", "diciplinary": "disciplinary",
        "disiplinary": "disciplinary", "disciplanary": "disciplinary",
        "apraisal": "appraisal", "appraissal": "appraisal", "perfomance": "performance",
        "preformance": "performance", "performace": "performance", "reveiw": "review",
        "evalution": "evaluation", "depresed": "depressed", "depresssed": "depressed",
        "anxeity": "anxiety", "anxiaty": "anxiety", "warnning": "warning",
        "dismised": "dismissed", "dissmissed": "dismissed", "wanna": "want to",
        "gonna": "going to", "gotta": "have to", "gimme": "give me", "lemme": "let me",
        "dunno": "i don't know", "ppl": "people", "bc": "because", "cuz": "because",
        "coz": "because", "bcoz": "because", "becuz": "because", "rn": "right now",
        "b4": "before", "yday": "yesterday", "msg": "message", "sm1": "someone",
        "isnt": "isn't", "wasnt": "wasn't", "doesnt": "doesn't", "didnt": "didn't",
        "havent": "haven't", "hasnt": "hasn't", "wouldnt": "wouldn't", "couldnt": "couldn't",
        "shouldnt": "shouldn't", "arent": "aren't", "werent": "weren't", "thats": "that's",
        "theres": "there's", "whats": "what's", "youre": "you're", "theyre": "they're",
    },
    "fr": {
        "chui": "je suis", "chuis": "je suis", "jsuis": "je suis", "j'suis": "je suis",
        "j suis": "je suis", "j'en peux plus": "je n'en peux plus", "pk": "pourquoi",
        "pq": "pourquoi", "stp": "s'il te plait", "svp": "s'il vous plait",
        "jsp": "je ne sais pas", "mnt": "maintenant", "mtn": "maintenant", "qqn": "quelqu'un",
        "qqun": "quelqu'un", "quelqu un": "quelqu'un", "pr": "pour", "jai": "j'ai",
        "j ai": "j'ai", "jme": "je me", "eval": "evaluation", "evals": "evaluation",
        "perfs": "performances", "perf": "performance",
        "g": "j'ai", "jpp": "je n'en peux plus", "jpeux": "je peux", "jveux": "je veux",
        "jvais": "je vais", "j'voudrais": "je voudrais", "jvoudrais": "je voudrais",
        "j'veux": "je veux", "j'vais": "je vais", "j'peux": "je peux", "j'sais": "je sais",
        "j'aimerai": "j'aimerais", "jsais": "je sais", "jpense": "je pense", "jcrois": "je crois",
        "jdois": "je dois", "jreviens": "je reviens", "jreprends": "je reprends",
        "jretourne": "je retourne", "jrentre": "je rentre", "jsors": "je sors",
        "tjs": "toujours", "tjrs": "toujours",
        "bcp": "beaucoup", "qd": "quand", "qnd": "quand", "ds": "dans", "vrmt": "vraiment",
        "vrm": "vraiment", "pcq": "parce que", "pck": "parce que", "psk": "parce que",
        "pke": "parce que", "msg": "message", "dsl": "desole", "ya": "il y a",
        "y'a": "il y a", "wsh": "wesh", "entretient": "entretien",
        "avertissment": "avertissement", "avertisement": "avertissement",
        "harcelment": "harcelement", "harcellement": "harcelement",
        "harcelemnt": "harcelement", "harcelemment": "harcelement",
        "arcelement": "harcelement", "medcin": "medecin", "enterement": "enterrement",
        "enterrment": "enterrement", "obseque": "obseques", "angoise": "angoisse",
        "angoisee": "angoissee", "evalutation": "evaluation", "evalution": "evaluation",
        "evaulation": "evaluation", "depresion": "depression", "sancion": "sanction",
        "licensie": "licencie", "licensiee": "licenciee", "licensier": "licencier",
        "licensiement": "licenciement", "licensiment": "licenciement",
        "licenciment": "licenciement",
    },
}
_WORD_PATTERNS: dict[str, re.Pattern[str]] = {
    lang: re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(word) for word in sorted(table, key=len, reverse=True)) + r")(?![\w'])")
    for lang, table in _WORDS.items()
}
# "my manger" is a typo for my manager; "the manger" may be the crib and stays.
_MANGER = re.compile(r"\b(my|our|line|new|your) manger\b")


def slang(folded: str, lang: str) -> str:
    """Texting spellings in a folded text rewritten to the standard form (``chui``)."""
    words = _WORDS.get(lang)
    if words is not None:
        folded = _WORD_PATTERNS[lang].sub(lambda match: words[match.group(0)], folded)
    if lang == "en":
        folded = _MANGER.sub(r"\1 manager", folded)
    for pattern, replacement in _SLANG.get(lang, ()):
        folded = pattern.sub(replacement, folded)
    return folded
