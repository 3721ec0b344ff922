"""create charter versions clauses signatures reviews and acceptances

Revision ID: 345e6a201d61
Revises: 22bf00da950f
Create Date: 2026-11-22 20:06:04.513671

"""
from alembic import op
import sqlalchemy as sa
import advocacy.core.models
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = '345e6a201d61'
down_revision = '22bf00da950f'
branch_labels = None
depends_on = None


# Frozen copy of advocacy.charter.immutability at the time of this revision (PostgreSQL only).
IMMUTABILITY = [
    """CREATE OR REPLACE FUNCTION charter_version_locked(vid integer) RETURNS boolean AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM charter_versions WHERE id = vid AND status = 'adopted')
      OR EXISTS (SELECT 1 FROM charter_signatures WHERE version_id = vid AND voided_at IS NULL);
END
$$ LANGUAGE plpgsql STABLE""",
    """CREATE OR REPLACE FUNCTION charter_clause_guard() RETURNS trigger AS $$
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
$$ LANGUAGE plpgsql""",
    """CREATE OR REPLACE FUNCTION charter_version_guard() RETURNS trigger AS $$
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
$$ LANGUAGE plpgsql""",
    """CREATE OR REPLACE FUNCTION charter_signature_guard() RETURNS trigger AS $$
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
$$ LANGUAGE plpgsql""",
    """DROP TRIGGER IF EXISTS charter_versions_guard ON charter_versions""",
    """CREATE TRIGGER charter_versions_guard BEFORE UPDATE OR DELETE ON charter_versions FOR EACH ROW EXECUTE FUNCTION charter_version_guard()""",
    """DROP TRIGGER IF EXISTS charter_clauses_guard ON charter_clauses""",
    """CREATE TRIGGER charter_clauses_guard BEFORE INSERT OR UPDATE OR DELETE ON charter_clauses FOR EACH ROW EXECUTE FUNCTION charter_clause_guard()""",
    """DROP TRIGGER IF EXISTS charter_signatures_guard ON charter_signatures""",
    """CREATE TRIGGER charter_signatures_guard BEFORE UPDATE OR DELETE ON charter_signatures FOR EACH ROW EXECUTE FUNCTION charter_signature_guard()""",
]

IMMUTABILITY_DOWN = [
    """DROP TRIGGER IF EXISTS charter_signatures_guard ON charter_signatures""",
    """DROP TRIGGER IF EXISTS charter_clauses_guard ON charter_clauses""",
    """DROP TRIGGER IF EXISTS charter_versions_guard ON charter_versions""",
    """DROP FUNCTION IF EXISTS charter_signature_guard()""",
    """DROP FUNCTION IF EXISTS charter_version_guard()""",
    """DROP FUNCTION IF EXISTS charter_clause_guard()""",
    """DROP FUNCTION IF EXISTS charter_version_locked(integer)""",
]


