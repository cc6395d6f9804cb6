"""`flask send-webhooks` (cron, when the embedded worker does not run) and `flask create-api-token`."""

from __future__ import annotations

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from ats.api import tokens, webhooks
from ats.auth.models import User
from ats.extensions import db


@click.command("send-webhooks")
@with_appcontext
def send_webhooks() -> None:
    """Queue webhook retries that are due (and deliveries whose worker stopped)."""
    click.echo(f"Queued {webhooks.send_due()} webhook delivery(ies).")


@click.command("create-api-token")
@click.argument("email")
@click.option("--name", required=True, help="What will use the token")
@click.option("--scope", type=click.Choice(["read", "write"]), default="read", show_default=True)
@click.option("--days", default=90, show_default=True, help="Lifetime in days")
@with_appcontext
def create_api_token(email: str, name: str, scope: str, days: int) -> None:
    """Make an API token acting as the staff account EMAIL; the token is printed once."""
    owner = db.session.scalar(select(User).where(User.email == email.strip().lower()))
    if owner is None:
        raise click.ClickException(f"No staff account {email}.")
    try:
        _, secret = tokens.create_token(owner, name, scope, days, actor=None)
    except tokens.TokenError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(secret)


COMMANDS = (send_webhooks, create_api_token)
