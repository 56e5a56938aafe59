"""A stand-in for the Tikkie API v2 (payment requests), strict about the contract in PROVIDERS.md §1.

Enforced: ``API-Key`` on every call (a key the stand-in knows); ``X-App-Token`` (UUID, issued by
``POST /sandboxapps`` or :meth:`TikkieStandIn.add_app_token`, bound to one API key) on every other call;
``Content-Type: application/json`` on POSTs; ``description`` 1-35 characters; ``amountInCents`` an integer
> 0 (and within the organisation's threshold when one is set); ``expiryDate`` ``YYYY-MM-DD`` and not in
the past; ``referenceId`` at most 35 of the allowed characters; ``pageNumber``/``pageSize`` (1-50) on
lists; all validation errors collected in one ``{"errors": [...]}`` body with ``traceId``.

Assumed where PROVIDERS.md says the real body is unknown (marked "assumed" below): the gateway's answer to
a missing or unknown API key (401, code ``API_KEY_INVALID``), a wrong content type (415), a page size out
of range (``PAGE_SIZE_INVALID``) and an unknown body field (``FIELD_UNKNOWN``).

Test hooks: :meth:`pay` (adds a payment; the request closes once paid in full) and :meth:`expire`.
"""

from __future__ import annotations

import random
import re
import string
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from tests.standins.server import Request, Response

