"""KPI rollups, the anonymous trust pulse, marketers' inputs and employees' display choices.

Dashboards and the API read ``kpi_group_days`` (and, for distinct counts and a person's
own figures, ``kpi_person_days``), never the raw events.
"""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from advocacy.core.models import UTCDateTime
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.tracking.models import Click, MetricSnapshot

#: ``team_id`` of the organisation-wide rows and of people without a team.
ALL, NO_TEAM = 0, -1

#: ``kpi_person_days.person_id`` below zero is nobody: ``WITHDRAWN - (team + 1)`` holds, per team,
#: day and campaign, the facts people withdrew the consent of (summed: no one's own row); below
#: ``ERASED_BELOW``, a random token per erased person keeps their past days in the group figures.
WITHDRAWN = -1_000_000
ERASED_BELOW = -(2**21)


def withdrawn_row_id(team_id: int) -> int:
    return WITHDRAWN - (int(team_id) + 1)


class PersonDay(db.Model):
    """One member's activity on one day for one campaign (``campaign_id`` 0: not tied to a campaign).

    Only the fact columns that a KPI of the annex in force needs are filled (others stay NULL).
    Shown to the person themself; used by group figures only in aggregate.
    """

    __tablename__ = "kpi_person_days"
    __table_args__ = (Index("ix_kpi_person_days_person_day", "person_id", "day"),
                      Index("ix_kpi_person_days_day_team", "day", "team_id"),
                      Index("ix_kpi_person_days_acted", "day", "team_id", "person_id",
                            postgresql_where=text("acted")))

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    person_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(Integer, primary_key=True, default=0)
    team_id: Mapped[int] = mapped_column(Integer, default=NO_TEAM)
    #: shared or proposed an idea that day (participation)
    acted: Mapped[bool] = mapped_column(Boolean, default=False)
    shares: Mapped[int | None] = mapped_column(Integer)
    personalised_shares: Mapped[int | None] = mapped_column(Integer)
    authenticity_sum: Mapped[float | None] = mapped_column(Float)
    ideas_proposed: Mapped[int | None] = mapped_column(Integer)
    ideas_adopted: Mapped[int | None] = mapped_column(Integer)
    clicks: Mapped[int | None] = mapped_column(Integer)
    reactions: Mapped[int | None] = mapped_column(Integer)
    comments: Mapped[int | None] = mapped_column(Integer)
    impressions: Mapped[int | None] = mapped_column(Integer)
    followers: Mapped[int | None] = mapped_column(Integer)
    points_earned: Mapped[int | None] = mapped_column(Integer)
    points_redeemed: Mapped[int | None] = mapped_column(Integer)
    quiet_hour_shares: Mapped[int | None] = mapped_column(Integer)
    solicitations: Mapped[int | None] = mapped_column(Integer)


class GroupDay(db.Model):
    """A KPI component for one day and one group: organisation (team 0) or team, all campaigns (0) or one.

    ``metric`` is a KPI id or a sub-metric (``retention.3m``, ``engagement_pyramid.passive``);
    ``people`` is the size of the group the figure is computed over (members in scope).
    """

    __tablename__ = "kpi_group_days"
    __table_args__ = (Index("ix_kpi_group_days_metric_campaign_day", "metric", "campaign_id", "day"),)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    metric: Mapped[str] = mapped_column(String(64), primary_key=True)
    team_id: Mapped[int] = mapped_column(Integer, primary_key=True, default=ALL)
    campaign_id: Mapped[int] = mapped_column(Integer, primary_key=True, default=ALL)
    num: Mapped[float] = mapped_column(Float, default=0.0)
    den: Mapped[float | None] = mapped_column(Float)
    people: Mapped[int] = mapped_column(Integer, default=0)


class ActiveSet(db.Model):
    """Who acted on a day, per team (team 0: everyone): lets a period's distinct actives be counted
    from a handful of rows instead of the person rows. Internal, never shown."""

    __tablename__ = "kpi_active_sets"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    team_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_ids: Mapped[list] = mapped_column(JSON, default=list)


