"""The policy sections of transparency and oversight: ``[disclosure]``, ``[handoff]``,
``[answer_guard]`` and ``[killswitch]``.

Every text a user sees is configurable per deployment in English and French. Texts are
templates: ``{privacy_url}``, ``{ai_notice_url}``, ``{channel}`` and ``{hours}`` are filled in
with plain string replacement (not ``str.format``), so a deployer's braces never break a reply.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Lang = Literal["en", "fr"]
Mode = Literal["none", "ai-modified", "ai-originated", "machine-generated"]
Category = Literal[
    "sick-leave-return",
    "conflict-harassment",
    "performance-evaluation",
    "mental-health",
    "disciplinary",
    "bereavement",
    "human-request",
]
CATEGORIES: tuple[Category, ...] = (
    "sick-leave-return",
    "conflict-harassment",
    "performance-evaluation",
    "mental-health",
    "disciplinary",
    "bereavement",
    "human-request",
)
DEFAULT_CANNOT: tuple[str, ...] = (
    "hr_decisions", "medical_advice", "legal_advice", "personnel_file_access",
)

# REQUIREMENTS.md section 3, verbatim; "[link]" becomes the privacy notice's address.
NOTICE_EN = (
    "You are chatting with an AI assistant, not a person. It can explain HR policies and "
    "procedures. It cannot make decisions about your job, leave, pay or evaluation, and it "
    "cannot give medical or legal advice. For sick-leave return, conflicts, evaluations or "
    "anything personal, type 'human' to reach HR. Please do not share health details here. "
    "Privacy: {privacy_url}."
)
NOTICE_FR = (
    "Vous échangez avec un assistant d'intelligence artificielle, et non avec une personne. "
    "Il peut expliquer les politiques et procédures RH. Il ne prend aucune décision concernant "
    "votre emploi, vos congés, votre rémunération ou votre évaluation, et ne donne pas d'avis "
    "médical ou juridique. Pour une reprise après arrêt maladie, un conflit, une évaluation ou "
    "toute question personnelle, tapez « humain » pour joindre les RH. Merci de ne pas "
    "communiquer d'informations de santé ici. Données personnelles : {privacy_url}."
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Texts(_Frozen):
    """One user-facing text in each supported language."""

    en: str = Field(min_length=1)
    fr: str = Field(min_length=1)

    def get(self, lang: Lang) -> str:
        return self.fr if lang == "fr" else self.en


class HumanContact(_Frozen):
    """How to reach a person: a URL, ``mailto:`` or ``tel:`` address, and opening hours."""

    channel: str = Field(default="mailto:hr@example.com", min_length=1)
    hours: str = Field(default="Mon-Fri 9:00-17:00", min_length=1)


class BodyField(_Frozen):
    """Whether each chat format carries the ``ai_disclosure`` JSON field in its body.

    A format whose clients reject unknown fields is set to ``false``: it then gets the
    ``AI-Disclosure`` and ``Link`` headers only (and the first-turn notice in the text).
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    openai_chat: bool = Field(default=True, alias="openai-chat")
    openai_responses: bool = Field(default=True, alias="openai-responses")
    anthropic_messages: bool = Field(default=True, alias="anthropic-messages")
    generic: bool = True

    def enabled(self, format_name: str) -> bool:
        return bool(getattr(self, format_name.replace("-", "_"), False))


class DisclosureSettings(_Frozen):
    """``[disclosure]``: what the ``AI-Disclosure`` header, the JSON object and the notice say."""

    provider: str = Field(default="unspecified", min_length=1)
    model: str = Field(default="unspecified", min_length=1)
    mode: Mode = "machine-generated"
    legal_basis: str = "AIA Art.50(1)"
    notice_version: str = Field(default="2026-08-v1", min_length=1)
    ai_notice_url: str = Field(default="/governance/disclosure", min_length=1)
    privacy_url: str = Field(default="/privacy", min_length=1)
    human_contact: HumanContact = HumanContact()
    cannot: tuple[str, ...] = DEFAULT_CANNOT
    notice: Texts = Texts(en=NOTICE_EN, fr=NOTICE_FR)
    body_field: BodyField = BodyField()

    @field_validator("ai_notice_url", "privacy_url")
    @classmethod
    def _link_target(cls, value: str) -> str:
        if any(c in value for c in "<>\" \r\n"):
            raise ValueError("must be a URL without spaces, quotes or angle brackets")
        return value


