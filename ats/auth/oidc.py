"""Sign-in with an OpenID Connect provider (Authlib), configured by ATS_OIDC_*.

Authorization code flow with PKCE, state and nonce; the ID token's signature (the provider's JWKS),
issuer, audience, expiry and nonce are checked by Authlib. The person is matched by a verified email to an
existing staff account (an invited one accepts its invitation this way); nobody signs up through the
provider, and a deactivated account stays out. A user with two-factor sign-in is still asked for a code.
"""

from __future__ import annotations

import logging

from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.flask_client import OAuth
from flask import Blueprint, Flask, current_app, flash, redirect, request, session, url_for
from joserfc.errors import JoseError
from requests import RequestException

from ats.audit.services import record
from ats.auth import services, signin
from ats.extensions import db
from ats.security import safe_next

bp = Blueprint("oidc", __name__)
log = logging.getLogger("ats.auth")
EXTENSION = "ats_oidc"
NEXT_KEY = "oidc_next"


def init_app(app: Flask) -> None:
    """Register the provider when ATS_OIDC_ISSUER and ATS_OIDC_CLIENT_ID are set; the routes exist either way."""
    app.register_blueprint(bp)
    cfg = app.config
    if not (cfg.get("OIDC_ISSUER") and cfg.get("OIDC_CLIENT_ID")):
        return
    oauth = OAuth(app)
    oauth.register(
        "provider",
        client_id=cfg["OIDC_CLIENT_ID"],
        client_secret=cfg.get("OIDC_CLIENT_SECRET"),
        server_metadata_url=str(cfg["OIDC_ISSUER"]).rstrip("/") + "/.well-known/openid-configuration",
        client_kwargs={"scope": cfg.get("OIDC_SCOPES") or "openid email profile", "code_challenge_method": "S256"},
    )
    app.extensions[EXTENSION] = oauth


def _client():
    oauth = current_app.extensions.get(EXTENSION)
    return oauth.create_client("provider") if oauth else None


def button_label() -> str | None:
    """The sign-in button's text, or None when no provider is configured."""
    return current_app.config.get("OIDC_BUTTON_LABEL") or "Sign in with single sign-on" if _client() else None


@bp.route("/login/oidc")
def start():
    client = _client()
    if client is None:
        return redirect(url_for("auth.login"))
    callback = url_for("oidc.callback", _external=True)
    try:
        response = client.authorize_redirect(callback)
    except (OAuthError, RequestException, ValueError) as exc:
        log.warning("OpenID Connect provider unavailable: %s", exc)
        flash("Single sign-on is not available at the moment. Sign in with your password instead.", "error")
        return redirect(url_for("auth.login"))
    session[NEXT_KEY] = safe_next(request.args.get("next")) or ""
    return response


def _refuse(message: str, reason: str, email: str | None = None):
    record(None, "auth.oidc_refused", "user", None, reason=reason, email_domain=(email or "").rpartition("@")[2])
    db.session.commit()
    flash(message, "error")
    return redirect(url_for("auth.login"))


@bp.route("/login/oidc/callback")
def callback():
    client = _client()
    if client is None:
        return redirect(url_for("auth.login"))
    try:
        token = client.authorize_access_token()
    except (OAuthError, JoseError, RequestException, ValueError, KeyError) as exc:
        log.warning("OpenID Connect sign-in failed: %s", exc)
        return _refuse("Single sign-on did not complete. Please try again.", type(exc).__name__)
    claims = token.get("userinfo") or {}
    email = str(claims.get("email") or "")
    if not claims or claims.get("email_verified") not in (True, "true"):
        return _refuse(
            "Your sign-on account has no verified email, so we cannot match it to a staff account.", "unverified"
        )
    user = services.user_by_email(email)
    if user is None or not user.is_active_flag:
        return _refuse(
            "No active staff account uses this email. Ask an administrator to invite you.", "no_account", email
        )
    services.accept_invite_by_provider(user)
    return signin.finish(user, session.pop(NEXT_KEY, ""), "oidc")
