"""`flask create-user`: staff accounts from a terminal (the first admin of an instance starts here)."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from ats.auth.models import ROLES
from ats.auth.services import AccountError, create_user


@click.command("create-user")
@click.argument("email")
@click.option("--role", type=click.Choice(list(ROLES)), required=True)
@click.option("--name", default="", help="Display name (defaults to the email).")
@click.option("--generate-password", is_flag=True, help="Generate a random password instead of prompting.")
@with_appcontext
def create_user_command(email: str, role: str, name: str, generate_password: bool) -> None:
    """Create a staff account; prompts for the password unless --generate-password."""
    password = None
    if not generate_password:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user, password = create_user(email, name or email, role, password)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Created {user.role} {user.email}")
    if generate_password:
        click.echo(f"Password: {password}")


COMMANDS = (create_user_command,)
