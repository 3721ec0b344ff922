"""The attacker against /tracking/compliance: open findings per network and verdict, and the total.

Hypothesis generates authors whose live posts fail their re-check on random networks with random
verdicts; the attacker reads the page as compliance, turns every shown count into an equation over
the (network, verdict) counts and tries to solve for a network's or a verdict's count when fewer
than ``k`` authors stand behind it — a small network through the total minus the others.
"""
from __future__ import annotations

import random
import re

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.figures.attacker import Knowledge

K = 3
NETWORKS = ("mastodon", "bluesky", "linkedin", "x")
VERDICTS = ("fail", "warn")


def _number(cell: str) -> int | None:
    cell = re.sub(r"<[^>]+>", "", cell).strip()
    return int(cell) if cell.isdigit() else None


@settings(max_examples=int(__import__("os").environ.get("ATTACK_EXAMPLES", "8")), deadline=None,
          suppress_health_check=list(HealthCheck), phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(authors=st.lists(st.tuples(st.integers(0, 3), st.integers(1, 3)), min_size=1, max_size=10),
       seed=st.integers(0, 2**32))
def test_no_hidden_compliance_count_can_be_solved_for(compliance_attack_setup, authors, seed):
    from sqlalchemy import delete

    from advocacy.extensions import db
    from advocacy.tracking.models import LiveFinding

    client, make_person, make_share, kit = compliance_attack_setup
    rng = random.Random(seed)
    db.session.execute(delete(LiveFinding))
    cells: dict[tuple[str, str], int] = {}
    who: dict[str, set] = {}
    for network_index, findings in authors:
        person = make_person()
        for _ in range(findings):
            network = NETWORKS[(network_index + rng.randint(0, 1)) % len(NETWORKS)]
            verdict = rng.choice(VERDICTS)
            share = make_share(person=person, kit=kit, network=network)
            db.session.add(LiveFinding(share_id=share.id, person_id=person.id, network=network, verdict=verdict,
                                       findings=[{"rule": rng.choice(("relationship_missing", "commercial_missing"))}],
                                       signature=f"{share.id}"))
            cells[(network, verdict)] = cells.get((network, verdict), 0) + 1
            who.setdefault(network, set()).add(person.id)
            who.setdefault(verdict, set()).add(person.id)
    db.session.flush()
    html = client.get("/tracking/compliance").get_data(as_text=True)
    knowledge = Knowledge()
    everything = [(n, v) for n in NETWORKS for v in VERDICTS]
    rows = dict(re.findall(r'<tr><th scope="row">([^<]+)</th><td>(.*?)</td></tr>', html))
    labels = {"Constats ouverts": everything, "À corriger": [(n, "fail") for n in NETWORKS],
              "À faire relire": [(n, "warn") for n in NETWORKS]}  # the page in French, the default
    assert set(labels) <= set(rows), rows
    for label, value in rows.items():
        number = _number(value)
        if number is not None and label in labels:
            knowledge.add(labels[label], number)
    network_section = html[html.rfind("<h2>"):]
    for network, value in re.findall(r"<tr><td>([a-z]+)</td><td>(.*?)</td></tr>", network_section):
        number = _number(value)
        if number is not None:
            knowledge.add([(network, v) for v in VERDICTS], number)
    leaks = []
    for key, people in who.items():
        if len(people) >= K:
            continue
        target = [(key, v) for v in VERDICTS] if key in NETWORKS else [(n, key) for n in NETWORKS]
        value = knowledge.solve(target)
        if value is not None:
            assert value == sum(cells.get(c, 0) for c in target), "the attacker's model is wrong"
            leaks.append(f"{key}: {value} findings of {len(people)} authors")
    assert not leaks, leaks
