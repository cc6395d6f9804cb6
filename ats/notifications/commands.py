"""`flask send-outbox`: deliver due emails (cron, when the embedded worker does not run)."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from ats.notifications.services import deliver


@click.command("send-outbox")
@with_appcontext
def send_outbox() -> None:
    """Deliver every due email in the outbox (delayed rejection emails included)."""
    click.echo(f"Sent {deliver()} email(s).")


COMMANDS = (send_outbox,)
