"""Database-enforced immutability of signed and adopted charter versions (PostgreSQL).

A version is *locked* once it is adopted or while it holds a live (not voided) signature:
its title, policy and clauses cannot be inserted, updated or deleted, signatures cannot be
altered or deleted (only voided, and only before adoption), and an adopted version cannot be
deleted or un-adopted. Changing a version under review therefore means voiding its
signatures first (the service does that, audited).

The statements are attached to the tables' ``after_create`` events, so ``db.create_all()``
installs them; a migration must run every statement of ``STATEMENTS`` (``op.execute``).
Every mode runs PostgreSQL (the embedded default too), so the triggers always hold;
``services.verify_version`` recomputes the hashes as a second, independent check.
"""
from __future__ import annotations

from sqlalchemy import DDL, event

LOCK_FUNCTION = """
CREATE OR REPLACE FUNCTION charter_version_locked(vid integer) RETURNS boolean AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM charter_versions WHERE id = vid AND status = 'adopted')
      OR EXISTS (SELECT 1 FROM charter_signatures WHERE version_id = vid AND voided_at IS NULL);
END
$$ LANGUAGE plpgsql STABLE
"""

CLAUSE_FUNCTION = """
CREATE OR REPLACE FUNCTION charter_clause_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND charter_version_locked(OLD.version_id) THEN
    RAISE EXCEPTION 'charter version % is signed or adopted: its clauses are immutable', OLD.version_id
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND charter_version_locked(NEW.version_id) THEN
    RAISE EXCEPTION 'charter version % is signed or adopted: its clauses are immutable', NEW.version_id
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql
"""

VERSION_FUNCTION = """
CREATE OR REPLACE FUNCTION charter_version_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF charter_version_locked(OLD.id) OR EXISTS (SELECT 1 FROM charter_signatures WHERE version_id = OLD.id) THEN
      RAISE EXCEPTION 'charter version % has signatures: it cannot be deleted', OLD.id
        USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'adopted' AND (NEW.status IS DISTINCT FROM OLD.status
      OR NEW.effective_from IS DISTINCT FROM OLD.effective_from
      OR NEW.adopted_sha256 IS DISTINCT FROM OLD.adopted_sha256
      OR NEW.revision IS DISTINCT FROM OLD.revision) THEN
    RAISE EXCEPTION 'charter version % is adopted: it is immutable', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  IF charter_version_locked(OLD.id) AND (NEW.title IS DISTINCT FROM OLD.title
      OR NEW.title_en IS DISTINCT FROM OLD.title_en
      OR NEW.policy IS DISTINCT FROM OLD.policy
      OR NEW.number IS DISTINCT FROM OLD.number) THEN
    RAISE EXCEPTION 'charter version % is signed or adopted: its text and policy are immutable', OLD.id
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql
"""

SIGNATURE_FUNCTION = """
CREATE OR REPLACE FUNCTION charter_signature_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'charter signatures cannot be deleted' USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW.version_id IS DISTINCT FROM OLD.version_id OR NEW.role IS DISTINCT FROM OLD.role
      OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256 OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
      OR NEW.revision IS DISTINCT FROM OLD.revision OR NEW.signer_label IS DISTINCT FROM OLD.signer_label
      OR (NEW.signer_id IS DISTINCT FROM OLD.signer_id AND NEW.signer_id IS NOT NULL) THEN
    RAISE EXCEPTION 'charter signature % is immutable', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  IF OLD.voided_at IS NOT NULL AND NEW.voided_at IS DISTINCT FROM OLD.voided_at THEN
    RAISE EXCEPTION 'charter signature % is already void', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW.voided_at IS NOT NULL AND OLD.voided_at IS NULL
      AND EXISTS (SELECT 1 FROM charter_versions WHERE id = OLD.version_id AND status = 'adopted') THEN
    RAISE EXCEPTION 'charter version % is adopted: its signatures cannot be voided', OLD.version_id
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql
"""

TRIGGERS = (
    "DROP TRIGGER IF EXISTS charter_versions_guard ON charter_versions",
    "CREATE TRIGGER charter_versions_guard BEFORE UPDATE OR DELETE ON charter_versions "
    "FOR EACH ROW EXECUTE FUNCTION charter_version_guard()",
    "DROP TRIGGER IF EXISTS charter_clauses_guard ON charter_clauses",
    "CREATE TRIGGER charter_clauses_guard BEFORE INSERT OR UPDATE OR DELETE ON charter_clauses "
    "FOR EACH ROW EXECUTE FUNCTION charter_clause_guard()",
    "DROP TRIGGER IF EXISTS charter_signatures_guard ON charter_signatures",
    "CREATE TRIGGER charter_signatures_guard BEFORE UPDATE OR DELETE ON charter_signatures "
    "FOR EACH ROW EXECUTE FUNCTION charter_signature_guard()",
)

#: Every statement, in order, for a migration (``for s in STATEMENTS: op.execute(s)``); run it
#: after the charter tables exist.
STATEMENTS = (LOCK_FUNCTION.strip(), CLAUSE_FUNCTION.strip(), VERSION_FUNCTION.strip(),
              SIGNATURE_FUNCTION.strip(), *TRIGGERS)

DOWNGRADE_STATEMENTS = (
    "DROP TRIGGER IF EXISTS charter_signatures_guard ON charter_signatures",
    "DROP TRIGGER IF EXISTS charter_clauses_guard ON charter_clauses",
    "DROP TRIGGER IF EXISTS charter_versions_guard ON charter_versions",
    "DROP FUNCTION IF EXISTS charter_signature_guard()",
    "DROP FUNCTION IF EXISTS charter_version_guard()",
    "DROP FUNCTION IF EXISTS charter_clause_guard()",
    "DROP FUNCTION IF EXISTS charter_version_locked(integer)",
)


def ddl(statement: str) -> DDL:
    return DDL(statement.replace("%", "%%"))


def attach(version_table, clause_table, signature_table) -> None:
    """Install the statements with the tables (``after_create``); ``charter.models`` calls this."""
    # Functions are PL/pgSQL (table references resolve when they run), so they can be
    # installed with the first table; each trigger goes with its own table.
    for statement in STATEMENTS[:4] + TRIGGERS[:2]:
        event.listen(version_table, "after_create", ddl(statement))
    for statement in TRIGGERS[2:4]:
        event.listen(clause_table, "after_create", ddl(statement))
    for statement in TRIGGERS[4:]:
        event.listen(signature_table, "after_create", ddl(statement))
