"""Reading a form body that may not be one.

aiohttp's `request.post()` raises whatever its decoders raise on a body it cannot read: invalid UTF-8
(UnicodeDecodeError), an unknown charset (LookupError), multipart with no boundary or a broken part
(ValueError, aiohttp's own header errors, binascii/zlib errors...). That is the sender's mistake, not
ours: callers answer 400 instead of letting it become a 500.
"""

from __future__ import annotations

import logging
from typing import Optional

from aiohttp import web
from multidict import MultiDictProxy

log = logging.getLogger("waymark.gateway.forms")


async def read_form(request: web.Request) -> Optional[MultiDictProxy]:
    """`request.post()` (cached by aiohttp, so handlers read it again for free), or None if the body
    cannot be read as the form its Content-Type says. 413 and other HTTP errors still propagate."""
    try:
        return await request.post()
    except web.HTTPException:
        raise
    except Exception as error:  # noqa: BLE001 - an open set of decoder errors, all meaning "unreadable"
        log.info("unreadable form body on %s (%s)", request.path, type(error).__name__)
        return None


def has_nul(form: MultiDictProxy) -> bool:
    """Does any text field carry NUL? No one types it, and PostgreSQL cannot store it in text."""
    return any(isinstance(value, str) and "\x00" in value for value in form.values())


__all__ = ["has_nul", "read_form"]
