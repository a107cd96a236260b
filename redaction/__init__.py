"""Redaction: Presidio in English and French, French identifiers, reversible pseudonymisation.

    engine = build_engine(EngineConfig())                 # loads the spaCy models, offline
    vault = Vault(db_engine, key, ttl=timedelta(days=30))  # encrypted placeholder mapping
    Pseudonymiser(engine, vault, cache=SpanCache()).pseudonymise(conversation, subject, items)
    Restorer(vault.mapping(conversation)).restore(answer)  # or StreamRestorer per channel

Results are **pseudonymised**, never anonymised: for the controller the data stay personal,
and no recognizer finds every piece of personal data. Errors: ``RedactionError`` >
``AnalyzerError``, ``VaultError`` > ``VaultIntegrityError``.
"""

from redaction.cache import SpanCache
from redaction.engine import EngineConfig, PiiEngine, build_engine, default_engine, find_pii
from redaction.errors import AnalyzerError, RedactionError
from redaction.language import detect_language, fallback_language
from redaction.pseudonymise import Analyzer, Pseudonymised, Pseudonymiser, pseudonymise
from redaction.restore import CheckedAnswer, Restorer, check_answer, restore
from redaction.spans import SPECIAL_CATEGORIES, PiiSpan
from redaction.stream import AnswerStream, StreamRestorer
from redaction.vault import Vault, VaultError, VaultIntegrityError

__all__ = [
    "SPECIAL_CATEGORIES",
    "Analyzer",
    "AnalyzerError",
    "AnswerStream",
    "CheckedAnswer",
    "EngineConfig",
    "PiiEngine",
    "PiiSpan",
    "Pseudonymised",
    "Pseudonymiser",
    "RedactionError",
    "Restorer",
    "SpanCache",
    "StreamRestorer",
    "Vault",
    "VaultError",
    "VaultIntegrityError",
    "build_engine",
    "check_answer",
    "default_engine",
    "detect_language",
    "fallback_language",
    "find_pii",
    "pseudonymise",
    "restore",
]
