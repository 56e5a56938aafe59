"""A fast stand-in server for benchmarks and crash tests: the same stand-in *apps* (a callable from
:class:`~tests.standins.server.Request` to :class:`~tests.standins.server.Response`) on one asyncio loop
in a process of their own, HTTP/1.1 with keep-alive.

The threaded :class:`~tests.standins.server.StandInServer` shares the test's interpreter (and its GIL)
with the code under test and tops out near 165 requests a second; this one runs apart and answers
thousands. ``--delay`` holds every answer back a little (a provider's latency) without blocking others.

Run: ``python -m tests.standins.fast_server messagebird [--delay SECONDS] [--key KEY]``; it prints
``PORT <n>`` on its first line. Control endpoints (no auth): ``GET /_control/ledger`` -> ``{"count",
"references", "duplicates"}``, ``POST /_control/stop``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from decimal import Decimal
from email.message import Message as HeaderMessage
from urllib.parse import parse_qs, urlsplit

from tests.standins.server import App, Request, Response
from tests.standins.sms_messagebird import MessageBirdStandIn


async def _handle(
    app: App,
    standin: MessageBirdStandIn,
    delay: float,
    stop: asyncio.Event,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
) -> None:
    try:
        while True:
            line = await reader.readline()
            if not line:
                return
            method, target, _version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
            headers = HeaderMessage()
            while True:
                header = await reader.readline()
                if header in (b"\r\n", b"\n", b""):
                    break
                name, _, value = header.decode("latin-1").partition(":")
                headers[name.strip()] = value.strip()
            length = int(headers.get("Content-Length") or 0)
            body = await reader.readexactly(length) if length else b""
            parts = urlsplit(target)
            if parts.path == "/_control/ledger":
                records = standin.ledger.all()
                response = Response.json(
                    200,
                    {
                        "count": len(records),
                        "references": [r.reference for r in records],
                        "duplicates": standin.ledger.duplicates(),
                    },
                )
            elif parts.path == "/_control/stop":
                stop.set()
                response = Response.json(200, {"stopping": True})
            else:
                request = Request(
                    method=method,
                    path=parts.path,
                    query=parse_qs(parts.query, keep_blank_values=True),
                    headers=headers,
                    body=body,
                )
                response = app(request)
                if delay:
                    await asyncio.sleep(delay)
            head = [f"HTTP/1.1 {response.status} X"]
            head += [f"{name}: {value}" for name, value in response.headers.items()]
            head.append(f"Content-Length: {len(response.body)}")
            writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + response.body)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError, ValueError):
        return
    finally:
        writer.close()


async def _serve(delay: float, key: str) -> None:
    standin = MessageBirdStandIn({key}, balance=Decimal(10_000_000))
    stop = asyncio.Event()
    server = await asyncio.start_server(
        lambda r, w: _handle(standin, standin, delay, stop, r, w), "127.0.0.1", 0, backlog=512
    )
    port = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"PORT {port}\n")
    sys.stdout.flush()
    async with server:
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("provider", choices=("messagebird",))
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--key", default="live_abc123")
    args = parser.parse_args()
    asyncio.run(_serve(args.delay, args.key))


def ledger(base_url: str) -> dict[str, object]:
    """What the stand-in at ``base_url`` accepted (for the caller's checks)."""
    import httpx

    answer = httpx.get(base_url + "/_control/ledger", timeout=30)
    data = json.loads(answer.text)
    assert isinstance(data, dict)
    return data


if __name__ == "__main__":
    main()


class FastServer:
    """The fast stand-in in a subprocess: ``with FastServer(delay=0.01) as server: server.base_url``."""

    def __init__(self, *, delay: float = 0.0, key: str = "live_abc123") -> None:
        import subprocess
        from pathlib import Path

        root = Path(__file__).resolve().parents[2]
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.standins.fast_server",
                "messagebird",
                "--delay",
                str(delay),
                "--key",
                key,
            ],
            cwd=root,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        first = self.process.stdout.readline().split()
        if len(first) != 2 or first[0] != "PORT":
            self.process.kill()
            raise RuntimeError("the fast stand-in did not start")
        self.base_url = f"http://127.0.0.1:{first[1]}"

    def ledger(self) -> dict[str, object]:
        return ledger(self.base_url)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except Exception:
                self.process.kill()
                self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()

    def __enter__(self) -> FastServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
