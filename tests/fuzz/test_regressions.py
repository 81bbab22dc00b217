"""What the hostile-input fuzzer found, one example each, so the fixes stay fixed (issue 6)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("path", ["/static/a%00b", "/static/%00", "/static/favicon.svg%00.png"])
async def test_a_nul_byte_in_a_static_path_is_404(client, path):
    response = await client.get(path)
    assert response.status == 404  # was 500: pathlib's resolve() raises ValueError on NUL
