"""Ethical gamification (seed 001): published rules, progression badges, opt-in leaderboard, rewards.

No streaks, no random rewards, nothing ever lost: points only accumulate; a badge once earned stays.
Reward periods: points are earned only while the charter version in force provides rewards; the
ledger records that version, and points recorded under a version without rewards are never
redeemable (``earned`` counts only redeemable points).
"""
from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from advocacy.core.audit import record
from advocacy.campaigns.errors import Invalid, NotAllowed
from advocacy.campaigns.gamification_models import (
    RED_APPROVED,
    RED_CANCELLED,
    RED_REFUSED,
    RED_REQUESTED,
    Badge,
    PointEntry,
    Redemption,
    Reward,
)
from advocacy.campaigns.models import SHARE_ERASED, SHARE_PREPARED, Share
from advocacy.charter.models import CharterVersion
from advocacy.charter.services import policy_of, version_in_force
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.auth.models import Person
from advocacy.consent.services import has_consent
from advocacy.campaigns.authoring import rewards_in_charter
from advocacy.campaigns.authoring import plain
from advocacy.campaigns.membership import require_member


@dataclass(frozen=True)
class Rule:
    code: str
    points: int
    label: object
    how: object


#: The published point rules (shown as they are on the rules page).
#: A share earns the "personalised" points when at least this part of its words are the employee's own.
MIN_OWN_WORDS_FOR_POINTS = 0.3
RULES = {
    "share_registered": Rule("share_registered", 10, _l("Registered post"),
                             _l("You registered the address of a post you published from a kit.")),
    "personalised": Rule("personalised", 5, _l("In your own words"),
                         _l("At least 30% of the registered post's text is your own words.")),
    "idea_adopted": Rule("idea_adopted", 20, _l("Idea adopted"),
                         _l("A marketer turned your idea into a kit (you are credited on it).")),
}


@dataclass(frozen=True)
class BadgeDef:
    code: str
    label: object
    how: object
    rule: str  # what is counted
    threshold: int


BADGES = (
    BadgeDef("first_voice", _l("First voice"), _l("Your first registered post."), "shares", 1),
    BadgeDef("own_words", _l("Own words"), _l("Three registered posts mostly in your own words."), "personalised", 3),
    BadgeDef("storyteller", _l("Storyteller"), _l("Ten registered posts."), "shares", 10),
    BadgeDef("co_creator", _l("Co-creator"), _l("One of your ideas became a kit."), "ideas", 1),
)
BADGE_BY_CODE = {b.code: b for b in BADGES}


def _earn(person_id: int, rule: str, ref: str, pending: bool = False) -> PointEntry | None:
    """Record one rule application under the charter version in force now: its points only while
    that version provides rewards (otherwise 0 points, the contribution still counts for badges).
    ``pending``: not earned until the tracker has seen the post (``campaigns.ownership``)."""
    exists = db.session.scalar(select(PointEntry.id).where(PointEntry.person_id == person_id,
                                                           PointEntry.rule == rule, PointEntry.ref == ref))
    if exists:
        return None
    now = utcnow()
    version = version_in_force(now)
    policy = policy_of(version)
    rewarded = bool(policy is not None and policy.rewards)
    entry = PointEntry(person_id=person_id, rule=rule, ref=ref, points=RULES[rule].points if rewarded else 0,
                       charter_version_id=version.id if version is not None else None, redeemable=rewarded,
                       created_at=now, pending=pending)
    db.session.add(entry)
    db.session.flush()
    return entry


def award_for_share(share: Share, pending: bool = False) -> list[PointEntry]:
    """``pending``: the points wait for the tracker to see the post (``campaigns.ownership``)."""
    earned = [_earn(share.person_id, "share_registered", f"share:{share.id}", pending)]
    if share.authenticity >= MIN_OWN_WORDS_FOR_POINTS:
        earned.append(_earn(share.person_id, "personalised", f"share:{share.id}", pending))
    update_badges(share.person_id)
    return [e for e in earned if e]


def award_for_idea(idea) -> PointEntry | None:
    if idea.author_id is None:
        return None
    entry = _earn(idea.author_id, "idea_adopted", f"idea:{idea.id}")
    update_badges(idea.author_id)
    return entry


