"""The one home for the words a closed value is said in: every vocabulary value, slot name and fixed label
that reaches a resident (or a report) is written here once, as a gettext message.

Each entry is `P_(table, msgid)`: the msgid is the English text and the table name is its gettext context,
so one English word with two meanings ("basic" English, "basic" computer skills) is two messages that a
translator can word differently. `pybabel extract -k P_:1c,2` (see babel.cfg and `python -m bot
translations`) collects them into bot/locale/waymark.pot.

`words_for(lang)` builds a `Words` once per process per language: every table is rendered when it is
built, so saying a value is one dict lookup. English needs no catalogue (the msgids are the English).
"""

from __future__ import annotations

import functools
import gettext
from pathlib import Path
from typing import Any, Dict, Hashable, Optional, Tuple

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "waymark"
# The languages the assistant speaks, by the code the `language` slot holds. Urdu is spoken in two
# scripts, as residents write it: Urdu script ("ur") and Roman Urdu ("ur-latn", "mein 24 saal ka hoon").
LANGUAGES = ("en", "ur", "ur-latn", "pa", "ar", "pl", "ro")
# gettext and Babel name a script with a locale's own spelling ("ur_Latn"); dates in Roman Urdu are written
# as British Pakistanis write them, with English month names.
_LOCALE = {"ur-latn": "ur_Latn"}
_DATES = {"ur-latn": "en_GB"}
Entry = Tuple[str, str]  # (gettext context, English msgid)


def P_(context: str, msgid: str) -> Entry:
    """Marks a message for extraction (keyword P_:1c,2); the text is looked up when a Words is built."""
    return context, msgid