HANDOFF_EN = (
    "This is a matter for a person, so the AI assistant has not answered it and your message "
    "was not passed to the AI. Please contact HR: {channel} ({hours}). An HR adviser will "
    "handle your request personally and confidentially."
)
HANDOFF_FR = (
    "Ce sujet relève d'une personne : l'assistant IA n'y répond pas et votre message n'a pas "
    "été transmis à l'IA. Contactez les RH : {channel} ({hours}). Une personne des RH "
    "traitera votre demande personnellement et en toute confidentialité."
)
TICKET_EN = "HR has also been notified and will contact you."
TICKET_FR = "Les RH ont également été prévenues et vous recontacteront."
URGENT_EN = (
    "If you are in danger or thinking of harming yourself, call 112 now, or talk to someone "
    "you trust."
)
URGENT_FR = (
    "Si vous êtes en danger ou avez des idées suicidaires, appelez le 3114 (prévention du "
    "suicide, 24h/24) ou le 112 dès maintenant."
)


class HandoffSettings(_Frozen):
    """``[handoff]``: which topics go to people, what the user is told, the optional ticket.

    ``statistical_backstop``: after the French phrase rules find nothing, ask a small Naive
    Bayes topic model (``governance/oversight/backstop.py``; topics only, no emotion scoring).
    On by default since the rules alone miss about one message in seven from writers they
    were not tuned on. Measured on five development authors, each scored by the rules as they
    were before that author's messages existed (bench/train_handoff_backstop.py --history):
    recall 0.86 -> 0.92, false handoffs on their ordinary questions 4.0% -> 4.2%. The price:
    of the ordinary conversation turns of two more authors, each held out in turn, 2% and 3%
    go to a person (3-4% of those of six words or more; shorter turns, counted after the
    texting rewrites, never reach the backstop); of the classifier's own French test
    examples, 21 of 377 ordinary questions and 27 of 151 look-alikes written on purpose to
    share a topic's words go to a person, none without it. A deployment that prefers fewer
    referrals over fewer missed distress messages sets it to ``false``.
    """

    categories: tuple[Category, ...] = CATEGORIES
    contact: HumanContact = HumanContact()
    reply: Texts = Texts(en=HANDOFF_EN, fr=HANDOFF_FR)
    ticket_note: Texts = Texts(en=TICKET_EN, fr=TICKET_FR)
    urgent_note: Texts = Texts(en=URGENT_EN, fr=URGENT_FR)
    webhook_url: str | None = None
    webhook_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    include_text: bool = False
    statistical_backstop: bool = True

    @field_validator("webhook_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("https://", "http://")):
            raise ValueError("must be an http(s) URL")
        return value


GUARD_REPLACE_EN = (
    "This question calls for a decision that only a person at HR can take; the AI assistant "
    "cannot grant, refuse or decide anything about your leave, pay, evaluation or employment. "
    "Please contact HR: {channel} ({hours})."
)
GUARD_REPLACE_FR = (
    "Cette question appelle une décision que seule une personne des RH peut prendre ; "
    "l'assistant IA ne peut rien accorder, refuser ou décider concernant vos congés, votre "
    "rémunération, votre évaluation ou votre emploi. Contactez les RH : {channel} ({hours})."
)
GUARD_MARK_EN = (
    "DRAFT \u2013 human decision required. A person at HR decides; this is not a decision."
)
GUARD_MARK_FR = (
    "BROUILLON \u2013 décision humaine requise. Une personne des RH décide ; ceci n'est pas une "
    "décision."
)


class AnswerGuardSettings(_Frozen):
    """``[answer_guard]``: what happens to an answer that states an HR decision (R12)."""

    action: Literal["replace", "mark"] = "replace"
    contact: HumanContact = HumanContact()
    replace_text: Texts = Texts(en=GUARD_REPLACE_EN, fr=GUARD_REPLACE_FR)
    mark_text: Texts = Texts(en=GUARD_MARK_EN, fr=GUARD_MARK_FR)


KILLSWITCH_EN = (
    "The AI assistant is switched off for now. Please contact HR: {channel} ({hours})."
)
KILLSWITCH_FR = (
    "L'assistant IA est momentanément désactivé. Contactez les RH : {channel} ({hours})."
)


class KillSwitchSettings(_Frozen):
    """``[killswitch]``: how fast every instance sees a flip, and the fallback reply."""

    refresh_seconds: float = Field(default=1.0, gt=0, le=5)
    contact: HumanContact = HumanContact()
    reply: Texts = Texts(en=KILLSWITCH_EN, fr=KILLSWITCH_FR)


def fill(template: str, *, contact: HumanContact | None = None, privacy_url: str = "",
         ai_notice_url: str = "") -> str:
    """A template with its placeholders replaced (plain replacement, braces are safe)."""
    text = template.replace("{privacy_url}", privacy_url).replace("{ai_notice_url}",
                                                                  ai_notice_url)
    if contact is not None:
        text = text.replace("{channel}", contact.channel).replace("{hours}", contact.hours)
    return text


def language(tag: str | None, default: Lang = "en") -> Lang:
    """``"fr-FR"`` -> ``"fr"``; anything that is not a supported language -> ``default``."""
    if tag:
        primary = tag.strip().lower().replace("_", "-").split("-", 1)[0]
        if primary == "fr":
            return "fr"
        if primary == "en":
            return "en"
    return default
