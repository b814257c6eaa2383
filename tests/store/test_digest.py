"""The daily digest: figures match the database, day boundaries follow the zone, output is safe."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, time, timedelta
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from digest_fixtures import API, Builder, at, busy_day

from triage_agent.config import DigestSettings
from triage_agent.digest import build_digest, day_bounds, render, write_daily
from triage_agent.errors import ConfigError
from triage_agent.store import Store
from triage_agent.timeutil import iso

DAY = date(2026, 11, 24)
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LLM_BUDGET, API_BUDGET = 200_000, 86_400


# --------------------------------------------------------------------------- helpers


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "t.db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def busy(tmp_path_factory):
    """One busy store for the module: building the digest only reads it."""
    s = Store.open(tmp_path_factory.mktemp("busy") / "t.db")
    yield s, busy_day(s, DAY, BERLIN)
    s.close()


def digest_of(store: Store, day: date = DAY, tz: ZoneInfo = BERLIN, now: datetime | None = None):
    now = now or datetime.combine(day + timedelta(days=1), time(8), tzinfo=tz)
    return build_digest(store, day, tz, now, llm_budget=LLM_BUDGET, api_budget_per_day=API_BUDGET)


def utc_range(day: date, tz: ZoneInfo) -> tuple[str, str]:
    """The day's UTC bounds, worked out here rather than by the module under test."""
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    nxt = day + timedelta(days=1)
    end = datetime(nxt.year, nxt.month, nxt.day, tzinfo=tz)
    return iso(start), iso(end)


def scalar(store: Store, sql: str, params=()) -> int:
    return int(store.db.execute(sql, list(params)).fetchone()[0] or 0)


LATEST = "left join verdicts v on v.id = (select max(id) from verdicts where failure_id = f.id)"


def verdict_counts(store: Store, start: str, end: str, project: str | None = None) -> dict[str, int]:
    sql = (f"select coalesce(v.verdict, 'none') as verdict, count(*) as n from failures f {LATEST} "
           "where f.detected_at >= ? and f.detected_at < ?")
    params = [start, end]
    if project:
        sql += " and f.project_slug = ?"
        params.append(project)
    counts = {"transient": 0, "real": 0, "unknown": 0, "none": 0}
    for row in store.db.query(sql + " group by 1", params):
        counts[row["verdict"]] = row["n"]
    counts["total"] = sum(counts.values())
    return counts


def moves(store: Store, start: str, end: str, to_status: str, project: str | None = None) -> int:
    sql = ("select count(distinct a.proposal_id) from audit_log a join proposals p on p.id = a.proposal_id "
           "where a.at >= ? and a.at < ? and a.to_status = ?")
    params = [start, end, to_status]
    if to_status == "approved":
        sql += " and a.from_status in ('pending', 'failed')"
    if project:
        sql += " and p.project_slug = ?"
        params.append(project)
    return scalar(store, sql, params)


def md_row(md: str, label: str) -> list[str]:
    """The cells of the Markdown table row whose first cell is ``label``."""
    for line in md.splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if cells and cells[0] == label:
            return cells[1:]
    raise AssertionError(f"no table row {label!r} in:\n{md}")


class _Tiles(HTMLParser):
    """Label -> value text of the KPI tiles."""

    def __init__(self) -> None:
        super().__init__()
        self.tiles: dict[str, str] = {}
        self._field: str | None = None
        self._label = ""

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if tag == "div" and cls == "label":
            self._field = "label"
        elif tag == "div" and cls.startswith("value"):
            self._field = "value"

    def handle_endtag(self, tag):
        self._field = None if tag == "div" else self._field

    def handle_data(self, data):
        if self._field == "label":
            self._label = data.strip()
        elif self._field == "value":
            self.tiles[self._label] = data.strip()


def tiles(html: str) -> dict[str, str]:
    parser = _Tiles()
    parser.feed(html[html.index('<section class="tiles"'):html.index("</section>")])
    return parser.tiles


def svg_of(html: str) -> ET.Element:
    return ET.fromstring(re.search(r"<svg\b.*?</svg>", html, re.S).group(0))


SVG = "{http://www.w3.org/2000/svg}"


# --------------------------------------------------------------------------- a busy day


