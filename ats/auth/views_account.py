"""My account: change my password, set up or turn off two-factor sign-in, new recovery codes."""

from __future__ import annotations

from flask import flash, redirect, render_template, session, url_for
from flask_login import current_user, login_required

from ats.auth import services, signin, two_factor
from ats.auth.forms import ChangePasswordForm, CodeForm, ConfirmPasswordForm
from ats.auth.views import bp

SETUP_KEY = "totp_setup_secret"


def _account_page(password_form=None, confirm_form=None, status: int = 200):
    return render_template(
        "auth/account.html",
        password_form=password_form or ChangePasswordForm(formdata=None),
        confirm_form=confirm_form or ConfirmPasswordForm(formdata=None),
        required=two_factor.required_for_all(),
        codes_left=two_factor.recovery_codes_left(current_user) if current_user.totp_enabled else 0,
    ), status


@bp.route("/account")
@login_required
def account():
    return _account_page()


@bp.route("/account/password", methods=["POST"])
@login_required
def change_password():
    """Every other session of mine ends; this browser gets a fresh one."""
    form = ChangePasswordForm()
    if not form.validate_on_submit():
        return _account_page(password_form=form, status=400)
    try:
        services.change_own_password(current_user, form.current.data, form.password.data, form.confirm.data)
    except services.AccountError as exc:
        form.password.errors = [str(exc)]
        return _account_page(password_form=form, status=400)
    flash("Your password is changed. You were signed out everywhere else.", "success")
    user = current_user._get_current_object()
    return signin.open_session(user, url_for("auth.account"), "password-change")


@bp.route("/account/two-factor", methods=["GET", "POST"])
@login_required
def two_factor_setup():
    """Scan the QR code (or type the key), then prove it with a code; the recovery codes are shown once."""
    if current_user.totp_enabled:
        return redirect(url_for("auth.account"))
    secret = session.get(SETUP_KEY) or two_factor.new_secret()
    session[SETUP_KEY] = secret
    form = CodeForm()
    if form.validate_on_submit():
        try:
            codes = two_factor.enable(current_user, secret, form.code.data)
        except two_factor.TwoFactorError as exc:
            form.code.errors = [str(exc)]
        else:
            session.pop(SETUP_KEY, None)
            return render_template("auth/recovery_codes.html", codes=codes, first=True)
    uri = two_factor.setup_uri(current_user, secret)
    return render_template(
        "auth/two_factor_setup.html", form=form, secret=secret, uri=uri, qr=two_factor.qr_data_uri(uri)
    ), (400 if form.errors else 200)


@bp.route("/account/recovery-codes", methods=["POST"])
@login_required
def recovery_codes():
    form = ConfirmPasswordForm()
    if not current_user.totp_enabled or not form.validate_on_submit():
        return redirect(url_for("auth.account"))
    if not services.check_password(current_user, form.current.data):
        form.current.errors = ["Your current password is not right."]
        return _account_page(confirm_form=form, status=400)
    return render_template("auth/recovery_codes.html", codes=two_factor.regenerate_recovery_codes(current_user))


@bp.route("/account/two-factor/off", methods=["POST"])
@login_required
def two_factor_off():
    form = ConfirmPasswordForm()
    if not current_user.totp_enabled or not form.validate_on_submit():
        return redirect(url_for("auth.account"))
    if two_factor.required_for_all():
        flash("Your organisation requires two-factor sign-in, so it cannot be turned off.", "error")
        return redirect(url_for("auth.account"))
    if not services.check_password(current_user, form.current.data):
        form.current.errors = ["Your current password is not right."]
        return _account_page(confirm_form=form, status=400)
    two_factor.disable(current_user, actor=current_user)
    flash("Two-factor sign-in is off.", "success")
    return redirect(url_for("auth.account"))
