"""Referral mail to providers, provider console accounts, and the scheduled jobs' claims and runs.

Revision ID: 0004_referral_mail_jobs
Revises: 0003_catalogue
Create Date: 2026-12-04 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_referral_mail_jobs'
down_revision = '0003_catalogue'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('console_users') as batch:
        batch.add_column(sa.Column('provider', sa.String(length=300), nullable=True))
    op.create_table('referral_mail',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('referral_id', sa.Integer(), nullable=False),
    sa.Column('provider', sa.String(length=300), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('to_address', sa.String(length=254), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.Float(), nullable=False),
    sa.Column('last_error', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('sent_at', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['referral_id'], ['referral_records.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_referral_mail_referral_id'), 'referral_mail', ['referral_id'], unique=False)
    op.create_index('ix_referral_mail_status_next', 'referral_mail', ['status', 'next_attempt_at'], unique=False)
    op.create_table('job_state',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('next_run_at', sa.Float(), nullable=False),
    sa.Column('lease_until', sa.Float(), nullable=True),
    sa.Column('runner', sa.String(length=120), nullable=True),
    sa.Column('interval_s', sa.Float(), nullable=False),
    sa.Column('last_started_at', sa.Float(), nullable=True),
    sa.Column('last_finished_at', sa.Float(), nullable=True),
    sa.Column('last_result', sa.String(length=16), nullable=True),
    sa.Column('last_counts', sa.Text(), nullable=True),
    sa.Column('last_error', sa.String(length=300), nullable=True),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('job_runs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('runner', sa.String(length=120), nullable=False),
    sa.Column('started_at', sa.Float(), nullable=False),
    sa.Column('finished_at', sa.Float(), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('error', sa.String(length=300), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_job_runs_name_started', 'job_runs', ['name', 'started_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_job_runs_name_started', table_name='job_runs')
    op.drop_table('job_runs')
    op.drop_table('job_state')
    op.drop_index('ix_referral_mail_status_next', table_name='referral_mail')
    op.drop_index(op.f('ix_referral_mail_referral_id'), table_name='referral_mail')
    op.drop_table('referral_mail')
    with op.batch_alter_table('console_users') as batch:
        batch.drop_column('provider')
