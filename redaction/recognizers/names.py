"""PERSON from a gazetteer and name cues, next to spaCy's NER.

The small spaCy models miss names typed in lower case ("claire martin"), names that are also
words (Rose, Pierre, Hope), single given names ("merci Aurore") and French surname-first
forms ("CHEVALIER Jean-Baptiste"). This recognizer finds a known given name
(:mod:`name_lists`), extends it over the surname that follows (capitalised words, known
surnames, particles between two name words, or one lower-case word after a lower-case given
name), and reports it when it is unambiguous or a cue confirms it: a title ("Mr", "Mme"), an
introduction ("I'm", "je m'appelle", "merci", "thx", "- " signature) or a capital letter
inside a sentence. A title followed by a capitalised word is a surname even when unknown
("Mr Walker"). Stop words (spaCy's lists for English and French, loaded when the recognizer is
built) never extend a name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.name_lists import (
    AMBIGUOUS_GIVEN,
    GIVEN_NAMES,
    PARTICLES,
    SURNAMES,
    words,
)

_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_TITLE = re.compile(
    r"(?:\b(?:mr|mrs|ms|miss|dr|mme|mlle|madame|monsieur|mister)\.?|\bm\.)\s+$", re.IGNORECASE
)
_CUE_BEFORE = re.compile(
    r"(?:\b(?:i'm|i\u2019m|i am|im|my name is|this is|it's|it is|dear|hi|hello|hey|thanks"
    r"|thank you|thx|cheers|regards|best|cc|je suis|je m'appelle|je m\u2019appelle|moi c'est"
    r"|c'est|bonjour|salut|merci|cordialement|soussign[ée]e?|de la part de|votre nom|your name"
    r"|nom|name|signed|sign[ée])|[-\u2014\u2013:])\s*,?\s*$",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"^\s*(?:,\s*(?:born|n[ée]e?\b|ne\(e\)|my|mon|ma)|\s(?:from (?:payroll|hr|accounting|finance"
    r"|legal|it|the \w+ team)|de la paie|du service|de l'[ée]quipe|des rh|de la compta"
    r"|is my|est ma|est mon))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?:^|[.!?\n]\s*)$")
# A name at the very end of the message is a signature ("... my workstation. Ivy").
_SIGNATURE = re.compile(r"^\s*[.!]?\s*$")
# A "surname" that makes the whole thing a street, a company or a holiday, not a person.
_NOT_SURNAME = words(
    """street st road rd avenue ave lane drive boulevard blvd court way place square close
    rue allée chemin impasse quai day sas sarl sa llp ltd inc plc gmbh group groupe
    company associates fils conseil hall room salle building bâtiment"""
)
# Above spaCy's 0.85: a gazetteer hit outranks an NER guess of another type (LOCATION).
_SCORE_FULL = 0.9
_SCORE_CUED = 0.86
_SCORE_SINGLE = 0.6


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower().replace("\u2019", "'")

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


def _token(start: int, end: int, text: str) -> _Token:
    """A word without a possessive "'s" or a French elided article ("d'Éloïse")."""
    if len(text) > 3 and text[-2:].lower() in ("'s", "\u2019s"):
        end, text = end - 2, text[:-2]
    elided = re.match(r"(?:d|l|qu)['\u2019](?=[^\W\d_])", text, re.IGNORECASE)
    if elided and text[elided.end()].isupper():
        start, text = start + elided.end(), text[elided.end() :]
    return _Token(start, end, text)


def _fold(word: str) -> str:
    """Lower case without accents: "Éloïse" -> "eloise"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_GIVEN_FOLDED = frozenset(_fold(name) for name in GIVEN_NAMES)
_SURNAMES_FOLDED = frozenset(_fold(name) for name in SURNAMES)


def _is_given(word: str) -> bool:
    parts = word.lower().split("-")
    return all(_fold(part) in _GIVEN_FOLDED for part in parts if part) and bool(parts[0])


def _load_stop_words() -> frozenset[str]:
    # Imported here, not at module level: spacy.lang.fr compiles large regexes on import.
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
    from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP

    extra = {"hr", "rh", "re", "ok", "merci", "thx", "thanks", "bonjour", "hello", "hi"}
    return frozenset(word.lower() for word in (*EN_STOP, *FR_STOP, *extra))


