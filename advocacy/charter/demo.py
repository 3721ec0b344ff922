"""Demo charter history (dates from ``core.democlock``, written with the clock set to each step):

- version 1, co-signed by hr, cse1 and cse2, in force from 120 days ago (no rewards);
- version 2, reviewed with comments, co-signed, in force from 45 days ago (rewards, two solicitations
  a week at most, a training clause); people accept it over the following days (see ``ACCEPTS``);
- version 3, in review now with comments and a staff representatives' amendment.

Idempotent: nothing is done when a charter version exists.
"""
from __future__ import annotations

import copy

from sqlalchemy import select

from advocacy.charter import demo_text as text
from advocacy.charter import services, workflow
from advocacy.charter.models import CharterVersion
from advocacy.charter.policy import catalogue_kpi_ids
from advocacy.core.democlock import anchored, moment, working_moment
from advocacy.core.timeutil import clock
from advocacy.extensions import db

#: Days before today when version 2 comes into force.
V2_IN_FORCE_DAYS_AGO = 45
#: Who accepted version 1, and how many days ago (the program's ramp-up): employee10..12 never did
#: (their participation is paused), employee11 accepted and joined before leaving (consent demo).
ACCEPTS_V1 = {
    "cse1@demo.test": 119, "cse2@demo.test": 119, "employee1@demo.test": 118, "employee2@demo.test": 118,
    "employee3@demo.test": 117, "employee4@demo.test": 115, "employee5@demo.test": 112,
    "employee6@demo.test": 104, "employee7@demo.test": 97, "employee8@demo.test": 90,
    "employee11@demo.test": 88, "employee9@demo.test": 76,
}
#: Who accepted version 2 (days ago), within the 30 days of grace.
ACCEPTS_V2 = {
    "cse1@demo.test": 44, "cse2@demo.test": 44, "employee1@demo.test": 44, "employee2@demo.test": 43,
    "employee3@demo.test": 42, "employee4@demo.test": 42, "employee5@demo.test": 40,
    "employee6@demo.test": 39, "employee7@demo.test": 36, "employee8@demo.test": 31, "employee9@demo.test": 29,
}
ACCEPTING_EMPLOYEES = range(1, 10)  # employee1..9 accepted the version in force


def _policy(base: dict, changes: dict | None = None) -> dict:
    policy = copy.deepcopy(base)
    for key, value in (changes or {}).items():
        policy[key] = {**policy[key], **value} if isinstance(value, dict) else value
    known = set(catalogue_kpi_ids())
    policy["kpi_annex"]["kpis"] = [k for k in policy["kpi_annex"]["kpis"] if k in known]
    return policy


def _adopt(version, hr, signers, days_ago: int) -> None:
    """Signatures two working days before, in force ``days_ago`` days ago at 8:00 (announced then)."""
    with clock(working_moment(days_ago + 3, 11)):
        workflow.request_signatures(version, hr)
    for minutes, person in enumerate(signers):
        with clock(working_moment(days_ago + 2, 14, 10 * minutes)):
            workflow.sign(version, person)
    with clock(moment(days_ago, 8)) as at:
        workflow.bring_into_force(version, hr, effective_from=at)
        version.announced_at = at


