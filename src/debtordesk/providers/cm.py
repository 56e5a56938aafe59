"""CM.com's Business Messaging JSON gateway as an :class:`SmsProvider`.

Contract (PROVIDERS.md 3.2): ``POST /v1.0/message`` with ``Content-Type: application/json``; the product
token travels **inside the body** (``messages.authentication.producttoken``), one ``msg`` per message with
``from`` (1-11 alphanumerics or at most 16 digits), ``to[].number`` (international), ``body`` (type
``AUTO`` lets the gateway choose GSM-7 or Unicode), ``reference`` (1-32 alphanumerics, echoed in status
reports), ``allowedChannels`` and the part limits (1 to 8). The answer is
``{"details", "errorCode", "messages": [{"to", "status", "reference", "parts", "messageDetails",
"messageErrorCode"}]}``: 200 with errorCode 0 when accepted; 200 with errorCode 201 when some messages were
refused (for one message: refused); 400 for a bad request or token (101, 103), a low balance (102), or when
every message was refused (201).

CM gives no message id: the reference we send is the handle. The JSON gateway offers no way to ask about a
message afterwards (status reports are pushed to a webhook a desktop cannot receive), so :meth:`lookup`
raises :class:`LookupUnavailable`, and the delivery of a sent message cannot be asked either
(:meth:`CmSms.delivery_status` answers "not available": the message stays sent).

The connection test posts an empty message list: the token is checked (101/103: wrong) and nothing
can be sent. **UNCERTAIN**: that CM checks the token before the list (an
unknown token answered with 203 would read as a good one); PROVIDERS.md has no harmless CM endpoint.
"""

from __future__ import annotations

import ssl
from datetime import datetime
from typing import Any

import httpx

from debtordesk.domain.messages import Message
from debtordesk.domain.sms_text import GSM7_PART, SmsEncoding, analyse
from debtordesk.providers.connection import ConnectionCheck
from debtordesk.providers.http import (
    DEFAULT_TIMEOUTS,
    ProviderError,
    Rejected,
    Timeouts,
    json_body,
    make_client,
    send,
)
from debtordesk.providers.sms import (
    Delivery,
    LookupUnavailable,
    SmsRejected,
    SmsResult,
    SmsStatus,
    UnexpectedAnswer,
    check_recipient,
    check_reference,
    check_sender,
    check_text,
    connection_failed,
    connection_ok,
    delivery_not_available,
    environment_of,
    parse_json_object,
    rejection,
)

PROVIDER = "cm"
TITLE = "CM.com"
LIVE_URL = "https://gw.messaging.cm.com"
MAX_SENDER_DIGITS = 16
MAX_PARTS = 8
#: CM documents 66 characters per part for a concatenated Unicode message (others 67)
CM_UCS2_PART = 66
#: the longest text at all: 8 GSM-7 parts (a Unicode text is held to 8 parts of 66 by counting)
MAX_CHARS = MAX_PARTS * GSM7_PART

_ERROR_REASON = {
    "101": "wrong_key",
    "103": "wrong_key",
    "102": "insufficient_balance",
    "301": "sender_invalid",
    "302": "invalid_number",
    "303": "invalid_number",
    "304": "text_invalid",
    "401": "blocked",
    "402": "blocked",
}


def parse_error(response: httpx.Response) -> tuple[str | None, str | None]:
    """The message's own error (messageErrorCode, messageDetails) when there is one, else the request's
    (errorCode, details)."""
    body = json_body(response)
    if not isinstance(body, dict):
        return None, None
    messages = body.get("messages")
    if isinstance(messages, list):
        for message in messages:
            if isinstance(message, dict) and message.get("messageErrorCode"):
                return str(message["messageErrorCode"]), _text(message.get("messageDetails"))
    code = body.get("errorCode")
    return (str(code) if code is not None else None), _text(body.get("details"))


def _text(value: object) -> str | None:
    return str(value) if value is not None else None