# Each table is written out with P_ on every line so pybabel sees every message where it is written.
TABLES: Dict[str, Dict[Hashable, Entry]] = {
    # TRANSLATORS: who a route is for, by work: "For people who are {unemployed or employed}".
    "employment_who": {
        "unemployed": P_("employment_who", "unemployed"),
        "employed": P_("employment_who", "employed"),
        "self_employed": P_("employment_who", "self-employed"),
        "in_education": P_("employment_who", "in education"),
    },
    # TRANSLATORS: what a route needs, after "Needs" / "You need".
    "level_example": {
        0: P_("level_example", "an entry-level qualification"),
        1: P_("level_example", "a Level 1 qualification such as GCSEs at grades 3-1"),
        2: P_("level_example", "a Level 2 qualification such as GCSEs at grades 9-4"),
        3: P_("level_example", "a Level 3 qualification such as A levels"),
        4: P_("level_example", "a Level 4 qualification such as an HNC"),
        5: P_("level_example", "a Level 5 qualification such as an HND"),
        6: P_("level_example", "a Level 6 qualification such as a degree"),
        7: P_("level_example", "a Level 7 qualification such as a master's degree"),
        8: P_("level_example", "a Level 8 qualification such as a doctorate"),
    },
    # TRANSLATORS: a whole sentence: what would open a route that needs a higher level.
    "stepping_stone": {
        1: P_("stepping_stone", "A Level 1 course first would open it"),
        2: P_("stepping_stone", "A Level 2 course (such as GCSE English and maths) first would open it"),
        3: P_("stepping_stone", "An Access or Level 3 course first would open it"),
        4: P_("stepping_stone", "An HNC or other Level 4 course first would open it"),
    },
    # TRANSLATORS: who a route is for, by situation: "For {school leavers or refugees}".
    "background_who": {
        "displaced_worker": P_("background_who", "people whose job has gone or is at risk"),
        "school_leaver": P_("background_who", "school leavers"),
        "refugee": P_("background_who", "refugees"),
        "low_wage": P_("background_who", "people in low-paid work"),
        "unemployed": P_("background_who", "people out of work"),
        "career_changer": P_("background_who", "people changing career"),
        "other": P_("background_who", "people from other backgrounds"),
    },
    # TRANSLATORS: who a route is for, by immigration status: "For {...}" / "it is open to {...}".
    "immigration_who": {
        "british_irish": P_("immigration_who", "British or Irish citizens"),
        "settled": P_("immigration_who", "people with settled status"),
        "pre_settled": P_("immigration_who", "people with pre-settled status"),
        "refugee": P_("immigration_who", "people with refugee status"),
        "asylum_seeker": P_("immigration_who", "people seeking asylum"),
        "visa_holder": P_("immigration_who", "people on a visa"),
        "ukraine_scheme": P_("immigration_who", "people on a Ukraine scheme visa"),
        "afghan_resettlement": P_("immigration_who", "people resettled from Afghanistan"),
        "bno_visa": P_("immigration_who", "people on the British National (Overseas) visa"),
    },
    # TRANSLATORS: a level of English: "For people whose English is at {basic} level".
    "english_level": {
        "none": P_("english_level", "beginner"),
        "basic": P_("english_level", "basic"),
        "intermediate": P_("english_level", "intermediate"),
        "fluent": P_("english_level", "fluent"),
    },
    # TRANSLATORS: a group a route is run for: "it is run for {women and care leavers}".
    "group_who": {
        "women": P_("group_who", "women"),
        "black_women": P_("group_who", "Black women"),
        "care_leavers": P_("group_who", "care leavers"),
        "young_people": P_("group_who", "young people"),
        "over_50s": P_("group_who", "people over 50"),
        "veterans": P_("group_who", "veterans"),
    },
    # TRANSLATORS: the noun for a kind of route: "This {bootcamp} is run for ...".
    "kind_noun": {
        "bootcamp": P_("kind_noun", "bootcamp"),
        "hnc": P_("kind_noun", "HNC"),
        "kickstart": P_("kind_noun", "placement"),
        "esol": P_("kind_noun", "course"),
        "essential_digital_skills": P_("kind_noun", "course"),
        "apprenticeship": P_("kind_noun", "apprenticeship"),
        "course": P_("kind_noun", "course"),
        "youth_outreach": P_("kind_noun", "programme"),
        "advice_service": P_("kind_noun", "service"),
    },
    # TRANSLATORS: a reason a route fits, said after "Why:".
    "schedule_why": {
        "evenings_weekends": P_("schedule_why", "evening and weekend sessions fit your availability"),
        "part_time": P_("schedule_why", "part-time hours fit your availability"),
        "full_time": P_("schedule_why", "it is full time, which you said you can do"),
    },
    # TRANSLATORS: when a route runs: "It is {full time or evenings and weekends} only".
    "schedule_only": {
        "full_time": P_("schedule_only", "full time"),
        "part_time": P_("schedule_only", "part time in the day"),
        "evenings_weekends": P_("schedule_only", "evenings and weekends"),
    },
    # TRANSLATORS: a topic: "it covers {web design}, which you are interested in".
    "topic": {
        "coding": P_("topic", "coding"),
        "data": P_("topic", "data"),
        "web_design": P_("topic", "web design"),
        "it_support": P_("topic", "IT support"),
        "cyber_security": P_("topic", "cyber security"),
        "digital_marketing": P_("topic", "digital marketing"),
        "general_digital": P_("topic", "everyday digital skills"),
    },
    # TRANSLATORS: a qualification level in words a resident recognises (RQF levels; 0 is entry level).
    "qualification_level": {
        0: P_("qualification_level", "no formal qualifications (entry level)"),
        1: P_("qualification_level", "Level 1 (GCSEs at grades 3-1)"),
        2: P_("qualification_level", "Level 2 (GCSEs at grades 9-4)"),
        3: P_("qualification_level", "Level 3 (A levels, BTEC National)"),
        4: P_("qualification_level", "Level 4 (HNC, Certificate of HE)"),
        5: P_("qualification_level", "Level 5 (HND, foundation degree)"),
        6: P_("qualification_level", "Level 6 (bachelor's degree)"),
        7: P_("qualification_level", "Level 7 (master's degree)"),
        8: P_("qualification_level", "Level 8 (doctorate)"),
    },
    # TRANSLATORS: a heading for a fact held about the resident ("what do you know about me").
    "fact_label": {
        "local_authority": P_("fact_label", "Where you live"),
        "age": P_("fact_label", "Your age"),
        "background": P_("fact_label", "Your situation"),
        "employment_status": P_("fact_label", "Work"),
        "annual_income": P_("fact_label", "Yearly income"),
        "qualification_level": P_("fact_label", "Qualifications"),
        "interest": P_("fact_label", "What you'd like to learn"),
        "availability": P_("fact_label", "When you can study"),
        "universal_credit": P_("fact_label", "Universal Credit"),
        "immigration_status": P_("fact_label", "Immigration status"),
        "english_level": P_("fact_label", "English"),
        "target_groups": P_("fact_label", "Groups you told us you belong to"),
    },
    # TRANSLATORS: a heading for something else a conversation holds ("what do you know about me").
    "held_label": {
        "declined": P_("held_label", "Questions you chose not to answer"),
        "send_to": P_("held_label", "A phone number you gave to be sent your routes"),
        "digital_confidence": P_("held_label", "How at home you are with computers"),
        "excluded_groups": P_("held_label", "Groups you told us you are not in"),
        "asking_for": P_("held_label", "Who you are asking for"),
        "qualification_abroad": P_("held_label", "Qualifications gained outside the UK"),
        "school_age": P_("held_label", "Your age, roughly (from your school year, year of birth or what you said)"),
        "pending_report": P_("held_label", "What you told us was wrong about a route, before you said which one"),
        "language": P_("held_label", "The language we talk in"),
    },
    # TRANSLATORS: a held value shown back to the resident after its heading ("Work: not working").
    "held_value": {
        "displaced_worker": P_("held_value", "lost work to automation"),
        "school_leaver": P_("held_value", "just left school"),
        "refugee": P_("held_value", "refugee"),
        "low_wage": P_("held_value", "in low-paid work"),
        "unemployed": P_("held_value", "not working"),
        "career_changer": P_("held_value", "changing career"),
        "other": P_("held_value", "something else"),
        "employed": P_("held_value", "employed"),
        "self_employed": P_("held_value", "self-employed"),
        "in_education": P_("held_value", "in education"),
        "full_time": P_("held_value", "full time"),
        "part_time": P_("held_value", "part time"),
        "evenings_weekends": P_("held_value", "evenings and weekends"),
        "not_sure": P_("held_value", "not sure yet"),
        "prefer_not_to_say": P_("held_value", "you preferred not to say"),
        "british_irish": P_("held_value", "British or Irish citizen"),
        "settled": P_("held_value", "settled status"),
        "pre_settled": P_("held_value", "pre-settled status"),
        "asylum_seeker": P_("held_value", "asylum seeker"),
        "visa_holder": P_("held_value", "visa holder"),
        "ukraine_scheme": P_("held_value", "Ukraine scheme visa"),
        "afghan_resettlement": P_("held_value", "resettled from Afghanistan"),
        "bno_visa": P_("held_value", "BN(O) visa"),
        "none": P_("held_value", "none yet"),
        "basic": P_("held_value", "basic"),
        "intermediate": P_("held_value", "intermediate"),
        "fluent": P_("held_value", "fluent"),
    },
    # TRANSLATORS: how at home with computers the resident said they are.
    "digital_confidence": {
        "none": P_("digital_confidence", "new to computers"),
        "basic": P_("digital_confidence", "you know the basics"),
        "confident": P_("digital_confidence", "confident"),
    },
    # TRANSLATORS: whom the resident is asking for.
    "asking_for": {
        "he": P_("asking_for", "someone else (he)"),
        "she": P_("asking_for", "someone else (she)"),
        "they": P_("asking_for", "someone else (they)"),
    },
    # TRANSLATORS: a language's name, as in "The language we talk in: Polish".
    "language": {
        "en": P_("language", "English"),
        "ur": P_("language", "Urdu"),
        "ur-latn": P_("language", "Roman Urdu"),
        "pa": P_("language", "Punjabi"),
        "ar": P_("language", "Arabic"),
        "pl": P_("language", "Polish"),
        "ro": P_("language", "Romanian"),
    },
    # TRANSLATORS: a consent choice the resident can turn on or off.
    "consent": {
        "keep_conversation": P_("consent", "Keep my conversation so I can come back to it"),
        "share_with_provider": P_("consent", "Share my details with a provider when I ask for a referral"),
        "follow_ups": P_("consent", "Send me follow-ups and notifications"),
    },
    # TRANSLATORS: where a store is, said after "Waymark's server, in ...".
    "store": {
        "events": P_("store", "the record of your conversation"),
        "gateway_contacts": P_("store", "the list of phone numbers we reply to"),
        "journey_links": P_("store", "the list of chats continued with a resume code"),
        "journey_codes": P_("store", "the list of resume codes"),
        "referral_records": P_("store", "the list of referrals"),
        "notify_subscriptions": P_("store", "the list of course alerts"),
        "console_handoffs": P_("store", "the outreach team's list of requests"),
        "console_messages": P_("store", "the outreach team's messages"),
        "console_assisted": P_("store", "the outreach team's list of sessions"),
        "rights_consents": P_("store", "the list of your choices"),
        "advice_records": P_("store", "the record of what we recommended"),
    },
    # TRANSLATORS: a way a chat was continued: "{A web browser}, from 3 March".
    "link_channel": {
        "web": P_("link_channel", "A web browser"),
        "sms": P_("link_channel", "A phone, by text message"),
        "whatsapp": P_("link_channel", "WhatsApp"),
    },
    # TRANSLATORS: a fact in the resident's words, in a sentence: "I've forgotten {your age}".
    "fact_phrase": {
        "local_authority": P_("fact_phrase", "where you live"),
        "age": P_("fact_phrase", "your age"),
        "background": P_("fact_phrase", "your situation"),
        "employment_status": P_("fact_phrase", "whether you work"),
        "annual_income": P_("fact_phrase", "your income"),
        "qualification_level": P_("fact_phrase", "your qualifications"),
        "universal_credit": P_("fact_phrase", "whether you get Universal Credit"),
        "interest": P_("fact_phrase", "what you want to learn"),
        "availability": P_("fact_phrase", "when you can study"),
        "immigration_status": P_("fact_phrase", "your immigration status"),
        "english_level": P_("fact_phrase", "your English level"),
        "target_groups": P_("fact_phrase", "groups you told me you belong to"),
        "digital_confidence": P_("fact_phrase", "how at home you are with computers"),
        "excluded_groups": P_("fact_phrase", "groups you told me you are not in"),
        "asking_for": P_("fact_phrase", "who you are asking for"),
        "qualification_abroad": P_("fact_phrase", "where you gained your qualifications"),
        "school_age": P_("fact_phrase", "your age, roughly"),
        "language": P_("fact_phrase", "the language we talk in"),
    },
    # TRANSLATORS: a fact about someone the resident asks for, listed without "you" or "his/her":
    # "I will share what you told me about him (age, home area and qualifications)".
    "fact_noun": {
        "local_authority": P_("fact_noun", "home area"),
        "age": P_("fact_noun", "age"),
        "background": P_("fact_noun", "situation"),
        "employment_status": P_("fact_noun", "work"),
        "annual_income": P_("fact_noun", "income"),
        "qualification_level": P_("fact_noun", "qualifications"),
        "universal_credit": P_("fact_noun", "Universal Credit"),
        "interest": P_("fact_noun", "what they want to learn"),
        "availability": P_("fact_noun", "when they can study"),
        "immigration_status": P_("fact_noun", "immigration status"),
        "english_level": P_("fact_noun", "English level"),
        "target_groups": P_("fact_noun", "groups you told me they belong to"),
        "digital_confidence": P_("fact_noun", "computer confidence"),
        "excluded_groups": P_("fact_noun", "groups you told me they are not in"),
        "asking_for": P_("fact_noun", "that you are asking for them"),
        "qualification_abroad": P_("fact_noun", "where the qualifications are from"),
        "school_age": P_("fact_noun", "rough age"),
        "language": P_("fact_noun", "the language we talk in"),
    },
    # TRANSLATORS: how a route will be sent: "I'll send it by {text message}".
    "send_channel": {
        "sms": P_("send_channel", "text message"),
        "whatsapp": P_("send_channel", "WhatsApp"),
    },
    # TRANSLATORS: a route's state when it is not open to apply to now.
    "route_status": {
        "waitlist": P_("route_status", "Waiting list"),
        "closed": P_("route_status", "Closed for now"),
    },
    # Staff-facing report headings (the console's reports), kept here so they are translated with the rest.
    "report_outcome": {
        "open": P_("report_outcome", "Something open"),
        "waitlist_only": P_("report_outcome", "Only waitlisted"),
        "none": P_("report_outcome", "Nothing eligible"),
    },
    "report_channel": {
        "web": P_("report_channel", "Website chat"),
        "sms": P_("report_channel", "SMS"),
        "whatsapp": P_("report_channel", "WhatsApp"),
        "assisted": P_("report_channel", "With a worker"),
        "kiosk": P_("report_channel", "Tablet at an event"),
        "other": P_("report_channel", "Other"),
    },
    # TRANSLATORS: how a referral stands, said in "what do you know about me" after the course's name.
    "referral_status": {
        "referred": P_("referral_status", "referred"),
        "contacted": P_("referral_status", "contacted by the provider"),
        "enrolled": P_("referral_status", "enrolled"),
        "started": P_("referral_status", "started"),
        "completed": P_("referral_status", "completed"),
        "withdrawn": P_("referral_status", "withdrawn"),
    },
    # TRANSLATORS: a "tell me when it opens" request, said after the course's name.
    "subscription_status": {
        "open": P_("subscription_status", "waiting for it to open"),
        "sending": P_("subscription_status", "being sent"),
        "sent": P_("subscription_status", "sent"),
        "failed": P_("subscription_status", "could not be sent"),
        "opted_out": P_("subscription_status", "stopped at your request"),
        "withdrawn": P_("subscription_status", "withdrawn"),
    },
    # TRANSLATORS: a request to talk to a person, in brackets after the day it was made.
    "handoff_status": {
        "waiting": P_("handoff_status", "waiting for a worker"),
        "callback_offered": P_("handoff_status", "a call back offered"),
        "callback": P_("handoff_status", "a call back booked"),
        "held": P_("handoff_status", "waiting for the team to be in"),
        "forwarded": P_("handoff_status", "with a worker"),
        "closed": P_("handoff_status", "closed"),
    },
    # TRANSLATORS: the web chat's own controls and what a screen reader says for them; short, as on a button.
    "widget": {
        "subtitle": P_("widget", "Find your way into digital work"),
        "restart": P_("widget", "Start again"),
        "close": P_("widget", "Close"),
        "close_label": P_("widget", "Close chat"),
        "log_label": P_("widget", "Conversation"),
        "input_label": P_("widget", "Type your message"),
        "send": P_("widget", "Send"),
        "hint": P_("widget", "Please do not type your name, address or phone number."),
        "launcher": P_("widget", "Chat with Waymark"),
        "you_said": P_("widget", "You said:"),
        "bot_said": P_("widget", "Waymark:"),
        "try_again": P_("widget", "Try again"),
        "choose": P_("widget", "Choose a reply"),
        "replying": P_("widget", "Waymark is replying…"),
        "not_sent": P_("widget", "Your message was not sent."),
        "cannot_read": P_("widget", "Sorry, I could not read that message. Please change it and send it again."),
        "try_later": P_("widget", "Sorry, your message was not sent. Please try again in a moment."),
        "offline": P_("widget", "Sorry, your message was not sent. Check your internet connection, then try again."),
    },
    "report_question": {
        "local_authority": P_("report_question", "Where they live"),
        "age": P_("report_question", "Age"),
        "background": P_("report_question", "Situation"),
        "employment_status": P_("report_question", "Work"),
        "annual_income": P_("report_question", "Income"),
        "qualification_level": P_("report_question", "Qualifications"),
        "universal_credit": P_("report_question", "Universal Credit"),
        "interest": P_("report_question", "Interest"),
        "availability": P_("report_question", "Availability"),
        "immigration_status": P_("report_question", "Immigration status"),
        "english_level": P_("report_question", "English"),
    },
}


