"""``GET /governance/disclosure``: the statement as JSON and as an accessible HTML page."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount

from governance.api.disclosure import disclosure_routes
from governance.oversight import DisclosureSettings, HumanContact

pytestmark = pytest.mark.anyio

SETTINGS = DisclosureSettings(provider="Banque X", model="hr-model-1",
                              privacy_url="https://hr.example/privacy",
                              human_contact=HumanContact(channel="https://hr.example/rh",
                                                         hours="9-17"))


def _client(default_language: str = "en") -> httpx.AsyncClient:
    app = Starlette(routes=[Mount("/governance", routes=disclosure_routes(
        SETTINGS, default_language=default_language))])
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")


def _luminance(colour: str) -> float:
    hex_ = colour.lstrip("#")
    if len(hex_) == 3:
        hex_ = "".join(c * 2 for c in hex_)
    channels = [int(hex_[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class _Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.html_lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "html":
            self.html_lang = dict(attrs).get("lang")


async def test_json_is_the_default_and_matches_the_answers_disclosure() -> None:
    async with _client() as client:
        response = await client.get("/governance/disclosure")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["ai_disclosure"]["is_ai"] is True
    assert body["ai_disclosure"]["lang"] == "en"
    assert body["ai_disclosure"]["human_contact"] == {"channel": "https://hr.example/rh",
                                                      "hours": "9-17"}
    assert body["notice"].startswith("You are chatting with an AI assistant")
    assert 'rel="privacy-policy"' in response.headers["link"]


@pytest.mark.parametrize(("headers", "query", "lang"), [
    ({"accept-language": "fr-FR,fr;q=0.9,en;q=0.5"}, "", "fr"),
    ({"accept-language": "de-DE"}, "", "en"),
    ({"accept-language": "en"}, "?lang=fr", "fr"),
])
async def test_language_comes_from_the_query_then_accept_language_then_the_default(
        headers: dict[str, str], query: str, lang: str) -> None:
    async with _client() as client:
        response = await client.get(f"/governance/disclosure{query}", headers=headers)
    assert response.json()["ai_disclosure"]["lang"] == lang
    assert response.headers["content-language"] == lang


@pytest.mark.parametrize(("lang", "heading"), [("en", "What it cannot do"),
                                               ("fr", "Ce qu&#x27;il ne peut pas faire")])
async def test_html_page_is_accessible_when_the_client_prefers_html(
        lang: str, heading: str) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    async with _client() as client:
        response = await client.get("/governance/disclosure",
                                    headers={"accept": browser, "accept-language": lang})
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    outline = _Outline()
    outline.feed(page)
    assert outline.html_lang == lang
    assert outline.tags.count("main") == 1
    assert outline.tags.count("h1") == 1
    assert outline.tags.count("h2") >= 2
    assert heading in page
    assert '<a href="https://hr.example/privacy">' in page
    assert '<a href="https://hr.example/rh">' in page
    background = re.findall(r"background:(#[0-9a-f]{3,6})", page)
    foregrounds = re.findall(r"[{;]color:(#[0-9a-f]{3,6})", page)
    assert background == ["#fff"]
    assert len(foregrounds) >= 2
    for colour in foregrounds:  # WCAG 2.x AA: at least 4.5:1 for body text and links
        assert _contrast(colour, background[0]) >= 4.5


@pytest.mark.parametrize(("accept", "kind"), [
    ("application/json", "application/json"),
    ("*/*", "application/json"),
    ("text/html;q=0.5, application/json", "application/json"),
    ("*/*, application/json;q=0.1", "text/html"),
    ("text/html", "text/html"),
])
async def test_content_negotiation(accept: str, kind: str) -> None:
    async with _client() as client:
        response = await client.get("/governance/disclosure", headers={"accept": accept})
    assert response.headers["content-type"].startswith(kind)


async def test_user_configured_texts_are_escaped_in_html() -> None:
    settings = SETTINGS.model_copy(update={"provider": "<script>x</script>"})
    app = Starlette(routes=[Mount("/g", routes=disclosure_routes(settings))])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://t") as client:
        page = (await client.get("/g/disclosure", headers={"accept": "text/html"})).text
    assert "<script>x" not in page
    assert "&lt;script&gt;" in page
