"""One bot turn (Rasa REST output) rendered for each channel: web JSON, SMS text, WhatsApp text.

The web keeps structure (buttons, recommendation cards). SMS and WhatsApp get plain text with
numbered options and the recommendations' next steps as short lines with links.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Tuple

from bot.dialogue.about_them import CARD_WORDS
from bot.gateway import sms
from bot.language import sms_words
from bot.language.choice import language_after
from bot.language.identify import identify
from bot.language.words import LANGUAGES, words_for

log = logging.getLogger("waymark.gateway.render")

RECOMMENDATIONS = "pathway_recommendations"
# Sent by "forget me" once the resident is erased: the widget then forgets too (its stored transcript
# and session id), so the next person at a shared computer finds nothing.
ERASED = "conversation_erased"
WHATSAPP_MAX_CHARS = 4096
SMS_CARD_LIMIT = 3  # the bot's text already names the top three; more would not fit in 3 segments
NEXT_STEP_KEYS = ("text", "url", "phone", "referral")
# The languages a recommendation payload may say its fixed words are in, and those written right to left.
RIGHT_TO_LEFT = ("ur", "ar")
LABEL_KEYS = ("why", "check", "cost", "next", "website", "provider", "call", "referral", "report", "report_question",
              "report_send", "report_said", "in_english", "open")


def direction(lang: str) -> str:
    return "rtl" if lang in RIGHT_TO_LEFT else "ltr"


def control_words(lang: str) -> Dict[str, str]:
    """The widget's own controls in the conversation's language (bot.language.words "widget", built once
    per process), sent with a turn in another language so its buttons and screen-reader labels are not
    left in English."""
    return dict(words_for(lang).table("widget"))


def known(lang: Any) -> Optional[str]:
    """`lang` when it is one of ours ("ur"), else None: what a client says is checked, never echoed."""
    return lang if isinstance(lang, str) and lang in LANGUAGES else None


def _payload_language(payload: str) -> Optional[str]:
    """The `language` entity of a quick-reply payload (`/choose_language{"language":"ur"}`, the widget's
    `/greet{"language":"ur"}` for a page in Urdu): Rasa's slot mapping stores it, whatever the intent."""
    start = payload.find("{")
    if start < 0:
        return None
    try:
        entities = json.loads(payload[start:])
    except ValueError:
        return None
    return known(entities.get("language")) if isinstance(entities, dict) else None


