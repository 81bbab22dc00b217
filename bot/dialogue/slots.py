"""Every slot domain.yml declares, by name: the one place actions and the console spell them.

The profile facts keep their order from bot.language.vocab (the order the engine asks about them); the
rest are the conversation's own bookkeeping. tests/bot/dialogue/test_slots.py holds this list equal
to domain.yml's, so a slot added to one and not the other fails there, not in a resident's chat.
"""

from __future__ import annotations

from typing import Tuple

from bot.language.vocab import PROFILE_FACTS

# The facts of the slot contract (the intake form's slots), in the engine's order.
PROFILE: Tuple[str, ...] = PROFILE_FACTS
LOCAL_AUTHORITY = "local_authority"
AGE = "age"
BACKGROUND = "background"
EMPLOYMENT_STATUS = "employment_status"
ANNUAL_INCOME = "annual_income"
QUALIFICATION_LEVEL = "qualification_level"
INTEREST = "interest"
AVAILABILITY = "availability"
UNIVERSAL_CREDIT = "universal_credit"
IMMIGRATION_STATUS = "immigration_status"
ENGLISH_LEVEL = "english_level"

# Volunteered, never asked.
TARGET_GROUPS = "target_groups"  # groups that only ever widen what we show
EXCLUDED_GROUPS = "excluded_groups"  # groups they say they are not in: they narrow it
DIGITAL_CONFIDENCE = "digital_confidence"
ASKING_FOR = "asking_for"  # "he", "she", "they", or "self" when the facts are the resident's own
QUALIFICATION_ABROAD = "qualification_abroad"  # set with qualification_level when gained abroad
SCHOOL_AGE = "school_age"  # the youngest and oldest they can be, from a school year or birth year, with no age said
LANGUAGE = "language"  # the language we talk in, once the resident writes in or asks for one

# The intake's bookkeeping.
DECLINED = "declined"  # questions the resident chose not to answer

# Recommendations and what follows them.
SHOWN = "shown_pathways"  # every id shown since the last recommendation, in order
LAST_SHOWN = "last_shown"  # the latest page, which "why" explains
PENDING_PATHWAY = "pending_pathway"  # the route a referral is being made for
PENDING_NOTIFY = "pending_notify"  # the route "tell me when it opens" waits on
SEND_TO = "send_to"  # where "send me this" goes
SEND_CONFIRMED = "send_confirmed"  # the resident's explicit yes to sending
PENDING_REPORT = "pending_report"  # a wrong-information report's words while we ask which route
RECOMMENDED_COUNTED = "recommended_counted"  # once per journey, for the demand report
NEXT_STEPS_OFFERED = "next_steps_offered"  # the next steps were offered once
TRANSLATION_NOTICE = "translation_notice"  # languages whose "this translation is new" notice was given

# In the order "forget me" names them (bot.dialogue.rights_words).
VOLUNTEERED: Tuple[str, ...] = (TARGET_GROUPS, DIGITAL_CONFIDENCE, EXCLUDED_GROUPS, ASKING_FOR,
                                QUALIFICATION_ABROAD, SCHOOL_AGE, LANGUAGE)
BOOKKEEPING: Tuple[str, ...] = (DECLINED, SHOWN, LAST_SHOWN, PENDING_PATHWAY, PENDING_NOTIFY, SEND_TO,
                                SEND_CONFIRMED, PENDING_REPORT, RECOMMENDED_COUNTED, NEXT_STEPS_OFFERED,
                                TRANSLATION_NOTICE)
ALL: Tuple[str, ...] = PROFILE + VOLUNTEERED + BOOKKEEPING