def _counts(person_id: int) -> dict[str, int]:
    rows = dict(db.session.execute(select(PointEntry.rule, func.count()).where(PointEntry.person_id == person_id,
                                                                              PointEntry.pending.is_(False))
                                   .group_by(PointEntry.rule)).all())
    return {"shares": rows.get("share_registered", 0), "personalised": rows.get("personalised", 0),
            "ideas": rows.get("idea_adopted", 0)}


def update_badges(person_id: int) -> list[Badge]:
    counts = _counts(person_id)
    have = set(db.session.scalars(select(Badge.code).where(Badge.person_id == person_id)))
    new = []
    for badge in BADGES:
        if badge.code not in have and counts[badge.rule] >= badge.threshold:
            row = Badge(person_id=person_id, code=badge.code, awarded_at=utcnow())
            db.session.add(row)
            new.append(row)
    db.session.flush()
    return new


def earned(person_id: int) -> int:
    """Redeemable points earned: only those earned while the charter in force provided rewards."""
    return int(db.session.scalar(select(func.coalesce(func.sum(PointEntry.points), 0))
                                 .where(PointEntry.person_id == person_id, PointEntry.redeemable.is_(True),
                                        PointEntry.pending.is_(False))))


def not_redeemable(person_id: int) -> int:
    """Points recorded under a charter version without rewards (before reward periods existed)."""
    return int(db.session.scalar(select(func.coalesce(func.sum(PointEntry.points), 0))
                                 .where(PointEntry.person_id == person_id, PointEntry.redeemable.is_(False),
                                        PointEntry.pending.is_(False))))


def held(person_id: int) -> int:
    """Points held by requested or spent by approved redemptions."""
    return int(db.session.scalar(select(func.coalesce(func.sum(Redemption.points), 0))
                                 .where(Redemption.person_id == person_id,
                                        Redemption.status.in_((RED_REQUESTED, RED_APPROVED)))))


def summary(person) -> dict:
    """What ``GET /api/v1/me/points`` and the points page show."""
    entries = db.session.scalars(select(PointEntry).where(PointEntry.person_id == person.id)
                                 .order_by(PointEntry.created_at.desc(), PointEntry.id.desc())).all()
    badges = db.session.scalars(select(Badge).where(Badge.person_id == person.id).order_by(Badge.awarded_at)).all()
    counted = [e for e in entries if not e.pending]
    total = sum(e.points for e in counted)
    redeemable = sum(e.points for e in counted if e.redeemable)
    numbers = dict(db.session.execute(select(CharterVersion.id, CharterVersion.number).where(
        CharterVersion.id.in_({e.charter_version_id for e in entries if e.charter_version_id}))).all())
    return {
        "total": total, "available": redeemable - held(person.id), "not_redeemable": total - redeemable,
        "pending": sum(e.points for e in entries if e.pending),
        "entries": [{"rule": e.rule, "points": e.points, "ref": e.ref, "at": e.created_at.isoformat(),
                     "charter_version": numbers.get(e.charter_version_id), "redeemable": e.redeemable,
                     "pending": e.pending}
                    for e in entries],
        "badges": [{"code": b.code, "label": str(BADGE_BY_CODE[b.code].label), "awarded_at": b.awarded_at.isoformat()}
                   for b in badges if b.code in BADGE_BY_CODE],
        "rules": [{"code": r.code, "points": r.points, "label": str(r.label), "how": str(r.how)} for r in RULES.values()],
    }


def leaderboard(limit: int = 50) -> list[dict]:
    """Only people who gave the ``leaderboard`` purpose appear; nobody else is ranked or shown."""
    rows = db.session.execute(
        select(PointEntry.person_id, func.sum(PointEntry.points).label("points"))
        .where(PointEntry.pending.is_(False))
        .group_by(PointEntry.person_id).order_by(func.sum(PointEntry.points).desc(), PointEntry.person_id)).all()
    board = []
    for person_id, points in rows:
        person = db.session.get(Person, person_id)
        if person is None or not person.is_active or not has_consent(person, "leaderboard"):
            continue
        board.append({"rank": len(board) + 1, "person_id": person_id, "name": person.display_name,
                      "points": int(points)})
        if len(board) >= limit:
            break
    return board


# -- rewards --------------------------------------------------------------------------------------

def rewards_open() -> bool:
    return rewards_in_charter()


def catalogue() -> list[Reward]:
    return list(db.session.scalars(select(Reward).where(Reward.active.is_(True)).order_by(Reward.cost, Reward.id)))