class CmSms:
    """Sends SMS through CM.com's JSON gateway."""

    provider = PROVIDER
    can_lookup = False
    can_check_delivery = False

    def __init__(
        self,
        product_token: str,
        *,
        base_url: str = LIVE_URL,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        verify: ssl.SSLContext | None = None,
        transport: httpx.BaseTransport | None = None,
        max_connections: int = 10,
    ) -> None:
        self._token = product_token
        self._environment = environment_of(base_url, LIVE_URL)
        self._client = make_client(
            base_url,
            timeouts=timeouts,
            verify=verify,
            transport=transport,
            max_connections=max_connections,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> CmSms:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ sending

    def send(self, *, to: str, text: str, sender: str, reference: str) -> SmsResult:
        check_recipient(to, provider=TITLE)
        check_sender(sender, provider=TITLE, max_digits=MAX_SENDER_DIGITS)
        check_text(text, provider=TITLE, max_chars=MAX_CHARS)
        check_reference(reference, provider=TITLE, max_length=32)
        info = analyse(text, ucs2_part=CM_UCS2_PART)
        if info.segments > MAX_PARTS:
            limit = MAX_PARTS * (GSM7_PART if info.encoding is SmsEncoding.GSM7 else CM_UCS2_PART)
            raise SmsRejected(
                0,
                None,
                None,
                provider=TITLE,
                reason="text_too_long",
                length=len(text),
                limit=limit,
            )
        message = {
            "from": sender,
            "to": [{"number": to}],
            "body": {"type": "AUTO", "content": text},
            "reference": reference,
            "allowedChannels": ["SMS"],
            "minimumNumberOfMessageParts": 1,
            "maximumNumberOfMessageParts": MAX_PARTS,
        }
        response = self._post([message], to=to, sender=sender)
        body = parse_json_object(response, provider=TITLE)
        answers = body.get("messages")
        answer = answers[0] if isinstance(answers, list) and answers else None
        if not isinstance(answer, dict):
            raise UnexpectedAnswer(provider=TITLE, detail="no message in the answer")
        error_code = body.get("errorCode")
        if answer.get("status") != "Accepted" or error_code not in (0, None):
            # 200 with errorCode 201: "not all sent"; for our single message that means refused
            code = str(answer.get("messageErrorCode") or error_code or "")
            refused = Rejected(
                response.status_code,
                code or None,
                _text(answer.get("messageDetails") or body.get("details")),
                provider=TITLE,
            )
            raise self._rejected(refused, to=to, sender=sender) from None
        parts = answer.get("parts")
        segments = parts if isinstance(parts, int) and parts > 0 else info.segments
        return SmsResult(str(answer.get("reference") or reference), SmsStatus.ACCEPTED, segments)

    # ------------------------------------------------------------------ looking up

    def lookup(
        self,
        *,
        reference: str,
        to: str,
        text: str,
        sent_after: datetime,
        provider_id: str | None = None,
    ) -> SmsResult | None:
        raise LookupUnavailable(provider="CM.com")

    # ------------------------------------------------------------------ delivery

    def delivery_status(
        self, provider_id: str | None, *, reference: str = "", to: str = ""
    ) -> Delivery:
        """CM's status reports are pushed to a webhook; there is nothing to ask."""
        return delivery_not_available("no_lookup")

    # ------------------------------------------------------------------ connection test

    def test_connection(self) -> ConnectionCheck:
        """An empty message list: the token is checked, nothing can be sent."""
        ok = connection_ok(Message("sms.connection_ok", {"provider": TITLE}), self._environment)
        try:
            self._post([])
        except SmsRejected as error:
            # the token passed; only the (deliberately) empty message list was refused
            if error.provider_code == "203":
                return ok
            return connection_failed(error, self._environment)
        except ProviderError as error:
            return connection_failed(error, self._environment)
        return ok

    # ------------------------------------------------------------------ internals

    def _post(
        self, messages: list[dict[str, Any]], *, to: str = "", sender: str = ""
    ) -> httpx.Response:
        payload = {"messages": {"authentication": {"producttoken": self._token}, "msg": messages}}
        try:
            return send(
                self._client,
                "POST",
                "v1.0/message",
                provider=TITLE,
                error_parser=parse_error,
                secrets=[self._token],
                json=payload,
            )
        except Rejected as exc:
            raise self._rejected(exc, to=to, sender=sender) from None

    @staticmethod
    def _rejected(exc: Rejected, *, to: str, sender: str) -> SmsRejected:
        reason = _ERROR_REASON.get(exc.provider_code or "")
        if reason is None:
            reason = "wrong_key" if exc.status in (401, 403) else "other"
        if reason == "sender_invalid":
            return rejection(exc, reason, to=to, sender=sender, digits=MAX_SENDER_DIGITS)
        return rejection(exc, reason, to=to)
