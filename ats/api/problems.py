"""Errors of the API as RFC 9457 problem documents, and the flask-smorest Api that documents them so."""

from __future__ import annotations

import http
from typing import Any, NoReturn

from flask import abort, request
from flask_smorest import Api
from flask_smorest.utils import prepare_response
from marshmallow import Schema, fields
from werkzeug.routing import IntegerConverter

from ats.errors import PROBLEM_TYPE, problem, render_error


class ProblemSchema(Schema):
    """RFC 9457 problem details, with the extension members this API uses."""

    type = fields.String(required=True, metadata={"description": "about:blank: the status says what happened"})
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True, metadata={"description": "What went wrong, in plain words"})
    instance = fields.String()
    request_id = fields.String(allow_none=True, metadata={"description": "Quote it when you report a problem"})
    code = fields.String(metadata={"description": "A stable name for problems clients act on, e.g. stale_version"})
    errors = fields.List(
        fields.Dict(),
        metadata={"description": "Per-field problems: {pointer (JSON Pointer into the body) or parameter, detail}"},
    )
    retry_after = fields.Integer(metadata={"description": "Seconds to wait (also in the Retry-After header)"})
    current_version = fields.Integer(metadata={"description": "The application's version now (on a conflict)"})


def fail(status: int, detail: str, headers: dict[str, str] | None = None, **extra: Any) -> NoReturn:
    """Stop the request with a problem document."""
    abort(problem(status, detail, headers, **extra))


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_has_nul(v) for v in value)
    return False


def refuse_nul() -> None:
    """before_request of every API blueprint: a NUL character is in no valid text, and PostgreSQL cannot store it."""
    sent = [request.get_json(silent=True)] if request.is_json else []
    sent += [list(request.args.items(multi=True)), list(request.form.items(multi=True))]
    if any(_has_nul(value) for value in sent) or "\x00" in request.path:
        fail(422, "Text may not contain NUL characters (\\u0000).", code="nul_character")


def _flatten(messages: Any, location: str, path: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """webargs' nested messages -> [{pointer or parameter, detail}]."""
    if isinstance(messages, dict):
        out: list[dict[str, str]] = []
        for key, value in messages.items():
            out += _flatten(value, location, (*path, str(key)))
        return out
    texts = messages if isinstance(messages, list) else [messages]
    if texts and all(isinstance(t, (dict, list)) for t in texts):
        return [item for t in texts for item in _flatten(t, location, path)]
    where = (
        {"pointer": "/" + "/".join(path)} if location in ("json", "form", "files") else {"parameter": ".".join(path)}
    )
    return [{**where, "detail": " ".join(str(t) for t in texts)}]


MAX_ID = 2**31 - 1


class IdConverter(IntegerConverter):
    """<id:name>: a row id, 1 to 2**31-1; anything else is a 404 before it reaches the database."""

    def __init__(self, url_map, *args, **kwargs) -> None:
        super().__init__(url_map, min=1, max=MAX_ID)


def id_schema(converter: IdConverter) -> dict[str, Any]:
    return {"type": "integer", "minimum": 1, "maximum": MAX_ID}


class AtsApi(Api):
    """flask-smorest's Api whose error responses are application/problem+json, in the document and on the wire."""

    ERROR_SCHEMA = ProblemSchema

    def _register_responses(self) -> None:
        for status in http.HTTPStatus:
            if status < 400:
                continue
            response = {"description": status.phrase, "schema": self.ERROR_SCHEMA}
            prepare_response(response, self.spec, PROBLEM_TYPE)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "A problem document (RFC 9457)", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_TYPE)
        self.spec.components.response(self.DEFAULT_ERROR_RESPONSE_NAME, response, lazy=True)

    def handle_http_exception(self, error):
        """Validation errors from webargs become a 422 problem naming each field; the rest as the app renders them."""
        data = getattr(error, "data", None) or {}
        messages = data.get("messages")
        if isinstance(messages, dict):
            errors = [item for location, value in messages.items() for item in _flatten(value, location)]
            return problem(error.code or 422, "Some of what you sent is not valid.", errors=errors)
        return render_error(error.code or 500, None)
