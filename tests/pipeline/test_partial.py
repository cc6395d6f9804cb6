"""The move-controls partial other pages include, and escaping of candidate data on the board."""

from flask import render_template_string


def test_move_controls_partial_renders_with_only_the_application(app, rclient, job, apps):
    a = apps[0]
    with app.test_request_context(f"/candidates/{a.candidate_id}?tab=1"):
        html = render_template_string('{% include "pipeline/_move_controls.html" %}', application=a)
    assert f'action="/applications/{a.id}/move"' in html and f'action="/applications/{a.id}/reject"' in html
    assert 'name="version" value="1"' in html and 'value="/candidates/' in html
    assert 'optgroup label="We rejected them"' in html and ">Interview<" in html


def test_candidate_data_is_escaped_on_the_board(rclient, job, make_application):
    make_application(job, name="<img src=x onerror=alert(1)>", fmt="pdf")
    html = rclient.get(f"/jobs/{job.id}/board").get_data(as_text=True)
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