API_PREFIX = "/v2/tikkie"
DOC = "https://developer.abnamro.com"
_REFERENCE = re.compile(r"[A-Za-z0-9 !&'()+,\-./:?_`]{1,35}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
_TOKEN = re.compile(r"[A-Za-z0-9]{1,64}")
_FIELDS = {"description", "amountInCents", "expiryDate", "referenceId"}


def _stamp(moment: datetime) -> str:
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class TikkieStandIn:
    """The app: call it with a :class:`Request`. Thread-safe."""

    def __init__(
        self,
        *,
        api_keys: tuple[str, ...] = ("tikkie-api-key",),
        pay_host: str = "https://tikkie.me",
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        max_amount_cents: int | None = None,
        seed: int = 1,
    ) -> None:
        self.api_keys = set(api_keys)
        self.app_tokens: dict[str, str] = {}
        self.pay_host = pay_host
        self.today = today
        self.now = now
        self.max_amount_cents = max_amount_cents
        self.payment_requests: dict[str, dict[str, Any]] = {}
        self.payments: dict[str, list[dict[str, Any]]] = {}
        self._order: list[str] = []
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    # -- set-up and test hooks

    def add_app_token(self, api_key: str, token: str | None = None) -> str:
        token = token or str(uuid.UUID(int=self._random.getrandbits(128), version=4))
        with self._lock:
            self.app_tokens[token] = api_key
        return token

    def pay(self, token: str, amount_cents: int | None = None, when: datetime | None = None) -> str:
        """A payer pays (the full amount unless given); returns the payment token."""
        with self._lock:
            item = self.payment_requests[token]
            amount = amount_cents if amount_cents is not None else item["amountInCents"]
            payment_token = str(uuid.UUID(int=self._random.getrandbits(128), version=4))
            self.payments.setdefault(token, []).append(
                {
                    "paymentToken": payment_token,
                    "tikkieId": f"{self._random.randrange(10**11, 10**12):012d}",
                    "counterPartyName": "J. Payer",
                    "counterPartyAccountNumber": "NL91ABNA0417164300",
                    "amountInCents": amount,
                    "description": item["description"],
                    "createdDateTime": _stamp(when or self.now()),
                    "refunds": [],
                }
            )
            paid = sum(p["amountInCents"] for p in self.payments[token])
            if "amountInCents" in item and paid >= item["amountInCents"]:
                item["status"] = "CLOSED"
            return payment_token

    def expire(self, token: str) -> None:
        with self._lock:
            self.payment_requests[token]["status"] = "EXPIRED"

    # -- the app

    def __call__(self, request: Request) -> Response:
        if not request.path.startswith(API_PREFIX + "/"):
            return _errors(404, [("NOT_FOUND", "No such endpoint")])  # assumed
        path = request.path[len(API_PREFIX) :]
        api_key = request.header("API-Key")
        if not api_key or api_key not in self.api_keys:
            return _errors(401, [("API_KEY_INVALID", "The API key is missing or invalid")])
        if path == "/sandboxapps" and request.method == "POST":
            return Response.json(201, {"appToken": self.add_app_token(api_key)})
        refused = self._check_app_token(request, api_key)
        if refused is not None:
            return refused
        if request.method == "POST":
            content_type = (request.header("Content-Type") or "").split(";")[0].strip()
            if content_type != "application/json":  # assumed status and code
                return _errors(415, [("UNSUPPORTED_MEDIA_TYPE", "Use application/json")])
        parts = [p for p in path.split("/") if p]
        if parts == ["paymentrequests"] and request.method == "POST":
            return self._create(request, api_key)
        if parts == ["paymentrequests"] and request.method == "GET":
            return self._list(request, api_key)
        if len(parts) == 2 and parts[0] == "paymentrequests" and request.method == "GET":
            return self._get(parts[1], api_key)
        if (
            len(parts) == 3
            and parts[0] == "paymentrequests"
            and parts[2] == "payments"
            and request.method == "GET"
        ):
            return self._payments(parts[1], request, api_key)
        return _errors(404, [("NOT_FOUND", "No such endpoint")])  # assumed

    def _check_app_token(self, request: Request, api_key: str) -> Response | None:
        token = request.header("X-App-Token")
        try:
            uuid.UUID(token or "")
        except ValueError:
            return _errors(401, [("APP_TOKEN_INVALID", "The app token is invalid")])
        owner = self.app_tokens.get(token or "")
        if owner is None:
            return _errors(401, [("APP_TOKEN_INVALID", "The app token is invalid")])
        if owner != api_key:
            return _errors(
                401, [("APP_TOKEN_ALREADY_IN_USE", "The app token is used with another API key")]
            )
        return None

    def _create(self, request: Request, api_key: str) -> Response:
        try:
            body = request.json()
        except (ValueError, UnicodeDecodeError):
            return _errors(400, [("MALFORMED_REQUEST", "The body is not JSON")])  # assumed
        if not isinstance(body, dict):
            return _errors(400, [("MALFORMED_REQUEST", "The body is not an object")])  # assumed
        problems: list[tuple[str, str]] = []
        for name in sorted(set(body) - _FIELDS):
            problems.append(("FIELD_UNKNOWN", f"Unknown field {name}"))  # assumed
        description = body.get("description")
        if not isinstance(description, str) or not description:
            problems.append(("DESCRIPTION_MISSING", "The description is missing"))
        elif len(description) > 35:
            problems.append(
                ("DESCRIPTION_MAX_LENGTH_EXCEEDED", "The description is longer than 35 characters")
            )
        if "amountInCents" in body:
            amount = body["amountInCents"]
            if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
                problems.append(("AMOUNT_IN_CENTS_INVALID", "The amount in cents is invalid"))
            elif self.max_amount_cents is not None and amount > self.max_amount_cents:
                problems.append(
                    ("PAYMENT_REQUEST_MAX_AMOUNT_EXCEEDED", "The amount exceeds the maximum")
                )
        if "expiryDate" in body:
            expiry = body["expiryDate"]
            try:
                if not isinstance(expiry, str) or not _DATE.fullmatch(expiry):
                    raise ValueError(expiry)
                day = date.fromisoformat(expiry)
            except ValueError:
                problems.append(("EXPIRY_DATE_INVALID", "The expiry date is invalid"))
            else:
                if day < self.today():
                    problems.append(("EXPIRY_DATE_NOT_ALLOWED", "The expiry date is in the past"))
        if "referenceId" in body:
            reference = body["referenceId"]
            if not isinstance(reference, str) or not _REFERENCE.fullmatch(reference):
                problems.append(("REFERENCE_ID_INVALID", "The reference id is invalid"))
        if problems:
            return _errors(400, problems)
        with self._lock:
            token = "".join(self._random.choices(string.ascii_letters + string.digits, k=22))
            item: dict[str, Any] = {
                "paymentRequestToken": token,
                "url": f"{self.pay_host}/pay/Tikkie/{token}",
                "description": description,
                "createdDateTime": _stamp(self.now()),
                "expiryDate": body.get("expiryDate")
                or date.fromordinal(self.today().toordinal() + 14).isoformat(),
                "status": "OPEN",
                "_owner": api_key,
            }
            if "amountInCents" in body:
                item["amountInCents"] = body["amountInCents"]
            if "referenceId" in body:
                item["referenceId"] = body["referenceId"]
            self.payment_requests[token] = item
            self._order.append(token)
            return Response.json(201, _public(item))

    def _list(self, request: Request, api_key: str) -> Response:
        paging = _paging(request)
        if isinstance(paging, Response):
            return paging
        page, size = paging
        since = request.query_value("fromDateTime")
        until = request.query_value("toDateTime")
        problems = []
        if since is not None and not _DATE_TIME.fullmatch(since):
            problems.append(("FROM_DATE_TIME_INVALID", "fromDateTime is invalid"))
        if until is not None and not _DATE_TIME.fullmatch(until):
            problems.append(("TO_DATE_TIME_INVALID", "toDateTime is invalid"))
        if problems:
            return _errors(400, problems)
        with self._lock:
            items = [
                self.payment_requests[t]
                for t in reversed(self._order)
                if self.payment_requests[t]["_owner"] == api_key
                and (since is None or self.payment_requests[t]["createdDateTime"] >= since)
                and (until is None or self.payment_requests[t]["createdDateTime"] <= until)
            ]
            chunk = [self._with_totals(i) for i in items[page * size : (page + 1) * size]]
        return Response.json(200, {"paymentRequests": chunk, "totalElementCount": len(items)})

    def _get(self, token: str, api_key: str) -> Response:
        found = self._find(token, api_key)
        if isinstance(found, Response):
            return found
        with self._lock:
            return Response.json(200, self._with_totals(found))

    def _payments(self, token: str, request: Request, api_key: str) -> Response:
        found = self._find(token, api_key)
        if isinstance(found, Response):
            return found
        paging = _paging(request)
        if isinstance(paging, Response):
            return paging
        page, size = paging
        with self._lock:
            payments = list(self.payments.get(token, []))
        chunk = payments[page * size : (page + 1) * size]
        return Response.json(200, {"payments": chunk, "totalElementCount": len(payments)})

    def _find(self, token: str, api_key: str) -> dict[str, Any] | Response:
        if not _TOKEN.fullmatch(token):
            return _errors(
                400, [("PAYMENT_REQUEST_TOKEN_INVALID", "The payment request token is invalid")]
            )
        with self._lock:
            item = self.payment_requests.get(token)
        if item is None or item["_owner"] != api_key:
            return _errors(404, [("PAYMENT_REQUEST_NOT_FOUND", "No such payment request")])
        return item

    def _with_totals(self, item: dict[str, Any]) -> dict[str, Any]:
        payments = self.payments.get(item["paymentRequestToken"], [])
        public = _public(item)
        public["numberOfPayments"] = len(payments)
        public["totalAmountPaidInCents"] = sum(p["amountInCents"] for p in payments)
        return public


def _public(item: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in item.items() if not key.startswith("_")}


def _paging(request: Request) -> tuple[int, int] | Response:
    page = request.query_value("pageNumber")
    size = request.query_value("pageSize")
    problems = []
    if page is None:
        problems.append(("PAGE_NUMBER_MISSING", "pageNumber is missing"))
    if size is None:
        problems.append(("PAGE_SIZE_MISSING", "pageSize is missing"))
    if problems:
        return _errors(400, problems)
    assert page is not None and size is not None
    if not page.isdigit():
        return _errors(400, [("PAGE_NUMBER_MISSING", "pageNumber is invalid")])
    if not size.isdigit() or not 1 <= int(size) <= 50:
        return _errors(400, [("PAGE_SIZE_INVALID", "pageSize must be 1 to 50")])  # assumed
    return int(page), int(size)


def _errors(status: int, problems: list[tuple[str, str]]) -> Response:
    trace = str(uuid.uuid4())
    return Response.json(
        status,
        {
            "errors": [
                {
                    "code": code,
                    "message": message,
                    "reference": DOC,
                    "status": status,
                    "traceId": trace,
                }
                for code, message in problems
            ]
        },
    )