def turn_language(held: Optional[str], text: Optional[str], payload: Optional[str] = None) -> str:
    """The language this turn's replies are in, without asking Rasa: the conversation's language as the
    client last heard it (`held`, checked), moved on by what the resident just sent exactly as the NLU
    component moves the `language` slot (bot.language.choice.language_after, the one home for that rule)."""
    held = known(held)
    if payload:
        return _payload_language(payload) or held or "en"
    changed = language_after(text, None if held == "en" else held)
    return changed or held or "en"


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _str_list(value: Any) -> List[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def buttons_of(message: Dict[str, Any]) -> List[Dict[str, str]]:
    out = []
    for button in message.get("buttons") or []:
        if isinstance(button, dict) and _str(button.get("title")) and _str(button.get("payload")):
            out.append({"title": button["title"], "payload": button["payload"]})
    return out


def card(pathway: Dict[str, Any]) -> Dict[str, Any]:
    """A recommendation card in the web contract's shape; missing fields become empty/None."""
    step = pathway.get("next_step") if isinstance(pathway.get("next_step"), dict) else {}
    checked = pathway.get("checked") if isinstance(pathway.get("checked"), dict) else {}
    return {
        "id": _str(pathway.get("id")),
        "title": _str(pathway.get("title")),
        "provider": _str(pathway.get("provider")),
        "kind": _str(pathway.get("kind")),
        "why": _str_list(pathway.get("why")),
        "conditions": _str_list(pathway.get("conditions")),
        "next_step": {key: (step.get(key) if isinstance(step.get(key), (str, bool)) else None)
                      for key in NEXT_STEP_KEYS},
        # Only "open", "waitlist" or "closed" when the catalogue knows it; "" (shown as nothing) otherwise,
        # so a status the source did not give never reads as "Open for applications".
        "status": _str(pathway.get("status")),
        "paid_by": _str(pathway.get("paid_by")),  # "Paid for by ..."
        "facts": _str_list(pathway.get("facts")),  # cost, dates (or "ask the provider"), benefits
        # "Checked 4 Dec 2026 — see the course page" and the page's address
        "checked": {"text": _str(checked.get("text")), "url": _str(checked.get("url")) or None},
    }


def cards_of(message: Dict[str, Any]) -> List[Dict[str, Any]]:
    custom = message.get("custom")
    if not isinstance(custom, dict):
        return []
    if custom.get("type") == ERASED:
        return []
    if custom.get("type") != RECOMMENDATIONS:
        log.info("ignoring custom payload of type %r", str(custom.get("type"))[:40])
        return []
    return [card(p) for p in custom.get("pathways") or [] if isinstance(p, dict)]


def _words(value: Any) -> Dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def cards_language(message: Dict[str, Any]) -> Dict[str, Any]:
    """A recommendation payload in another language: its `lang`, `dir` and the card's words (`labels`). In
    English only the headings said about someone the resident asks for ("Why it could suit her") come."""
    custom = message.get("custom")
    if not isinstance(custom, dict) or custom.get("type") != RECOMMENDATIONS:
        return {}
    lang = custom.get("lang") or "en"
    raw = custom.get("labels") if isinstance(custom.get("labels"), dict) else {}
    if lang == "en":
        labels = {k: raw[k] for k in CARD_WORDS if isinstance(raw.get(k), str)}
        return {"labels": labels} if labels else {}
    if lang not in LANGUAGES:
        return {}
    labels: Dict[str, Any] = {k: raw[k] for k in LABEL_KEYS if isinstance(raw.get(k), str)}
    labels["kinds"], labels["statuses"] = _words(raw.get("kinds")), _words(raw.get("statuses"))
    return {"lang": lang, "dir": direction(lang), "labels": labels}


# --- web ---------------------------------------------------------------------------------------------
def render_web(turn: Iterable[Dict[str, Any]], lang: str = "en") -> List[Dict[str, Any]]:
    """Every message carries text, buttons and cards (empty when absent), as the widget expects, and its
    language: `lang` and `dir` (WCAG 3.1.2). `lang` is the turn's (turn_language); a recommendation payload
    says its own, from the tracker's slot, and brings the cards' `labels`."""
    turn = list(turn)
    lang = said_language(turn, lang)
    out = []
    for message in turn:
        text = _str(message.get("text"))
        buttons = buttons_of(message)
        cards = cards_of(message)
        if not (text or buttons or cards):
            continue
        out.append({"text": text, "buttons": buttons, "cards": cards, "lang": lang, "dir": direction(lang),
                    **(cards_language(message) if cards else {})})
    return out


def said_language(turn: Iterable[Dict[str, Any]], lang: str) -> str:
    """The conversation's language after a turn: a recommendation payload's `lang` (the action reads the
    tracker's slot) corrects the gateway's reckoning, English included."""
    for message in turn:
        custom = message.get("custom")
        if isinstance(custom, dict) and custom.get("type") == RECOMMENDATIONS and known(custom.get("lang")):
            lang = custom["lang"]
    return known(lang) or "en"


def erased(turn: Iterable[Dict[str, Any]]) -> bool:
    """Did this turn erase the resident ("forget me")? Then the web answer says so to the widget."""
    return any(isinstance(m.get("custom"), dict) and m["custom"].get("type") == ERASED for m in turn)


def web_text(text: str, lang: str = "en") -> Dict[str, Any]:
    """A message the gateway writes itself (wording.py, English) or passes on (a worker's reply: `lang`
    "" says unknown, and the widget gives it dir="auto")."""
    return {"text": text, "buttons": [], "cards": [], "lang": lang, "dir": direction(lang) if lang else "auto"}


# --- SMS and WhatsApp --------------------------------------------------------------------------------
@dataclass
class TextReply:
    bodies: List[str]  # each one Messages API call, in order
    options: List[Tuple[str, str]] = field(default_factory=list)  # (title, payload) for "Reply 1"


_MD_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_BLANKS = re.compile(r"\n{3,}")


def plain(text: str) -> str:
    """Markdown the bot may use for the web, as plain text a phone shows well."""
    text = _MD_LINK.sub(lambda m: f"{m.group(1)}: {m.group(2)}", text)
    text = _MD_EMPHASIS.sub(lambda m: m.group(2), text)
    return _BLANKS.sub("\n\n", text).strip()


def _card_line(card_: Dict[str, Any]) -> Optional[str]:
    step = card_["next_step"]
    link = step.get("url") or step.get("phone")
    if not link:
        return None
    title = card_["title"] or card_["id"]
    return f"- {title}: {link}"


def _card_lines(cards: List[Dict[str, Any]], already_said: str) -> List[str]:
    lines = []
    for card_ in cards[:SMS_CARD_LIMIT]:
        line = _card_line(card_)
        link = card_["next_step"].get("url") or card_["next_step"].get("phone")
        # The bot's recommendation text usually names the next step already; repeat only what's new.
        if line and link not in already_said:
            lines.append(line)
    return lines


def _for(channel: str, text: str) -> Tuple[Optional[str], str]:
    """An SMS says a long translated text in its SMS wording (bot.language.sms_words); (language, text)."""
    return sms_words.for_sms(text) if channel == "sms" else (None, text)


def render_text(turn: Iterable[Dict[str, Any]], channel: str) -> TextReply:
    """A turn for SMS (GSM-7 aware, ≤ 3 segments per body) or WhatsApp (≤ 4,096 chars per body).

    The numbered options and "Next steps:" are said in the turn's language: the language of a text with
    an SMS wording, else of a recommendation payload, else what the bot's words are written in."""
    turn = list(turn)
    texts: List[str] = []
    options: List[Tuple[str, str]] = []
    cards: List[Dict[str, Any]] = []
    langs: List[str] = []
    for message in turn:
        lang, text = _for(channel, _str(message.get("text")))
        text = plain(text)
        if text:
            texts.append(text)
        buttons = buttons_of(message)
        if buttons:
            options = [(_for(channel, b["title"])[1], b["payload"]) for b in buttons]  # the last set is live
        cards.extend(cards_of(message))
        custom = message.get("custom")
        langs += [lang] if lang else []
        langs += [custom["lang"]] if isinstance(custom, dict) and known(custom.get("lang")) else []
    said = "\n".join(texts)
    lang = langs[0] if langs else (identify(said) if said else None) or "en"
    words = sms_words.options_words(lang if lang in LANGUAGES else "en")
    lines = _card_lines(cards, said)
    if lines:
        texts.append(words["next_steps"] + "\n" + "\n".join(lines))
    if options:
        texts.append(sms.numbered_options([title for title, _ in options], words))
    if channel == "sms":
        joined = sms.fold("\n".join(texts))
        return TextReply(sms.split_message(joined), options)
    joined = "\n\n".join(texts)
    return TextReply(split_long(joined, WHATSAPP_MAX_CHARS), options)


def split_long(text: str, limit: int) -> List[str]:
    """Split at paragraph, then sentence, then word boundaries so each body is ≤ limit chars."""
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else []
    bodies, current = [], ""
    for piece in re.split(r"(?<=[.!?])\s+|\n{2,}", text):
        piece = piece.strip()
        while len(piece) > limit:
            cut = piece.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            if current:
                bodies.append(current)
                current = ""
            bodies.append(piece[:cut].strip())
            piece = piece[cut:].strip()
        candidate = f"{current} {piece}".strip() if current else piece
        if len(candidate) <= limit:
            current = candidate
        else:
            bodies.append(current)
            current = piece
    if current:
        bodies.append(current)
    return [b for b in bodies if b]
