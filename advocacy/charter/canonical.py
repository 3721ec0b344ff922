"""Canonical form of a charter version and its SHA-256; verification of signatures."""
from __future__ import annotations

from dataclasses import dataclass

from advocacy.charter.policy import PolicyError, parse_policy
from advocacy.core.chain import canonical_json, sha256_hex
from advocacy.extensions import db

CANONICAL_SCHEMA = "porte-voix/charter/1"


def canonical_payload(version) -> dict:
    """Everything a signatory agrees to: numbering, titles, clauses (both languages), policy."""
    try:
        policy = parse_policy(version.policy).to_dict()
    except PolicyError:
        policy = version.policy  # stored policy no longer valid: hash what is stored
    return {
        "schema": CANONICAL_SCHEMA,
        "number": version.number,
        "title": version.title,
        "title_en": version.title_en or "",
        "clauses": [
            {"key": c.key, "position": index, "title": c.title, "body": c.body,
             "title_en": c.title_en or "", "body_en": c.body_en or ""}
            for index, c in enumerate(sorted(version.clauses, key=lambda c: (c.position, c.id or 0)), start=1)
        ],
        "policy": policy,
    }


def canonical_text(version) -> str:
    return canonical_json(canonical_payload(version))


def content_sha256(version) -> str:
    return sha256_hex(canonical_text(version))


@dataclass(frozen=True)
class SignatureCheck:
    signature: object
    verified: bool
    current: bool  # a live (not voided) signature


@dataclass(frozen=True)
class Verification:
    sha256: str
    checks: tuple[SignatureCheck, ...]
    adopted_ok: bool | None  # None: not adopted

    @property
    def ok(self) -> bool:
        return all(c.verified for c in self.checks if c.current) and self.adopted_ok is not False

    def verified(self, signature) -> bool:
        return any(c.verified for c in self.checks if c.signature is signature)


def verify_version(version, *, fresh: bool = True) -> Verification:
    """Recompute the hash from the stored text (re-read from the database when ``fresh``)."""
    if fresh and version.id is not None:
        db.session.flush()
        db.session.refresh(version)
        for clause in version.clauses:
            db.session.refresh(clause)
    digest = content_sha256(version)
    checks = tuple(SignatureCheck(s, s.content_sha256 == digest, s.voided_at is None) for s in version.signatures)
    adopted_ok = None if version.adopted_sha256 is None else version.adopted_sha256 == digest
    return Verification(sha256=digest, checks=checks, adopted_ok=adopted_ok)
