"""Shorter wordings for SMS, where a translated text would not fit in three UCS-2 segments.

One character outside GSM-7 (every Urdu, Punjabi and Arabic letter, and Polish and Romanian letters such as
"ł" or "ș") makes a whole SMS UCS-2: 70 characters in one segment, 67 a segment when it is split, so three
segments hold 201 characters where English gets 459. The greeting and privacy notice translated in full are
six to eight segments; a question with its numbered quick replies four to six.

So each long text has an SMS wording, a gettext message (context "sms", "sms_reply") beside its full one,
and the gateway says it instead when it sends an SMS (bot.gateway.render.render_text): the full text as the
assistant said it, in any language, is looked up and swapped for the SMS wording in that language. Chosen
over a channel slot on Rasa's response variations because the web and SMS both reach Rasa through its REST
channel (no channel Rasa could pick a variation by), a slot would change the domain and need a retrained
model, and the action server would have to pick for its own texts too: here one table, read by the one
place that knows the message is an SMS, covers domain responses and actions alike.

English nearly always fits (GSM-7, 153 characters a segment) and is sent as written; only an English text
longer than three segments (the Kickstart answer) is swapped. The SMS wordings' English is what translators
translate from.
"""

from __future__ import annotations

import functools
from typing import Dict, Optional, Tuple

from bot.language.sms_segments import fits, fold
from bot.language.words import LANGUAGES, P_, Entry, load_translations

# (context, the full wording's English msgid) -> its SMS wording. The keys are checked against the
# catalogue by tests/gateway/test_sms_languages.py: a full wording changed without its SMS one fails there.
# TRANSLATORS: an SMS wording: at most 190 characters with the quick replies, which are numbered on SMS.
SHORTER: Dict[Tuple[str, str], Entry] = {
    ("fallback", 'Sorry, I didn\'t understand. You can tell me about yourself (for example "I\'m 30 and live in '
                 'Dudley"), ask a question like "is it free?", say "start again", or say "talk to a person".'):
        P_("sms", 'Sorry, I didn\'t understand. Tell me about yourself, or say "talk to a person".'),
    ("question", "Which of these is most like you?"): P_("sms", "Which is most like you?"),
    ("question", 'About how much do you earn in a year, before tax? For example "18k" or "£10 an hour, 20 hours a '
                 'week". You can say "prefer not to say".'):
        P_("sms", 'Yearly pay before tax? E.g. "18k" or "£10 an hour, 20 hours a week".'),
    ("question", 'Some courses have rules about immigration status. Which of these is you? You can say "prefer not '
                 'to say".'):
        P_("sms", "Some courses depend on immigration status. Which is you?"),
    ("question", "What is your highest qualification?"): P_("sms", "Highest qualification?"),
    ("question", "What would you like to learn?"): P_("sms", "What to learn?"),
    ("question", "How good is your English?"): P_("sms", "Your English?"),
    ("reply_background", "I lost my job, or my job is changing"): P_("sms_reply", "Lost my job"),
    ("reply_background", "I just left school or college"): P_("sms_reply", "Left school"),
    ("reply_background", "I came to the UK as a refugee"): P_("sms_reply", "Refugee"),
    ("reply_background", "I work, but the pay is low"): P_("sms_reply", "Low pay"),
    ("reply_background", "I am looking for work"): P_("sms_reply", "Looking for work"),
    ("reply_background", "I want to change career"): P_("sms_reply", "New career"),
    ("reply_background", "Something else"): P_("sms_reply", "Other"),
    ("reply_employment_status", "Working for an employer"): P_("sms_reply", "Employed"),
    ("reply_annual_income", "Nothing, or only benefits"): P_("sms_reply", "Nothing/benefits"),
    ("reply_qualification_level", "GCSEs at grades 3 to 1 (D to G)"): P_("sms_reply", "GCSE 3-1"),
    ("reply_qualification_level", "GCSEs at grades 9 to 4 (A* to C)"): P_("sms_reply", "GCSE 9-4"),
    ("reply_qualification_level", "A levels or BTEC Level 3"): P_("sms_reply", "A levels"),
    ("reply_qualification_level", "HNC, HND or foundation degree"): P_("sms_reply", "HNC/HND"),
    ("reply_qualification_level", "University degree"): P_("sms_reply", "Degree"),
    ("reply_interest", "Working with data"): P_("sms_reply", "Data"),
    ("reply_interest", "Basic computer skills"): P_("sms_reply", "Basics"),
    ("reply_interest", "Digital marketing"): P_("sms_reply", "Marketing"),
    ("reply_interest", "Cyber security"): P_("sms_reply", "Cyber"),
    ("reply_immigration_status", "British or Irish citizen"): P_("sms_reply", "British/Irish"),
    ("reply_immigration_status", "Settled status or indefinite leave"): P_("sms_reply", "Settled"),
    ("reply_immigration_status", "Pre-settled status"): P_("sms_reply", "Pre-settled"),
    ("reply_immigration_status", "Refugee status"): P_("sms_reply", "Refugee"),
    ("reply_immigration_status", "Asylum seeker (waiting for a decision)"): P_("sms_reply", "Asylum seeker"),
    ("reply_decline", "Prefer not to say"): P_("sms_reply", "Rather not say"),
    ("reply_english_level", "English is my first language"): P_("sms_reply", "First language"),
    ("reply_english_level", "I speak very little English"): P_("sms_reply", "Very little"),
}