def test_busy_day_numbers_in_markdown_match_the_database(busy):
    store, _ = busy
    start, end = utc_range(DAY, BERLIN)
    md = render(digest_of(store), "md")
    counts = verdict_counts(store, start, end)
    created = scalar(store, "select count(*) from proposals where created_at >= ? and created_at < ?", [start, end])
    reruns = scalar(store, "select count(*) from reruns where sent_at >= ? and sent_at < ?", [start, end])
    reports = scalar(store, "select count(*) from reports where created_at >= ? and created_at < ?", [start, end])
    expected = {
        "Failures detected": counts["total"], "- transient": counts["transient"], "- real": counts["real"],
        "- unknown": counts["unknown"], "- not classified yet": counts["none"],
        "Proposals created": created,
        "Proposals approved": moves(store, start, end, "approved"),
        "Proposals rejected": moves(store, start, end, "rejected"),
        "Proposals expired": moves(store, start, end, "expired"),
        "Proposals executed": moves(store, start, end, "executed"),
        "Executions failed": moves(store, start, end, "failed"),
        "Reruns executed": reruns, "Reports filed": reports,
    }
    assert {label: int(md_row(md, label)[0]) for label in expected} == expected
    # The fixture really is busy: every verdict, every kind of move, on the day.
    assert all(expected.values())
    assert md.startswith("# CI triage digest: Tuesday 24 November 2026\n")
    assert (f"**{counts['total']} failures in 4 projects on Tuesday 24 November: {counts['transient']} transient, "
            f"{counts['real']} real, {counts['unknown']} unknown, {counts['none']} not classified yet.**") in md


def test_busy_day_tiles_in_html_match_the_database(busy):
    store, bd = busy
    start, end = utc_range(DAY, BERLIN)
    html = render(digest_of(store), "html")
    pending = scalar(store, "select count(*) from proposals where status = 'pending'")
    window_start, _ = utc_range(DAY - timedelta(days=29), BERLIN)
    confirmed, refuted = precision_counts(store, window_start, end)
    day_confirmed, day_refuted = precision_counts(store, start, end)
    assert tiles(html) == {
        "Failures": str(verdict_counts(store, start, end)["total"]),
        "Proposals": str(scalar(store, "select count(*) from proposals where created_at >= ? and created_at < ?",
                                [start, end])),
        "Executed": str(moves(store, start, end, "executed")),
        "Precision · day": f"{100 * day_confirmed / (day_confirmed + day_refuted):.0f}%",
        "Precision · 30 days": f"{100 * confirmed / (confirmed + refuted):.0f}%",
        "To approve": str(pending),
    }
    assert "<h1>Tuesday 24 November 2026</h1>" in html


def test_each_project_row_matches_its_failures_and_queue_moves(busy):
    store, _ = busy
    start, end = utc_range(DAY, BERLIN)
    md = render(digest_of(store), "md")
    slugs = [r["project_slug"] for r in store.db.query(
        "select distinct project_slug from failures where detected_at >= ? and detected_at < ?", [start, end])]
    assert len(slugs) == 4
    for slug in slugs:
        c = verdict_counts(store, start, end, slug)
        expected = [
            c["total"], c["transient"], c["real"], c["unknown"],
            scalar(store, "select count(*) from proposals where project_slug = ? and created_at >= ? and created_at < ?",
                   [slug, start, end]),
            moves(store, start, end, "approved", slug), moves(store, start, end, "rejected", slug),
            moves(store, start, end, "expired", slug), moves(store, start, end, "executed", slug),
            scalar(store, "select count(*) from reruns where project_slug = ? and sent_at >= ? and sent_at < ?",
                   [slug, start, end]),
            scalar(store, "select count(*) from reports where project_slug = ? and created_at >= ? and created_at < ?",
                   [slug, start, end]),
        ]
        assert [int(x) for x in md_row(md, slug)] == expected, slug


def test_a_reclassified_failure_counts_with_its_latest_verdict(busy):
    store, _ = busy
    digest = digest_of(store)
    lines = {line.category: line for p in digest.projects for line in p.lines}
    # The docker-pull failure was "unknown" first and "transient" after: only the latter counts.
    assert lines["docker-pull"].verdict == "transient"
    assert scalar(store, "select count(*) from verdicts where failure_id = ?", [lines["docker-pull"].failure_id]) == 2


def precision_counts(store: Store, start: str, end: str) -> tuple[int, int]:
    row = store.db.execute(
        "select sum(r.outcome = 'confirmed'), sum(r.outcome = 'refuted') from reruns r "
        "join proposals p on p.id = r.proposal_id "
        "where p.verdict = 'transient' and r.sent_at >= ? and r.sent_at < ?", [start, end]).fetchone()
    return int(row[0] or 0), int(row[1] or 0)