def upgrade():
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table('charter_solicitations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('at', advocacy.core.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('quiet', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_charter_solicitations_person_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charter_solicitations'))
    )
    with op.batch_alter_table('charter_solicitations', schema=None) as batch_op:
        batch_op.create_index('ix_charter_solicitations_person_at', ['person_id', 'at'], unique=False)

    op.create_table('charter_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('title_en', sa.String(length=200), nullable=False),
    sa.Column('policy', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_summary', sa.Text(), nullable=False),
    sa.Column('based_on_id', sa.Integer(), nullable=True),
    sa.Column('planned_effective_from', advocacy.core.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('effective_from', advocacy.core.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('adopted_sha256', sa.String(length=64), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('adopted_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['based_on_id'], ['charter_versions.id'], name=op.f('fk_charter_versions_based_on_id_charter_versions')),
    sa.ForeignKeyConstraint(['created_by_id'], ['persons.id'], name=op.f('fk_charter_versions_created_by_id_persons'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charter_versions')),
    sa.UniqueConstraint('number', name=op.f('uq_charter_versions_number'))
    )
    with op.batch_alter_table('charter_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_charter_versions_effective_from'), ['effective_from'], unique=False)
        batch_op.create_index(batch_op.f('ix_charter_versions_status'), ['status'], unique=False)

    op.create_table('charter_acceptances',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('accepted_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_charter_acceptances_person_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['charter_versions.id'], name=op.f('fk_charter_acceptances_version_id_charter_versions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charter_acceptances')),
    sa.UniqueConstraint('version_id', 'person_id', name=op.f('uq_charter_acceptances_version_id'))
    )
    with op.batch_alter_table('charter_acceptances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_charter_acceptances_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_charter_acceptances_version_id'), ['version_id'], unique=False)

    op.create_table('charter_amendments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('clause_key', sa.String(length=40), nullable=False),
    sa.Column('proposed_by_id', sa.Integer(), nullable=True),
    sa.Column('base_revision', sa.Integer(), nullable=False),
    sa.Column('proposed_title', sa.String(length=200), nullable=False),
    sa.Column('proposed_body', sa.Text(), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('answered_by_id', sa.Integer(), nullable=True),
    sa.Column('answered_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['answered_by_id'], ['persons.id'], name=op.f('fk_charter_amendments_answered_by_id_persons'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['proposed_by_id'], ['persons.id'], name=op.f('fk_charter_amendments_proposed_by_id_persons'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['version_id'], ['charter_versions.id'], name=op.f('fk_charter_amendments_version_id_charter_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charter_amendments'))
    )
    with op.batch_alter_table('charter_amendments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_charter_amendments_version_id'), ['version_id'], unique=False)

    op.create_table('charter_clauses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('title_en', sa.String(length=200), nullable=False),
    sa.Column('body_en', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['charter_versions.id'], name=op.f('fk_charter_clauses_version_id_charter_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charter_clauses')),
    sa.UniqueConstraint('version_id', 'key', name=op.f('uq_charter_clauses_version_id'))
    )
    with op.batch_alter_table('charter_clauses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_charter_clauses_version_id'), ['version_id'], unique=False)

    op.create_table('charter_comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('clause_key', sa.String(length=40), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('author_role', sa.String(length=20), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['persons.id'], name=op.f('fk_charter_comments_author_id_persons'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['parent_id'], ['charter_comments.id'], name=op.f('fk_charter_comments_parent_id_charter_comments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['charter_versions.id'], name=op.f('fk_charter_comments_version_id_charter_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charter_comments'))
    )
    with op.batch_alter_table('charter_comments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_charter_comments_version_id'), ['version_id'], unique=False)

    op.create_table('charter_refusals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('person_label', sa.String(length=254), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_charter_refusals_person_id_persons'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['version_id'], ['charter_versions.id'], name=op.f('fk_charter_refusals_version_id_charter_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charter_refusals'))
    )
    with op.batch_alter_table('charter_refusals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_charter_refusals_version_id'), ['version_id'], unique=False)

    op.create_table('charter_signatures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('signer_id', sa.Integer(), nullable=True),
    sa.Column('signer_label', sa.String(length=254), nullable=False),
    sa.Column('signer_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('signed_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('voided_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['signer_id'], ['persons.id'], name=op.f('fk_charter_signatures_signer_id_persons'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['version_id'], ['charter_versions.id'], name=op.f('fk_charter_signatures_version_id_charter_versions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charter_signatures'))
    )
    with op.batch_alter_table('charter_signatures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_charter_signatures_version_id'), ['version_id'], unique=False)
        batch_op.create_index('uq_charter_signatures_live', ['version_id', 'signer_id'], unique=True, postgresql_where=sa.text('voided_at IS NULL'))

    # ### end Alembic commands ###


    for statement in IMMUTABILITY:
        op.execute(statement)


def downgrade():
    for statement in IMMUTABILITY_DOWN:
        op.execute(statement)
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table('charter_signatures', schema=None) as batch_op:
        batch_op.drop_index('uq_charter_signatures_live', postgresql_where=sa.text('voided_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_charter_signatures_version_id'))

    op.drop_table('charter_signatures')
    with op.batch_alter_table('charter_refusals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_charter_refusals_version_id'))

    op.drop_table('charter_refusals')
    with op.batch_alter_table('charter_comments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_charter_comments_version_id'))

    op.drop_table('charter_comments')
    with op.batch_alter_table('charter_clauses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_charter_clauses_version_id'))

    op.drop_table('charter_clauses')
    with op.batch_alter_table('charter_amendments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_charter_amendments_version_id'))

    op.drop_table('charter_amendments')
    with op.batch_alter_table('charter_acceptances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_charter_acceptances_version_id'))
        batch_op.drop_index(batch_op.f('ix_charter_acceptances_person_id'))

    op.drop_table('charter_acceptances')
    with op.batch_alter_table('charter_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_charter_versions_status'))
        batch_op.drop_index(batch_op.f('ix_charter_versions_effective_from'))

    op.drop_table('charter_versions')
    with op.batch_alter_table('charter_solicitations', schema=None) as batch_op:
        batch_op.drop_index('ix_charter_solicitations_person_at')

    op.drop_table('charter_solicitations')
    # ### end Alembic commands ###
