"""Content-Security-Policy: 'self' only, plus the hashes of a page's own inline <style>/<script>.

Hashing the inline blocks at serve time lets the demo and accessibility pages keep their inline CSS
without weakening the policy to 'unsafe-inline' for everything.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Iterable

_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.IGNORECASE | re.DOTALL)
_INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)


def _hashes(blocks: Iterable[str]) -> str:
    return "".join(
        f" 'sha256-{base64.b64encode(hashlib.sha256(b.encode('utf-8')).digest()).decode()}'"
        for b in blocks)


def csp(html: str = "") -> str:
    """The policy for a page; with no HTML, the default for every other response."""
    styles = _hashes(_STYLE.findall(html)) if html else ""
    scripts = _hashes(_INLINE_SCRIPT.findall(html)) if html else ""
    return (f"default-src 'self'; script-src 'self'{scripts}; style-src 'self'{styles}; "
            "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'self'")


DEFAULT_CSP = csp()