class ErasedCohort(db.Model):
    """What retention needs of an erased member, under the token their past rows moved to.

    Retention counts a cohort's members active in the trailing window; an erased member's activity
    lives on under a random token (``services.erase_person_data``), so without this the re-rolled
    days would count them as a member who stopped, and the figure would drop by exactly them.
    ``joined``: the calendar days their program memberships started (the cohort of a day is the one
    of the latest start up to it, as ``sources.members_on`` decides for everyone); ``until``: the
    last day they counted as a member (the Sunday of the week they were erased). Nothing else: no
    team (read from the token's rows), nothing that names the person.
    """

    __tablename__ = "kpi_erased_cohorts"

    token: Mapped[int] = mapped_column(Integer, primary_key=True)
    joined: Mapped[list[date]] = mapped_column(ARRAY(Date))
    until: Mapped[date] = mapped_column(Date)


class MemberRelease(db.Model):
    """The member count published for one group over one calendar week (``week``: its Monday).

    Every figure whose denominator is "the members" (participation, solicitations per person, the
    pyramid's shares, retention's cohorts) divides by this count, never by the live one: it is made
    the first time a day of the week is rolled up, then frozen, and it moves from one week to the
    next only once the true count moved by at least ``k`` people since the last published value
    (``rollup.publish_members``) — so one person joining, leaving or being erased never shows as a
    change of a denominator. ``population``: ``members``, or ``cohort1``/``cohort3``/``cohort6``
    (retention); ``true_count``: what was counted then (internal, never shown).
    """

    __tablename__ = "kpi_member_releases"

    week: Mapped[date] = mapped_column(Date, primary_key=True)
    team_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    population: Mapped[str] = mapped_column(String(16), primary_key=True)
    members: Mapped[int] = mapped_column(Integer)
    true_count: Mapped[int] = mapped_column(Integer)
    k: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RollupRun(db.Model):
    """When each day was last rolled up, under which annex (re-running a day replaces its rows)."""

    __tablename__ = "kpi_rollup_runs"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    charter_version: Mapped[int | None] = mapped_column(Integer)
    kpis: Mapped[list] = mapped_column(JSON, default=list)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)


class PulseRound(db.Model):
    """One round of the anonymous trust pulse survey."""

    __tablename__ = "kpi_pulse_rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(160))
    #: [{"key", "fr", "en"}] — from the charter's annex, or the defaults.
    questions: Mapped[list] = mapped_column(JSON, default=list)
    opens_on: Mapped[date] = mapped_column(Date)
    closes_on: Mapped[date] = mapped_column(Date)
    charter_version: Mapped[int | None] = mapped_column(Integer)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


def _uuid() -> str:
    return uuid.uuid4().hex


class PulseAnswer(db.Model):
    """One anonymous answer: no person, a random id (no insertion order) and the week only."""

    __tablename__ = "kpi_pulse_answers"
    __table_args__ = (Index("ix_kpi_pulse_answers_round", "round_id", "question_key"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_uuid)
    round_id: Mapped[int] = mapped_column(ForeignKey("kpi_pulse_rounds.id", ondelete="CASCADE"))
    question_key: Mapped[str] = mapped_column(String(40))
    value: Mapped[int] = mapped_column(Integer)  # 1..5
    week: Mapped[date] = mapped_column(Date)  # Monday of the answer's week


class PulseParticipation(db.Model):
    """Only "this person has answered this round" — never what, never when."""

    __tablename__ = "kpi_pulse_participations"

    round_id: Mapped[int] = mapped_column(ForeignKey("kpi_pulse_rounds.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Conversion(db.Model):
    """Conversions attributed to the program, entered by a marketer (from their own analytics)."""

    __tablename__ = "kpi_conversions"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="SET NULL"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    conversions: Mapped[int] = mapped_column(Integer)
    unit_value: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    note: Mapped[str] = mapped_column(Text, default="")
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ProgramCost(db.Model):
    """A cost of the program (tooling, rewards, time), entered by a marketer."""

    __tablename__ = "kpi_program_costs"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="SET NULL"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    label: Mapped[str] = mapped_column(String(160))
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class EmvRates(db.Model):
    """Earned-media-value multipliers; every change is a new row (the latest applies)."""

    __tablename__ = "kpi_emv_rates"

    id: Mapped[int] = mapped_column(primary_key=True)
    cpm: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    cpc: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    cpe: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    source: Mapped[str] = mapped_column(Text, default="")
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Preference(db.Model):
    """An employee's choice to see where they stand against their team's median."""

    __tablename__ = "kpi_preferences"

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True)
    compare_with_team: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


# Access paths the rollup (``kpi.sources``) needs on tracking's event tables: declared here, owned by KPI.
Index("ix_kpi_tracking_clicks_at", Click.__table__.c.at)
Index("ix_kpi_tracking_snapshots_taken_at", MetricSnapshot.__table__.c.taken_at)
