"""Stand-in for Spryng's REST API v1 (rest.spryngsms.com/v1), strict to PROVIDERS.md 3.4 and Spryng's
PHP client (field names, list filters, the paginated list).

* ``Authorization: Bearer <api key>``, else 401 ``{"message": "Unauthenticated."}``.
* ``POST /v1/messages`` with a JSON body (anything else is read as no fields at all): ``body`` required;
  ``originator`` 1-11 alphanumerics with a letter or at most 14 digits; ``recipients`` a non-empty
  array of MSISDNs without the plus; ``encoding`` plain/unicode/auto; ``route`` business or digits;
  ``reference`` at most 64. Refusals as Laravel's validation answer: 422
  ``{"message": "The given data was invalid.", "errors": {"recipients.0": ["..."]}}``. Credits per part;
  too few -> 422 with ``errors.credits``. **UNCERTAIN**: Spryng's real error bodies are not published.
* The answer is the message object: ``id`` (UUID), ``encoding``, ``originator``, ``body``,
  ``reference``, ``credits``, ``scheduled_at``, ``canceled_at``, ``created_at``, ``updated_at``, ``links``.
* ``GET /v1/messages/{id}`` (404), ``GET /v1/messages?reference=&recipient_number=`` (Laravel page with
  ``data``), ``GET /v1/balance`` -> ``{"amount": "…"}``.
* Delivery (**UNCERTAIN**, after the fixtures of Spryng's Node client): with ``with[]=recipients`` a
  message carries ``recipients: [{"number", "status", "sent_at"}]``; the status is ``sent`` until a test
  moves it on with ``ledger.set_delivery(id, "delivered")`` (or ``failed``, ``expired`` ...). With
  ``recipient_status=False`` the recipients carry no status (an account whose answers say nothing).
"""

from __future__ import annotations

import re
import threading
import uuid
from decimal import Decimal
from typing import Any

from tests.standins.server import Fault, Request, Response, respond
from tests.standins.sms_common import (
    ALPHA_SENDER,
    MSISDN,
    Accepted,
    Ledger,
    NumberRules,
    iso,
    parts,
)


def invalid(errors: dict[str, list[str]]) -> dict[str, Any]:
    return {"message": "The given data was invalid.", "errors": errors}


def fault(status: int, payload: dict[str, Any]) -> Fault:
    return respond(status, payload)


class SpryngStandIn:
    def __init__(
        self,
        api_keys: set[str] | None = None,
        *,
        credits: Decimal = Decimal("500"),
        rules: NumberRules | None = None,
        recipient_status: bool = True,
    ) -> None:
        self.api_keys = api_keys or {"spryng-key-1"}
        self.recipient_status = recipient_status
        self.credits = credits
        self.rules = rules or NumberRules()
        self.ledger = Ledger()
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        scheme, _, key = (request.header("Authorization") or "").partition(" ")
        if scheme != "Bearer" or key not in self.api_keys:
            return Response.json(401, {"message": "Unauthenticated."})
        path = request.path
        if path == "/v1/messages" and request.method == "POST":
            return self._create(request)
        if path == "/v1/messages" and request.method == "GET":
            return self._list(request)
        if path.startswith("/v1/messages/") and request.method == "GET":
            found = self.ledger.find(path.removeprefix("/v1/messages/"))
            if found is None:
                return Response.json(404, {"message": "Message not found."})
            shape = self._shape(found)
            if "recipients" in request.query.get("with[]", []):
                shape["recipients"] = [self._recipient(found)]
            return Response.json(200, shape)
        if path == "/v1/balance" and request.method == "GET":
            return Response.json(200, {"amount": str(self.credits)})
        return Response.json(404, {"message": "Not found."})

    def _create(self, request: Request) -> Response:
        content_type = (request.header("Content-Type") or "").split(";")[0].strip()
        try:
            body = request.json() if content_type == "application/json" else {}
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        errors: dict[str, list[str]] = {}
        text = body.get("body")
        if not isinstance(text, str) or not text:
            errors["body"] = ["The body field is required."]
        originator = body.get("originator")
        if not isinstance(originator, str) or not (
            ALPHA_SENDER.match(originator) or (originator.isdigit() and len(originator) <= 14)
        ):
            errors["originator"] = ["The originator format is invalid."]
        recipients = body.get("recipients")
        if not isinstance(recipients, list) or not recipients:
            errors["recipients"] = ["The recipients field is required."]
        else:
            for index, number in enumerate(recipients):
                if (
                    not isinstance(number, str)
                    or not MSISDN.match(number)
                    or "+" + number in self.rules.invalid
                ):
                    errors[f"recipients.{index}"] = [f"The recipients.{index} format is invalid."]
        if body.get("encoding", "plain") not in ("plain", "unicode", "auto"):
            errors["encoding"] = ["The selected encoding is invalid."]
        route = body.get("route", "business")
        if not (route == "business" or (isinstance(route, str) and re.fullmatch(r"\d+", route))):
            errors["route"] = ["The selected route is invalid."]
        reference = body.get("reference")
        if reference is not None and (not isinstance(reference, str) or len(reference) > 64):
            errors["reference"] = ["The reference may not be greater than 64 characters."]
        if errors:
            return Response.json(422, invalid(errors))
        assert (
            isinstance(text, str) and isinstance(originator, str) and isinstance(recipients, list)
        )
        cost = Decimal(parts(text)) * len(recipients)
        with self._lock:
            if self.credits < cost:
                return Response.json(422, invalid({"credits": ["Insufficient credits."]}))
            self.credits -= cost
            records = [
                self.ledger.add(
                    to="+" + number,
                    text=text,
                    sender=originator,
                    reference=reference,
                    status="",
                    message_id=str(uuid.uuid4()),
                )
                for number in recipients
            ]
        return Response.json(200, self._shape(records[0]))

    def _list(self, request: Request) -> Response:
        reference = request.query_value("reference")
        number = request.query_value("recipient_number")
        items = [
            m
            for m in reversed(self.ledger.all())
            if (reference is None or m.reference == reference)
            and (number is None or m.to == "+" + number)
        ]
        page = items[:15]
        return Response.json(
            200,
            {
                "total": len(items),
                "per_page": 15,
                "current_page": 1,
                "last_page": max(1, -(-len(items) // 15)),
                "next_page_url": None,
                "prev_page_url": None,
                "from": 1 if page else None,
                "to": len(page) if page else None,
                "data": [self._shape(m) for m in page],
            },
        )

    @staticmethod
    def _shape(record: Accepted) -> dict[str, Any]:
        stamp = iso(record.created_at)
        return {
            "id": record.id,
            "encoding": "auto",
            "originator": record.sender,
            "body": record.text,
            "reference": record.reference,
            "credits": float(record.parts),
            "scheduled_at": stamp,
            "canceled_at": None,
            "created_at": stamp,
            "updated_at": stamp,
            "links": {"self": f"/messages/{record.id}"},
        }

    def _recipient(self, record: Accepted) -> dict[str, Any]:
        item: dict[str, Any] = {"number": record.to.lstrip("+"), "sent_at": iso(record.created_at)}
        if self.recipient_status:
            item["status"] = record.status or "sent"
            item["updated_at"] = iso(record.status_time)
        return item
