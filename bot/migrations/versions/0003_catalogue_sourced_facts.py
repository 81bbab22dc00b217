"""Catalogue schema for sourced facts: a pathway's status may be unknown (null, never shown as open),
and the right-to-work rule gets its own column in both match tables (and their covering indexes);
`catalogue_reports` queues what residents report as wrong for the skills team (bot.corrections).
Everything else the new schema adds (course page, venues, cost description, benefits note...) lives
in the `document` JSON and needs no column.

Revision ID: 0003_catalogue
Revises: 0002_outbound_sends
Create Date: 2026-12-04 08:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_catalogue'
down_revision = '0002_outbound_sends'
branch_labels = None
depends_on = None

_COVERING_BEFORE = ['topic_mask', 'schedule_mask', 'kind', 'min_age', 'max_age', 'max_income', 'min_qual',
                    'max_qual', 'requires_uc', 'employment_mask', 'background_mask', 'immigration_mask',
                    'english_mask', 'target_mask']
_COVERING_AFTER = ['topic_mask', 'schedule_mask', 'kind', 'min_age', 'max_age', 'max_income', 'min_qual',
                   'max_qual', 'requires_uc', 'requires_rtw', 'employment_mask', 'background_mask',
                   'immigration_mask', 'english_mask', 'target_mask']
_RANKED = ['region', 'targeted', 'status_rank', 'cohort_key', 'pathway_id']
_INDEXES = {
    'pathways': ('ix_pathways_match', ['catalogue_id', 'is_online']),
    'pathway_locations': ('ix_pathway_locations_match', ['catalogue_id', 'local_authority', 'is_online']),
}


def upgrade() -> None:
    op.create_table('catalogue_reports',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('pathway_id', sa.String(length=120), nullable=False),
    sa.Column('catalogue_version', sa.String(length=64), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('words', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reported_at', sa.Float(), nullable=False),
    sa.Column('resolved_at', sa.Float(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_catalogue_reports_status', 'catalogue_reports', ['status', 'reported_at'], unique=False)
    for table, (index, lead) in _INDEXES.items():
        op.drop_index(index, table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.alter_column('status', existing_type=sa.String(length=16), nullable=True)
            batch.add_column(sa.Column('requires_rtw', sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
        op.create_index(index, table, lead + _RANKED + _COVERING_AFTER, unique=False)


def downgrade() -> None:
    op.drop_index('ix_catalogue_reports_status', table_name='catalogue_reports')
    op.drop_table('catalogue_reports')
    # Catalogue rows are reloaded from pathways.yml, so a status the older schema cannot hold is
    # dropped with them rather than guessed.
    for table, (index, lead) in _INDEXES.items():
        op.drop_index(index, table_name=table)
        op.execute(sa.text(f"DELETE FROM {table} WHERE status IS NULL"))
        with op.batch_alter_table(table) as batch:
            batch.drop_column('requires_rtw')
            batch.alter_column('status', existing_type=sa.String(length=16), nullable=False)
        op.create_index(index, table, lead + _RANKED + _COVERING_BEFORE, unique=False)
