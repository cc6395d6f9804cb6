"""Sign-in, second factor and own-account forms (CSRF protected through Flask-WTF)."""

from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, StringField
from wtforms.validators import DataRequired, Length

from ats.auth.passwords import MAX_LENGTH

NEW = {"autocomplete": "new-password"}
CURRENT = {"autocomplete": "current-password"}


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=MAX_LENGTH)])
    next = HiddenField()


class CodeForm(FlaskForm):
    code = StringField(
        "Code from your authenticator app, or a recovery code",
        validators=[DataRequired("Enter the code."), Length(max=40)],
        render_kw={"autocomplete": "one-time-code", "inputmode": "text", "autocapitalize": "off"},
    )


class NewPasswordForm(FlaskForm):
    """Choose a password (invitation, reset); paste allowed, no composition rules, 64+ characters welcome."""

    password = PasswordField("New password", validators=[DataRequired("Choose a password.")], render_kw=NEW)
    confirm = PasswordField(
        "New password again",
        validators=[DataRequired("Type the password again.")],
        render_kw=NEW,
    )


class ChangePasswordForm(NewPasswordForm):
    current = PasswordField(
        "Current password",
        validators=[DataRequired("Enter your current password.")],
        render_kw=CURRENT,
    )


class ConfirmPasswordForm(FlaskForm):
    current = PasswordField(
        "Current password",
        validators=[DataRequired("Enter your current password.")],
        render_kw=CURRENT,
    )
