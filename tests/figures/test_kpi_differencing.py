"""An automated attacker against every KPI figure: the API, the CSV export, the dashboards.

Hypothesis generates organisations — teams of random sizes below and above the annex's ``k``,
members joining or leaving during the period, random shares and clicks per team, campaign and
day — writes them as the rollups every figure is read from, then queries the figure endpoints
with random teams, campaigns and periods, as an HR user would. Each released figure becomes an
equation (``attacker.Knowledge``); the attacker then tries to solve for what must stay hidden:
a small team's day, a small team's campaign-day, all of a small team's small days together, the
organisation on a day it had fewer than ``k`` members. Finding any of them is a leak.

When the service refuses a period (422: not a reporting period) the attacker takes the period
the error offers, as a real one would; pages and the CSV widen it themselves and say which period they show.
"""
from __future__ import annotations

import csv
import io
import random
import re
from datetime import date, timedelta

from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from tests.figures.attacker import Knowledge

K = 4
METRICS = ("shares", "clicks")
ALL = 0

team_shape = st.tuples(st.integers(0, 2 * K), st.integers(0, 2 * K), st.integers(0, 20))


class Org:
    """Ground truth: sizes[(team, day)], cells[(metric, team, campaign, day)]."""

    def __init__(self, teams, campaigns, days, shapes, rng):
        self.teams, self.campaigns, self.days = teams, campaigns, days
        self.sizes: dict[tuple[int, date], int] = {}
        self.cells: dict[tuple, int] = {}
        for team, (before, after, change) in zip(teams, shapes):
            for i, day in enumerate(days):
                size = before if i < change else after
                self.sizes[(team, day)] = size
                for metric in METRICS:
                    for campaign in campaigns:
                        self.cells[(metric, team, campaign, day)] = rng.randint(0, 3) if size else 0

    def org_size(self, day) -> int:
        return sum(self.sizes[(t, day)] for t in self.teams)

    def rows(self) -> list[dict]:
        rows = []
        for metric in METRICS:
            for day in self.days:
                org_total = 0
                per_campaign = {c: 0 for c in self.campaigns}
                for team in self.teams:
                    size = self.sizes[(team, day)]
                    if not size:
                        continue
                    total = 0
                    for campaign in self.campaigns:
                        value = self.cells[(metric, team, campaign, day)]
                        total += value
                        per_campaign[campaign] += value
                        if value:
                            rows.append(_row(day, metric, team, campaign, value, size))
                    org_total += total
                    rows.append(_row(day, metric, team, ALL, total, size))
                size = self.org_size(day)
                if size:
                    rows.append(_row(day, metric, ALL, ALL, org_total, size))
                    for campaign, value in per_campaign.items():
                        if value:
                            rows.append(_row(day, metric, ALL, campaign, value, size))
        return rows

    def cell_ids(self, metric, team, campaign, first, last):
        teams = self.teams if team is None else [team]
        campaigns = self.campaigns if campaign is None else [campaign]
        out = []
        day = first
        while day <= last:
            out += [(metric, t, c, day) for t in teams for c in campaigns]
            day += timedelta(days=1)
        return out

    def truth(self, cells) -> int:
        return sum(self.cells.get(cell, 0) for cell in cells)

    def secrets(self, k):
        """(label, cells) that must never be determined from released figures."""
        out = []
        for metric in METRICS:
            for team in self.teams:
                small_days = [d for d in self.days if 0 < self.sizes[(team, d)] < k]
                for day in small_days:
                    out.append((f"{metric} team {team} on {day}", self.cell_ids(metric, team, None, day, day)))
                    for campaign in self.campaigns:
                        out.append((f"{metric} team {team} campaign {campaign} on {day}",
                                    self.cell_ids(metric, team, campaign, day, day)))
                if len(small_days) > 1:
                    out.append((f"{metric} team {team} over its small days",
                                [c for d in small_days for c in self.cell_ids(metric, team, None, d, d)]))
            for day in self.days:
                if 0 < self.org_size(day) < k:
                    out.append((f"{metric} organisation on {day}", self.cell_ids(metric, None, None, day, day)))
        return out


def _row(day, metric, team, campaign, num, people):
    return {"day": day, "metric": metric, "team_id": team, "campaign_id": campaign, "num": float(num),
            "den": None, "people": people}


def _count(text: str) -> int | None:
    """A count as the page shows it ("1\u202f234" in French), ``None`` for "—" or a badge."""
    digits = re.sub(r"[\s\u202f\u00a0]", "", text)
    return int(digits) if digits.isdigit() else None


def _span(text: str, default_first: date, default_last: date) -> tuple[date, date] | None:
    """A figure's days: ``YYYY-MM-DD``, ``YYYY-MM-DD/YYYY-MM-DD`` (ISO 8601 interval) or ``total``."""
    if text == "total":
        return default_first, default_last
    if "/" in text:
        first, last = text.split("/")
        return date.fromisoformat(first), date.fromisoformat(last)
    day = date.fromisoformat(text)
    return day, day


