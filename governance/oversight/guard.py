"""The decision guard (R12): an answer may explain HR rules, never state an HR decision.

The model does not decide leave, sanctions, ratings, dismissals or pay. When an answer says
such a decision was made ("your leave request has been approved", « vous êtes licencié »),
the guard finds it and the policy either replaces the answer with a "a person decides" message
or marks it as a draft that needs a human decision. Explanations of a process ("leave requests
are approved by your manager", "if your leave is refused, ...") are not decisions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from governance.oversight import guard_rules
from governance.oversight.guard_rules import Kind
from governance.oversight.normalise import fold
from governance.oversight.settings import AnswerGuardSettings, Lang, fill, language

_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")
_SUBORDINATE = re.compile(guard_rules.SUBORDINATE)
_BY_WHOM = re.compile(guard_rules.BY_WHOM)
_GENERIC_TENSE = re.compile(r"\b(?:is|are|will be|est|sont|sera|seront)\b")


@dataclass(frozen=True, slots=True)
class GuardFinding:
    """An answer states a decision of ``kind``; ``rule`` names the rule (safe to log)."""

    kind: Kind
    rule: str


@dataclass(frozen=True, slots=True)
class _Rule:
    rule_id: str
    kind: Kind
    pattern: re.Pattern[str]


def _compile(lang: Lang, rules: tuple[tuple[str, Kind, str], ...]) -> tuple[_Rule, ...]:
    return tuple(_Rule(f"{lang}.{name}", kind, re.compile(pattern))
                 for name, kind, pattern in rules)


class DecisionGuard:
    """Compiled once; ``check`` is pure and thread-safe."""

    def __init__(self) -> None:
        self._rules: dict[Lang, tuple[_Rule, ...]] = {
            "en": _compile("en", guard_rules.EN),
            "fr": _compile("fr", guard_rules.FR),
        }

    def check(self, text: str, lang: str) -> GuardFinding | None:
        """The first decision the answer states, else ``None``.

        Both languages are checked (the user's first): a model may answer in the other one.
        """
        first = language(lang)
        order: tuple[Lang, ...] = (first, "fr" if first == "en" else "en")
        sentences = [s.strip() for s in _SENTENCES.findall(fold(text))]
        for sentence in sentences:
            if not sentence or sentence.endswith("?"):
                continue
            for lang_ in order:
                for rule in self._rules[lang_]:
                    if _states_decision(rule.pattern, sentence):
                        return GuardFinding(rule.kind, rule.rule_id)
        return None


def _states_decision(pattern: re.Pattern[str], sentence: str) -> bool:
    for match in pattern.finditer(sentence):
        if _SUBORDINATE.search(sentence[:match.start()]):
            continue
        if _BY_WHOM.match(sentence[match.end():]) and _GENERIC_TENSE.search(match.group(0)) \
                and not re.search(r"\b(?:has been|have been|a ete|ont ete)\b", match.group(0)):
            continue
        return True
    return False


def apply(text: str, finding: GuardFinding, settings: AnswerGuardSettings, lang: str) -> str:
    """The answer the user gets: replaced by the "a person decides" text, or marked draft."""
    lang_ = language(lang)
    if settings.action == "replace":
        return fill(settings.replace_text.get(lang_), contact=settings.contact)
    return f"{settings.mark_text.get(lang_)}\n\n{text}"