def test_precision_is_confirmed_over_confirmed_plus_refuted_for_the_day_and_30_days(busy):
    store, _ = busy
    day_start, end = utc_range(DAY, BERLIN)
    window_start, _ = utc_range(DAY - timedelta(days=29), BERLIN)
    digest = digest_of(store)
    md, html = render(digest, "md"), render(digest, "html")
    for label, tile, start in [("This day", "Precision · day", day_start),
                               ("Last 30 days", "Precision · 30 days", window_start)]:
        confirmed, refuted = precision_counts(store, start, end)
        assert confirmed and refuted
        percent = f"{100 * confirmed / (confirmed + refuted):.0f}%"
        row = md_row(md, label)
        assert row[0].split(" ")[0] == percent
        assert [int(x) for x in row[1:3]] == [confirmed, refuted]
        assert tiles(html)[tile] == percent
    assert digest.precision_day.value == pytest.approx(6 / 7)
    # A rerun that failed differently or is still running neither confirms nor refutes.
    assert (digest.precision_day.different, digest.precision_day.running) == (1, 1)


def test_precision_says_not_enough_data_when_no_rerun_has_decided(store):
    b = Builder(store)
    t = at(DAY, "10:00", BERLIN)
    running = b.proposal([b.failure(API, t)], t, status="executed")
    b.rerun(running, t + timedelta(minutes=30), outcome=None)
    different = b.proposal([b.failure(API, t)], t, status="executed")
    b.rerun(different, t + timedelta(minutes=30), outcome="different")
    # Precision measures transient verdicts: a rerun proposed on another verdict does not count.
    other = b.proposal([b.failure(API, t, verdict="unknown")], t, status="executed")
    b.rerun(other, t + timedelta(minutes=30), outcome="confirmed")
    digest = digest_of(store)
    assert digest.precision_window.value is None
    md, html = render(digest, "md"), render(digest, "html")
    assert md_row(md, "This day")[:5] == ["not enough data", "0", "0", "1", "1"]
    assert md_row(md, "Last 30 days")[0] == "not enough data"
    assert "There is not enough data yet" in md
    assert tiles(html)["Precision · 30 days"] == "Not enough data"


