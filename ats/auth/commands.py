"""`flask create-user`: staff accounts from a terminal (the first admin of an instance starts here)."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from ats.auth.models import ROLES
from ats.auth.services import AccountError, create_user, set_permission


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


PERMISSIONS = ("adverse_impact",)


@click.command("grant-permission")
@click.argument("email")
@click.argument("permission", type=click.Choice(PERMISSIONS))
@click.option("--revoke", is_flag=True, help="Take the permission away instead.")
@with_appcontext
def grant_permission(email: str, permission: str, revoke: bool) -> None:
    """Give a staff account an extra right (adverse_impact: the fairness report, admins only); audited."""
    try:
        user = set_permission(email, permission, granted=not revoke)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{user.email}: {permission} {'revoked' if revoke else 'granted'}")


COMMANDS = (create_user_command, grant_permission)
