"""Transparency and human oversight: AI disclosure, human handoff, decision guard, kill switch.

Pure logic, storage and settings; no ASGI. The middleware calls these once per exchange:

- ``ai_disclosure_header`` / ``link_header`` / ``ai_disclosure_object`` on every answer,
  ``first_turn_notice`` before the model's first answer (R7, R8, R9);
- ``HandoffClassifier.classify`` before the model; a match gets ``handoff_reply`` and an
  optional ``HandoffWebhook`` ticket, and the model is never called (R11);
- ``DecisionGuard.check`` / ``apply`` on the answer (R12);
- ``special_category_warning`` when redaction flagged Art. 9 data (R6);
- ``KillSwitch.is_on`` before anything else; when on, ``killswitch_reply`` (R14).
"""

from governance.oversight.disclosure import (
    ai_disclosure_header,
    ai_disclosure_object,
    first_turn_notice,
    link_header,
    parse_ai_disclosure,
    special_category_warning,
)
from governance.oversight.guard import DecisionGuard, GuardFinding, apply
from governance.oversight.handoff import (
    HandoffClassifier,
    HandoffMatch,
    build_classifier,
    handoff_reply,
)
from governance.oversight.killswitch import KillSwitch, KillSwitchEvent, killswitch_reply
from governance.oversight.settings import (
    CATEGORIES,
    AnswerGuardSettings,
    Category,
    DisclosureSettings,
    HandoffSettings,
    HumanContact,
    KillSwitchSettings,
    Lang,
    Texts,
    language,
)
from governance.oversight.webhook import HandoffWebhook

__all__ = [
    "CATEGORIES",
    "AnswerGuardSettings",
    "Category",
    "DecisionGuard",
    "DisclosureSettings",
    "GuardFinding",
    "HandoffClassifier",
    "HandoffMatch",
    "HandoffSettings",
    "HandoffWebhook",
    "HumanContact",
    "KillSwitch",
    "KillSwitchEvent",
    "KillSwitchSettings",
    "Lang",
    "Texts",
    "ai_disclosure_header",
    "ai_disclosure_object",
    "apply",
    "build_classifier",
    "first_turn_notice",
    "handoff_reply",
    "killswitch_reply",
    "language",
    "link_header",
    "parse_ai_disclosure",
    "special_category_warning",
]