def save_reward(data: dict, *, actor, reward: Reward | None = None) -> Reward:
    if not rewards_open():
        raise NotAllowed("rewards_off", _("The charter in force does not provide rewards."))
    errors = {}
    name = plain(data.get("name"), 160)
    if not name:
        errors["name"] = _("Give the reward a name.")
    cost, stock = data.get("cost"), data.get("stock")
    if not isinstance(cost, int) or cost < 1 or cost > 100000:
        errors["cost"] = _("The cost is a whole number of points from 1 to 100000.")
    if stock is not None and (not isinstance(stock, int) or stock < 0):
        errors["stock"] = _("The stock is a whole number (empty = unlimited).")
    if errors:
        raise Invalid(errors)
    creating = reward is None
    if creating:
        reward = Reward(created_by_id=actor.id)
        db.session.add(reward)
    reward.name, reward.description = name, plain(data.get("description"), 2000)
    reward.cost, reward.stock, reward.active = cost, stock, bool(data.get("active", True))
    db.session.flush()
    record("campaigns.reward_saved", actor=actor, object_type="reward", object_id=reward.id,
           details={"name": name, "cost": cost, "stock": stock, "created": creating})
    return reward


def request_redemption(person, reward: Reward) -> Redemption:
    require_member(person)
    if not rewards_open():
        raise NotAllowed("rewards_off", _("The charter in force does not provide rewards."))
    if not has_consent(person, "rewards"):
        raise NotAllowed("no_rewards_consent", _("Rewards are optional: agree to the “rewards” purpose to ask for one."))
    if not reward.active or (reward.stock is not None and reward.stock <= 0):
        raise Invalid({"reward": _("This reward is not available.")}, code="unavailable")
    # Serialise one person's requests so two clicks cannot overspend.

    db.session.execute(select(Person.id).where(Person.id == person.id).with_for_update())
    if earned(person.id) - held(person.id) < reward.cost:
        raise Invalid({"reward": _("You do not have enough points for this reward.")}, code="not_enough_points")
    redemption = Redemption(person_id=person.id, reward_id=reward.id, points=reward.cost, status=RED_REQUESTED,
                            created_at=utcnow())
    db.session.add(redemption)
    db.session.flush()
    record("campaigns.redemption_requested", actor=person, object_type="redemption", object_id=redemption.id,
           details={"reward": reward.id, "points": reward.cost})
    return redemption


def decide_redemption(redemption: Redemption, approve: bool, *, actor, note: str = "") -> Redemption:
    if not actor.has_role("marketer"):
        raise NotAllowed("forbidden", _("Only a marketer decides on redemptions."))
    if redemption.status != RED_REQUESTED:
        raise Invalid({"status": _("This request was already decided.")}, code="decided")
    person_id = redemption.person_id
    if approve:
        if not rewards_open():
            raise NotAllowed("rewards_off", _("The charter in force does not provide rewards."))
        if not has_consent(person_id, "rewards"):
            raise NotAllowed("no_rewards_consent", _("The employee withdrew the “rewards” purpose."))
        reward = db.session.get(Reward, redemption.reward_id, with_for_update=True)
        if reward.stock is not None:
            if reward.stock <= 0:
                raise Invalid({"reward": _("This reward is out of stock.")}, code="unavailable")
            reward.stock -= 1
    redemption.status = RED_APPROVED if approve else RED_REFUSED
    redemption.decided_by_id, redemption.decided_at, redemption.note = actor.id, utcnow(), plain(note, 1000)
    db.session.flush()
    record(f"campaigns.redemption_{'approved' if approve else 'refused'}", actor=actor,
           object_type="redemption", object_id=redemption.id)
    return redemption


def cancel_redemption(person, redemption: Redemption) -> Redemption:
    if redemption.person_id != person.id or redemption.status != RED_REQUESTED:
        raise Invalid({"status": _("Only your pending requests can be cancelled.")})
    redemption.status = RED_CANCELLED
    db.session.flush()
    record("campaigns.redemption_cancelled", actor=person, object_type="redemption", object_id=redemption.id)
    return redemption


def registered_shares(person_id: int) -> list[Share]:
    return list(db.session.scalars(select(Share).where(Share.person_id == person_id,
                                                       Share.status.not_in((SHARE_PREPARED, SHARE_ERASED)))
                                   .order_by(Share.registered_at.desc())))
