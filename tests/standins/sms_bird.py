"""Stand-in for Bird's Channels API (api.bird.com), strict to PROVIDERS.md 3.1b and docs.bird.com.

* ``Authorization: AccessKey <key>``, else 401.
* ``POST /workspaces/{workspaceId}/channels/{channelId}/messages``: the workspace and channel must exist
  (404); ``Content-Type: application/json``; ``receiver.contacts`` a non-empty list whose
  ``identifierValue`` is E.164 (``identifierKey`` ``phonenumber`` when given); ``body`` of type ``text``
  with ``text.text`` not empty (or a ``template``, refused here: DebtorDesk sends text); ``reference`` at
  most 128. Answer **202** with the message (``id`` UUID, ``channelId``, ``status`` ``accepted`` ...).
* ``GET …/messages/{messageId}`` and ``GET /workspaces/{ws}/channels/{ch}`` (``status`` active or not).
* Delivery: a test moves a message on with ``ledger.set_delivery(id, "delivered")`` (or ``sent``,
  ``delivery_failed`` with a ``reason``); ``updatedAt`` is when.
* Errors as ``{"code", "message", "details"}`` with ``details`` naming the fields (**UNCERTAIN**: the
  shape Bird's Channels API uses is assumed from its generated references).
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from tests.standins.server import Fault, Request, Response, respond
from tests.standins.sms_common import E164, Accepted, Ledger, NumberRules, iso

_CHANNEL = re.compile(r"^/workspaces/([^/]+)/channels/([^/]+)$")
_MESSAGES = re.compile(r"^/workspaces/([^/]+)/channels/([^/]+)/messages$")
_MESSAGE = re.compile(r"^/workspaces/([^/]+)/channels/([^/]+)/messages/([^/]+)$")


def error_body(
    code: str, message: str, details: dict[str, list[str]] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message}
    if details:
        body["details"] = details
    return body


def fault(
    status: int, code: str, message: str, details: dict[str, list[str]] | None = None
) -> Fault:
    return respond(status, error_body(code, message, details))


class BirdStandIn:
    def __init__(
        self,
        access_keys: set[str],
        *,
        workspace_id: str,
        channel_id: str,
        channel_status: str = "active",
        rules: NumberRules | None = None,
    ) -> None:
        self.access_keys = access_keys
        self.workspace_id = workspace_id
        self.channel_id = channel_id
        self.channel_status = channel_status
        self.rules = rules or NumberRules()
        self.ledger = Ledger()

    def __call__(self, request: Request) -> Response:
        scheme, _, key = (request.header("Authorization") or "").partition(" ")
        if scheme != "AccessKey" or key not in self.access_keys:
            return Response.json(401, error_body("AuthenticationFailed", "Authentication failed"))
        for pattern, method, handler in (
            (_MESSAGES, "POST", self._create),
            (_MESSAGE, "GET", self._get),
            (_CHANNEL, "GET", self._channel),
        ):
            match = pattern.match(request.path)
            if match and request.method == method:
                workspace, channel = match.group(1), match.group(2)
                if workspace != self.workspace_id or channel != self.channel_id:
                    return Response.json(404, error_body("NotFound", "channel not found"))
                return handler(request, *match.groups()[2:])
        return Response.json(404, error_body("NotFound", "resource not found"))

    def _create(self, request: Request) -> Response:
        content_type = (request.header("Content-Type") or "").split(";")[0].strip()
        if content_type != "application/json":
            return Response.json(
                415, error_body("UnsupportedMediaType", "Expected application/json")
            )
        try:
            body = request.json()
        except ValueError:
            return Response.json(400, error_body("InvalidPayload", "The request body is not JSON"))
        details: dict[str, list[str]] = {}
        contacts = (
            ((body.get("receiver") or {}).get("contacts")) if isinstance(body, dict) else None
        )
        if not isinstance(contacts, list) or not contacts:
            details["receiver.contacts"] = ["must contain at least one contact"]
        else:
            for index, contact in enumerate(contacts):
                value = contact.get("identifierValue") if isinstance(contact, dict) else None
                key = (
                    contact.get("identifierKey", "phonenumber")
                    if isinstance(contact, dict)
                    else None
                )
                if (
                    key != "phonenumber"
                    or not isinstance(value, str)
                    or not E164.match(value)
                    or value in self.rules.invalid
                ):
                    details[f"receiver.contacts[{index}].identifierValue"] = [
                        "must be a valid phone number"
                    ]
        message_body = body.get("body") if isinstance(body, dict) else None
        text = None
        if isinstance(message_body, dict) and message_body.get("type") == "text":
            text = (message_body.get("text") or {}).get("text")
        if not isinstance(text, str) or not text:
            details["body.text.text"] = ["must not be empty"]
        reference = body.get("reference") if isinstance(body, dict) else None
        if reference is not None and (not isinstance(reference, str) or len(reference) > 128):
            details["reference"] = ["must be at most 128 characters"]
        if details:
            return Response.json(
                422, error_body("InvalidPayload", "The request did not pass validation", details)
            )
        assert isinstance(contacts, list) and isinstance(text, str)
        record = self.ledger.add(
            to=contacts[0]["identifierValue"],
            text=text,
            sender="channel",
            reference=reference,
            status="accepted",
            message_id=str(uuid.uuid4()),
        )
        return Response.json(202, self._shape(record))

    def _get(self, request: Request, message_id: str) -> Response:
        record = self.ledger.find(message_id)
        if record is None:
            return Response.json(404, error_body("NotFound", "message not found"))
        return Response.json(200, self._shape(record))

    def _channel(self, request: Request) -> Response:
        return Response.json(
            200,
            {
                "id": self.channel_id,
                "platformId": "sms-messagebird",
                "name": "SMS",
                "identifier": "+3197010000000",
                "status": self.channel_status,
            },
        )

    def _shape(self, record: Accepted) -> dict[str, Any]:
        shape: dict[str, Any] = {
            "id": record.id,
            "channelId": self.channel_id,
            "sender": {"connector": {"identifierValue": "+3197010000000"}},
            "receiver": {
                "contacts": [{"identifierKey": "phonenumber", "identifierValue": record.to}]
            },
            "reference": record.reference,
            "status": record.status,
            "direction": "outgoing",
            "body": {"type": "text", "text": {"text": record.text}},
            "createdAt": iso(record.created_at),
            "updatedAt": iso(record.status_time),
        }
        if record.status in ("sending_failed", "delivery_failed", "rejected", "failed"):
            shape["reason"] = record.status_reason or "unreachable handset"
        return shape
