"""A stand-in for Mollie's Payment Links API (``/v2/payment-links``), strict about PROVIDERS.md §2.

Enforced: ``Authorization: Bearer live_…|test_…`` with a key the stand-in knows (else 401 with the
problem body); ``Content-Type: application/json`` on POST and PATCH (415 otherwise); answers as
``application/hal+json``; create fields: ``description`` required (at most 255), ``amount`` as
``{"currency": "EUR", "value": "<digits>.<2 digits>"}`` above zero, ``expiresAt`` ISO-8601 with an offset
and in the future, ``redirectUrl``/``webhookUrl`` absolute http(s) URLs (a webhook not on localhost),
``reusable`` boolean, ``allowedMethods`` a list of strings, ``sequenceType`` ``oneoff``/``first``;
``profileId``/``testmode`` refused with an API key; any other field refused (stricter than Mollie,
which may ignore unknown fields: it catches misspelt fields in our client). Every error is the JSON
problem body with an integer ``status`` (mollie-api-python needs it). Links of a test key are invisible
to a live key and the other way round.

Idempotency (``Idempotency-Key`` on POST/PATCH/DELETE): the same key with the same body replays the
stored answer with ``Idempotent-Replayed: true``; while the first request is still being processed a
duplicate gets 409; the same key with another body gets 422 (assumed: PROVIDERS.md marks it unknown).

Test hooks: :meth:`pay` (adds a paid payment and sets ``paidAt``), :meth:`expire`.
"""

from __future__ import annotations

import json
import random
import re
import string
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from tests.standins.server import Request, Response

HAL = "application/hal+json"
DOCS = "https://docs.mollie.com/overview/handling-errors"
_KEY = re.compile(r"Bearer ((live|test)_\w+)")
_VALUE = re.compile(r"\d+\.\d{2}")
_LINK_ID = re.compile(r"pl_[A-Za-z0-9]+")
_CREATE_FIELDS = {
    "description",
    "amount",
    "minimumAmount",
    "redirectUrl",
    "webhookUrl",
    "expiresAt",
    "reusable",
    "allowedMethods",
    "sequenceType",
    "lines",
    "billingAddress",
    "shippingAddress",
    "customerId",
    "applicationFee",
    "profileId",
    "testmode",
}
_PATCH_FIELDS = {
    "description",
    "minimumAmount",
    "archived",
    "allowedMethods",
    "lines",
    "billingAddress",
    "shippingAddress",
}
_TITLES = {
    400: "Bad Request",
    401: "Unauthorized Request",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    415: "Unsupported Media Type",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
}


def problem(status: int, detail: str, field: str | None = None) -> dict[str, Any]:
    """Mollie's error body."""
    body: dict[str, Any] = {
        "status": status,
        "title": _TITLES.get(status, "Error"),
        "detail": detail,
    }
    if field:
        body["field"] = field
    body["_links"] = {"documentation": {"href": DOCS, "type": "text/html"}}
    return body


def _error(status: int, detail: str, field: str | None = None) -> Response:
    return Response.json(status, problem(status, detail, field), content_type=HAL)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