class Attacker:
    def __init__(self, client, headers, org: Org):
        self.client, self.headers, self.org = client, headers, org
        self.knowledge = Knowledge()
        self.requests = 0
        self.from_pages = 0  # figures read off the HTML dashboards (the parser is checked to read some)

    def learn(self, metric, team, campaign, first, last, value):
        cells = self.org.cell_ids(metric, team, campaign, first, last)
        self.knowledge.add(cells, value)

    def api(self, team, campaign, first, last):
        query = [("kpi", m) for m in METRICS] + [("from", first.isoformat()), ("to", last.isoformat())]
        if team is not None:
            query.append(("team", team))
        if campaign is not None:
            query.append(("campaign", campaign))
        response = self.client.get("/api/v1/kpis", query_string=query, headers=self.headers)
        self.requests += 1
        body = response.get_json()
        if response.status_code == 422 and body["error"].get("allowed"):
            allowed = body["error"]["allowed"]
            return self.api(team, campaign, date.fromisoformat(allowed["from"]), date.fromisoformat(allowed["to"]))
        assert response.status_code == 200, body
        first, last = date.fromisoformat(body["period"]["from"]), date.fromisoformat(body["period"]["to"])
        for kpi in body["kpis"]:
            for point in kpi["series"]:
                if point["suppressed"] or point["value"] is None:
                    continue
                span = (date.fromisoformat(point["date"]), date.fromisoformat(point.get("to") or point["date"]))
                self.learn(kpi["id"], team, campaign, *span, point["value"])
            if not kpi["total"]["suppressed"] and kpi["total"]["value"] is not None:
                self.learn(kpi["id"], team, campaign, first, last, kpi["total"]["value"])

    def csv(self, team, campaign, first, last):
        query = {"view": "campaigns", "from": first.isoformat(), "to": last.isoformat()}
        if team is not None:
            query["team"] = team
        if campaign is not None:
            query["campaign"] = campaign
        response = self.client.get("/kpi/export.csv", query_string=query)
        self.requests += 1
        if response.status_code != 200:  # the page refused the period: it says so, nothing released
            return
        text = response.get_data(as_text=True).lstrip("\ufeff")
        reader = csv.DictReader(io.StringIO(text))
        rows = list(reader)
        period = next((r.get("period") for r in rows if r.get("period")), None)
        if period:
            first, last = _span(period, first, last)
        for row in rows:
            if row["kpi"] not in METRICS or row["suppressed"] == "yes" or row["value"] == "":
                continue
            span = _span(row["date"], first, last)
            self.learn(row["kpi"], team, campaign, *span, float(row["value"]))

    def page(self, team, campaign, first, last):
        """The marketers' dashboard (HTML): each KPI's weekly or daily table and its period total."""
        query = {"from": first.isoformat(), "to": last.isoformat()}
        if team is not None:
            query["team"] = team
        if campaign is not None:
            query["campaign"] = campaign
        response = self.client.get("/kpi/campaigns", query_string=query)
        self.requests += 1
        assert response.status_code == 200
        html = response.get_data(as_text=True)
        first = date.fromisoformat(re.search(r'id="p-from" name="from" value="([^"]+)"', html).group(1))
        last = date.fromisoformat(re.search(r'id="p-to" name="to" value="([^"]+)"', html).group(1))
        for metric in METRICS:
            section = re.search(rf'<section class="panel kpi" id="kpi-{metric}".*?</section>', html, re.S)
            if section is None:
                continue
            section = section.group(0)
            total = re.search(r'<span class="kpi-total">([^<]*)</span>', section)
            if total and _count(total.group(1)) is not None:
                self.learn(metric, team, campaign, first, last, _count(total.group(1)))
            for day, until, cell in re.findall(
                    r'<tr data-first="([^"]+)" data-last="([^"]+)">.*?</th>\s*<td>(.*?)</td>', section, re.S):
                self.from_pages += 1
                if _count(cell) is not None:
                    self.learn(metric, team, campaign, date.fromisoformat(day), date.fromisoformat(until),
                               _count(cell))

    def leaks(self, k) -> list[str]:
        found = []
        for label, cells in self.org.secrets(k):
            value = self.knowledge.solve(cells)
            if value is not None:
                assert value == self.org.truth(cells), f"the attacker's model is wrong for {label}"
                found.append(f"{label} = {value}")
        return found


# no shrinking: a leak is reported with its example as found (shrinking re-runs whole organisations)
@settings(max_examples=int(__import__("os").environ.get("ATTACK_EXAMPLES", "12")), deadline=None, suppress_health_check=list(HealthCheck),
          phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(shapes=st.lists(team_shape, min_size=2, max_size=4), n_days=st.integers(8, 20), seed=st.integers(0, 2**32))
def test_no_suppressed_kpi_cell_can_be_solved_for(kpi_attack_setup, shapes, n_days, seed):
    from sqlalchemy import delete, insert

    from advocacy.extensions import db
    from advocacy.kpi.models import GroupDay

    client, headers, make_scope, today = kpi_attack_setup
    rng = random.Random(seed)
    assume(any(0 < size < K for before, after, _ in shapes for size in (before, after)))
    teams, campaigns = make_scope(len(shapes))
    days = [today - timedelta(days=n_days - 1 - i) for i in range(n_days)]
    org = Org(teams, campaigns, days, shapes, rng)
    assume(org.secrets(K))
    db.session.execute(delete(GroupDay))
    db.session.execute(insert(GroupDay), org.rows())
    db.session.flush()

    attacker = Attacker(client, headers, org)
    scopes = [(t, c) for t in [None, *teams] for c in [None, *campaigns]]
    for team, campaign in scopes:
        attacker.api(team, campaign, days[0], days[-1])
    for _ in range(8):
        team, campaign = rng.choice(scopes)
        first = rng.choice(days)
        last = rng.choice([d for d in days if d >= first])
        attacker.api(team, campaign, first, last)
        if rng.random() < 0.3:
            attacker.csv(team, campaign, first, last)
        if rng.random() < 0.3:
            attacker.page(team, campaign, first, last)
    attacker.page(None, None, days[0], days[-1])  # the organisation's page always has a total
    assert attacker.from_pages, "the dashboard parser found no table row"
    leaks = attacker.leaks(K)
    assert not leaks, f"{len(leaks)} suppressed figures solved from {attacker.requests} requests: {leaks[:5]}"
