"""Stand-in for Twilio Programmable Messaging (api.twilio.com, API version 2010-04-01), strict to
PROVIDERS.md 3.3, so that both DebtorDesk's client and the official twilio SDK can talk to it.

* HTTP Basic ``AccountSid:AuthToken`` whose SID is the one in the URL, else 401 code 20003.
* ``POST /2010-04-01/Accounts/{sid}/Messages.json`` must be ``application/x-www-form-urlencoded`` (a JSON
  body is not read, as at Twilio: the ``To`` is then missing, 400 code 21604). ``To`` E.164 (21211);
  ``From`` a number in E.164 or an alphanumeric sender of 1-11 (21212), or ``MessagingServiceSid``
  ``MG`` + 32 hex; one of them is required (21603). ``Body`` required (21602), at most 1600 (21617).
  Landlines 21614, opted-out recipients 21610; a trial account sends only to verified numbers (21608).
* 201 with the message in snake_case JSON, ``num_segments`` a string, dates in RFC 2822.
* ``GET …/Messages/{sid}.json`` (404 code 20404), ``GET …/Messages.json?To=&PageSize=`` (newest first),
  ``GET /2010-04-01/Accounts/{sid}.json`` (the account: status and type).
* Errors ``{"code", "message", "more_info", "status"}``.
* Delivery: a test moves a message on with ``ledger.set_delivery(sid, "delivered")`` (or ``sending``,
  ``sent``, ``undelivered``/``failed`` with ``error_code`` such as 30003 and a ``reason`` that becomes
  ``error_message``); ``date_updated`` is when.
"""

from __future__ import annotations

import base64
import re
import secrets
import threading
from dataclasses import dataclass, field
from email.utils import format_datetime
from typing import Any

from tests.standins.server import Fault, Request, Response, respond
from tests.standins.sms_common import ALPHA_SENDER, E164, Accepted, Ledger, NumberRules

MAX_BODY = 1600
_MESSAGES = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages\.json$")
_MESSAGE = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)\.json$")
_ACCOUNT = re.compile(r"^/2010-04-01/Accounts/([^/]+)\.json$")
_MG = re.compile(r"^MG[0-9a-fA-F]{32}$")


def error_body(status: int, code: int, message: str) -> dict[str, Any]:
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


def fault(status: int, code: int, message: str) -> Fault:
    return respond(status, error_body(status, code, message))


def rate_limited(retry_after: int | None = None) -> Fault:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return respond(429, error_body(429, 20429, "Too Many Requests"), headers=headers)


@dataclass
class Account:
    sid: str
    token: str
    trial: bool = False
    status: str = "active"
    #: numbers a trial account may send to
    verified: set[str] = field(default_factory=set)


