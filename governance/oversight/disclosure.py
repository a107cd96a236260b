"""The AI disclosure in every form: header, ``Link``, JSON object, human-readable notice.

``AI-Disclosure`` follows draft-abaris-aicdh as an RFC 9651 Dictionary. The draft's own
example separates its keys with ``;``, which RFC 9651 reads as parameters of ``mode``; we
emit commas and accept both, because both are in the wild.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from http_sfv.dictionary import Dictionary
from http_sfv.item import InnerList
from http_sfv.types import DisplayString, Token

from governance.oversight.settings import DisclosureSettings, Lang, Mode, fill, language

KEYS = ("mode", "provider", "model", "reviewed-by", "date")

SPECIAL_CATEGORY_WARNING: dict[Lang, str] = {
    "en": (
        "For your privacy, please do not share health details or other sensitive information "
        "(such as union membership, religion or sex life) here. If your question is personal, "
        "type 'human' to reach a person at HR."
    ),
    "fr": (
        "Pour protéger votre vie privée, merci de ne pas communiquer ici d'informations de "
        "santé ou d'autres données sensibles (appartenance syndicale, religion, vie sexuelle…). "
        "Si votre question est personnelle, tapez « humain » pour joindre une personne des RH."
    ),
}


def _string(value: str) -> str | DisplayString:
    """An sf-string when ASCII, else an RFC 9651 Display String (``%"..."``)."""
    if all(31 < ord(c) < 127 for c in value):
        return value
    return DisplayString(value)


def ai_disclosure_header(settings: DisclosureSettings, *, mode: Mode | None = None,
                         date: datetime | int, reviewed_by: str | None = None) -> str:
    """The ``AI-Disclosure`` field value: ``mode=..., provider="...", model="...", date=@...``.

    ``mode`` defaults to the policy's; use ``"none"`` for a human agent's turn and
    ``"ai-originated"`` with ``reviewed_by`` for an AI draft a person approved.
    """
    when = date if isinstance(date, datetime) else datetime.fromtimestamp(date, UTC)
    field = Dictionary()
    field["mode"] = Token(mode or settings.mode)
    field["provider"] = _string(settings.provider)
    field["model"] = _string(settings.model)
    if reviewed_by is not None:
        field["reviewed-by"] = _string(reviewed_by)
    field["date"] = when
    return str(field)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return int(value.timestamp())  # http_sfv gives a naive local time: round-trips
    if isinstance(value, Token | DisplayString):
        return str(value)
    if isinstance(value, Decimal):
        return float(value)
    return value


def parse_ai_disclosure(value: str | bytes) -> dict[str, Any]:
    """The members of an ``AI-Disclosure`` value, comma (RFC 9651) or ``;`` (draft) form.

    Tokens and strings become ``str``, ``date`` becomes epoch seconds. Raises ``ValueError``
    (without echoing the value) when the field is not a structured-field Dictionary.
    """
    raw = value.encode("latin-1") if isinstance(value, str) else value
    field = Dictionary()
    try:
        field.parse(raw)
    except ValueError:
        raise ValueError("AI-Disclosure is not an RFC 9651 Dictionary") from None
    result: dict[str, Any] = {}
    for key, member in field.items():
        if isinstance(member, InnerList):
            result[key] = [_plain(item.value) for item in member]
            continue
        result[key] = _plain(member.value)
        for param, param_value in member.params.items():  # the draft's ";" form
            result.setdefault(param, _plain(param_value))
    return result


def link_header(settings: DisclosureSettings) -> str:
    """The ``Link`` value pointing at the AI notice and the privacy notice (R9)."""
    return (f'<{settings.ai_notice_url}>; rel="describedby", '
            f'<{settings.privacy_url}>; rel="privacy-policy"')


def ai_disclosure_object(settings: DisclosureSettings, lang: str) -> dict[str, Any]:
    """The ``ai_disclosure`` JSON object of REQUIREMENTS.md section 3."""
    return {
        "is_ai": True,
        "legal_basis": settings.legal_basis,
        "notice_version": settings.notice_version,
        "lang": language(lang),
        "cannot": list(settings.cannot),
        "human_contact": {"channel": settings.human_contact.channel,
                          "hours": settings.human_contact.hours},
        "mode": settings.mode,
    }


def first_turn_notice(settings: DisclosureSettings, lang: str) -> str:
    """The human-readable notice shown before the model's first answer (R7, R8)."""
    return fill(settings.notice.get(language(lang)), contact=settings.human_contact,
                privacy_url=settings.privacy_url, ai_notice_url=settings.ai_notice_url)


def special_category_warning(lang: str) -> str:
    """The R6 warning added to an answer when the message carried Art. 9 data."""
    return SPECIAL_CATEGORY_WARNING[language(lang)]
