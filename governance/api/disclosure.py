"""``GET /disclosure``: the AI statement of every answer, as JSON or as an accessible page.

The same statement the middleware adds to answers (REQUIREMENTS.md section 3), for people and
for machines: JSON by default, HTML when the client prefers ``text/html``. The language comes
from ``?lang=``, else ``Accept-Language``, else the service default. The page declares its
language, has one ``main`` landmark and a heading outline, and uses dark text on white
(contrast well above WCAG AA). Mounted by the composition root under the governance prefix.
"""

from __future__ import annotations

import html
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Route

from governance.lang import preferred_language
from governance.oversight import (
    DisclosureSettings,
    Lang,
    ai_disclosure_object,
    first_turn_notice,
    language,
    link_header,
)

_LABELS: dict[Lang, dict[str, str]] = {
    "en": {
        "title": "About this AI assistant",
        "cannot": "What it cannot do",
        "human": "How to reach a person",
        "details": "Details",
        "hours": "Hours",
        "provider": "Provider",
        "model": "Model",
        "version": "Notice version",
        "basis": "Legal basis",
        "privacy": "Privacy notice",
        "hr_decisions": "Make decisions about your job, leave, pay or evaluation",
        "medical_advice": "Give medical advice",
        "legal_advice": "Give legal advice",
        "personnel_file_access": "Access your personnel file",
    },
    "fr": {
        "title": "À propos de cet assistant IA",
        "cannot": "Ce qu'il ne peut pas faire",
        "human": "Comment joindre une personne",
        "details": "Informations",
        "hours": "Horaires",
        "provider": "Fournisseur",
        "model": "Modèle",
        "version": "Version de la notice",
        "basis": "Base légale",
        "privacy": "Notice de protection des données",
        "hr_decisions": "Prendre des décisions sur votre emploi, vos congés, votre rémunération "
                        "ou votre évaluation",
        "medical_advice": "Donner un avis médical",
        "legal_advice": "Donner un avis juridique",
        "personnel_file_access": "Accéder à votre dossier du personnel",
    },
}

_STYLE = (
    "body{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;line-height:1.5;"
    "max-width:42rem;margin:2rem auto;padding:0 1rem}a{color:#0b4fa8}"
    "a:focus{outline:3px solid #1a1a1a;outline-offset:2px}dt{font-weight:600}"
)


def disclosure_statement(settings: DisclosureSettings, lang: str) -> dict[str, Any]:
    """The JSON statement: the ``ai_disclosure`` object plus the notice and its links."""
    return {
        "ai_disclosure": ai_disclosure_object(settings, lang),
        "notice": first_turn_notice(settings, lang),
        "provider": settings.provider,
        "model": settings.model,
        "links": {"ai_notice": settings.ai_notice_url, "privacy": settings.privacy_url},
    }


def disclosure_html(settings: DisclosureSettings, lang: str) -> str:
    """The accessible HTML page of the statement."""
    lang_ = language(lang)
    labels = _LABELS[lang_]
    e = html.escape
    notice = e(first_turn_notice(settings, lang_))
    privacy = e(settings.privacy_url)
    notice = notice.replace(privacy, f'<a href="{privacy}">{privacy}</a>', 1)
    cannot = "".join(f"<li>{e(labels.get(item, item))}</li>" for item in settings.cannot)
    contact = settings.human_contact
    details = "".join(
        f"<dt>{e(labels[key])}</dt><dd>{e(value)}</dd>"
        for key, value in (("provider", settings.provider), ("model", settings.model),
                           ("version", settings.notice_version),
                           ("basis", settings.legal_basis))
    )
    return (
        f'<!doctype html>\n<html lang="{lang_}">\n<head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="ai-disclosure" content="none">'
        f"<title>{e(labels['title'])}</title><style>{_STYLE}</style></head>\n<body>\n"
        f"<main>\n<h1>{e(labels['title'])}</h1>\n<p>{notice}</p>\n"
        f"<section aria-labelledby=\"cannot\"><h2 id=\"cannot\">{e(labels['cannot'])}</h2>"
        f"<ul>{cannot}</ul></section>\n"
        f"<section aria-labelledby=\"human\"><h2 id=\"human\">{e(labels['human'])}</h2>"
        f'<p><a href="{e(contact.channel)}">{e(contact.channel)}</a></p>'
        f"<p>{e(labels['hours'])}: {e(contact.hours)}</p></section>\n"
        f"<section aria-labelledby=\"details\"><h2 id=\"details\">{e(labels['details'])}</h2>"
        f"<dl>{details}</dl>"
        f'<p><a href="{privacy}">{e(labels["privacy"])}</a></p></section>\n'
        f"</main>\n</body>\n</html>\n"
    )


def _prefers_html(accept: str | None) -> bool:
    """Whether ``Accept`` ranks ``text/html`` above ``application/json`` (JSON on a tie)."""
    if not accept:
        return False
    ranges: dict[str, float] = {}
    for part in accept.split(","):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges[media.strip().lower()] = q

    def quality(media: str) -> float:
        kind = media.split("/")[0] + "/*"
        return ranges.get(media, ranges.get(kind, ranges.get("*/*", 0.0)))

    return quality("text/html") > quality("application/json")


def disclosure_routes(settings: DisclosureSettings, *,
                      default_language: str = "en") -> list[BaseRoute]:
    """``GET /disclosure``, to mount under the governance prefix."""

    async def disclosure(request: Request) -> Response:
        requested = request.query_params.get("lang")
        lang = language(requested or preferred_language(request.headers.get("accept-language"))
                        or default_language, language(default_language))
        headers = {"Link": link_header(settings), "Content-Language": lang,
                   "Vary": "Accept, Accept-Language", "Cache-Control": "public, max-age=300"}
        if _prefers_html(request.headers.get("accept")):
            return HTMLResponse(disclosure_html(settings, lang), headers=headers)
        return JSONResponse(disclosure_statement(settings, lang), headers=headers)

    return [Route("/disclosure", disclosure, methods=["GET"], name="disclosure")]