@anchored()  # "today" stays put while the clock is set to past moments
def seed(ctx) -> None:
    if db.session.scalar(select(CharterVersion.id).limit(1)) is not None:
        return
    hr, cse1, cse2 = ctx.person("hr@demo.test"), ctx.person("cse1@demo.test"), ctx.person("cse2@demo.test")

    with clock(working_moment(170, 9, 30)):
        first = workflow.create_version(hr, title=text.TITLE, title_en=text.TITLE_EN, policy=_policy(text.POLICY),
                                        clauses=[dict(c) for c in text.CLAUSES],
                                        change_summary="Première version de la charte.")
    with clock(working_moment(165, 10)):
        workflow.submit_for_review(first, hr)
    with clock(working_moment(160, 15)):
        question = workflow.add_comment(first, cse1, "indicateurs", "Pourquoi un seuil de 5 personnes et pas 3 ? "
                                        "Certaines équipes du site de Lyon comptent 4 personnes.")
    with clock(working_moment(159, 9, 45)):
        workflow.add_comment(first, hr, "indicateurs", "Avec 5, aucun chiffre d'équipe ne permet de deviner qui a "
                             "partagé ; les équipes plus petites sont comptées au niveau de l'organisation.", question)
    _adopt(first, hr, (hr, cse1, cse2), 120)
    for email, days_ago in sorted(ACCEPTS_V1.items(), key=lambda item: -item[1]):
        person = ctx.people.get(email)
        if person is not None:
            with clock(working_moment(days_ago, 9, 20, later=True)):
                services.accept(person, first)

    with clock(working_moment(80, 10)):
        second = workflow.create_version(hr, change_summary=text.V2_SUMMARY)
        training = workflow.add_clause(second, hr, **text.V2_NEW_CLAUSE)
        workflow.update_version(second, hr, title=second.title, title_en=second.title_en,
                                policy=_policy(second.policy, text.V2_POLICY_CHANGES), change_summary=text.V2_SUMMARY)
    with clock(working_moment(78, 10)):
        workflow.submit_for_review(second, hr)
    with clock(working_moment(74, 16)):
        remark = workflow.add_comment(second, cse2, "policy", "Les récompenses imposent la mention « Collaboration "
                                      "commerciale » sur chaque publication : les collègues seront-ils formés à cela ?")
    with clock(working_moment(73, 9, 30)):
        workflow.add_comment(second, hr, "policy", "Oui : c'est l'objet de la nouvelle clause sur la formation, et "
                             "le vérificateur bloque toute publication sans la mention.", remark)
    with clock(working_moment(70, 11)):
        workflow.add_comment(second, cse1, training.key, "La formation doit rester facultative et ne pas conditionner "
                             "l'accès au programme pour les personnes déjà formées.")
    _adopt(second, hr, (cse1, cse2, hr), V2_IN_FORCE_DAYS_AGO)
    for email, days_ago in sorted(ACCEPTS_V2.items(), key=lambda item: -item[1]):
        person = ctx.people.get(email)
        if person is not None:
            with clock(working_moment(days_ago, 9, 25, later=True)):
                services.accept(person, second)

    with clock(working_moment(21, 10)):
        third = workflow.create_version(hr, change_summary=text.V3_SUMMARY)
        for clause in third.clauses:
            if clause.key in text.V3_CHANGES:
                body, body_en = text.V3_CHANGES[clause.key]
                workflow.update_clause(clause, hr, title=clause.title, body=body, title_en=clause.title_en,
                                       body_en=body_en)
        workflow.update_version(third, hr, title=third.title, title_en=third.title_en,
                                policy=_policy(third.policy, text.V3_POLICY_CHANGES), change_summary=text.V3_SUMMARY)
    with clock(working_moment(20, 10)):
        workflow.submit_for_review(third, hr)
    with clock(working_moment(16, 14)):
        remark = workflow.add_comment(third, cse1, "policy", "Avec un seuil de 6, l'équipe Ingénierie (5 personnes "
                                      "dans le programme) ne verrait plus ses propres chiffres. Est-ce voulu ?")
    with clock(working_moment(15, 10)):
        workflow.add_comment(third, hr, "policy", "Oui : ses chiffres restent dans ceux de l'organisation, et une "
                             "équipe de 5 reste trop facile à ré-identifier quand une personne est absente.", remark)
    with clock(working_moment(12, 15)):
        workflow.add_comment(third, cse2, "vie-privee", "Merci de rappeler le droit à la déconnexion : pouvons-nous "
                             "aussi citer l'accord d'entreprise sur le sujet ?")
    with clock(working_moment(9, 11)):
        workflow.propose_amendment(
            third, cse2, "donnees", title="Données traitées et durées de conservation",
            body=second_clause_body(third, "donnees") + "\n\nAucune de ces données n'est transmise à un tiers, "
            "ni utilisée pour une décision concernant la carrière d'une personne.",
            rationale="Rendre explicite l'absence de transmission et d'usage en gestion des carrières.")
    ctx.log.append("charter: version 1 in force 120 days ago, version 2 in force since "
                   f"{V2_IN_FORCE_DAYS_AGO} days, version 3 in review")


def second_clause_body(version, key: str) -> str:
    return next(c.body for c in version.clauses if c.key == key)
