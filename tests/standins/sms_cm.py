"""Stand-in for CM.com's Business Messaging JSON gateway, strict to PROVIDERS.md 3.2.

* ``POST /v1.0/message``, ``Content-Type: application/json``, else 400 errorCode 202 (malformed).
* The product token inside the body at ``messages.authentication.producttoken``; unknown -> 400
  errorCode 101 with ``messages: []``. The token is checked before the message list (an assumption:
  the DebtorDesk connection test relies on it, see providers/cm.py).
* ``msg``: 1 to 100 messages, else 400 errorCode 203. Per message: ``from`` 1-11 alphanumerics with a
  letter or at most 16 digits (301), ``to[].number`` in international form ``+31…`` or ``0031…`` (303,
  ``Gsm '…' is not a number.``), ``body.content`` not empty (304), ``reference`` 1-32 alphanumerics
  (305), the parts (66 per Unicode part, as CM documents) within ``maximumNumberOfMessageParts``
  (default 8; 305); blacklisted numbers 402. Credits per part; too few -> 400 errorCode 102.
* Answer: 200 ``errorCode`` 0 when all were accepted; 200 ``errorCode`` 201 when some were refused; 400
  ``errorCode`` 201 when all were refused; per message ``status`` Accepted/Rejected with
  ``messageErrorCode`` and ``messageDetails``.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from tests.standins.server import Fault, Request, Response, respond
from tests.standins.sms_common import ALPHA_SENDER, Ledger, NumberRules, parts

_REFERENCE = re.compile(r"^[A-Za-z0-9]{1,32}$")
_NUMBER = re.compile(r"^(?:\+|00)[1-9]\d{6,14}$")


def answer(
    error_code: int, details: str, messages: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {"details": details, "errorCode": error_code, "messages": messages or []}


def fault(status: int, error_code: int, details: str) -> Fault:
    return respond(status, answer(error_code, details))


class CmStandIn:
    def __init__(
        self,
        product_tokens: set[str] | None = None,
        *,
        credits: int = 100_000,
        rules: NumberRules | None = None,
    ) -> None:
        self.product_tokens = product_tokens or {"00000000-0000-0000-0000-000000000001"}
        self.credits = credits
        self.rules = rules or NumberRules()
        self.ledger = Ledger()
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        if request.method != "POST" or request.path != "/v1.0/message":
            return Response.json(404, answer(999, "Not found"))
        content_type = (request.header("Content-Type") or "").split(";")[0].strip()
        if content_type != "application/json":
            return Response.json(400, answer(202, "Malformed request: expected JSON"))
        try:
            body = request.json()
            envelope = body["messages"]
            token = envelope["authentication"]["producttoken"]
        except (ValueError, KeyError, TypeError):
            return Response.json(400, answer(202, "Malformed request"))
        if token not in self.product_tokens:
            return Response.json(400, answer(101, "No account found for the given authentication"))
        messages = envelope.get("msg")
        if not isinstance(messages, list) or not 1 <= len(messages) <= 100:
            return Response.json(400, answer(203, "The 'msg' array is incorrect"))
        results = [self._check(m) for m in messages]
        needed = sum(
            r["parts"] * len(m.get("to") or [])
            for r, m in zip(results, messages, strict=True)
            if r["status"] == "Accepted"
        )
        with self._lock:
            if needed > self.credits:
                return Response.json(400, answer(102, "Insufficient balance"))
            self.credits -= needed
            for result, message in zip(results, messages, strict=True):
                if result["status"] == "Accepted":
                    for to in message["to"]:
                        self.ledger.add(
                            to=_e164(to["number"]),
                            text=message["body"]["content"],
                            sender=message["from"],
                            reference=message.get("reference"),
                            status="Accepted",
                            message_id=message.get("reference"),
                            unicode_part=66,
                        )
        accepted = sum(1 for r in results if r["status"] == "Accepted")
        if accepted == len(results):
            return Response.json(200, answer(0, f"Created {accepted} message(s)", results))
        status = 200 if accepted else 400
        return Response.json(status, answer(201, f"Created {accepted} message(s)", results))

    def _check(self, message: Any) -> dict[str, Any]:
        if not isinstance(message, dict):
            return _refused("", None, 202, "Malformed message")
        reference = message.get("reference")
        numbers = message.get("to") or []
        first = str(numbers[0].get("number")) if numbers and isinstance(numbers[0], dict) else ""
        sender = message.get("from")
        if not isinstance(sender, str) or not (
            ALPHA_SENDER.match(sender) or (sender.isdigit() and len(sender) <= 16)
        ):
            return _refused(first, reference, 301, f"Invalid from: '{sender}'")
        if not numbers or not all(isinstance(n, dict) for n in numbers):
            return _refused(first, reference, 302, "No recipients")
        for number in numbers:
            value = str(number.get("number"))
            if not _NUMBER.match(value) or _e164(value) in self.rules.invalid:
                return _refused(value, reference, 303, f"Gsm '{value}' is not a number.")
            if _e164(value) in self.rules.unsubscribed:
                return _refused(value, reference, 402, "Recipient is blacklisted")
        content = (message.get("body") or {}).get("content")
        if not isinstance(content, str) or not content:
            return _refused(first, reference, 304, "No message body")
        if reference is not None and not (
            isinstance(reference, str) and _REFERENCE.match(reference)
        ):
            return _refused(first, reference, 305, "Invalid reference")
        maximum = int(message.get("maximumNumberOfMessageParts") or 8)
        count = parts(content, unicode_part=66)
        if count > maximum:
            return _refused(
                first, reference, 305, f"Message needs {count} parts, {maximum} allowed"
            )
        return {
            "to": first,
            "status": "Accepted",
            "reference": reference,
            "parts": count,
            "messageDetails": None,
            "messageErrorCode": 0,
        }


def _refused(to: str, reference: object, code: int, details: str) -> dict[str, Any]:
    return {
        "to": to,
        "status": "Rejected",
        "reference": reference,
        "parts": 0,
        "messageDetails": details,
        "messageErrorCode": code,
    }


def _e164(number: str) -> str:
    return "+" + number[2:] if number.startswith("00") else number
