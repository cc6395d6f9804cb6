"""Admin pages: API tokens (made, shown once, revoked) and webhooks (registered, deliveries logged, replayed)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from ats.api import tokens, webhooks
from ats.api.models import TOKEN_SCOPES, WEBHOOK_EVENTS, ApiToken, Webhook, WebhookDelivery
from ats.auth.access import roles_required
from ats.auth.models import User
from ats.db import utcnow
from ats.extensions import db

bp = Blueprint("api_admin", __name__, template_folder="templates", url_prefix="/admin")
DELIVERIES_SHOWN = 50


def _tokens_page(error: str | None = None, secret: str | None = None, status: int = 200):
    return render_template(
        "api/tokens.html",
        tokens=tokens.all_tokens(),
        owners=tokens.token_owners(),
        scopes=TOKEN_SCOPES,
        max_days=current_app.config["API_TOKEN_MAX_DAYS"],
        now=utcnow(),
        error=error,
        secret=secret,
        form=request.form,
    ), status


@bp.route("/api-tokens", methods=["GET", "POST"])
@roles_required("admin")
def api_tokens():
    """List tokens; POST makes one and shows its secret in this response only (never stored, never again)."""
    if request.method == "GET":
        return _tokens_page()
    raw = request.form.get("user_id", "")
    owner = db.session.get(User, int(raw)) if raw.isdigit() else None
    if owner is None:
        return _tokens_page("Choose whose access the token carries.", status=400)
    try:
        _, secret = tokens.create_token(
            owner,
            request.form.get("name", ""),
            request.form.get("scope", ""),
            request.form.get("days", ""),
            actor=current_user,
        )
    except tokens.TokenError as exc:
        db.session.rollback()
        return _tokens_page(str(exc), status=400)
    return _tokens_page(secret=secret)


@bp.post("/api-tokens/<int:token_id>/revoke")
@roles_required("admin")
def revoke_token(token_id: int):
    token = db.session.get(ApiToken, token_id) or abort(404)
    tokens.revoke(token, actor=current_user)
    flash(f"The token “{token.name}” is revoked.", "success")
    return redirect(url_for("api_admin.api_tokens"), code=303)


def _hooks_page(error: str | None = None, secret: str | None = None, status: int = 200):
    return render_template(
        "api/webhooks.html",
        hooks=list(db.session.scalars(select(Webhook).order_by(Webhook.id))),
        events=WEBHOOK_EVENTS,
        allow_private=current_app.config.get("WEBHOOK_ALLOW_PRIVATE"),
        error=error,
        secret=secret,
        form=request.form,
    ), status


@bp.route("/webhooks", methods=["GET", "POST"])
@roles_required("admin")
def webhooks_page():
    """List hooks; POST registers one (the URL is checked now) and shows its signing secret once."""
    if request.method == "GET":
        return _hooks_page()
    try:
        _, secret = webhooks.register(
            request.form.get("url", ""),
            request.form.getlist("events"),
            request.form.get("description", ""),
            actor=current_user,
        )
    except webhooks.WebhookError as exc:
        db.session.rollback()
        return _hooks_page(str(exc), status=400)
    return _hooks_page(secret=secret)


@bp.route("/webhooks/<int:hook_id>", methods=["GET", "POST"])
@roles_required("admin")
def webhook(hook_id: int):
    """One hook: its deliveries with every attempt's answer; POST switches it on or off or rotates its secret."""
    hook = db.session.get(Webhook, hook_id) or abort(404)
    secret = None
    if request.method == "POST":
        op = request.form.get("op")
        if op == "rotate":
            secret = webhooks.rotate_secret(hook, actor=current_user)
        elif op in ("activate", "deactivate"):
            webhooks.set_active(hook, op == "activate", actor=current_user)
            flash("Webhook " + ("switched on." if hook.active else "switched off."), "success")
            return redirect(url_for("api_admin.webhook", hook_id=hook.id), code=303)
        else:
            abort(400)
    deliveries = db.session.scalars(
        select(WebhookDelivery)
        .where(WebhookDelivery.webhook_id == hook.id)
        .order_by(WebhookDelivery.id.desc())
        .limit(DELIVERIES_SHOWN)
    )
    return render_template("api/webhook.html", hook=hook, deliveries=list(deliveries), secret=secret)


@bp.post("/webhooks/deliveries/<int:delivery_id>/replay")
@roles_required("admin")
def replay(delivery_id: int):
    delivery = db.session.get(WebhookDelivery, delivery_id) or abort(404)
    copy = webhooks.replay(delivery, actor=current_user)
    flash(f"Delivery {delivery.id} queued again as delivery {copy.id}.", "success")
    return redirect(url_for("api_admin.webhook", hook_id=delivery.webhook_id), code=303)
