"""The audit record of advice: one row per recommendation turn, and the anonymous counts left after
"forget me" or retention unlinks it. Catalogue versions are kept from now on (no schema change: the
loader stops deleting earlier versions' rows).

Revision ID: 0005_advice_audit
Revises: 0004_referral_mail_jobs
Create Date: 2026-12-04 16:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_advice_audit'
down_revision = '0004_referral_mail_jobs'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('advice_records',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('journey_id', sa.String(length=40), nullable=False),
    sa.Column('at', sa.Float(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('catalogue_id', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=71), nullable=False),
    sa.Column('shown', sa.Text(), nullable=False),
    sa.Column('near_misses', sa.Text(), nullable=False),
    sa.Column('outcomes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_advice_records_journey_id'), 'advice_records', ['journey_id'], unique=False)
    op.create_index(op.f('ix_advice_records_catalogue_id'), 'advice_records', ['catalogue_id'], unique=False)
    op.create_table('advice_counts',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('catalogue_id', sa.Integer(), nullable=False),
    sa.Column('pathway_id', sa.String(length=120), nullable=False),
    sa.Column('shown_as', sa.String(length=16), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'catalogue_id', 'pathway_id', 'shown_as')
    )


def downgrade() -> None:
    op.drop_table('advice_counts')
    op.drop_index(op.f('ix_advice_records_catalogue_id'), table_name='advice_records')
    op.drop_index(op.f('ix_advice_records_journey_id'), table_name='advice_records')
    op.drop_table('advice_records')
