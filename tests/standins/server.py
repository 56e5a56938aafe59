"""Shared plumbing of the provider stand-ins: a threaded HTTP server on 127.0.0.1 (port 0), the record
of what it received, and fault injection.

A stand-in is an *app*: a callable that takes a :class:`Request` and returns a :class:`Response`. The
:class:`StandInServer` runs it on a thread, records every request that reached it (before faults act,
so a dropped or hung request is still on record), and applies injected faults in order:

* :func:`respond` - answer with a canned status, body and headers instead of the app (401, 422, 429
  with Retry-After, 500 ...; the provider stand-ins build the exact error bodies);
* :func:`hang` - the app runs (the provider acted), then the answer is held back until the client's
  read timeout has passed (or the server stops);
* :func:`drop` - the app runs (or not, with ``process=False``), then the connection is closed without
  an answer.

Faults may be limited to requests matching a predicate (``match=lambda r: r.path.endswith(...)``).
The server speaks HTTP/1.1 with keep-alive, optionally over TLS (pass an ``ssl.SSLContext``).

Usage::

    with StandInServer(app) as server:
        client = make_client(server.base_url + "/v2")
        server.inject(respond(500, {"status": 500}), times=1)
        ...
        assert len(server.received) == 2
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import Message as HeaderMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    """What the stand-in received."""

    method: str
    #: the path without the query string
    path: str
    query: dict[str, list[str]]
    headers: HeaderMessage
    body: bytes
    received_at: float = field(default_factory=time.monotonic)
    #: the fault that hit this request ("" when none): "respond", "hang", "drop"
    fault: str = ""

    def header(self, name: str) -> str | None:
        return self.headers.get(name)

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)

    def query_value(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(
        cls,
        status: int,
        payload: Any,
        *,
        content_type: str = "application/json",
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        all_headers = {"Content-Type": content_type}
        all_headers.update(headers or {})
        return cls(status, json.dumps(payload).encode("utf-8"), all_headers)

    @classmethod
    def empty(cls, status: int = 204, headers: Mapping[str, str] | None = None) -> Response:
        return cls(status, b"", dict(headers or {}))


App = Callable[[Request], Response]


@dataclass
class Fault:
    kind: str  # "respond", "hang", "drop"
    response: Response | None = None
    #: for "hang": seconds to hold the answer back
    seconds: float = 0.0
    #: for "hang" and "drop": let the app process the request first (the provider acted)
    process: bool = True
    match: Callable[[Request], bool] | None = None


def respond(
    status: int,
    payload: Any = None,
    *,
    content_type: str = "application/json",
    headers: Mapping[str, str] | None = None,
) -> Fault:
    """Answer with this status and JSON body (or an empty body for None) instead of the app."""
    if payload is None:
        response = Response.empty(status, headers)
    else:
        response = Response.json(status, payload, content_type=content_type, headers=headers)
    return Fault("respond", response=response)


def hang(seconds: float = 30.0, *, process: bool = True) -> Fault:
    """Hold the answer back (longer than the client's read timeout)."""
    return Fault("hang", seconds=seconds, process=process)


def drop(*, process: bool = True) -> Fault:
    """Close the connection without an answer once the request is received (and processed)."""
    return Fault("drop", process=process)


class StandInServer:
    """Runs a stand-in app on 127.0.0.1 in a thread. Thread-safe record of received requests."""

    def __init__(self, app: App, *, tls: ssl.SSLContext | None = None) -> None:
        self.app = app
        self.tls = tls
        self.received: list[Request] = []
        self._faults: list[tuple[Fault, list[int]]] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle
    def start(self) -> StandInServer:
        httpd = _Server(("127.0.0.1", 0), _Handler)
        httpd.standin = self
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None

    def __enter__(self) -> StandInServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "the stand-in is not running"
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        scheme = "https" if self.tls is not None else "http"
        host = "localhost" if self.tls is not None else "127.0.0.1"
        return f"{scheme}://{host}:{self.port}"

    # -- faults and the record
    def inject(
        self, fault: Fault, *, times: int = 1, match: Callable[[Request], bool] | None = None
    ) -> None:
        """Apply ``fault`` to the next ``times`` requests (matching ``match`` when given)."""
        if match is not None:
            fault.match = match
        with self._lock:
            self._faults.append((fault, [times]))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def requests(self, method: str | None = None, path: str | None = None) -> list[Request]:
        """The received requests, optionally only those with this method and path suffix."""
        with self._lock:
            return [
                r
                for r in self.received
                if (method is None or r.method == method)
                and (path is None or r.path.endswith(path))
            ]

    def _take_fault(self, request: Request) -> Fault | None:
        with self._lock:
            for index, (fault, remaining) in enumerate(self._faults):
                if fault.match is not None and not fault.match(request):
                    continue
                remaining[0] -= 1
                if remaining[0] <= 0:
                    del self._faults[index]
                return fault
        return None

    def _record(self, request: Request) -> None:
        with self._lock:
            self.received.append(request)

    def _wait(self, seconds: float) -> None:
        self._stopping.wait(seconds)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    allow_reuse_address = True
    standin: StandInServer

    def finish_request(self, request: Any, client_address: Any) -> None:
        tls = self.standin.tls
        if tls is not None:
            try:
                request = tls.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError):
                return  # the client refused our certificate: that is what such tests look for
        super().finish_request(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _handle(self) -> None:
        standin = self.server.standin
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers=self.headers,
            body=body,
        )
        fault = standin._take_fault(request)
        request.fault = fault.kind if fault else ""
        standin._record(request)
        if fault is not None and fault.kind == "respond":
            assert fault.response is not None
            self._write(fault.response)
            return
        response = None
        if fault is None or fault.process:
            try:
                response = standin.app(request)
            except Exception as exc:  # a bug in the stand-in: say so loudly
                response = Response.json(500, {"standin_error": repr(exc)})
        if fault is not None and fault.kind == "drop":
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault is not None and fault.kind == "hang":
            standin._wait(fault.seconds)
            self.close_connection = True
            if response is None:
                return
        assert response is not None
        try:
            self._write(response)
        except OSError:
            self.close_connection = True  # the client gave up meanwhile (a read timeout)

    def _write(self, response: Response) -> None:
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if response.body and self.command != "HEAD":
            self.wfile.write(response.body)
        self.wfile.flush()

    do_GET = _handle
    do_POST = _handle
    do_PATCH = _handle
    do_PUT = _handle
    do_DELETE = _handle
    do_HEAD = _handle


def closed_port() -> int:
    """A local port where nothing listens (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
