"""Stand-in for MessageBird's REST messages API (rest.messagebird.com), strict to PROVIDERS.md 3.1a.

* ``Authorization: AccessKey <key>`` on every call, else 401 with code 2 ("Request not allowed").
* ``POST /messages``: ``Content-Type: application/json`` (charset allowed), else 422 code 21; fields
  ``originator`` (alnum 1-11 with a letter, or a number of at most 15 digits), ``recipients`` (array or
  comma-separated string of MSISDNs without the plus, at most 50), ``body`` (1-1377 characters),
  ``reference`` (at most 128), ``datacoding`` (plain, unicode, auto); missing -> code 9, invalid ->
  code 10, each naming the ``parameter``. Credits are taken per part; none left -> code 25.
* ``GET /messages/{id}`` (404 code 20), ``GET /messages?recipient=&limit=&offset=``, ``GET /balance``.
* Delivery: a test moves a message on with ``ledger.set_delivery(id, "delivered")`` (or ``buffered``,
  ``expired``, ``delivery_failed`` with a ``reason`` and ``error_code``); the recipient item then shows
  that ``status``, its ``statusDatetime``, and ``statusReason``/``statusErrorCode`` when set.
* Answers as the API does: 201 with the message object; errors ``{"errors":[{code, description,
  parameter}]}`` with the status the official SDK parses (401, 404, 405, 422).
"""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

from tests.standins.server import Fault, Request, Response, respond
from tests.standins.sms_common import ALPHA_SENDER, MSISDN, Ledger, NumberRules, iso, parts

MAX_BODY = 1377


def error_body(code: int, description: str, parameter: str | None = None) -> dict[str, Any]:
    return {"errors": [{"code": code, "description": description, "parameter": parameter}]}


def fault(status: int, code: int, description: str, parameter: str | None = None) -> Fault:
    """An injected answer with MessageBird's exact error body."""
    return respond(status, error_body(code, description, parameter))


def rate_limited(retry_after: int | None = None) -> Fault:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return respond(429, error_body(429, "Too many requests"), headers=headers)