class TwilioStandIn:
    def __init__(self, accounts: list[Account], *, rules: NumberRules | None = None) -> None:
        self.accounts = {a.sid: a for a in accounts}
        self.rules = rules or NumberRules()
        self.ledger = Ledger()
        self._owner: dict[str, str] = {}
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        for pattern, handler in (
            (_MESSAGES, self._messages),
            (_MESSAGE, self._message_get),
            (_ACCOUNT, self._account_get),
        ):
            match = pattern.match(request.path)
            if match:
                account = self._authenticate(request, match.group(1))
                if isinstance(account, Response):
                    return account
                return handler(request, account, *match.groups()[1:])
        return self._error(404, 20404, "The requested resource was not found")

    # ------------------------------------------------------------------ auth

    def _authenticate(self, request: Request, sid: str) -> Account | Response:
        header = request.header("Authorization") or ""
        scheme, _, encoded = header.partition(" ")
        try:
            user, _, password = base64.b64decode(encoded).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            user, password = "", ""
        account = self.accounts.get(user)
        if scheme != "Basic" or account is None or account.token != password:
            return self._error(401, 20003, "Authenticate")
        if user != sid:
            return self._error(
                404, 20404, f"The requested resource /2010-04-01/Accounts/{sid} was not found"
            )
        return account

    # ------------------------------------------------------------------ endpoints

    def _messages(self, request: Request, account: Account) -> Response:
        if request.method == "GET":
            return self._list(request, account)
        if request.method != "POST":
            return self._error(405, 20004, "Method not allowed")
        content_type = (request.header("Content-Type") or "").split(";")[0].strip()
        form = {} if content_type != "application/x-www-form-urlencoded" else request.form()

        def value(name: str) -> str | None:
            values = form.get(name)
            return values[0] if values else None

        to = value("To")
        if not to:
            return self._error(400, 21604, "A 'To' phone number is required.")
        if not E164.match(to) or to in self.rules.invalid:
            return self._error(400, 21211, f"The 'To' number {to} is not a valid phone number.")
        sender, service = value("From"), value("MessagingServiceSid")
        if not sender and not service:
            return self._error(400, 21603, "A 'From' phone number is required.")
        if service is not None and not _MG.match(service):
            return self._error(400, 21701, "The Messaging Service Sid is invalid.")
        if sender is not None and not (ALPHA_SENDER.match(sender) or E164.match(sender)):
            return self._error(
                400,
                21212,
                f"The 'From' number {sender} is not a valid phone number, shortcode, or "
                "alphanumeric sender ID.",
            )
        body = value("Body")
        if not body:
            return self._error(400, 21602, "Message body is required.")
        if len(body) > MAX_BODY:
            return self._error(
                400, 21617, "The concatenated message body exceeds the 1600 character limit."
            )
        if to in self.rules.landlines:
            return self._error(400, 21614, f"'To' number {to} is not a valid mobile number")
        if to in self.rules.unsubscribed:
            return self._error(400, 21610, "Attempt to send to unsubscribed recipient")
        if account.trial and to not in account.verified:
            return self._error(
                400,
                21608,
                f"The number {to} is unverified. Trial accounts cannot send messages to "
                "unverified numbers.",
            )
        record = self.ledger.add(
            to=to,
            text=body,
            sender=sender or service or "",
            reference=None,
            status="queued",
            message_id="SM" + secrets.token_hex(16),
        )
        with self._lock:
            self._owner[record.id] = account.sid
        return Response.json(201, self._shape(record, account.sid, service))

    def _message_get(self, request: Request, account: Account, sid: str) -> Response:
        record = self.ledger.find(sid)
        with self._lock:
            owner = self._owner.get(sid)
        if record is None or owner != account.sid:
            return self._error(
                404,
                20404,
                f"The requested resource /2010-04-01/Accounts/{account.sid}/Messages/{sid}.json "
                "was not found",
            )
        return Response.json(200, self._shape(record, account.sid, None))

    def _list(self, request: Request, account: Account) -> Response:
        to = request.query_value("To")
        size = min(int(request.query_value("PageSize") or 50), 1000)
        with self._lock:
            owned = {k for k, v in self._owner.items() if v == account.sid}
        items = [
            m for m in reversed(self.ledger.all()) if m.id in owned and (to is None or m.to == to)
        ][:size]
        uri = f"/2010-04-01/Accounts/{account.sid}/Messages.json?PageSize={size}"
        return Response.json(
            200,
            {
                "messages": [self._shape(m, account.sid, None) for m in items],
                "end": max(len(items) - 1, 0),
                "first_page_uri": uri + "&Page=0",
                "next_page_uri": None,
                "page": 0,
                "page_size": size,
                "previous_page_uri": None,
                "start": 0,
                "uri": uri,
            },
        )

    def _account_get(self, request: Request, account: Account) -> Response:
        return Response.json(
            200,
            {
                "sid": account.sid,
                "friendly_name": "DebtorDesk test",
                "status": account.status,
                "type": "Trial" if account.trial else "Full",
                "owner_account_sid": account.sid,
                "date_created": "Thu, 01 Jan 2026 00:00:00 +0000",
                "date_updated": "Thu, 01 Jan 2026 00:00:00 +0000",
                "uri": f"/2010-04-01/Accounts/{account.sid}.json",
                "subresource_uris": {},
                "auth_token": "redacted",
            },
        )

    # ------------------------------------------------------------------ shapes

    @staticmethod
    def _error(status: int, code: int, message: str) -> Response:
        return Response.json(status, error_body(status, code, message))

    @staticmethod
    def _shape(record: Accepted, account_sid: str, service: str | None) -> dict[str, Any]:
        created = format_datetime(record.created_at, usegmt=True)
        updated = format_datetime(record.status_time, usegmt=True)
        return {
            "account_sid": account_sid,
            "api_version": "2010-04-01",
            "body": record.text,
            "date_created": created,
            "date_sent": None,
            "date_updated": updated,
            "direction": "outbound-api",
            "error_code": int(record.error_code) if record.error_code else None,
            "error_message": record.status_reason,
            "from": None if service else record.sender,
            "messaging_service_sid": service,
            "num_media": "0",
            "num_segments": str(record.parts),
            "price": None,
            "price_unit": "USD",
            "sid": record.id,
            "status": record.status,
            "subresource_uris": {
                "media": f"/2010-04-01/Accounts/{account_sid}/Messages/{record.id}/Media.json"
            },
            "to": record.to,
            "uri": f"/2010-04-01/Accounts/{account_sid}/Messages/{record.id}.json",
        }
