"""An admin's funnel report draws its chart in a real browser (the vendored Chart.js, no CDN, no inline script)."""

from playwright.sync_api import expect


def test_admin_funnel_page_draws_its_chart(page, sign_in, artifacts):
    sign_in("admin")
    page.get_by_role("link", name="Reports", exact=True).click()
    page.get_by_role("link", name="Funnel").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Funnel")
    expect(page.get_by_role("table")).to_contain_text("Applied")
    canvas = page.locator("canvas#chart-funnel")
    expect(canvas).to_be_visible()
    page.wait_for_function("() => document.querySelector('#chart-funnel')._chart !== undefined")
    painted = page.evaluate(
        """() => {
            const c = document.querySelector('#chart-funnel');
            const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) n++; }
            return {painted: n, bars: c._chart.data.datasets[0].data.length, chart: !!Chart.getChart(c)};
        }"""
    )
    assert painted["chart"] and painted["bars"] >= 5 and painted["painted"] > 500, painted
    page.screenshot(path=str(artifacts / "reports-funnel.png"), full_page=True)
