"""Which messages go to a person instead of the model (R11), and what the person is told.

The classifier is explainable on purpose: each category is a list of phrase rules (regular
expressions over folded text, with their inflections spelt out) and each match names the rule
that fired. Negative rules blank out phrases that share words with a category but are ordinary
HR questions ("conflict of interest", "human resources") before the positive rules run. There
is no emotion scoring and nothing is stored about the person (R13): a match carries a category
and a rule id, never the matched text. The French statistical backstop (``backstop.py``, on
by default) answers only where the rules say nothing; its rule id is ``backstop:<category>``.
The features that decided it are fragments of the message, so they stay out of the match
(and so out of logs); ``Backstop.classify`` gives them for offline review.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType

from governance.oversight import rules_en, rules_fr
from governance.oversight.backstop import Backstop
from governance.oversight.normalise import fold, slang
from governance.oversight.settings import (
    CATEGORIES,
    Category,
    HandoffSettings,
    Lang,
    fill,
    language,
)

# When several categories match, the most specific one answers: a message about returning
# after a burn-out is a sick-leave return, grief that makes someone cry is bereavement. The
# one exception is a crisis (``URGENT`` rules): it always answers first, with emergency numbers.
PRIORITY: tuple[Category, ...] = (
    "bereavement",
    "conflict-harassment",
    "disciplinary",
    "sick-leave-return",
    "performance-evaluation",
    "mental-health",
    "human-request",
)
URGENT: frozenset[str] = frozenset({"suicide"})
# Weak signals: fear of losing one's job, being pushed out or given no more work. Another
# topic in the same message answers first ("since my bad review they give me no projects").
WEAK: frozenset[str] = frozenset({"lose-job", "perdre-emploi", "pousse-vers-la-sortie",
                                  "plus-de-projets", "pushed-out", "la-porte"})


@dataclass(frozen=True, slots=True)
class HandoffMatch:
    """A message belongs to a person. ``rule`` names the rule (safe to log); no text."""

    category: Category
    rule: str


@dataclass(frozen=True, slots=True)
class _Rule:
    rule_id: str
    category: Category
    pattern: re.Pattern[str]
    generic: bool  # a bare keyword: silent on a question about documents, not the writer


@dataclass(frozen=True, slots=True)
class _Mask:
    rule_id: str
    categories: frozenset[Category]
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class _Language:
    rules: tuple[_Rule, ...]
    masks: tuple[_Mask, ...]
    document: re.Pattern[str]
    personal: re.Pattern[str]


def _compile(lang: Lang, module: ModuleType, enabled: frozenset[Category]) -> _Language:
    positives: tuple[tuple[str, Category, str], ...] = module.POSITIVE
    negatives: tuple[tuple[str, tuple[Category, ...], str], ...] = module.NEGATIVE
    generic: frozenset[str] = module.GENERIC
    order = {category: i for i, category in enumerate(PRIORITY)}
    ranked = sorted(
        ((name not in URGENT, name in WEAK, order[category], i,
          _Rule(f"{lang}.{category}.{name}", category, re.compile(pattern), name in generic))
         for i, (name, category, pattern) in enumerate(positives) if category in enabled),
        key=lambda entry: entry[:4],
    )
    rules = [entry[4] for entry in ranked]
    masks = tuple(_Mask(f"{lang}.not.{name}", frozenset(categories or CATEGORIES),
                        re.compile(pattern)) for name, categories, pattern in negatives)
    return _Language(tuple(rules), masks, re.compile(module.DOCUMENT),
                     re.compile(module.PERSONAL))


class HandoffClassifier:
    """Compiled once (``build_classifier``); ``classify`` is pure and thread-safe.

    ``backstop``: a statistical model asked about French messages the rules say nothing
    about; the rules keep priority. Its match's rule id is ``backstop:<category>``.
    """

    def __init__(self, categories: Iterable[Category] = CATEGORIES, *,
                 backstop: Backstop | None = None) -> None:
        enabled = frozenset(categories)
        self._enabled = enabled
        self._backstop = backstop
        self._languages: dict[Lang, _Language] = {
            "en": _compile("en", rules_en, enabled),
            "fr": _compile("fr", rules_fr, enabled),
        }

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(rule.rule_id for compiled in self._languages.values()
                     for rule in compiled.rules)

    def classify(self, text: str, lang: str) -> HandoffMatch | None:
        """The category of a message that goes to a person, else ``None``."""
        lang_ = language(lang)
        folded = f" {slang(fold(text), lang_)} "
        compiled = self._languages[lang_]
        about_documents = (compiled.document.search(folded) is not None
                           and compiled.personal.search(folded) is None)
        views: dict[Category, str] = {}
        for rule in compiled.rules:
            if rule.generic and about_documents:
                continue
            view = views.get(rule.category)
            if view is None:
                view = folded
                for mask in compiled.masks:
                    if rule.category in mask.categories:
                        view = mask.pattern.sub(_blank, view)
                views[rule.category] = view
            if rule.pattern.search(view):
                return HandoffMatch(rule.category, rule.rule_id)
        if lang_ == "fr" and self._backstop is not None:
            found = self._backstop.classify_prepared(folded.strip(), self._enabled,
                                                      explain=False)
            if found is not None:
                return HandoffMatch(found[0], f"backstop:{found[0]}")
        return None


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def build_classifier(settings: HandoffSettings) -> HandoffClassifier:
    """The classifier for the policy's enabled categories; build it once at startup.

    The French statistical backstop is loaded here (once) when the policy enables it.
    """
    backstop = Backstop.load() if settings.statistical_backstop else None
    return HandoffClassifier(settings.categories, backstop=backstop)


def handoff_reply(settings: HandoffSettings, match: HandoffMatch, lang: str, *,
                  ticket: bool | None = None) -> str:
    """The answer a handed-off user gets: contact, hours and what happens next.

    ``ticket`` says whether a webhook ticket is being created (default: when one is set).
    Distress gets the emergency numbers first.
    """
    lang_ = language(lang)
    parts = [fill(settings.reply.get(lang_), contact=settings.contact)]
    if ticket if ticket is not None else settings.webhook_url is not None:
        parts.append(settings.ticket_note.get(lang_))
    if match.category == "mental-health":
        parts.insert(0, settings.urgent_note.get(lang_))
    return " ".join(parts)
