"""Counts of sends to typed numbers (bot.outbound): the caps per journey, number, client and overall.

Revision ID: 0002_outbound_sends
Revises: 0001
Create Date: 2026-12-04 08:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_outbound_sends'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outbound_sends',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('journey_id', sa.String(length=40), nullable=True),
    sa.Column('contact', sa.String(length=40), nullable=True),
    sa.Column('destination', sa.String(length=64), nullable=False),
    sa.Column('client', sa.String(length=64), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_outbound_sends_at', 'outbound_sends', ['at'], unique=False)
    op.create_index('ix_outbound_sends_client_at', 'outbound_sends', ['client', 'at'], unique=False)
    op.create_index('ix_outbound_sends_destination_at', 'outbound_sends', ['destination', 'at'], unique=False)
    op.create_index('ix_outbound_sends_journey_at', 'outbound_sends', ['journey_id', 'at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_outbound_sends_journey_at', table_name='outbound_sends')
    op.drop_index('ix_outbound_sends_destination_at', table_name='outbound_sends')
    op.drop_index('ix_outbound_sends_client_at', table_name='outbound_sends')
    op.drop_index('ix_outbound_sends_at', table_name='outbound_sends')
    op.drop_table('outbound_sends')