def test_reruns_list_every_rerun_sent_that_day_with_its_outcome(busy):
    store, _ = busy
    start, end = utc_range(DAY, BERLIN)
    md = render(digest_of(store), "md")
    section = md.split("## Reruns executed", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| Sent")]
    expected = [dict(r) for r in store.db.query(
        "select r.outcome, p.pipeline_number from reruns r join proposals p on p.id = r.proposal_id "
        "where r.sent_at >= ? and r.sent_at < ? order by r.sent_at", [start, end])]
    words = {"confirmed": "confirmed", "refuted": "refuted", "different": "failed differently", None: "still running"}
    assert [(int(r.split("|")[4]), r.split("|")[7].strip()) for r in rows] == [
        (e["pipeline_number"], words[e["outcome"]]) for e in expected]
    n = {k: sum(e["outcome"] == k for e in expected) for k in ("confirmed", "refuted", "different", None)}
    assert (f"{len(expected)} reruns: {n['confirmed']} confirmed, {n['refuted']} refuted, "
            f"{n['different']} failed differently, {n[None]} still running.") in section
    assert min(n.values()) >= 1


def test_flaky_tests_are_ranked_by_time_wasted_with_our_failure_counts(busy):
    store, _ = busy
    day_start, end = utc_range(DAY, BERLIN)
    window_start, _ = utc_range(DAY - timedelta(days=13), BERLIN)
    md = render(digest_of(store), "md")
    section = md.split("## Top flaky tests", 1)[1].split("\n## ", 1)[0]
    rows = [[c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            for line in section.splitlines() if line.startswith("| ") and not line.startswith("| Test")]

    def failed(name: str, slug: str, start: str) -> int:
        return scalar(store, "select count(*) from failures f join evidence e on e.failure_id = f.id, "
                      "json_each(e.known_flaky) j where j.value = ? and f.project_slug = ? "
                      "and f.detected_at >= ? and f.detected_at < ?", [name, slug, start, end])

    wasted = []
    for r in store.db.query("select p.slug, j.value as t from projects p, json_each(p.flaky_tests) j "
                            "where p.active = 1"):
        entry = json.loads(r["t"])
        wasted.append((r["slug"], entry["test_name"], entry["time_wasted"]))
    wasted.sort(key=lambda x: -x[2])
    assert [r[1] for r in rows] == [slug for slug, _, _ in wasted]
    assert rows[0][0] == "test_checkout_times_out_under_load (tests.integration.test_checkout)"
    assert rows[0][3] == "4 h 18 min"  # 15480 s
    for row, (slug, name, _) in zip(rows, wasted, strict=True):
        assert [int(row[5]), int(row[6])] == [failed(name, slug, day_start), failed(name, slug, window_start)]
    assert "test\\_old" not in md and "test_old" not in md  # an unwatched project's stale Insights


def test_reports_filed_show_title_project_and_occurrences(busy):
    store, _ = busy
    start, end = utc_range(DAY, BERLIN)
    md = render(digest_of(store), "md")
    reports = list(store.db.query(
        "select project_slug, title, occurrences from reports where created_at >= ? and created_at < ? "
        "order by created_at", [start, end]))
    assert len(reports) == 2
    section = md.split("## Reports filed", 1)[1].split("\n## ", 1)[0]
    rows = [[c.strip() for c in line.split("|")[2:-1]] for line in section.splitlines()
            if re.match(r"\| \d\d:\d\d \|", line)]
    assert rows == [[r["project_slug"], r["title"], str(r["occurrences"])] for r in reports]
    assert rows[0][2] == "2"  # filed, then seen again the same afternoon


def test_waiting_approvals_are_listed_oldest_first_with_their_age(busy):
    store, bd = busy
    md = render(digest_of(store, now=bd.now), "md")
    pending = list(store.db.query("select id, created_at from proposals where status = 'pending' order by created_at"))
    section = md.split("## Approvals waiting", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|") for line in section.splitlines() if re.match(r"\| \d+ \|", line)]
    assert [int(r[1]) for r in rows] == [p["id"] for p in pending]
    oldest = datetime.fromisoformat(pending[0]["created_at"].replace("Z", "+00:00"))
    hours, rest = divmod(int((bd.now - oldest).total_seconds()) // 60, 60)
    assert rows[0][2].strip() == f"{hours} h {rest:02d} min"
    assert f"{len(pending)} proposals waiting for a person" in section


def test_usage_counts_the_utc_day_against_the_budgets(busy):
    store, _ = busy
    md = render(digest_of(store), "md")
    requests = scalar(store, "select sum(requests) from api_usage where day = ?", [DAY.isoformat()])
    tokens = scalar(store, "select sum(prompt_tokens + completion_tokens) from llm_usage where day = ?",
                    [DAY.isoformat()])
    assert md_row(md, "CircleCI API requests") == [f"{requests:,}", f"{API_BUDGET:,}",
                                                   f"{100 * requests / API_BUDGET:.0f}%"]
    assert md_row(md, "LLM tokens") == [f"{tokens:,}", f"{LLM_BUDGET:,}", f"{100 * tokens / LLM_BUDGET:.0f}%"]


# --------------------------------------------------------------------------- days and zones


def test_rows_just_outside_the_day_are_excluded_and_its_first_and_last_minute_included(busy):
    store, bd = busy
    listed = {line.failure_id for p in digest_of(store).projects for line in p.lines}
    assert {bd.first_id, bd.last_id} <= listed
    assert not {bd.before_id, bd.after_id} & listed
    # The day before and the day after have their own digests, each with its boundary row.
    assert bd.before_id in {line.failure_id for p in digest_of(store, DAY - timedelta(days=1)).projects
                            for line in p.lines}
    assert bd.after_id in {line.failure_id for p in digest_of(store, DAY + timedelta(days=1)).projects
                           for line in p.lines}


@pytest.mark.parametrize(("detected_utc", "local_day"), [
    ("2026-11-24T04:59:59.000000Z", date(2026, 11, 23)),  # 23:59:59 EST the day before
    ("2026-11-24T05:00:00.000000Z", date(2026, 11, 24)),  # midnight EST
    ("2026-11-25T04:59:59.999999Z", date(2026, 11, 24)),
    ("2026-11-25T05:00:00.000000Z", date(2026, 11, 25)),
    ("2026-03-08T04:59:00.000000Z", date(2026, 3, 7)),  # DST starts on 8 March: a 23-hour day
    ("2026-03-09T03:59:00.000000Z", date(2026, 3, 8)),
    ("2026-03-09T04:00:00.000000Z", date(2026, 3, 9)),
])
def test_a_failure_belongs_to_its_calendar_day_in_new_york(store, detected_utc, local_day):
    when = datetime.fromisoformat(detected_utc.replace("Z", "+00:00"))
    fid = Builder(store).failure(API, when)
    for day in (local_day - timedelta(days=1), local_day, local_day + timedelta(days=1)):
        digest = digest_of(store, day, NEW_YORK, now=datetime(2027, 1, 1, tzinfo=UTC))
        assert (digest.failures.total == 1) == (day == local_day), day
        assert (fid in {line.failure_id for p in digest.projects for line in p.lines}) == (day == local_day)


def test_day_bounds_follow_daylight_saving_time():
    start, end = day_bounds(date(2026, 3, 8), NEW_YORK)
    assert (iso(start), iso(end)) == ("2026-03-08T05:00:00.000000Z", "2026-03-09T04:00:00.000000Z")
    start, end = day_bounds(date(2026, 10, 25), BERLIN)  # 25 hours: clocks go back
    assert end - start == timedelta(hours=25)


# --------------------------------------------------------------------------- an empty day


def test_an_empty_day_is_short_and_still_shows_waiting_approvals_and_30_day_precision(store):
    b = Builder(store)
    earlier = at(DAY - timedelta(days=6), "10:00", BERLIN)
    for outcome in ("confirmed", "confirmed", "confirmed", "refuted"):
        p = b.proposal([b.failure(API, earlier)], earlier, status="executed")
        b.rerun(p, earlier + timedelta(minutes=30), outcome=outcome)
    waiting = b.proposal([b.failure(API, earlier, verdict="real")], earlier, action="file_report",
                         summary="Report unit failing on gh/acme/api #77")
    digest = digest_of(store)
    assert digest.quiet
    md, html = render(digest, "md"), render(digest, "html")
    assert "**No failures on Tuesday 24 November.**" in md
    assert "No failures were detected, and no proposals, reruns or reports were made that day." in md
    assert md_row(md, str(waiting))[-1] == "Report unit failing on gh/acme/api #77"
    assert md_row(md, "Last 30 days")[:3] == ["75% (small sample)", "3", "1"]
    for absent in ("## The day in numbers", "## Projects", "## Failures in detail", "This day", "## Top flaky"):
        assert absent not in md
    assert len(md.splitlines()) < 40
    assert tiles(html) == {"Failures": "0", "Precision · 30 days": "75%", "To approve": "1"}
    assert "Failures in detail" not in html and "Report unit failing on gh/acme/api #77" in html


def test_a_store_with_nothing_at_all_renders_both_formats(store):
    digest = digest_of(store)
    md, html = render(digest, "md"), render(digest, "html")
    assert "No approvals are waiting." in md
    assert md_row(md, "Last 30 days")[0] == "not enough data"
    assert "<svg" not in html  # no empty chart: 14 days without a failure are said in words
    assert "nor on the 13 days before it" in html


# --------------------------------------------------------------------------- the chart


def test_the_chart_has_14_day_groups_with_heights_proportional_to_counts(busy):
    store, _ = busy
    svg = svg_of(render(digest_of(store), "html"))
    groups = [g for g in svg.iter(f"{SVG}g") if g.get("class") == "day"]
    expected_days = [(DAY - timedelta(days=n)).isoformat() for n in range(13, -1, -1)]
    assert [g.get("data-day") for g in groups] == expected_days
    bars = [r for g in groups for r in g.iter(f"{SVG}rect") if r.get("class") == "bar"]
    per_unit = {round(float(r.get("height")) / int(r.get("data-count")), 2) for r in bars}
    assert len(per_unit) == 1, per_unit
    for g in groups:
        day = date.fromisoformat(g.get("data-day"))
        start, end = utc_range(day, BERLIN)
        counts = verdict_counts(store, start, end)
        drawn = {r.get("data-verdict"): int(r.get("data-count")) for r in g.iter(f"{SVG}rect")
                 if r.get("class") == "bar"}
        assert drawn == {k if k != "none" else "unclassified": n for k, n in counts.items()
                         if n and k != "total"}, day
        assert int(g.get("data-total")) == counts["total"]
    # Bars of a day are stacked: each starts where the one below it ends.
    today = groups[-1]
    rects = [r for r in today.iter(f"{SVG}rect") if r.get("class") == "bar"]
    for lower, upper in zip(rects, rects[1:], strict=False):
        assert float(upper.get("y")) + float(upper.get("height")) == pytest.approx(float(lower.get("y")), abs=0.01)
    legend = [t.text for t in svg.iter(f"{SVG}text")]
    assert "failures" in legend and "day (Europe/Berlin)" in legend


# --------------------------------------------------------------------------- safety


EVIL = "<script>alert('x')</script>"


def test_untrusted_names_are_escaped_in_html_and_inert_in_markdown(store):
    b = Builder(store)
    slug = f"gh/evil/{EVIL}"
    test = '<img src=x onerror="alert(1)">|x'
    b.project(slug, flaky=[{"test_name": test, "classname": EVIL, "times_flaked": 3, "job_name": EVIL,
                            "time_wasted": 600}])
    t = at(DAY, "12:00", BERLIN)
    f = b.failure(slug, t, job=EVIL, branch="</td><script>x</script>", category=EVIL, known_flaky=[test])
    p = b.proposal([f], t, action="file_report", status="executed", summary=EVIL)
    b.report(p, f"Title {EVIL}", t + timedelta(hours=1))
    b.proposal([b.failure(slug, t)], t, summary=f"pending {EVIL}")
    digest = digest_of(store)
    html, md = render(digest, "html"), render(digest, "md")
    assert "<script" not in html.lower() and "<img" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;|x" in html
    assert re.search(r"(?<!\\)<", md) is None  # every "<" is backslash-escaped: no raw HTML
    assert "\\<script\\>alert('x')\\</script\\>" in md
    # An escaped pipe keeps every row of a table at its header's width.
    for block in re.split(r"\n\n", md):
        widths = {len(re.findall(r"(?<!\\)\|", line)) for line in block.splitlines() if line.startswith("|")}
        assert len(widths) <= 1, block


def test_the_html_page_is_self_contained(busy):
    store, _ = busy
    html = render(digest_of(store), "html")
    assert html.lstrip().startswith("<!doctype html>")
    for needle in ("<script", "<link", "<img", "@import", "url(", "<iframe"):
        assert needle not in html
    assert re.findall(r"https?://[^\s\"']+", html) == ["http://www.w3.org/2000/svg"]


# --------------------------------------------------------------------------- files


def test_write_daily_writes_dated_files_and_replaces_them(busy, tmp_path):
    store, bd = busy
    settings = DigestSettings(directory="digests", timezone="Europe/Berlin", formats=["md", "html"])
    paths = write_daily(store, settings, lambda p: tmp_path / "cfg" / p, DAY, bd.now,
                        llm_budget=LLM_BUDGET, api_budget_per_day=API_BUDGET)
    folder = tmp_path / "cfg" / "digests"
    assert paths == [folder / "digest-2026-11-24.md", folder / "digest-2026-11-24.html"]
    assert paths[0].read_text().startswith("# CI triage digest: Tuesday 24 November 2026")
    assert "<h1>Tuesday 24 November 2026</h1>" in paths[1].read_text()
    assert sorted(p.name for p in folder.iterdir()) == ["digest-2026-11-24.html", "digest-2026-11-24.md"]
    assert paths[0].stat().st_mode & 0o777 == 0o600  # the owner's to share
    paths[0].write_text("stale")
    write_daily(store, settings, lambda p: tmp_path / "cfg" / p, DAY, bd.now)
    assert paths[0].read_text().startswith("# CI triage digest")
    assert sorted(p.name for p in folder.iterdir()) == ["digest-2026-11-24.html", "digest-2026-11-24.md"]


@pytest.mark.parametrize(("settings", "message"), [
    (DigestSettings(formats=["pdf"]), "digest.formats: 'pdf'"),
    (DigestSettings(timezone="Mars/Olympus"), "digest.timezone: unknown time zone 'Mars/Olympus'"),
])
def test_write_daily_refuses_bad_settings(store, tmp_path, settings, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        write_daily(store, settings, lambda p: tmp_path / p, DAY, datetime(2026, 11, 25, tzinfo=UTC))
    assert not (tmp_path / "digests").exists()


def test_render_refuses_an_unknown_format(store):
    with pytest.raises(ConfigError, match="expected one of md, html"):
        render(digest_of(store), "pdf")


def test_a_day_that_is_not_over_says_its_figures_are_so_far(busy):
    store, _ = busy
    noon = at(DAY, "12:00", BERLIN)
    digest = digest_of(store, now=noon)
    md = render(digest, "md")
    assert digest.partial
    assert "on Tuesday 24 November (so far):" in md
    assert "_The day is not over yet: figures so far, as of 2026-11-24 12:00._" in md
    assert "The day is not over yet" not in render(digest_of(store), "md")
