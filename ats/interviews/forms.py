"""The scheduling form; scorecards and plans are built per competency in their templates."""

from __future__ import annotations

from zoneinfo import available_timezones

from flask_wtf import FlaskForm
from wtforms import DateField, IntegerField, SelectField, SelectMultipleField, StringField, TimeField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import URL, DataRequired, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

TIMEZONES = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))) + ["UTC"]


class CheckboxesField(SelectMultipleField):
    """Multiple choice rendered as a list of labelled checkboxes (keyboard friendly)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ScheduleForm(FlaskForm):
    round = SelectField("Round", coerce=int, validators=[DataRequired(message="Choose a round.")])
    day = DateField("Date", validators=[DataRequired(message="Give the date (YYYY-MM-DD).")])
    at = TimeField("Start time", validators=[DataRequired(message="Give the start time (HH:MM).")])
    timezone = SelectField(
        "Time zone",
        choices=[SelectChoice(z, z) for z in TIMEZONES],
        validators=[DataRequired(message="Choose a time zone.")],
    )
    duration_minutes = IntegerField(
        "Duration (minutes)",
        default=45,
        validators=[
            DataRequired(message="Give the duration in minutes."),
            NumberRange(min=5, max=480, message="Duration must be between 5 and 480 minutes."),
        ],
    )
    location = StringField("Place", validators=[Optional()])
    video_url = StringField(
        "Video link",
        validators=[Optional(), URL(require_tld=False, message="Give a full link starting with https://.")],
    )
    interviewer_ids = CheckboxesField(
        "Interviewers", coerce=int, validators=[DataRequired(message="Choose at least one interviewer.")]
    )


def round_choices(rounds_or_specs) -> list[tuple[int, str]]:
    """Round choices numbered from 1 (DataRequired would refuse a 0)."""
    return [SelectChoice(i + 1, getattr(r, "name", None) or r["name"]) for i, r in enumerate(rounds_or_specs)]


def people_choices(users) -> list[SelectChoice]:
    return [SelectChoice(u.id, f"{u.name} ({u.role_label})") for u in users]