class MollieStandIn:
    """The app: call it with a :class:`Request`. Thread-safe."""

    def __init__(
        self,
        *,
        api_keys: tuple[str, ...] = ("test_standinkey1234567890abcdef",),
        pay_host: str = "https://paymentlink.mollie.com",
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        seed: int = 1,
        processing_delay: float = 0.0,
    ) -> None:
        self.api_keys = set(api_keys)
        self.pay_host = pay_host
        self.now = now
        self.links: dict[str, dict[str, Any]] = {}
        self.payments: dict[str, list[dict[str, Any]]] = {}
        self._order: list[str] = []
        self._idempotent: dict[tuple[str, str], tuple[str, Response | None]] = {}
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self.processing_delay = processing_delay
        self.base_url = "https://api.mollie.com/v2"

    # -- test hooks

    def pay(self, link_id: str, when: datetime | None = None) -> str:
        with self._lock:
            link = self.links[link_id]
            moment = when or self.now()
            payment_id = "tr_" + self._id(10)
            self.payments.setdefault(link_id, []).append(
                {
                    "resource": "payment",
                    "id": payment_id,
                    "mode": link["mode"],
                    "createdAt": _iso(moment),
                    "amount": link["amount"],
                    "description": link["description"],
                    "method": "ideal",
                    "metadata": None,
                    "status": "paid",
                    "paidAt": _iso(moment),
                    "profileId": link["profileId"],
                    "sequenceType": "oneoff",
                    "redirectUrl": link.get("redirectUrl"),
                    "_links": {
                        "self": {"href": f"{self.base_url}/payments/{payment_id}", "type": HAL}
                    },
                }
            )
            link["paidAt"] = _iso(moment)
            return payment_id

    def expire(self, link_id: str) -> None:
        with self._lock:
            self.links[link_id]["expiresAt"] = _iso(self.now() - timedelta(seconds=1))

    # -- the app

    def __call__(self, request: Request) -> Response:
        match = _KEY.fullmatch(request.header("Authorization") or "")
        if match is None or match.group(1) not in self.api_keys:
            return _error(401, "Missing authentication, or failed to authenticate")
        api_key, mode = match.group(1), match.group(2)
        if request.method in ("POST", "PATCH"):
            content_type = (request.header("Content-Type") or "").split(";")[0].strip()
            if content_type != "application/json":
                return _error(415, "The request body must be JSON (Content-Type application/json)")
        parts = [p for p in request.path.split("/") if p]
        if parts[:2] != ["v2", "payment-links"]:
            return _error(404, "The resource does not exist")
        rest = parts[2:]
        if not rest and request.method == "POST":
            return self._idempotently(request, api_key, lambda: self._create(request, mode))
        if not rest and request.method == "GET":
            return self._list(request, mode)
        if len(rest) == 1 and request.method == "GET":
            return self._get(rest[0], mode)
        if len(rest) == 1 and request.method == "PATCH":
            return self._idempotently(request, api_key, lambda: self._patch(rest[0], request, mode))
        if len(rest) == 1 and request.method == "DELETE":
            return self._idempotently(request, api_key, lambda: self._delete(rest[0], mode))
        if len(rest) == 2 and rest[1] == "payments" and request.method == "GET":
            return self._payments(rest[0], mode)
        return _error(405, f"The method {request.method} is not allowed here")

    def _idempotently(
        self, request: Request, api_key: str, handler: Callable[[], Response]
    ) -> Response:
        key = request.header("Idempotency-Key")
        if not key:
            return handler()
        fingerprint = f"{request.method} {request.path} {request.body.decode('utf-8', 'replace')}"
        with self._lock:
            stored = self._idempotent.get((api_key, key))
            if stored is None:
                self._idempotent[api_key, key] = (fingerprint, None)
        if stored is not None:
            seen, response = stored
            if seen != fingerprint:
                return _error(
                    422, "The Idempotency-Key was already used for a different request"
                )  # assumed
            if response is None:
                return _error(
                    409, "Another request with this Idempotency-Key is already being processed."
                )
            replay = Response(response.status, response.body, dict(response.headers))
            replay.headers["Idempotent-Replayed"] = "true"
            return replay
        if self.processing_delay:
            threading.Event().wait(self.processing_delay)
        response = handler()
        with self._lock:
            if response.status >= 500:
                del self._idempotent[api_key, key]
            else:
                self._idempotent[api_key, key] = (fingerprint, response)
        return response

    def _create(self, request: Request, mode: str) -> Response:
        try:
            body = request.json()
        except (ValueError, UnicodeDecodeError):
            return _error(400, "The request body is not valid JSON")
        if not isinstance(body, dict):
            return _error(400, "The request body must be a JSON object")
        for name in sorted(body):
            if name not in _CREATE_FIELDS:
                return _error(422, f'Non-existent body parameter "{name}" for this API call.', name)
        if "profileId" in body or "testmode" in body:
            name = "profileId" if "profileId" in body else "testmode"
            return _error(422, f'The parameter "{name}" cannot be used with an API key.', name)
        description = body.get("description")
        if not isinstance(description, str) or not description.strip():
            return _error(422, "The description is required.", "description")
        if len(description) > 255:
            return _error(422, "The description is longer than 255 characters.", "description")
        amount = body.get("amount")
        if amount is not None:
            refused = _check_amount(amount, "amount")
            if refused is not None:
                return refused
        if body.get("minimumAmount") is not None:
            refused = _check_amount(body["minimumAmount"], "minimumAmount")
            if refused is not None:
                return refused
        expires_at = body.get("expiresAt")
        if expires_at is not None:
            moment = _parse_instant(expires_at)
            if moment is None:
                return _error(422, "The expiry date is invalid. Use ISO 8601.", "expiresAt")
            if moment <= self.now():
                return _error(422, "The expiry date must be in the future.", "expiresAt")
        for name in ("redirectUrl", "webhookUrl"):
            value = body.get(name)
            if value is None:
                continue
            parts = urlsplit(value) if isinstance(value, str) else None
            if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
                return _error(422, f"The {name} is not a valid URL.", name)
            if name == "webhookUrl" and parts.hostname in ("localhost", "127.0.0.1"):
                return _error(422, "The webhook URL is unreachable from Mollie.", name)
        if "reusable" in body and not isinstance(body["reusable"], bool):
            return _error(422, "reusable must be true or false.", "reusable")
        methods = body.get("allowedMethods")
        if methods is not None and (
            not isinstance(methods, list) or not all(isinstance(m, str) for m in methods)
        ):
            return _error(422, "allowedMethods must be a list of method ids.", "allowedMethods")
        if body.get("sequenceType", "oneoff") not in ("oneoff", "first"):
            return _error(422, "The sequence type is invalid.", "sequenceType")
        with self._lock:
            link_id = "pl_" + self._id(10)
            code = self._id(12)
            link = {
                "resource": "payment-link",
                "id": link_id,
                "mode": mode,
                "description": description,
                "amount": amount,
                "minimumAmount": body.get("minimumAmount"),
                "archived": False,
                "redirectUrl": body.get("redirectUrl"),
                "webhookUrl": body.get("webhookUrl"),
                "profileId": "pfl_QkEhN94Ba",
                "reusable": body.get("reusable", False),
                "createdAt": _iso(self.now()),
                "paidAt": None,
                "expiresAt": _iso(moment) if expires_at is not None else None,
                "allowedMethods": methods,
                "sequenceType": body.get("sequenceType", "oneoff"),
                "_links": {
                    "self": {"href": f"{self.base_url}/payment-links/{link_id}", "type": HAL},
                    "paymentLink": {
                        "href": f"{self.pay_host}/payment/{code}/",
                        "type": "text/html",
                    },
                    "documentation": {
                        "href": "https://docs.mollie.com/reference/create-payment-link",
                        "type": "text/html",
                    },
                },
            }
            self.links[link_id] = link
            self._order.append(link_id)
            return Response.json(201, link, content_type=HAL)

    def _list(self, request: Request, mode: str) -> Response:
        limit_text = request.query_value("limit") or "50"
        if not limit_text.isdigit() or not 1 <= int(limit_text) <= 250:
            return _error(400, "The limit must be a number from 1 to 250.", "limit")
        limit = int(limit_text)
        start = request.query_value("from")
        with self._lock:
            ordered = [
                self.links[i] for i in reversed(self._order) if self.links[i]["mode"] == mode
            ]
        if start is not None:
            ids = [link["id"] for link in ordered]
            if start not in ids:
                return _error(400, "The 'from' id does not exist.", "from")
            ordered = ordered[ids.index(start) :]
        chunk = ordered[:limit]
        following = ordered[limit] if len(ordered) > limit else None
        links: dict[str, Any] = {
            "self": {"href": f"{self.base_url}/payment-links?limit={limit}", "type": HAL},
            "previous": None,
            "next": (
                {
                    "href": f"{self.base_url}/payment-links?from={following['id']}&limit={limit}",
                    "type": HAL,
                }
                if following
                else None
            ),
            "documentation": {
                "href": "https://docs.mollie.com/reference/list-payment-links",
                "type": "text/html",
            },
        }
        return Response.json(
            200,
            {"count": len(chunk), "_embedded": {"payment_links": chunk}, "_links": links},
            content_type=HAL,
        )

    def _find(self, link_id: str, mode: str) -> dict[str, Any] | Response:
        if not _LINK_ID.fullmatch(link_id):
            return _error(404, "The payment link id is invalid")
        with self._lock:
            link = self.links.get(link_id)
        if link is None or link["mode"] != mode:
            return _error(404, f"No payment link exists with token {link_id}.")
        return link

    def _get(self, link_id: str, mode: str) -> Response:
        found = self._find(link_id, mode)
        if isinstance(found, Response):
            return found
        with self._lock:
            return Response.json(200, json.loads(json.dumps(found)), content_type=HAL)

    def _patch(self, link_id: str, request: Request, mode: str) -> Response:
        found = self._find(link_id, mode)
        if isinstance(found, Response):
            return found
        try:
            body = request.json()
        except (ValueError, UnicodeDecodeError):
            return _error(400, "The request body is not valid JSON")
        if not isinstance(body, dict):
            return _error(400, "The request body must be a JSON object")
        for name in sorted(body):
            if name not in _PATCH_FIELDS:
                return _error(422, f'Non-existent body parameter "{name}" for this API call.', name)
        if "archived" in body and not isinstance(body["archived"], bool):
            return _error(422, "archived must be true or false.", "archived")
        with self._lock:
            found.update(body)
            return Response.json(200, json.loads(json.dumps(found)), content_type=HAL)

    def _delete(self, link_id: str, mode: str) -> Response:
        found = self._find(link_id, mode)
        if isinstance(found, Response):
            return found
        with self._lock:
            if found["paidAt"] is not None or self.payments.get(link_id):
                return _error(422, "The payment link has been paid and cannot be deleted.")
            del self.links[link_id]
            self._order.remove(link_id)
        return Response.empty(204)

    def _payments(self, link_id: str, mode: str) -> Response:
        found = self._find(link_id, mode)
        if isinstance(found, Response):
            return found
        with self._lock:
            payments = list(self.payments.get(link_id, []))
        return Response.json(
            200,
            {
                "count": len(payments),
                "_embedded": {"payments": payments},
                "_links": {
                    "self": {
                        "href": f"{self.base_url}/payment-links/{link_id}/payments",
                        "type": HAL,
                    },
                    "previous": None,
                    "next": None,
                },
            },
            content_type=HAL,
        )

    def _id(self, length: int) -> str:
        return "".join(self._random.choices(string.ascii_letters + string.digits, k=length))


def _check_amount(amount: Any, field: str) -> Response | None:
    if not isinstance(amount, dict) or set(amount) != {"currency", "value"}:
        return _error(422, "The amount must have a currency and a value.", field)
    if amount["currency"] != "EUR":
        return _error(422, "The currency is not supported.", f"{field}.currency")
    value = amount["value"]
    if not isinstance(value, str) or not _VALUE.fullmatch(value):
        return _error(
            422, "The amount value must be a string with exactly two decimals.", f"{field}.value"
        )
    if Decimal(value) <= 0:
        return _error(422, "The amount is lower than the minimum.", f"{field}.value")
    return None


def _parse_instant(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment
