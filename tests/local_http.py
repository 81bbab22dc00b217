"""One way for tests to call a real process on loopback and read its answer, errors included."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Optional, Tuple


def call(port: int, method: str, path: str, body=None, headers: Optional[dict] = None) -> Tuple[int, str]:
    """(status, text) of one JSON request to 127.0.0.1:port; an HTTP error is an answer, not an exception."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
