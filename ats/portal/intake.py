"""Apply intake: files kept across a validation error, rate limits that keep the input, an idempotent submit."""

from __future__ import annotations

import re
import time

from flask import current_app
from flask_limiter.util import get_remote_address
from itsdangerous import BadSignature, URLSafeTimedSerializer
from limits import parse_many
from sqlalchemy.exc import OperationalError

from ats import ratelimits
from ats.applications.files import file_store
from ats.applications.services import (
    ApplicationInput,
    FileRejected,
    SubmitResult,
    Upload,
    check_upload,
    clean_filename,
    normalise_email,
    submit_application,
)
from ats.extensions import db

HOLD_SALT = "portal-held-upload"
HOLD_MAX_AGE = 3600  # FileStore.clean_tmp removes abandoned temp files after an hour too
_KEY = re.compile(r"[0-9a-f]{32}")
SUBMIT_ATTEMPTS = 3


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=HOLD_SALT)


def max_file_bytes() -> int:
    """Each file may use at most half of the request limit, so resume and cover letter fit together."""
    return int(current_app.config["MAX_UPLOAD_MB"]) * 1024 * 1024 // 2


def read_upload(field_name: str, storage) -> Upload | None:
    """The uploaded file of a form field, or None when none was chosen; FileRejected when too large."""
    if storage is None or not getattr(storage, "filename", ""):
        return None
    data = storage.read(max_file_bytes() + 1)
    if len(data) > max_file_bytes():
        raise FileRejected(
            field_name, f"The file is larger than {max_file_bytes() // (1024 * 1024)} MB. Please choose a smaller file."
        )
    upload = Upload(storage.filename, data, storage.mimetype or None)
    check_upload(field_name, upload)
    return upload


def hold_upload(field_name: str, upload: Upload) -> str:
    """Stage a valid file while the form is shown again; the signed token names it (nobody can guess another)."""
    staged = file_store().stage(upload.data)
    return _serializer().dumps(
        {"k": staged.key, "n": clean_filename(upload.filename), "f": field_name, "t": upload.content_type}
    )


def _hold_info(field_name: str, token: str | None) -> dict | None:
    if not token:
        return None
    try:
        info = _serializer().loads(token, max_age=HOLD_MAX_AGE)
    except BadSignature:
        return None
    if not isinstance(info, dict) or info.get("f") != field_name or not _KEY.fullmatch(str(info.get("k", ""))):
        return None
    return info


def _held_path(info: dict):
    return file_store().tmp_dir / f"{info['k']}.part"


def held_name(field_name: str, token: str | None) -> str | None:
    """The original name of a kept file, for 'we still have your file' on the re-rendered form."""
    info = _hold_info(field_name, token)
    return info["n"] if info and _held_path(info).is_file() else None


def held_upload(field_name: str, token: str | None) -> Upload | None:
    """The file kept by an earlier attempt, or None when the token is missing, forged, expired or cleaned."""
    info = _hold_info(field_name, token)
    if info is None:
        return None
    try:
        data = _held_path(info).read_bytes()
    except FileNotFoundError:
        return None
    return Upload(info["n"], data, info.get("t"))


def release_held(*pairs: tuple[str, str | None]) -> None:
    """Remove kept files once the application holds its own copies."""
    for field_name, token in pairs:
        info = _hold_info(field_name, token)
        if info is not None:
            _held_path(info).unlink(missing_ok=True)


def retry_after(job, email: str) -> int | None:
    """Seconds to wait when the per-IP or per-email-and-job apply limit is spent; None while allowed."""
    cfg = current_app.config
    if not cfg.get("RATELIMIT_ENABLED", True):
        return None
    checks = [(cfg["APPLY_RATE_LIMIT"], ("apply-ip", get_remote_address() or "unknown"))]
    if email.strip():
        checks.append((cfg["APPLY_RATE_LIMIT_PER_EMAIL"], ("apply-email", f"{normalise_email(email)}|{job.id}")))
    items = [(item, keys) for text, keys in checks for item in parse_many(text)]
    for item, keys in items:
        if not ratelimits.test(item, *keys):
            return ratelimits.wait_seconds(item, *keys)
    for item, keys in items:
        ratelimits.hit(item, *keys)
    return None


def submit(job, data: ApplicationInput) -> SubmitResult:
    """submit_application, retried on a locked database: the submission id makes a retry harmless."""
    for attempt in range(1, SUBMIT_ATTEMPTS + 1):
        try:
            return submit_application(job, data)
        except OperationalError:
            db.session.rollback()
            if attempt == SUBMIT_ATTEMPTS:
                raise
            time.sleep(0.1 * attempt)
    raise AssertionError("unreachable")
