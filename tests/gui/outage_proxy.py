"""A TCP proxy in front of the PostgreSQL server that can play an outage.

The counter's database URL points at the proxy, which forwards every connection to the
server. ``cut()`` drops every live connection and from then on closes each new one at once
(what a counter sees when the server stops or a port drops connections); ``stall()`` keeps
every connection open but passes nothing on (a network that swallows packets: no error, no
answer); ``restore()`` forwards again. ``cut_at_commit()`` arms a cut at the COMMIT of the
next transaction that inserted a payment: before the server sees the COMMIT (it rolls back),
or after the server answered it (it committed, the answer is lost) — the two fates of a
connection that broke during a commit. Plain TCP: the test server's connections are not
encrypted (``sslmode=disable``), so the proxy can see the statements go by.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from typing import Literal

CommitCut = Literal["before", "after"]

_PAYMENT_INSERT = b"INSERT INTO payments "
_COMMIT = b"COMMIT\x00"  # the simple query psycopg sends for a commit


class _Pair:
    """One client connection and its connection to the server."""

    def __init__(self, client: socket.socket, server: socket.socket) -> None:
        self.client = client
        self.server = server
        self.inserted_payment = False
        self.swallow_reply = False

    def close(self) -> None:
        for sock in (self.client, self.server):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()


class OutageProxy:
    """Forwards 127.0.0.1:<port> to ``target``; see the module docstring."""

    def __init__(self, target: tuple[str, int] = ("127.0.0.1", 5432)) -> None:
        self._target = target
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._pairs: set[_Pair] = set()
        self._cut = False
        self._flowing = threading.Event()
        self._flowing.set()
        self._commit_cut: CommitCut | None = None
        self.commits_cut = 0
        self._stopped = False
        self._thread = threading.Thread(target=self._accept, name="outage-proxy", daemon=True)
        self._thread.start()

    def url(self, base_url: str) -> str:
        """``base_url`` (a URL of the target server) going through the proxy instead."""
        host, port = self._target
        url = base_url.replace(f"{host}:{port}", f"127.0.0.1:{self.port}", 1)
        return url + ("&" if "?" in url else "?") + "sslmode=disable"

    # ------------------------------------------------------------------ switching

    def cut(self) -> None:
        """Drop every connection and refuse (close at once) every new one."""
        with self._lock:
            self._cut = True
            pairs, self._pairs = self._pairs, set()
        for pair in pairs:
            pair.close()

    def stall(self) -> None:
        """Keep every connection, pass nothing on until :meth:`restore`."""
        self._flowing.clear()

    def restore(self) -> None:
        with self._lock:
            self._cut = False
        self._flowing.set()

    def cut_at_commit(self, when: CommitCut) -> None:
        """Cut (as :meth:`cut`) at the COMMIT of the next transaction that inserts a payment."""
        with self._lock:
            self._commit_cut = when

    def stop(self) -> None:
        self._stopped = True
        self._flowing.set()
        self.cut()
        with contextlib.suppress(OSError):
            self._listener.close()

    # ------------------------------------------------------------------ forwarding

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                refused = self._cut
            if refused:
                client.close()
                continue
            try:
                server = socket.create_connection(self._target)
            except OSError:
                client.close()
                continue
            pair = _Pair(client, server)
            with self._lock:
                self._pairs.add(pair)
            for source, to_server in ((client, True), (server, False)):
                threading.Thread(
                    target=self._pump, args=(pair, source, to_server), daemon=True
                ).start()

    def _pump(self, pair: _Pair, source: socket.socket, to_server: bool) -> None:
        target = pair.server if to_server else pair.client
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if not data:
                break
            passes = self._client_data(pair, data) if to_server else not pair.swallow_reply
            if not passes:
                self._cut_with_commit()
                break
            self._flowing.wait()
            try:
                target.sendall(data)
            except OSError:
                break
        with self._lock:
            self._pairs.discard(pair)
        pair.close()

    def _client_data(self, pair: _Pair, data: bytes) -> bool:
        """Whether the client's ``data`` goes on to the server (False: cut here)."""
        if _PAYMENT_INSERT in data:
            pair.inserted_payment = True
        if not (pair.inserted_payment and _COMMIT in data):
            return True
        pair.inserted_payment = False
        with self._lock:
            when = self._commit_cut
            if when is None:
                return True
            self._commit_cut = None
        if when == "before":
            return False
        pair.swallow_reply = True  # the server commits; its answer never arrives
        return True

    def _cut_with_commit(self) -> None:
        self.commits_cut += 1
        self.cut()