class Said(str):
    """A sentence in a language that remembers its English msgid: what the sentence is, in every language
    (bot.dialogue.replies.best_reason ranks reasons by it), and the values it was said with. Otherwise an
    ordinary str."""

    msgid = ""
    values: Dict[str, Any] = {}

    def __new__(cls, text: str, msgid: str = "", values: Optional[Dict[str, Any]] = None) -> "Said":
        said = super().__new__(cls, text)
        said.msgid = msgid
        # What filled its {placeholders}: the same sentence said about someone else keeps them
        # (bot.dialogue.about_them).
        said.values = values or {}
        return said


class Words:
    """Every table rendered in one language; built once per process per language (see words_for)."""

    def __init__(self, lang: str, translations: gettext.NullTranslations, drafts: bool = False):
        self.lang = lang
        self.drafts = drafts  # some entries are AI drafts no fluent speaker has checked (gettext's fuzzy)
        self._translations = translations
        self._tables: Dict[str, Dict[Hashable, str]] = {
            name: {key: translations.pgettext(ctx, msgid) for key, (ctx, msgid) in entries.items()}
            for name, entries in TABLES.items()
        }

    def table(self, name: str) -> Dict[Hashable, str]:
        """The whole table (value -> words); callers keep the dict, so a lookup is all a message costs."""
        return self._tables[name]

    def say(self, entry: Entry, **values: Any) -> str:
        """A sentence written with P_ where it is used (its context names where), in this language.

        One dict get in the compiled catalogue; `values` fill its {placeholders} after translation."""
        text = self._translations.pgettext(*entry)
        return Said(text.format(**values) if values else text, entry[1], values)

    def entry(self, table: str, key: Hashable) -> Entry:
        """A table's gettext message for a value, to `say` it as a sentence that keeps its msgid."""
        return TABLES[table][key]

    def __call__(self, name: str, key: Any, default: Optional[str] = None) -> str:
        words = self._tables[name].get(key)
        if words is not None:
            return words
        return default if default is not None else str(key).replace("_", " ")


