"""Demo: the charter in force (co-signed by hr, cse1, cse2) and version 2 in review with comments."""
from __future__ import annotations

import copy

from sqlalchemy import select

from advocacy.charter import demo_text as text
from advocacy.charter import services, workflow
from advocacy.charter.models import CharterVersion
from advocacy.charter.policy import catalogue_kpi_ids
from advocacy.extensions import db

ACCEPTING_EMPLOYEES = range(1, 10)  # employee10..12 have not accepted: their participation is paused


def _policy(base: dict, changes: dict | None = None) -> dict:
    policy = copy.deepcopy(base)
    for key, value in (changes or {}).items():
        policy[key] = {**policy[key], **value} if isinstance(value, dict) else value
    known = set(catalogue_kpi_ids())
    policy["kpi_annex"]["kpis"] = [k for k in policy["kpi_annex"]["kpis"] if k in known]
    return policy


def seed(ctx) -> None:
    if db.session.scalar(select(CharterVersion.id).limit(1)) is not None:
        return
    hr, cse1, cse2 = ctx.person("hr@demo.test"), ctx.person("cse1@demo.test"), ctx.person("cse2@demo.test")

    first = workflow.create_version(hr, title=text.TITLE, title_en=text.TITLE_EN, policy=_policy(text.POLICY),
                                    clauses=[dict(c) for c in text.CLAUSES],
                                    change_summary="Première version de la charte.")
    workflow.submit_for_review(first, hr)
    question = workflow.add_comment(first, cse1, "indicateurs", "Pourquoi un seuil de 5 personnes et pas 3 ? "
                                    "Certaines équipes du site de Lyon comptent 4 personnes.")
    workflow.add_comment(first, hr, "indicateurs", "Avec 5, aucun chiffre d'équipe ne permet de deviner qui a "
                         "partagé ; les équipes plus petites sont comptées au niveau de l'organisation.", question)
    workflow.request_signatures(first, hr)
    for person in (hr, cse1, cse2):
        workflow.sign(first, person)
    workflow.bring_into_force(first, hr)
    for number in ACCEPTING_EMPLOYEES:
        person = ctx.people.get(f"employee{number}@demo.test")
        if person is not None:
            services.accept(person, first)
    for person in (cse1, cse2):
        services.accept(person, first)

    second = workflow.create_version(hr, change_summary=text.V2_SUMMARY)
    for clause in second.clauses:
        if clause.key in text.V2_CHANGES:
            body, body_en = text.V2_CHANGES[clause.key]
            workflow.update_clause(clause, hr, title=clause.title, body=body, title_en=clause.title_en, body_en=body_en)
    training = workflow.add_clause(second, hr, **text.V2_NEW_CLAUSE)
    workflow.update_version(second, hr, title=second.title, title_en=second.title_en,
                            policy=_policy(second.policy, text.V2_POLICY_CHANGES), change_summary=text.V2_SUMMARY)
    workflow.submit_for_review(second, hr)
    remark = workflow.add_comment(second, cse2, "policy", "Les récompenses imposent la mention « Collaboration "
                                  "commerciale » sur chaque publication : les collègues seront-ils formés à cela ?")
    workflow.add_comment(second, hr, "policy", "Oui : c'est l'objet de la nouvelle clause sur la formation, et "
                         "le vérificateur bloque toute publication sans la mention.", remark)
    workflow.add_comment(second, cse1, training.key, "La formation doit rester facultative et ne pas conditionner "
                         "l'accès au programme pour les personnes déjà formées.")
    workflow.propose_amendment(
        second, cse2, "donnees", title="Données traitées et durées de conservation",
        body=second_clause_body(second, "donnees") + "\n\nAucune de ces données n'est transmise à un tiers, "
        "ni utilisée pour une décision concernant la carrière d'une personne.",
        rationale="Rendre explicite l'absence de transmission et d'usage en gestion des carrières.")
    ctx.log.append("charter: version 1 in force, version 2 in review")


def second_clause_body(version, key: str) -> str:
    return next(c.body for c in version.clauses if c.key == key)
