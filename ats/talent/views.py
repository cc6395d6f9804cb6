"""Candidates across jobs: global search, the candidates page, saved views and the tag admin."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from ats.auth.access import RECRUITING_ROLES, STAFF_ROLES, roles_required
from ats.talent import directory, saved, tags

bp = Blueprint("talent", __name__, template_folder="templates")


@bp.get("/search")
@roles_required(*STAFF_ROLES)
def search() -> ResponseReturnValue:
    """The search box in the header: name, email, phone or resume words, across every job the user may see."""
    q = request.args.get("q", "")
    return render_template("talent/search.html", q=q, rows=directory.search(current_user, q))


@bp.get("/candidates")
@roles_required(*STAFF_ROLES)
def candidates() -> ResponseReturnValue:
    page = request.args.get("page", "1")
    number = int(page) if page.isdigit() and 0 < int(page) < 10_000 else 1
    rows, has_more = directory.candidate_page(current_user, request.args, number)
    args = {k: request.args.get(k, "") for k in directory.CANDIDATE_FILTERS}
    return render_template(
        "talent/candidates.html",
        rows=rows,
        has_more=has_more,
        page=number,
        args=args,
        query={k: v for k, v in args.items() if v},
        tiers=directory.tiers(current_user),
        tags=tags.tag_counts(current_user),
        within=directory.APPLIED_WITHIN,
        views=saved.views_for(current_user, "candidates"),
        can_act=current_user.role in RECRUITING_ROLES,
    )


def _page_url(page: str, query: str = "") -> str:
    """Where a saved view lives: the candidates page or a job's ranked list."""
    base = url_for("talent.candidates") if page == "candidates" else url_for("review.applicants", job_id=page[4:])
    return base + (f"?{query}" if query else "")


@bp.post("/saved-views")
@roles_required(*STAFF_ROLES)
def save_view() -> ResponseReturnValue:
    page = request.form.get("page", "")
    try:
        view = saved.save_view(current_user, page, request.form.get("name", ""), request.form.get("query", ""))
    except saved.SavedViewError as exc:
        flash(str(exc), "error")
        if page == "candidates" or page.startswith("job:") and page[4:].isdigit():
            return redirect(_page_url(page, saved.clean_query(request.form.get("query", ""))), code=303)
        abort(400)
    flash(f"Saved the view “{view.name}”.", "success")
    return redirect(_page_url(view.page, view.query), code=303)


@bp.post("/saved-views/<int:view_id>/delete")
@roles_required(*STAFF_ROLES)
def delete_view(view_id: int) -> ResponseReturnValue:
    view = saved.delete_view(current_user, view_id)
    if view is None:
        abort(404)
    flash(f"Deleted the view “{view.name}”.", "success")
    return redirect(_page_url(view.page), code=303)


@bp.route("/tags", methods=["GET", "POST"])
@roles_required(*RECRUITING_ROLES)
def tag_admin() -> ResponseReturnValue:
    """Every tag with its count; rename (merging into an existing name) or delete (after a confirmation)."""
    error, form = None, request.form
    if request.method == "POST":
        old = form.get("tag", "")
        try:
            if form.get("op") == "rename":
                n = tags.rename_tag(current_user, old, form.get("new_name", ""))
                flash(f"Renamed “{old}” on {n} application(s).", "success")
            elif form.get("op") == "delete" and form.get("confirm") == "yes":
                n = tags.delete_tag(current_user, old)
                flash(f"Deleted “{old}” from {n} application(s).", "success")
            else:
                raise tags.TagError("Tick the box to confirm the deletion.")
        except tags.TagError as exc:
            error = str(exc)
        else:
            return redirect(url_for("talent.tag_admin"), code=303)
    return render_template("talent/tags.html", tags=tags.tag_counts(current_user), error=error, form=form), (
        400 if error else 200
    )