def locale_name(lang: str) -> str:
    """The gettext / Babel name of a language code ("ur-latn" -> "ur_Latn")."""
    return _LOCALE.get(lang, lang)


def date_locale(lang: str) -> str:
    """The Babel locale a date is written in for a conversation in `lang`."""
    return _DATES.get(lang, locale_name(lang))


def catalogue_path(lang: str) -> Path:
    return LOCALE_DIR / locale_name(lang) / "LC_MESSAGES" / f"{DOMAIN}.po"


def load_translations(lang: str) -> gettext.NullTranslations:
    return _load(lang)[0]


def _load(lang: str) -> Tuple[gettext.NullTranslations, bool]:
    """A language's catalogue, compiled in memory from its .po (no .mo to build or go stale).

    Draft (fuzzy) entries are used: they are all a language has until a fluent speaker reviews them, and
    the resident is told once that the translation is new. A language without a catalogue says English."""
    if lang == "en" or not catalogue_path(lang).exists():
        return gettext.NullTranslations(), False
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with catalogue_path(lang).open("rb") as handle:
        catalog = read_po(handle, locale=locale_name(lang), domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=True)
    buffer.seek(0)
    drafts = any(message.id and message.fuzzy for message in catalog)
    return gettext.GNUTranslations(buffer), drafts


@functools.lru_cache(maxsize=None)
def words_for(lang: Optional[str]) -> Words:
    """The words of a conversation's language; an empty `language` slot means English."""
    lang = lang or "en"
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    return Words(lang, *_load(lang))


ENGLISH = Words("en", gettext.NullTranslations())

__all__ = ["ENGLISH", "LANGUAGES", "LOCALE_DIR", "P_", "Said", "TABLES", "Words", "catalogue_path", "date_locale",
           "load_translations", "locale_name", "words_for"]
