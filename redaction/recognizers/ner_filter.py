"""spaCy NER results, minus the shapes a small model gets wrong in chat messages.

The small models tag sentence-initial verbs and greetings as names ("Pouvez-vous",
"Madame, Monsieur"), dates and codes as persons ("03/01/2024", "PF0XBYGHK") and acronyms as
places ("CV", "PO", "IBAN", "SIRET"), and let spans start on a function word ("mon ibqn",
"de Lille"). Using the tokens spaCy already produced, leading and trailing stop words are
trimmed, and a span is dropped when it holds a digit or no letter, is a greeting, is a verb
inverted with its pronoun ("Pouvez-vous"), or is an all-capitals word of five letters or
fewer tagged LOCATION. Only token texts and stop-word flags are used: the engine runs spaCy's
``ner`` alone, without part-of-speech tags.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.tokens import Doc

# "Pouvez-vous", "Puis-je": a verb inverted with its subject pronoun is not a name.
_INVERTED_PRONOUN = re.compile(r"^-(?:t-)?(?:vous|tu|il|elle|on|nous|ils|elles|je)\b", re.I)
# A "person" ending in one of these is a holiday, a street or a firm named after someone.
_NOT_PERSON_ENDINGS = frozenset(
    {"day", "street", "road", "avenue", "boulevard", "lane", "drive", "sas", "sarl", "llp",
     "ltd", "inc", "plc", "gmbh", "group", "groupe", "foundation", "fondation", "institute"}
)
_GREETINGS = frozenset(
    {"madame", "monsieur", "mesdames", "messieurs", "bonjour", "bonsoir", "salut", "hello",
     "hi", "dear", "cher", "chère", "cordialement", "merci", "thanks", "regards"}
)


class FilteredSpacyRecognizer(SpacyRecognizer):
    """``SpacyRecognizer`` that drops the NER shapes listed in the module docstring."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts)
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return results
        doc = nlp_artifacts.tokens
        kept = []
        for result in results:
            if self._trim(doc, result) and self._plausible(text, result):
                kept.append(result)
        return kept

    @staticmethod
    def _trim(doc: Doc, result: RecognizerResult) -> bool:
        """Move the span's edges past stop words; False when nothing is left."""
        span = doc.char_span(result.start, result.end, alignment_mode="expand")
        if span is None:
            return True
        tokens = [token for token in span]
        while tokens and (tokens[0].is_stop or tokens[0].is_punct):
            tokens.pop(0)
        while tokens and (tokens[-1].is_stop or tokens[-1].is_punct):
            tokens.pop()
        if not tokens:
            return False
        result.start = max(result.start, tokens[0].idx)
        result.end = min(result.end, tokens[-1].idx + len(tokens[-1].text))
        return result.end > result.start

    @staticmethod
    def _plausible(text: str, result: RecognizerResult) -> bool:
        value = text[result.start : result.end]
        if not any(char.isalpha() for char in value) or any(char.isdigit() for char in value):
            return False
        if value.lower().strip(" ,.") in _GREETINGS:
            return False
        if result.entity_type == "LOCATION" and value.isupper() and len(value) <= 5:
            return False
        last_word = value.rsplit(maxsplit=1)[-1].lower()
        if result.entity_type == "PERSON" and last_word in _NOT_PERSON_ENDINGS:
            return False
        return not _INVERTED_PRONOUN.match(text[result.end : result.end + 12])
