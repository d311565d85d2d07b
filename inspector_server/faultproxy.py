"""A TCP proxy that breaks connections on purpose, for sync tests (issue 6: fault injection).

Placed between the device and the server, every piece of data read from either side may, by a
seeded draw, be the last: the proxy forwards a random part of it and closes the connection.  On
the device's side that is a request dropped mid-body (e.g. mid-chunk); on the server's side an
answer lost after the server did the work (the resend must be a harmless duplicate).  Pieces can
also be delayed.  Real sockets and a real server; nothing is simulated above TCP.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from dataclasses import dataclass


@dataclass
class Faults:
    cut_request: float = 0.05  # chance that a piece the device sends is cut off
    cut_response: float = 0.05  # chance that a piece of the server's answer is cut off
    delay: float = 0.0  # seconds added before forwarding each piece, at most
    enabled: bool = True


class FaultProxy:
    def __init__(self, target_port: int, faults: Faults | None = None, seed: int = 6) -> None:
        self.target_port = target_port
        self.faults = faults or Faults()
        self.rng = random.Random(seed)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.cuts = 0
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._stopped = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopped = True
        self.listener.close()
        with self._lock:
            for sock in list(self._open):
                _close(sock)

    def _cut_at(self, chance: float, length: int) -> int | None:
        """Where to cut this piece (bytes that still pass), or None to pass it whole."""
        with self._lock:
            if not self.faults.enabled or self.rng.random() >= chance:
                return None
            self.cuts += 1
            return self.rng.randint(0, max(0, length - 1))

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
                upstream.settimeout(None)
            except OSError:  # the server is down (restarting): the device sees a reset
                _close(client)
                continue
            with self._lock:
                self._open.update((client, upstream))
            for source, target, chance in (
                (client, upstream, self.faults.cut_request),
                (upstream, client, self.faults.cut_response),
            ):
                threading.Thread(
                    target=self._pump,
                    args=(source, target, chance, (client, upstream)),
                    daemon=True,
                ).start()

    def _pump(
        self,
        source: socket.socket,
        target: socket.socket,
        chance: float,
        pair: tuple[socket.socket, socket.socket],
    ) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if self.faults.delay:
                    time.sleep(self.rng.uniform(0, self.faults.delay))
                cut = self._cut_at(chance, len(data))
                if cut is not None:
                    target.sendall(data[:cut])
                    break
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in pair:
                _close(sock)
            with self._lock:
                self._open.difference_update(pair)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