class MessageBirdStandIn:
    """The app: call it with a :class:`Request`; ``ledger`` holds what it accepted."""

    def __init__(
        self,
        access_keys: set[str] | None = None,
        *,
        balance: Decimal = Decimal("1000"),
        rules: NumberRules | None = None,
    ) -> None:
        self.access_keys = access_keys if access_keys is not None else {"live_abc123"}
        self.balance = balance
        self.rules = rules or NumberRules()
        self.ledger = Ledger()
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        auth = request.header("Authorization") or ""
        scheme, _, key = auth.partition(" ")
        if scheme != "AccessKey" or key not in self.access_keys:
            return self._error(401, 2, "Request not allowed (incorrect access_key)")
        if request.method == "POST" and request.path == "/messages":
            return self._create(request)
        if request.method == "GET" and request.path == "/messages":
            return self._list(request)
        if request.method == "GET" and request.path.startswith("/messages/"):
            found = self.ledger.find(request.path.removeprefix("/messages/"))
            if found is None:
                return self._error(404, 20, "message not found")
            return Response.json(200, self._message(found))
        if request.method == "GET" and request.path == "/balance":
            return Response.json(
                200, {"payment": "prepaid", "type": "credits", "amount": float(self.balance)}
            )
        return self._error(404, 98, "API not found")

    # ------------------------------------------------------------------ endpoints

    def _create(self, request: Request) -> Response:
        content_type = (request.header("Content-Type") or "").split(";")[0].strip()
        if content_type != "application/json":
            return self._error(422, 21, "Bad request (expected a JSON body)")
        try:
            body = request.json()
        except ValueError:
            return self._error(422, 21, "Bad request (invalid JSON)")
        if not isinstance(body, dict):
            return self._error(422, 21, "Bad request")
        for name in ("originator", "recipients", "body"):
            if body.get(name) in (None, "", []):
                return self._error(422, 9, f"no ({name}) given", name)
        originator = body["originator"]
        if not isinstance(originator, str) or not (
            ALPHA_SENDER.match(originator)
            or (originator.lstrip("+").isdigit() and len(originator.lstrip("+")) <= 15)
        ):
            return self._error(422, 10, "originator is invalid", "originator")
        recipients = body["recipients"]
        if isinstance(recipients, str):
            recipients = [r.strip() for r in recipients.split(",")]
        if not isinstance(recipients, list) or len(recipients) > 50:
            return self._error(422, 10, "recipients is invalid", "recipients")
        numbers = [str(r) for r in recipients]
        for number in numbers:
            if not MSISDN.match(number) or "+" + number in self.rules.invalid:
                return self._error(422, 10, "no (correct) recipients found", "recipients")
        text = body["body"]
        if not isinstance(text, str) or len(text) > MAX_BODY:
            return self._error(422, 10, "body is invalid", "body")
        reference = body.get("reference")
        if reference is not None and (not isinstance(reference, str) or len(reference) > 128):
            return self._error(422, 10, "reference is invalid", "reference")
        if body.get("datacoding", "plain") not in ("plain", "unicode", "auto"):
            return self._error(422, 10, "datacoding is invalid", "datacoding")
        records = []
        with self._lock:
            cost = Decimal(parts(text)) * len(numbers)
            if self.balance < cost:
                return self._error(422, 25, "Not enough balance")
            self.balance -= cost
            for number in numbers:
                status = "delivery_failed" if "+" + number in self.rules.landlines else "sent"
                records.append(
                    self.ledger.add(
                        to="+" + number,
                        text=text,
                        sender=originator,
                        reference=reference,
                        status=status,
                    )
                )
        return Response.json(201, self._message(records[0], records))

    def _list(self, request: Request) -> Response:
        recipient = request.query_value("recipient")
        limit = int(request.query_value("limit") or 20)
        offset = int(request.query_value("offset") or 0)
        items = [
            m for m in reversed(self.ledger.all()) if recipient is None or m.to == "+" + recipient
        ]
        page = items[offset : offset + limit]
        return Response.json(
            200,
            {
                "offset": offset,
                "limit": limit,
                "count": len(page),
                "totalCount": len(items),
                "links": {"first": None, "previous": None, "next": None, "last": None},
                "items": [self._message(m) for m in page],
            },
        )

    # ------------------------------------------------------------------ shapes

    @staticmethod
    def _error(status: int, code: int, description: str, parameter: str | None = None) -> Response:
        return Response.json(status, error_body(code, description, parameter))

    @staticmethod
    def _message(record: Any, records: list[Any] | None = None) -> dict[str, Any]:
        group = records or [record]
        return {
            "id": record.id,
            "href": f"https://rest.messagebird.com/messages/{record.id}",
            "direction": "mt",
            "type": "sms",
            "originator": record.sender,
            "body": record.text,
            "reference": record.reference,
            "validity": None,
            "gateway": 10,
            "typeDetails": {},
            "datacoding": "auto",
            "mclass": 1,
            "scheduledDatetime": None,
            "createdDatetime": iso(record.created_at),
            "recipients": {
                "totalCount": len(group),
                "totalSentCount": len(group),
                "totalDeliveredCount": sum(1 for r in group if r.status == "delivered"),
                "totalDeliveryFailedCount": sum(1 for r in group if r.status == "delivery_failed"),
                "items": [MessageBirdStandIn._recipient(r) for r in group],
            },
        }

    @staticmethod
    def _recipient(record: Any) -> dict[str, Any]:
        item: dict[str, Any] = {
            "recipient": int(record.to.lstrip("+")),
            "status": record.status,
            "statusDatetime": iso(record.status_time),
            "messagePartCount": record.parts,
        }
        if record.status_reason is not None:
            item["statusReason"] = record.status_reason
        if record.error_code is not None:
            item["statusErrorCode"] = int(record.error_code)
        return item
