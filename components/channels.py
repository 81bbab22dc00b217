"""The REST channel, plus one promise: every message gets an answer.

Rasa 3.6 swallows a failed custom action (the action server is down or erred): it logs the error and
carries on with no bot message, so a resident would be left with silence. `WaymarkRestInput` watches
each turn and, when the turn produced nothing for the resident, sends a short apology instead. The
conversation itself is untouched, so the next message works as soon as the action server is back.

Registered in credentials.yml as `components.channels.WaymarkRestInput`; clients post to
`/webhooks/waymark_rest/webhook` exactly as they would to Rasa's `rest` channel, with Rasa's token
(`Authorization: Bearer <RASA_TOKEN>`): components.server demands it on every channel, this one and
Rasa's own alike, so the check lives there once.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, Text

from sanic import Blueprint

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput

logger = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on our side. Please try again in a minute."


def guard_turn(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[None]]:
    """Wrap Rasa's message handler so a turn that says nothing (or fails) ends with the apology."""

    async def guarded(message: UserMessage) -> None:
        channel = message.output_channel
        sent = 0
        persist = channel._persist_message  # both collecting channels funnel every message here

        async def counting(msg: Dict[Text, Any]) -> None:
            nonlocal sent
            sent += 1
            await persist(msg)

        channel._persist_message = counting  # type: ignore[method-assign]
        try:
            await on_new_message(message)
        except Exception:  # noqa: BLE001 - the resident gets an apology, the log gets the details
            logger.exception("A turn failed; the resident was sent an apology")
        finally:
            channel._persist_message = persist  # type: ignore[method-assign]
        if sent == 0:
            logger.warning("A turn produced no reply (is the action server up?); sent an apology")
            await channel.send_text_message(message.sender_id, APOLOGY)

    return guarded


class WaymarkRestInput(RestInput):
    """Rasa's REST channel; a turn that would end in silence ends with a short apology instead."""

    @classmethod
    def name(cls) -> Text:
        return "waymark_rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        return super().blueprint(guard_turn(on_new_message))


__all__ = ["APOLOGY", "WaymarkRestInput", "guard_turn"]