class PersonNameRecognizer(LocalRecognizer):
    """Known given names with their surnames, and titled surnames, confirmed by cues."""

    ENTITIES = ("PERSON",)

    def __init__(self, supported_language: str = "en") -> None:
        self._stop_words: frozenset[str] = frozenset()
        self._label = f"PersonNameRecognizer_{supported_language}"
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=self._label,
            context=[],
        )

    def load(self) -> None:
        self._stop_words = _load_stop_words()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not self._stop_words:
            self.load()
        tokens = [_token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        results: list[RecognizerResult] = []
        index = 0
        while index < len(tokens):
            found = self._name_at(text, tokens, index)
            if found is None:
                index += 1
                continue
            first, last, score = found
            results.append(self._result(tokens[first].start, tokens[last].end, score))
            index = last + 1
        return results

    def _name_at(self, text: str, tokens: list[_Token], i: int) -> tuple[int, int, float] | None:
        token = tokens[i]
        before = text[max(0, token.start - 30) : token.start]
        if token.lower in self._stop_words and not _TITLE.search(before):
            return None
        titled = bool(_TITLE.search(before)) and token.capitalised
        if not (_is_given(token.text) or titled):
            return None
        last, strong = self._extend(text, tokens, i, lower_ok=not token.capitalised)
        if text[tokens[last].end : tokens[last].end + 3].lstrip().startswith("&"):
            return None  # "Martin & Stone LLP": a firm, not a person
        following = tokens[i + 1 : last + 2]
        if any(other.lower in _NOT_SURNAME for other in following[: last - i]) or (
            len(following) > last - i
            and following[-1].lower in _NOT_SURNAME
            and self._adjacent(text, tokens[last], following[-1])
        ):
            return None
        first = i
        if i > 0 and self._adjacent(text, tokens[i - 1], token) and self._upper_name(tokens[i - 1]):
            first = i - 1
        after = text[tokens[last].end : tokens[last].end + 30]
        cued = (
            titled
            or bool(_CUE_BEFORE.search(before))
            or bool(_CUE_AFTER.search(after))
            or bool(_SIGNATURE.match(text[tokens[last].end :]))
        )
        inside_sentence = token.capitalised and not _SENTENCE_END.search(before)
        has_surname = last > i or first < i
        ambiguous = token.lower in AMBIGUOUS_GIVEN
        if ambiguous and not (cued or strong or first < i or inside_sentence):
            return None
        if not ambiguous and not (cued or has_surname or token.capitalised or len(token.text) > 3):
            return None
        score = _SCORE_FULL if has_surname else _SCORE_CUED if cued else _SCORE_SINGLE
        return first, last, score

    def _extend(
        self, text: str, tokens: list[_Token], i: int, *, lower_ok: bool
    ) -> tuple[int, bool]:
        """Index of the last name token, and whether a capitalised or known surname was seen."""
        last = i
        lower_used = strong = False
        j = i + 1
        while j < len(tokens) and j - i <= 4 and self._adjacent(text, tokens[j - 1], tokens[j]):
            nxt = tokens[j]
            if nxt.lower in PARTICLES:
                follows = j + 1 < len(tokens) and self._adjacent(text, nxt, tokens[j + 1])
                if follows and (tokens[j + 1].capitalised or tokens[j + 1].lower in PARTICLES):
                    j += 1
                    continue
                break
            if nxt.lower in self._stop_words:
                break
            if nxt.capitalised or _fold(nxt.text) in _SURNAMES_FOLDED:
                last, strong = j, True
            elif lower_ok and not lower_used and len(nxt.text) > 1:
                last, lower_used = j, True
            else:
                break
            j += 1
        return last, strong

    def _upper_name(self, token: _Token) -> bool:
        """An upper-case surname written first ("CHEVALIER Jean-Baptiste")."""
        letters = token.text.replace("-", "").replace("'", "")
        return len(letters) > 1 and token.text.isupper() and token.lower not in self._stop_words

    @staticmethod
    def _adjacent(text: str, left: _Token, right: _Token) -> bool:
        gap = text[left.end : right.start]
        return gap.isspace() and "\n" not in gap

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type="PERSON",
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(
                recognizer=self._label,
                original_score=score,
                textual_explanation="given name from the gazetteer, with surname or cue",
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self._label,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
