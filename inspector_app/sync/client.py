"""HTTP to the sync server: bearer tokens, refresh on expiry, retries on dropped connections.

Every call the engine makes is safe to repeat (push is idempotent, pull reads, chunk writes are
offset-checked), so a dropped connection is retried a few times with a short back-off before
the sync gives up with a plain message.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from inspector_app.sync import errors
from inspector_app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, TokenPair

RETRIES = 4


class ServerClient:
    """One server connection; ``on_tokens`` is called with every new token pair to store it."""

    def __init__(
        self,
        base_url: str,
        refresh_token: str | None = None,
        on_tokens: Callable[[TokenPair], None] | None = None,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        backoff: float = 0.2,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.refresh_token = refresh_token
        self.access_token: str | None = None
        self.on_tokens = on_tokens
        self.backoff = backoff
        self.http = httpx.Client(
            base_url=self.base_url,
            timeout=timeout,
            transport=transport,
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        )

    def close(self) -> None:
        self.http.close()

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        last: Exception | None = None
        for attempt in range(RETRIES):
            try:
                return self.http.request(method, path, **kwargs)
            except httpx.TransportError as exc:  # connect, read, write, protocol errors
                last = exc
                time.sleep(self.backoff * (2**attempt))
        raise errors.unreachable(self.base_url, type(last).__name__)

    def _take(self, pair: TokenPair) -> TokenPair:
        self.access_token = pair.access_token
        self.refresh_token = pair.refresh_token
        if self.on_tokens is not None:
            self.on_tokens(pair)
        return pair

    def login(self, body: dict[str, Any]) -> TokenPair:
        response = self._send("POST", "/v1/auth/login", json=body)
        if response.status_code != 200:
            raise errors.from_server(response.status_code, _detail(response))
        return self._take(TokenPair.model_validate(response.json()))

    def _refresh(self) -> None:
        if not self.refresh_token:
            raise errors.not_signed_in()
        response = self._send(
            "POST", "/v1/auth/refresh", json={"refresh_token": self.refresh_token}
        )
        if response.status_code != 200:
            raise errors.not_signed_in()
        self._take(TokenPair.model_validate(response.json()))

    def call(
        self, method: str, path: str, expect: tuple[int, ...] = (200,), **kwargs: Any
    ) -> httpx.Response:
        """An authorised request; a 401 refreshes the tokens once and tries again."""
        if self.access_token is None:
            self._refresh()
        for attempt in (1, 2):
            headers = {**kwargs.pop("headers", {}), "Authorization": f"Bearer {self.access_token}"}
            response = self._send(method, path, headers=headers, **kwargs)
            if response.status_code == 401 and attempt == 1:
                self._refresh()
                kwargs["headers"] = {k: v for k, v in headers.items() if k != "Authorization"}
                continue
            if response.status_code not in expect:
                raise errors.from_server(response.status_code, _detail(response))
            return response
        raise errors.not_signed_in()


def _detail(response: httpx.Response) -> object:
    try:
        return response.json().get("detail")
    except ValueError:
        return None
