"""The apply form: fixed fields plus one field per screening question of the job, built per request."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    DecimalField,
    EmailField,
    HiddenField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, InputRequired, Length, NumberRange, Optional

SOURCES = [
    ("", "Choose one (optional)"),
    ("careers_page", "Our careers page"),
    ("linkedin", "LinkedIn"),
    ("indeed", "Indeed"),
    ("job_board", "Another job board"),
    ("referral", "A friend or employee"),
    ("social_media", "Social media"),
    ("event", "A job fair or event"),
    ("other", "Other"),
]
PREFER_NOT = ("", "I prefer not to say")
EEO_CHOICES = {
    "gender": [
        PREFER_NOT,
        ("female", "Female"),
        ("male", "Male"),
        ("non_binary", "Non-binary"),
        ("self_describe", "I describe myself in another way"),
    ],
    "race_ethnicity": [
        PREFER_NOT,
        ("american_indian_alaska_native", "American Indian or Alaska Native"),
        ("asian", "Asian"),
        ("black_african_american", "Black or African American"),
        ("hispanic_latino", "Hispanic or Latino"),
        ("native_hawaiian_pacific_islander", "Native Hawaiian or Other Pacific Islander"),
        ("white", "White"),
        ("two_or_more", "Two or more races"),
    ],
    "veteran_status": [
        PREFER_NOT,
        ("protected_veteran", "I am a protected veteran"),
        ("not_veteran", "I am not a protected veteran"),
    ],
    "disability_status": [
        PREFER_NOT,
        ("yes", "Yes, I have a disability (or had one in the past)"),
        ("no", "No, I do not have a disability"),
    ],
}
EEO_LABELS = {
    "gender": "Gender",
    "race_ethnicity": "Race or ethnicity",
    "veteran_status": "Veteran status",
    "disability_status": "Disability status",
}
CONSENT_TEXT = (
    "I agree that {company} processes the information in this application to consider me for this job, "
    "and keeps it for up to {days} days afterwards as described in the privacy notice."
)
YES_NO = [("yes", "Yes"), ("no", "No")]
HONEYPOT = "website"


def _strip(value):
    return value.strip() if isinstance(value, str) else value


class BaseApplyForm(FlaskForm):
    """Fields every application has; question fields are added by apply_form()."""

    submission_id = HiddenField()
    name = StringField(
        "Full name",
        validators=[DataRequired("Enter your full name."), Length(max=200)],
        filters=[_strip],
        render_kw={"autocomplete": "name"},
    )
    email = EmailField(
        "Email",
        validators=[
            DataRequired("Enter your email address."),
            Email("Enter an email address like name@example.com."),
            Length(max=254),
        ],
        filters=[_strip],
        render_kw={"autocomplete": "email"},
    )
    phone = StringField(
        "Phone", validators=[Optional(), Length(max=40)], render_kw={"autocomplete": "tel", "type": "tel"}
    )
    location = StringField(
        "City or region", validators=[Optional(), Length(max=200)], render_kw={"autocomplete": "address-level2"}
    )
    resume = FileField("Resume")
    resume_token = HiddenField()
    cover_letter_file = FileField("Cover letter file")
    cover_letter_file_token = HiddenField()
    cover_letter_text = TextAreaField(
        "Or type your cover letter", validators=[Optional(), Length(max=20_000)], render_kw={"rows": 6}
    )
    source = SelectField("How did you hear about us?", choices=SOURCES, validators=[Optional()])
    consent = BooleanField(
        "I agree", validators=[DataRequired("You need to agree so that we can consider your application.")]
    )
    eeo_gender = SelectField(EEO_LABELS["gender"], choices=EEO_CHOICES["gender"], validators=[Optional()])
    eeo_race_ethnicity = SelectField(
        EEO_LABELS["race_ethnicity"], choices=EEO_CHOICES["race_ethnicity"], validators=[Optional()]
    )
    eeo_veteran_status = SelectField(
        EEO_LABELS["veteran_status"], choices=EEO_CHOICES["veteran_status"], validators=[Optional()]
    )
    eeo_disability_status = SelectField(
        EEO_LABELS["disability_status"], choices=EEO_CHOICES["disability_status"], validators=[Optional()]
    )
    website = StringField("Leave this field empty", render_kw={"autocomplete": "off", "tabindex": "-1"})


def questions_of(job) -> list[dict]:
    """Knockout (yes/no) questions first, then the job's own questions, each as {id, text, kind, choices, required}."""
    found = []
    for ko in (job.requirements_data or {}).get("knockouts", []) or []:
        if ko.get("id") and ko.get("question"):
            found.append(
                {"id": str(ko["id"]), "text": ko["question"], "kind": "yes_no", "choices": [], "required": True}
            )
    for q in job.questions or []:
        if q.get("id") and q.get("text"):
            found.append(
                {
                    "id": str(q["id"]),
                    "text": q["text"],
                    "kind": q.get("kind", "text"),
                    "choices": list(q.get("choices") or []),
                    "required": bool(q.get("required")),
                }
            )
    return found


def _question_field(q: dict):
    required = [InputRequired("Answer this question.")] if q["required"] else [Optional()]
    kind = q["kind"]
    if kind in ("yes_no", "boolean", "yesno"):
        return RadioField(q["text"], choices=YES_NO, validators=required)
    if kind in ("choice", "single_choice", "select"):
        return RadioField(q["text"], choices=[(c, c) for c in q["choices"]], validators=required)
    if kind == "number":
        return DecimalField(
            q["text"],
            places=None,
            validators=[*required, NumberRange(min=0, max=1_000_000)],
            render_kw={"inputmode": "decimal"},
        )
    return StringField(q["text"], validators=[*required, Length(max=500)])


def apply_form(job, formdata=None, *, csrf: bool = True):
    """A form class for this job's questions (fields q_<id>), instantiated on the request data; the API's
    apply endpoint passes csrf=False (no cookies there: nothing for a forged request to ride on)."""
    attrs = {f"q_{q['id']}": _question_field(q) for q in questions_of(job)}
    form_class = type("ApplyForm", (BaseApplyForm,), attrs)
    meta = {} if csrf else {"csrf": False}
    return form_class(meta=meta) if formdata is None else form_class(formdata=formdata, meta=meta)


def question_fields(form, job) -> list:
    return [form[f"q_{q['id']}"] for q in questions_of(job)]


def answers_from(form, job) -> dict[str, str]:
    """Answers keyed by question id, as text (knockouts as 'yes'/'no'), blanks left out."""
    answers = {}
    for q in questions_of(job):
        value = form[f"q_{q['id']}"].data
        if value is None or str(value).strip() == "":
            continue
        answers[q["id"]] = _number_text(value) if q["kind"] == "number" else str(value).strip()
    return answers


def _number_text(value) -> str:
    text = format(value, "f") if not isinstance(value, str) else value.strip()
    return text.rstrip("0").rstrip(".") if "." in text else text