# A domain response's SMS wording, by the response's name (its full English is read from domain.yml).
# TRANSLATORS: keep every figure and date exactly: they are facts a resident acts on.
RESPONSES: Dict[str, Entry] = {
    "utter_welcome": P_("sms", 'Hi, I\'m Waymark: free digital skills courses and work in the West Midlands. Skip '
                               'any question. Answers kept 180 days; "forget me" deletes them.'),
    "utter_confirm_forget_me": P_("sms", "Delete everything you told me, and this chat?"),
    "utter_faq_hnc": P_("sms", "An HNC is a Level 4 qualification, like the first year of a degree: usually 1 to 2 "
                               "years part time at a college. A student loan can pay for it."),
    "utter_faq_bootcamp": P_("sms", "A Skills Bootcamp is a course of up to 16 weeks with a job interview at the end. "
                                    "Free if you are 19 or over and live in the WMCA area."),
    "utter_faq_kickstart": P_("sms", "Kickstart closed on 31 March 2022. On an out-of-work benefit? Your work coach can "
                                     "offer a work academy: up to 6 weeks of training, then a job interview."),
    "utter_faq_esol": P_("sms", "ESOL is English classes for adults whose first language is not English. Often free "
                                "if you get benefits or have a low income."),
    "utter_faq_cost": P_("sms", "Many routes are free: Skills Bootcamps in the WMCA area, basic digital courses and "
                                "ESOL. I always tell you if a route costs money."),
    "utter_faq_universal_credit": P_("sms", "Training does not stop Universal Credit by itself. Agree it with your "
                                            "Jobcentre work coach before you start."),
    "utter_faq_laptop": P_("sms", "You don't always need a laptop: many providers lend them, and libraries have free "
                                  "computers and wifi."),
    "utter_faq_no_qualifications": P_("sms", "That's OK: many routes need no qualifications. I only show you routes "
                                             "you can join."),
}

# The numbered quick replies of an SMS, in its language (bot.gateway.sms.numbered_options).
# TRANSLATORS: "Reply 1 for Yes or 2 for No." on SMS: {options} are "{number} for {title}" joined.
OPTIONS = P_("sms_options", "Reply {options}.")
OPTION = P_("sms_options", "{number} for {title}")
LAST_OPTION = P_("sms_options", "{first} or {last}")
NEXT_STEPS = P_("sms_options", "Next steps:")


@functools.lru_cache(maxsize=None)
def shorter_in(lang: str) -> Dict[str, str]:
    """Full wording -> SMS wording, both in `lang`; built once per process per language. English keeps its
    full wording unless that is longer than three GSM-7 segments (the Kickstart answer)."""
    translations = load_translations(lang)
    pairs = {translations.pgettext(context, full): translations.pgettext(*short)
             for (context, full), short in {**_responses(), **SHORTER}.items()}
    if lang == "en":
        return {full: short for full, short in pairs.items() if not fits(fold(full))}
    return pairs


@functools.lru_cache(maxsize=None)
def _responses() -> Dict[Tuple[str, str], Entry]:
    """RESPONSES keyed as SHORTER is: (the response's name, its English text in domain.yml)."""
    from bot.language.translations import DOMAIN_FILE, domain_messages

    english = {context: text for context, text, _ in domain_messages(DOMAIN_FILE.read_text(encoding="utf-8"))}
    return {(name, english[name]): short for name, short in RESPONSES.items()}


@functools.lru_cache(maxsize=None)
def _all_languages() -> Dict[str, Tuple[str, str]]:
    """Any language's full wording -> (its language, its SMS wording)."""
    out: Dict[str, Tuple[str, str]] = {}
    for lang in LANGUAGES:
        out.update({full: (lang, short) for full, short in shorter_in(lang).items() if full != short})
    return out


def for_sms(text: str) -> Tuple[Optional[str], str]:
    """(the language it is in, the SMS wording) for a text that has one; (None, text) otherwise."""
    return _all_languages().get(text, (None, text))


@functools.lru_cache(maxsize=None)
def options_words(lang: str) -> Dict[str, str]:
    translations = load_translations(lang)
    return {name: translations.pgettext(*entry) for name, entry in
            (("options", OPTIONS), ("option", OPTION), ("last", LAST_OPTION), ("next_steps", NEXT_STEPS))}


__all__ = ["LAST_OPTION", "NEXT_STEPS", "OPTION", "OPTIONS", "RESPONSES", "SHORTER", "for_sms", "options_words", "shorter_in"]
