"""One settings object, built once at process start from the environment and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional, Tuple
from urllib.parse import urlsplit

from bot.ops.backoffice import loopback_networks, parse_networks

from bot.residents.phones import parse_prefixes

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    root: Path
    var_dir: Path
    database_url: str
    catalogue_path: Path
    gazetteer_path: Path
    spacy_model_path: Path
    rasa_url: str
    rasa_token: Optional[str]
    action_server_url: str
    # Gateway. Defaults keep existing callers of Settings(...) working.
    gateway_host: str = "0.0.0.0"
    gateway_port: int = 8080
    # None until bot.residents.pseudonyms.ensure_pseudonym_key() fills it at process start.
    pseudonym_key: Optional[str] = None
    twilio_account_sid: Optional[str] = None
    twilio_auth_token: Optional[str] = None
    twilio_from_sms: Optional[str] = None
    twilio_from_whatsapp: Optional[str] = None
    public_base_url: Optional[str] = None
    twilio_api_base: str = "https://api.twilio.com"
    # (name, ContentSid) pairs: a tuple keeps the frozen settings hashable.
    whatsapp_templates: Tuple[Tuple[str, str], ...] = ()
    # Origins whose pages may call the web API. Empty: the gateway's own (PUBLIC_BASE_URL, else
    # http://localhost:<port> and http://127.0.0.1:<port>); "*" only when configured so.
    allowed_origins: Tuple[str, ...] = ()
    max_message_chars: int = 1000
    rate_limit_per_minute: int = 20
    ip_rate_limit_per_minute: int = 120
    trust_proxy: bool = False  # believe X-Forwarded-For (only behind your own reverse proxy)
    rasa_timeout_s: float = 20.0
    # Console, journeys, data rights. Rasa's SQL tracker store (endpoints.yml), read by the
    # data-rights and retention code without importing Rasa.
    tracker_store_url: str = "sqlite:///var/rasa_tracker.db"
    retention_days: int = 180
    followup_days: int = 14
    resume_code_days: int = 14
    office_hours: str = "Mon-Fri 09:00-17:00"  # handoff: outside these a callback is offered
    timezone: str = "Europe/London"
    # Production profile (docs/deploying.md). None: the embedded default (in-process state,
    # SQLite). A redis:// URL: the gateway's rate limits and answering leases are shared through it,
    # and `make run-prod` points Rasa's lock store at it.
    redis_url: Optional[str] = None
    # Names this gateway among several (answering leases survive its own restart); None: host:port.
    gateway_instance: Optional[str] = None
    rasa_replicas: int = 2
    action_servers: int = 2
    gateways: int = 1
    # Rasa's SQL tracker store pool per replica (Rasa's own default is 50 + 100 overflow per process).
    tracker_pool_size: int = 2
    tracker_max_overflow: int = 3
    # Back office (bot/ops/backoffice.py, docs/deploying.md). The action server's shared secret, which Rasa
    # sends with every call; None: the supervisor generates one per run.
    action_token: Optional[str] = None
    # Proxies trusted to say who the client is (X-Forwarded-For): the TLS proxy in front of nginx
    # (nginx's set_real_ip_from). CIDRs; loopback by default.
    trusted_proxies: Tuple[str, ...] = ("127.0.0.1/32", "::1/128")
    # Resume codes and who may act on a journey (docs/security.md has the arithmetic). Attempts are
    # counted per client (IPv4 address, IPv6 /64, or phone) and overall, in the shared state.
    resume_attempts_per_client_hour: int = 10
    resume_attempts_per_hour: int = 600
    # A channel linked to a journey cannot read or erase its record until this has passed.
    link_cooldown_hours: float = 24.0
    # Sending to a typed number ("send me this", the console's summary): which numbers, and how many
    # sends per rolling window, per journey, per destination number, per client (the gateway's keyed
    # hash of the caller's address) and overall (bot.residents.outbound; docs/security.md has the arithmetic).
    send_allowed_prefixes: Tuple[str, ...] = ("+447",)
    send_window_hours: float = 24.0
    send_per_journey: int = 3
    send_per_number: int = 3
    send_per_client: int = 10
    send_overall: int = 300
    # A catalogue entry whose last_verified is older than this many days is reported as stale.
    catalogue_stale_days: int = 180
    # Referral mail and scheduled jobs (bot.residents.mail, bot.pathways.providers, bot.jobs; docs/deploying.md). No SMTP
    # host: mails are written to var/mail-outbox/ for a person to read and send (the embedded profile).
    providers_path: Path = ROOT / "providers.yml"
    smtp_host: Optional[str] = None
    smtp_port: int = 587
    smtp_tls: str = "starttls"  # starttls | ssl | none (none only for a relay on loopback)
    smtp_user: Optional[str] = None
    smtp_password: Optional[str] = None
    mail_from: str = "waymark@localhost"
    mail_timeout_s: float = 30.0
    job_retention_minutes: float = 60.0
    job_follow_ups_minutes: float = 15.0
    job_referral_mail_minutes: float = 1.0
    job_catalogue_minutes: float = 24 * 60.0
    # Texts to residents go to files under var/outbox/ when Twilio is not configured (bot.gateway.twilio
    # OutboxSender). From the environment: on in the embedded profile (a SQLite database), unless
    # WAYMARK_SMS_OUTBOX=0; the production profile (PostgreSQL only) has it off unless asked for.
    sms_outbox: bool = False

    @property
    def outbox_dir(self) -> Path:
        return self.var_dir / "outbox"

    @property
    def texts_to_outbox(self) -> bool:
        """Texts to residents go to outbox_dir: the outbox is allowed and Twilio cannot send."""
        twilio = bool(self.twilio_account_sid and self.twilio_auth_token
                      and (self.twilio_from_sms or self.twilio_from_whatsapp))
        return self.sms_outbox and not twilio

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None, root: Path = ROOT) -> "Settings":
        env = os.environ if env is None else env
        var_dir = Path(env.get("WAYMARK_VAR_DIR", root / "var"))
        database_url = env.get("WAYMARK_DATABASE_URL", f"sqlite:///{var_dir / 'waymark.db'}")
        return cls(
            root=root,
            var_dir=var_dir,
            # Embedded default keeps every resident's data under var/, where a person can find it.
            database_url=database_url,
            catalogue_path=Path(env.get("WAYMARK_CATALOGUE", root / "pathways.yml")),
            gazetteer_path=Path(env.get("WAYMARK_GAZETTEER", root / "bot" / "data" / "gazetteer.yml")),
            spacy_model_path=Path(env.get("WAYMARK_SPACY_MODEL", var_dir / "spacy" / "waymark_en")),
            rasa_url=env.get("WAYMARK_RASA_URL", "http://127.0.0.1:5005"),
            rasa_token=env.get("RASA_TOKEN") or None,
            action_server_url=env.get("WAYMARK_ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook"),
            gateway_host=env.get("WAYMARK_GATEWAY_HOST", "0.0.0.0"),
            gateway_port=int(env.get("WAYMARK_GATEWAY_PORT", "8080")),
            pseudonym_key=env.get("WAYMARK_PSEUDONYM_KEY") or None,
            twilio_account_sid=env.get("TWILIO_ACCOUNT_SID") or None,
            twilio_auth_token=env.get("TWILIO_AUTH_TOKEN") or None,
            twilio_from_sms=env.get("TWILIO_FROM_SMS") or None,
            twilio_from_whatsapp=env.get("TWILIO_FROM_WHATSAPP") or None,
            public_base_url=env.get("PUBLIC_BASE_URL") or None,
            twilio_api_base=env.get("TWILIO_API_BASE", "https://api.twilio.com"),
            whatsapp_templates=_templates(env.get("TWILIO_WHATSAPP_TEMPLATES", "")),
            allowed_origins=_list(env.get("WAYMARK_ALLOWED_ORIGINS", "")),
            max_message_chars=int(env.get("WAYMARK_MAX_MESSAGE_CHARS", "1000")),
            rate_limit_per_minute=int(env.get("WAYMARK_RATE_LIMIT_PER_MINUTE", "20")),
            ip_rate_limit_per_minute=int(env.get("WAYMARK_IP_RATE_LIMIT_PER_MINUTE", "120")),
            trust_proxy=env.get("WAYMARK_TRUST_PROXY", "").lower() in ("1", "true", "yes"),
            rasa_timeout_s=float(env.get("WAYMARK_RASA_TIMEOUT", "20")),
            tracker_store_url=env.get("WAYMARK_TRACKER_STORE_URL")
            or f"sqlite:///{var_dir / 'rasa_tracker.db'}",
            retention_days=int(env.get("WAYMARK_RETENTION_DAYS", "180")),
            followup_days=int(env.get("WAYMARK_FOLLOWUP_DAYS", "14")),
            resume_code_days=int(env.get("WAYMARK_RESUME_CODE_DAYS", "14")),
            office_hours=env.get("WAYMARK_OFFICE_HOURS", "Mon-Fri 09:00-17:00"),
            timezone=env.get("WAYMARK_TIMEZONE", "Europe/London"),
            redis_url=env.get("WAYMARK_REDIS_URL") or None,
            gateway_instance=env.get("WAYMARK_GATEWAY_INSTANCE") or None,
            rasa_replicas=int(env.get("WAYMARK_RASA_REPLICAS", "2")),
            action_servers=int(env.get("WAYMARK_ACTION_SERVERS", "2")),
            gateways=int(env.get("WAYMARK_GATEWAYS", "1")),
            tracker_pool_size=int(env.get("WAYMARK_TRACKER_POOL_SIZE", "2")),
            tracker_max_overflow=int(env.get("WAYMARK_TRACKER_MAX_OVERFLOW", "3")),
            action_token=env.get("WAYMARK_ACTION_TOKEN") or None,
            trusted_proxies=parse_networks(env.get("WAYMARK_TRUSTED_PROXIES", ""), loopback_networks()),
            resume_attempts_per_client_hour=int(env.get("WAYMARK_RESUME_ATTEMPTS_PER_CLIENT_HOUR", "10")),
            resume_attempts_per_hour=int(env.get("WAYMARK_RESUME_ATTEMPTS_PER_HOUR", "600")),
            link_cooldown_hours=float(env.get("WAYMARK_LINK_COOLDOWN_HOURS", "24")),
            send_allowed_prefixes=parse_prefixes(env.get("WAYMARK_SEND_ALLOWED_PREFIXES", "")),
            send_window_hours=float(env.get("WAYMARK_SEND_WINDOW_HOURS", "24")),
            send_per_journey=int(env.get("WAYMARK_SEND_PER_JOURNEY", "3")),
            send_per_number=int(env.get("WAYMARK_SEND_PER_NUMBER", "3")),
            send_per_client=int(env.get("WAYMARK_SEND_PER_CLIENT", "10")),
            send_overall=int(env.get("WAYMARK_SEND_OVERALL", "300")),
            catalogue_stale_days=int(env.get("WAYMARK_CATALOGUE_STALE_DAYS", "180")),
            providers_path=Path(env.get("WAYMARK_PROVIDERS", root / "providers.yml")),
            smtp_host=env.get("WAYMARK_SMTP_HOST") or None,
            smtp_port=int(env.get("WAYMARK_SMTP_PORT", "587")),
            smtp_tls=(env.get("WAYMARK_SMTP_TLS") or "starttls").strip().lower(),
            smtp_user=env.get("WAYMARK_SMTP_USER") or None,
            smtp_password=env.get("WAYMARK_SMTP_PASSWORD") or None,
            mail_from=env.get("WAYMARK_MAIL_FROM", "waymark@localhost"),
            mail_timeout_s=float(env.get("WAYMARK_MAIL_TIMEOUT", "30")),
            job_retention_minutes=float(env.get("WAYMARK_JOB_RETENTION_MINUTES", "60")),
            job_follow_ups_minutes=float(env.get("WAYMARK_JOB_FOLLOW_UPS_MINUTES", "15")),
            job_referral_mail_minutes=float(env.get("WAYMARK_JOB_REFERRAL_MAIL_MINUTES", "1")),
            job_catalogue_minutes=float(env.get("WAYMARK_JOB_CATALOGUE_MINUTES", "1440")),
            sms_outbox=_outbox(env.get("WAYMARK_SMS_OUTBOX", ""), database_url),
        )


def https_problem(settings: Settings) -> Optional[str]:
    """Why the production profile must not start with this PUBLIC_BASE_URL, or None when it may.

    Production faces the internet: the console's cookies are Secure only when the public URL is https
    (bot.console.state.Console.secure_cookies), Twilio signs the https URL it calls, and an http
    address would send workers' passwords and residents' answers in clear. The embedded profile
    (`make run`) is for loopback and does not call this."""
    url = (settings.public_base_url or "").strip()
    if not url:
        return ("PUBLIC_BASE_URL is not set: the production profile needs the https:// address residents "
                "and Twilio use (e.g. https://waymark.example.gov.uk).")
    parts = urlsplit(url)
    if parts.scheme.lower() != "https" or not parts.hostname:
        return ("PUBLIC_BASE_URL must be an https:// address with a host name for the production profile "
                "(the console's cookies are Secure only over https), e.g. https://waymark.example.gov.uk.")
    return None


def _outbox(value: str, database_url: str) -> bool:
    """WAYMARK_SMS_OUTBOX: 1/0 as asked; unset, on only for SQLite (the embedded profile: `make run`)."""
    value = value.strip().lower()
    if value:
        return value in ("1", "true", "yes", "on")
    return database_url.startswith("sqlite")


def _list(value: str) -> Tuple[str, ...]:
    """A comma-separated setting: `a, b,` -> ("a", "b")."""
    return tuple(item.strip() for item in value.split(",") if item.strip())


def _templates(value: str) -> Tuple[Tuple[str, str], ...]:
    """`HXabc` (the default template) or `default=HXabc,followup=HXdef`."""
    pairs = []
    for item in value.split(","):
        item = item.strip()
        if not item:
            continue
        name, _, sid = item.rpartition("=")
        pairs.append((name.strip() or "default", sid.strip()))
    return tuple(pairs)
