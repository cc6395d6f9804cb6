"""Two-factor sign-in: TOTP codes from an authenticator app (pyotp) and single-use recovery codes.

A code is accepted for the current 30-second step and one step either side (clock drift), and never twice
(the last step used is stored). Recovery codes are 80 random bits each, stored as SHA-256 hashes.
Admins can require two-factor sign-in for all staff (a site setting); who has not set it up yet is sent
to the setup page after signing in and can open nothing else.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

import pyotp
import segno
from flask import current_app
from sqlalchemy import delete, select

from ats.audit.services import record
from ats.auth.models import RecoveryCode, SiteSetting, User
from ats.db import utcnow
from ats.extensions import db

STEP_SECONDS = 30
RECOVERY_CODES = 10
REQUIRE_KEY = "require_two_factor"
_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i


class TwoFactorError(ValueError):
    """A user-facing reason why a code or a setup step was refused."""


def required_for_all() -> bool:
    row = db.session.get(SiteSetting, REQUIRE_KEY)
    return bool(row and row.value)


def set_required_for_all(required: bool, *, actor) -> None:
    """The admins' switch; audited."""
    row = db.session.get(SiteSetting, REQUIRE_KEY) or SiteSetting(key=REQUIRE_KEY)
    row.value = bool(required)
    db.session.add(row)
    record(actor, "settings.two_factor_required" if required else "settings.two_factor_optional", "setting", None)
    db.session.commit()


def must_set_up(user: User) -> bool:
    return not user.totp_enabled and required_for_all()


def new_secret() -> str:
    return pyotp.random_base32()


def setup_uri(user: User, secret: str) -> str:
    """The otpauth:// link an authenticator app reads (from the QR code or typed)."""
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=current_app.config["COMPANY_NAME"])


def qr_data_uri(uri: str) -> str:
    """The QR code of the setup link as an SVG data URI (allowed by the CSP's img-src data:)."""
    return segno.make(uri, error="m").svg_data_uri(scale=4)


def _matching_step(secret: str, code: str, now: float | None) -> int | None:
    """The time step whose code this is (current step +-1), or None."""
    code = "".join(code.split())
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret)
    current = int((time.time() if now is None else now) // STEP_SECONDS)
    for step in (current - 1, current, current + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def _hash_code(code: str) -> str:
    return hashlib.sha256("".join(code.lower().split()).replace("-", "").encode()).hexdigest()


def _new_recovery_codes(user: User) -> list[str]:
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = []
    for _ in range(RECOVERY_CODES):
        raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
        code = "-".join(raw[i : i + 4] for i in range(0, 16, 4))
        db.session.add(RecoveryCode(user_id=user.id, code_hash=_hash_code(code)))
        codes.append(code)
    return codes


def enable(user: User, secret: str, code: str, *, now: float | None = None) -> list[str]:
    """Turn two-factor sign-in on once the app shows a right code; returns the recovery codes (shown once)."""
    step = _matching_step(secret, code, now)
    if step is None:
        raise TwoFactorError("That code is not right. Check the time on your phone and enter the current code.")
    user.totp_secret, user.totp_enabled_at, user.totp_last_step = secret, utcnow(), step
    codes = _new_recovery_codes(user)
    record(user, "user.two_factor_enabled", "user", user.id)
    db.session.commit()
    return codes


def regenerate_recovery_codes(user: User) -> list[str]:
    codes = _new_recovery_codes(user)
    record(user, "user.recovery_codes_regenerated", "user", user.id)
    db.session.commit()
    return codes


def disable(user: User, *, actor) -> None:
    """Turn it off (the user, or an admin for someone who lost their phone and codes); audited."""
    user.totp_secret = user.totp_enabled_at = user.totp_last_step = None
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    record(actor, "user.two_factor_disabled", "user", user.id)
    db.session.commit()


def verify(user: User, code: str, *, now: float | None = None) -> bool:
    """A current TOTP code not used before, or an unused recovery code (then spent); commits what it spends."""
    if not user.totp_enabled or not user.totp_secret:
        return False
    step = _matching_step(user.totp_secret, code, now)
    if step is not None:
        if user.totp_last_step is not None and step <= user.totp_last_step:
            return False  # replayed
        user.totp_last_step = step
        db.session.commit()
        return True
    row = db.session.scalar(
        select(RecoveryCode).where(
            RecoveryCode.user_id == user.id, RecoveryCode.code_hash == _hash_code(code), RecoveryCode.used_at.is_(None)
        )
    )
    if row is None:
        return False
    row.used_at = utcnow()
    record(user, "user.recovery_code_used", "user", user.id)
    db.session.commit()
    return True


def recovery_codes_left(user: User) -> int:
    rows = db.session.scalars(
        select(RecoveryCode.id).where(RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None))
    )
    return len(list(rows))
