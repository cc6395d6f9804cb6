"""The app's file store (one per configured directory) and the one way a stored document leaves it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from flask import Response, abort, current_app

from ats.applications.models import Document
from ats.storage import FileStore


def file_store() -> FileStore:
    """The app's file store (local under STORAGE_DIR, or S3 when STORAGE_URL says so), created once per app."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    store = app.extensions.get("ats_file_store")
    if store is None:
        if str(app.config.get("STORAGE_URL") or "").startswith("s3://"):
            # boto3 is the optional "s3" extra: loaded only by instances that keep their files in S3
            from ats.storage_s3 import S3FileStore

            store = S3FileStore(
                app.config["STORAGE_URL"], Path(app.config["STORAGE_DIR"]), endpoint_url=app.config["S3_ENDPOINT_URL"]
            )
        else:
            store = FileStore(Path(app.config["STORAGE_DIR"]))
        app.extensions["ats_file_store"] = store
    return store


def _ascii_fallback(name: str) -> str:
    cleaned = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\;' else "_" for ch in name)
    return cleaned.strip() or "document"


def content_disposition(name: str) -> str:
    """RFC 6266 attachment with an ASCII fallback and the UTF-8 original name percent-encoded."""
    return f"attachment; filename=\"{_ascii_fallback(name)}\"; filename*=UTF-8''{quote(name, safe='')}"


def document_response(document: Document) -> Response:
    """The file as an attachment: stored content type, nosniff, CSP sandbox, no-store; 404 when absent."""
    if document.storage_key is None:
        data = (document.extracted_text or "").encode("utf-8")
    else:
        store = file_store()
        if not store.exists(document.storage_key):
            abort(404)
        with store.open(document.storage_key) as handle:
            data = handle.read()
    response = Response(data, mimetype=None, content_type=document.content_type or "application/octet-stream")
    response.headers["Content-Disposition"] = content_disposition(document.original_name or "document")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "sandbox"
    response.headers["Cache-Control"] = "no-store"
    return response
