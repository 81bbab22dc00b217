"""Phone numbers a resident typed for "send me this", taken back out of their stored conversation.

On the web the number is typed into the chat, so it lands in Rasa's events twice: the message itself
and the send_to slot. Once the send is done (or declined) nothing needs it there: a yes has already
sent to it (the number is kept only as the gateway's contact for that destination, bot.residents.notify), and
a no means it must not be kept at all. The tracker store (components.tracker_store) calls this at the
end of that turn, so the number does not wait for retention or "forget me".

Only the numbers given to send_form are removed: a number said for another purpose (a worker's call
back) is that purpose's to keep.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Set, Tuple

from bot.residents import phones

SEND_TO = "send_to"
ENDS_THE_SEND = frozenset({"action_send_me_this", "action_send_cancelled"})
REMOVED = "[number removed]"

# Anything phone-shaped, and one spelling per number, as bot.residents.phones reads typed numbers.
_PHONE = phones.PHONE_SHAPED
_key = phones.key


def numbers_given(events: Iterable[Mapping[str, Any]]) -> Set[str]:
    """Every number the resident gave while send_form asked (what the send_to slot was ever set to,
    usable or not), as keys."""
    numbers: Set[str] = set()
    for event in events:
        if event.get("event") == "slot" and event.get("name") == SEND_TO and isinstance(event.get("value"), str):
            numbers.update(_key(found) for found in _PHONE.findall(event["value"]))
    return numbers


def redact(value: Any, numbers: Set[str]) -> Tuple[Any, bool]:
    """`value` (an event's JSON) with each of `numbers` replaced wherever it appears; and whether
    anything changed."""
    if isinstance(value, str):
        changed = _PHONE.sub(lambda m: REMOVED if _key(m.group(0)) in numbers else m.group(0), value)
        return changed, changed != value
    if isinstance(value, list):
        items = [redact(item, numbers) for item in value]
        return [item for item, _ in items], any(hit for _, hit in items)
    if isinstance(value, dict):
        pairs = {key: redact(item, numbers) for key, item in value.items()}
        return {key: item for key, (item, _) in pairs.items()}, any(hit for _, hit in pairs.values())
    return value, False


__all__ = ["ENDS_THE_SEND", "REMOVED", "numbers_given", "redact"]
