"""`flask seed-demo`: load the demo once and print its logins."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from ats.demo.seed import seed


@click.command("seed-demo")
@click.option("--applicants", default=24, show_default=True, help="Applicants per job.")
@with_appcontext
def seed_demo(applicants: int) -> None:
    """Load the demo jobs, applicants and accounts once; print the demo logins."""
    logins = seed(applicants_per_job=applicants)
    click.echo("Demo logins (also in instance/demo-logins.txt):")
    for role, email, password in logins:
        click.echo(f"  {role:<15} {email:<32} {password}")


COMMANDS = (seed_demo,)
