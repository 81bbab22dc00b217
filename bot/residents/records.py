"""Residents' records (console, journeys, referrals, notify-me, data rights, analytics).

SQLAlchemy 1.4 in 2.0 style, in the project database (Settings.database_url), in their own MetaData
like the gateway's tables so creating them never touches the catalogue schema. Names are prefixed by
area. Times are epoch seconds (floats), as in bot/residents/contacts.py: portable, no naive/aware mix-ups.

Identity: `journey_id` is the Rasa sender id a conversation lives under (the first channel's
pseudonym); `sender_id` is the pseudonym of the channel a message goes back through. Both are
pseudonyms, never phone numbers. `RESIDENT_KEYS` lists every column that ties a row to a resident, so
erasure and retention cannot forget a table: tests/bot/residents/test_rights.py scans every column anyway.
"""

from __future__ import annotations

from sqlalchemy import (Boolean, Column, Date, Float, ForeignKey, Index, Integer, MetaData, String,
                        Table, Text)
from sqlalchemy.engine import Engine

from bot.residents.contacts import gateway_metadata

records_metadata = MetaData()
ID = String(40)  # pseudonyms are `web-`/`sms-`/`wa-` + 32 hex digits

# --- console: workers, their sessions, assisted sessions, handoffs, messages ----------------------
console_users = Table(
    "console_users", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("email", String(254), nullable=False, unique=True),  # stored lower-cased
    Column("role", String(16), nullable=False),  # worker | coordinator | provider
    Column("password_hash", String(255), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", Float),
    Column("created_at", Float, nullable=False),
    Column("last_login_at", Float),
    # A provider account sees only referrals to this provider (the catalogue's `provider` name).
    Column("provider", String(300)),
)

console_sessions = Table(
    "console_sessions", records_metadata,
    # SHA-256 of the cookie's token: a copy of the database does not let anyone log in.
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("console_users.id", ondelete="CASCADE")),  # NULL: login form
    Column("csrf", String(64), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("last_seen", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("kiosk_for", Integer),  # an assisted session id: the tablet is in the resident's hands
)

console_assisted = Table(
    "console_assisted", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("journey_id", ID, nullable=False, index=True),
    Column("worker_id", Integer, ForeignKey("console_users.id", ondelete="SET NULL")),
    Column("event_name", String(120), nullable=False),
    Column("verbal_consent_at", Float, nullable=False),
    Column("mode", String(16), nullable=False),  # together | kiosk | finished
    Column("started_at", Float, nullable=False),
    Column("finished_at", Float),
)

console_handoffs = Table(
    "console_handoffs", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("journey_id", ID, nullable=False, index=True),
    Column("sender_id", ID, nullable=False),  # the channel the worker replies through
    Column("channel", String(16), nullable=False),
    # waiting | callback_offered | callback | held | closed
    Column("status", String(16), nullable=False),
    Column("urgency", String(16), nullable=False),
    Column("language", String(16), nullable=False),
    Column("packet", Text, nullable=False),  # JSON: profile, recommendations with reasons, ...
    Column("callback_when", String(120)),
    Column("worker_id", Integer, ForeignKey("console_users.id", ondelete="SET NULL")),
    Column("created_at", Float, nullable=False),
    Column("held_at", Float),
    Column("closed_at", Float),
)

console_messages = Table(
    "console_messages", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("journey_id", ID, nullable=False, index=True),
    Column("sender_id", ID, nullable=False),
    Column("assisted_id", Integer),
    Column("handoff_id", Integer),
    Column("author", String(16), nullable=False),  # resident | bot | worker
    Column("mode", String(16), nullable=False),  # assisted | kiosk | self
    Column("text", Text, nullable=False),
    Column("delivered", Boolean, nullable=False, default=True),  # web: picked up by the widget yet?
    Column("at", Float, nullable=False),
)

# --- journeys: resume codes and channel links ------------------------------------------------------
journey_codes = Table(
    "journey_codes", records_metadata,
    Column("code_hash", String(64), primary_key=True),  # HMAC(key, code): 30^6 codes are brute-forced
    Column("journey_id", ID, nullable=False, index=True),  # from a plain hash in seconds
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
)

journey_links = Table(
    "journey_links", records_metadata,
    Column("sender_id", ID, primary_key=True),  # this channel's pseudonym ...
    Column("journey_id", ID, nullable=False, index=True),  # ... continues this conversation
    Column("channel", String(16), nullable=False),
    Column("linked_at", Float, nullable=False),
)

# --- referrals ---------------------------------------------------------------------------------------
referral_records = Table(
    "referral_records", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("reference", String(16), nullable=False, unique=True),  # what the provider's CSV quotes
    Column("journey_id", ID, nullable=False, index=True),
    Column("sender_id", ID),  # where a follow-up goes (sms/whatsapp), if anywhere
    Column("pathway_id", String(120), nullable=False),
    Column("pathway_title", String(300), nullable=False),
    Column("provider", String(300), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("local_authority", String(64)),  # vocabulary value or "outside_area": never free text
    Column("status", String(16), nullable=False),
    Column("contact_name", String(200)),
    Column("contact_phone", String(32)),
    Column("contact_email", String(254)),
    Column("note", Text),
    Column("follow_up", Boolean, nullable=False, default=False),
    Column("created_by", Integer, ForeignKey("console_users.id", ondelete="SET NULL")),  # NULL: the bot
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    Column("followup_due_at", Float),
    Column("followup_sent_at", Float),
    Column("followup_answer", String(16)),
    Column("followup_answered_at", Float),
)

referral_history = Table(
    "referral_history", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("referral_id", Integer, ForeignKey("referral_records.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("status", String(16), nullable=False),
    Column("source", String(16), nullable=False),  # console | import | bot | follow_up
    Column("at", Float, nullable=False),
)

# The packet a referral sends its provider, and how delivery went. It names the resident (first name,
# how to reach them), so it lives only as long as its referral: erasure deletes the referral and the
# foreign key takes this row with it. `to_address` is looked up when sending (bot.pathways.providers), so an
# address added later still reaches mails that were waiting for one.
referral_mail = Table(
    "referral_mail", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("referral_id", Integer, ForeignKey("referral_records.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("provider", String(300), nullable=False),
    Column("subject", String(300), nullable=False),
    Column("body", Text, nullable=False),
    # queued | sent | no_address | failed (gave up after MAX_ATTEMPTS) | withdrawn (consent withdrawn)
    Column("status", String(16), nullable=False),
    Column("to_address", String(254)),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", Float, nullable=False),
    Column("last_error", String(300)),
    Column("created_at", Float, nullable=False),
    Column("sent_at", Float),
    Index("ix_referral_mail_status_next", "status", "next_attempt_at"),
)

# --- scheduled jobs (bot.jobs): one row per job is its claim, so several runners run each job once ------
job_state = Table(
    "job_state", records_metadata,
    Column("name", String(32), primary_key=True),
    Column("next_run_at", Float, nullable=False),
    Column("lease_until", Float),  # a runner holds the job until it finishes or this passes
    Column("runner", String(120)),
    Column("interval_s", Float, nullable=False),
    Column("last_started_at", Float),
    Column("last_finished_at", Float),
    Column("last_result", String(16)),  # ok | failed
    Column("last_counts", Text),  # JSON {what: count}
    Column("last_error", String(300)),
)

# Anonymous: what ran, when, where and with what counts.
job_runs = Table(
    "job_runs", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(32), nullable=False),
    Column("runner", String(120), nullable=False),
    Column("started_at", Float, nullable=False),
    Column("finished_at", Float, nullable=False),
    Column("result", String(16), nullable=False),
    Column("counts", Text, nullable=False),
    Column("error", String(300)),
    Index("ix_job_runs_name_started", "name", "started_at"),
)

# --- notify me -----------------------------------------------------------------------------------------
notify_subscriptions = Table(
    "notify_subscriptions", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("journey_id", ID, nullable=False, index=True),
    Column("sender_id", ID, nullable=False),
    Column("channel", String(16), nullable=False),
    Column("pathway_id", String(120), nullable=False, index=True),
    Column("pathway_title", String(300), nullable=False),
    Column("status", String(16), nullable=False),  # open | sending | sent | failed | withdrawn
    Column("created_at", Float, nullable=False),
    Column("closed_at", Float),
)

# Anonymous on purpose: it outlives an erasure and says only what was sent, where, and how it went.
notify_log = Table(
    "notify_log", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("pathway_id", String(120), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("result", String(16), nullable=False),
    Column("at", Float, nullable=False),
)

# --- sends to typed numbers: the counts behind the caps (bot.residents.outbound) -------------------------------
# No phone number here: `destination` is a one-way hash of the number's pseudonym (the same for its
# SMS and WhatsApp pseudonyms), `client` the gateway's keyed hash of the caller's address. `journey_id`
# and `contact` tie a row to a conversation only until it is erased; the counts then stay anonymous
# until the window passes, so "forget me" cannot be used to reset the limits.
outbound_sends = Table(
    "outbound_sends", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("journey_id", ID),
    Column("contact", ID),  # the pseudonym sent to, while its journey is kept
    Column("destination", String(64), nullable=False),
    Column("client", String(64)),
    Column("kind", String(16), nullable=False),  # summary | console
    Column("at", Float, nullable=False),
    Index("ix_outbound_sends_at", "at"),
    Index("ix_outbound_sends_destination_at", "destination", "at"),
    Index("ix_outbound_sends_journey_at", "journey_id", "at"),
    Index("ix_outbound_sends_client_at", "client", "at"),
)

# --- data rights -----------------------------------------------------------------------------------------
rights_consents = Table(
    "rights_consents", records_metadata,
    Column("journey_id", ID, primary_key=True),
    Column("keep_conversation", Boolean, nullable=False),
    Column("share_with_provider", Boolean, nullable=False),
    Column("follow_ups", Boolean, nullable=False),
    Column("source", String(16), nullable=False),  # resident | worker
    Column("updated_at", Float, nullable=False),
)

# The receipt proves an erasure happened without saying whose: counts per store only.
rights_erasures = Table(
    "rights_erasures", records_metadata,
    Column("receipt", String(20), primary_key=True),
    Column("reason", String(16), nullable=False),  # request | retention
    Column("counts", Text, nullable=False),  # JSON {store: rows}
    Column("at", Float, nullable=False),
)

# --- analytics: anonymous events, closed vocabularies only, a day not a time -----------------------
analytics_events = Table(
    "analytics_events", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event", String(32), nullable=False),
    Column("day", Date, nullable=False),
    Column("channel", String(16)),
    Column("local_authority", String(64)),
    Column("background", String(32)),
    Column("kind", String(32)),
    Column("question", String(32)),
    Column("status", String(16)),
    Column("outcome", String(16)),
    Column("urgency", String(16)),
    Index("ix_analytics_events_event_day", "event", "day"),
)

# --- the audit record of advice (bot.residents.audit) -------------------------------------------------
# One row per recommendation turn, linked to the journey until "forget me" or retention; then it is
# folded into advice_counts and deleted. catalogue_id names a row of bot.db.catalogues (another MetaData,
# so no foreign key): a catalogue version is kept while any row here names it.
advice_records = Table(
    "advice_records", records_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("journey_id", ID, nullable=False, index=True),
    Column("at", Float, nullable=False),
    Column("channel", String(16), nullable=False),
    Column("catalogue_id", Integer, nullable=False, index=True),
    Column("content_hash", String(71), nullable=False),
    Column("shown", Text, nullable=False),  # JSON [pathway id, ...] in the order shown
    Column("near_misses", Text, nullable=False),  # JSON [pathway id, ...]
    Column("outcomes", Text, nullable=False),  # JSON {pathway id: {rule: pass|fail|unknown}}
)

# What is left of an unlinked record: how often each pathway was shown, per catalogue version and day.
advice_counts = Table(
    "advice_counts", records_metadata,
    Column("day", Date, primary_key=True),
    Column("catalogue_id", Integer, primary_key=True),
    Column("pathway_id", String(120), primary_key=True),
    Column("shown_as", String(16), primary_key=True),  # recommended | near_miss
    Column("count", Integer, nullable=False),
)

# Every column that names a resident, table by table (journey and channel pseudonyms).
RESIDENT_KEYS = {
    console_assisted: ("journey_id",),
    console_handoffs: ("journey_id", "sender_id"),
    console_messages: ("journey_id", "sender_id"),
    journey_codes: ("journey_id",),
    journey_links: ("journey_id", "sender_id"),
    referral_records: ("journey_id", "sender_id"),
    notify_subscriptions: ("journey_id", "sender_id"),
    rights_consents: ("journey_id",),
}


def create_schema(engine: Engine) -> None:
    """Create these tables, and the gateway's (erasure and notify read them), if missing."""
    gateway_metadata.create_all(engine)
    records_metadata.create_all(engine)


__all__ = [name for name in dir() if name.startswith(("console_", "journey_", "referral_", "notify_",
                                                       "rights_", "analytics_", "outbound_", "job_",
                                                       "advice_"))] + [
    "RESIDENT_KEYS", "create_schema", "records_metadata"]
