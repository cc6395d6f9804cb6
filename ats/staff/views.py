"""Staff home: every role lands here after login and sees the jobs it may see."""

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user

from ats.auth.access import STAFF_ROLES, roles_required
from ats.staff.services import job_summaries

bp = Blueprint("staff", __name__, template_folder="templates")


@bp.route("/")
def index():
    """Staff go to their home page; everyone else to the public careers page."""
    if current_user.is_authenticated:
        return redirect(url_for("staff.home"))
    return redirect(url_for("portal.careers"))


@bp.route("/home")
@roles_required(*STAFF_ROLES)
def home():
    return render_template("staff/home.html", summaries=job_summaries(current_user))
