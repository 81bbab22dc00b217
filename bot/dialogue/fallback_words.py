"""What the two-stage fallback says (actions/fallback.py), in the conversation's language: "did you
mean...?" with the likeliest meanings as quick replies, "say it another way", and the way out.

Quoted examples of what a resident can say stay English ("is it free?", "talk to a person"): they are what
the assistant understands best today. A quick reply's payload is the same in every language.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot.language.words import P_, words_for

# What the two-stage fallback offers when unsure: things a resident would ask for, in their words.
# Never offered: intents that only make sense with content (inform), small talk, and anything that
# deletes (start again, forget me): a guess must not be one tap away from losing someone's answers.
# TRANSLATORS: a quick reply offered when the assistant is not sure what the resident meant: short.
_SUGGESTIONS = {
    "faq_cost": P_("suggestion", "Is it free?"),
    "faq_universal_credit": P_("suggestion", "Will it affect my Universal Credit?"),
    "faq_laptop": P_("suggestion", "Do I need a laptop?"),
    "faq_no_qualifications": P_("suggestion", "What if I have no qualifications?"),
    "faq_bootcamp": P_("suggestion", "What is a Skills Bootcamp?"),
    "faq_hnc": P_("suggestion", "What is an HNC?"),
    "faq_kickstart": P_("suggestion", "What is a Kickstart-style placement?"),
    "faq_esol": P_("suggestion", "What is ESOL?"),
    "ask_more": P_("suggestion", "Show me more routes"),
    "ask_why": P_("suggestion", "Why did you suggest these?"),
    "human_handoff": P_("suggestion", "Talk to a person"),
    "what_we_hold": P_("suggestion", "What do you know about me?"),
    "manage_consent": P_("suggestion", "My choices"),
    "refer_me": P_("suggestion", "Refer me to one of these"),
    "notify_me": P_("suggestion", "Tell me when it opens"),
    "send_me_this": P_("suggestion", "Send me this"),
}
SUGGESTIONS = {name: msgid for name, (_, msgid) in _SUGGESTIONS.items()}
_SOMETHING_ELSE = P_("suggestion", "Something else")
SOMETHING_ELSE = {"title": _SOMETHING_ELSE[1], "payload": "/out_of_scope"}
_DID_YOU_MEAN = P_("fallback", "Sorry, I'm not sure what you mean. Did you mean one of these? Or say it another way.")
# The two-stage fallback's later steps: asked to rephrase after "none of these", and the way out when we
# still don't understand. Both say what a resident *can* say.
# TRANSLATORS: keep the quoted examples in English: they are what is understood.
_ASK_REPHRASE = P_("fallback", "Sorry, I still don't understand. Could you say it another way? You can tell me "
                               'about yourself, ask "is it free?", or say "talk to a person".')
_DEFAULT_FALLBACK = P_("fallback", 'Sorry, I didn\'t understand. You can tell me about yourself (for example '
                                   '"I\'m 30 and live in Dudley"), ask a question like "is it free?", say "start '
                                   'again", or say "talk to a person".')
ASK_REPHRASE, DEFAULT_FALLBACK = _ASK_REPHRASE[1], _DEFAULT_FALLBACK[1]


def ask_rephrase(lang: Optional[str] = None) -> str:
    return words_for(lang).say(_ASK_REPHRASE)


def default_fallback(lang: Optional[str] = None) -> str:
    return words_for(lang).say(_DEFAULT_FALLBACK)


def suggestions(intent_ranking: Sequence[Dict[str, Any]], limit: int = 2, lang: Optional[str] = None,
                ) -> Tuple[str, List[Dict[str, str]]]:
    """The text and buttons for "did you mean...?": the likeliest askable meanings, then a way out.

    "Something else" sends out_of_scope, which Rasa's two-stage fallback reads as "no, none of
    these" and asks the resident to say it another way. Talking to a person is always offered.
    """
    words = words_for(lang)
    picked: List[str] = []
    for entry in intent_ranking or []:
        name = (entry or {}).get("name")
        if name in _SUGGESTIONS and name not in picked:
            picked.append(name)
        if len(picked) == limit:
            break
    if "human_handoff" not in picked:
        picked.append("human_handoff")
    buttons = [{"title": words.say(_SUGGESTIONS[name]), "payload": f"/{name}"} for name in picked]
    buttons.append({**SOMETHING_ELSE, "title": words.say(_SOMETHING_ELSE)})
    # Channels show the buttons (SMS numbers them), so the text does not list them again.
    return words.say(_DID_YOU_MEAN), buttons


__all__ = ["ASK_REPHRASE", "DEFAULT_FALLBACK", "SOMETHING_ELSE", "SUGGESTIONS", "ask_rephrase", "default_fallback",
           "suggestions"]
