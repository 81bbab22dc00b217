"""Baseline: every table Waymark owns (catalogue, gateway, console, journeys, referrals, rights,
analytics) as the code defined them when migrations began. Rasa's `events` is not ours and
is never created, changed or dropped here.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 01:13:31.794851
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('catalogues',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('content_hash', sa.String(length=71), nullable=False),
    sa.Column('source_path', sa.Text(), nullable=False),
    sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('uq_catalogues_one_active', 'catalogues', ['is_active'], unique=True, sqlite_where=sa.text('is_active'), postgresql_where=sa.text('is_active'))
    op.create_table('pathways',
    sa.Column('catalogue_id', sa.Integer(), nullable=False),
    sa.Column('pathway_id', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('region', sa.String(length=16), nullable=False),
    sa.Column('is_online', sa.Boolean(), nullable=False),
    sa.Column('min_age', sa.Integer(), nullable=True),
    sa.Column('max_age', sa.Integer(), nullable=True),
    sa.Column('max_income', sa.Float(), nullable=True),
    sa.Column('min_qual', sa.Integer(), nullable=True),
    sa.Column('max_qual', sa.Integer(), nullable=True),
    sa.Column('requires_uc', sa.Boolean(), nullable=False),
    sa.Column('employment_mask', sa.Integer(), nullable=False),
    sa.Column('background_mask', sa.Integer(), nullable=False),
    sa.Column('immigration_mask', sa.Integer(), nullable=False),
    sa.Column('english_mask', sa.Integer(), nullable=False),
    sa.Column('topic_mask', sa.Integer(), nullable=False),
    sa.Column('schedule_mask', sa.Integer(), nullable=False),
    sa.Column('target_mask', sa.Integer(), nullable=False),
    sa.Column('has_target_groups', sa.Boolean(), nullable=False),
    sa.Column('next_cohort', sa.Date(), nullable=True),
    sa.Column('targeted', sa.Boolean(), nullable=False),
    sa.Column('status_rank', sa.Integer(), nullable=False),
    sa.Column('cohort_key', sa.Date(), nullable=False),
    sa.Column('document', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['catalogue_id'], ['catalogues.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('catalogue_id', 'pathway_id')
    )
    op.create_index('ix_pathways_match', 'pathways', ['catalogue_id', 'is_online', 'region', 'targeted', 'status_rank', 'cohort_key', 'pathway_id', 'topic_mask', 'schedule_mask', 'kind', 'min_age', 'max_age', 'max_income', 'min_qual', 'max_qual', 'requires_uc', 'employment_mask', 'background_mask', 'immigration_mask', 'english_mask', 'target_mask'], unique=False)
    op.create_table('pathway_locations',
    sa.Column('catalogue_id', sa.Integer(), nullable=False),
    sa.Column('local_authority', sa.String(length=64), nullable=False),
    sa.Column('pathway_id', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('region', sa.String(length=16), nullable=False),
    sa.Column('is_online', sa.Boolean(), nullable=False),
    sa.Column('min_age', sa.Integer(), nullable=True),
    sa.Column('max_age', sa.Integer(), nullable=True),
    sa.Column('max_income', sa.Float(), nullable=True),
    sa.Column('min_qual', sa.Integer(), nullable=True),
    sa.Column('max_qual', sa.Integer(), nullable=True),
    sa.Column('requires_uc', sa.Boolean(), nullable=False),
    sa.Column('employment_mask', sa.Integer(), nullable=False),
    sa.Column('background_mask', sa.Integer(), nullable=False),
    sa.Column('immigration_mask', sa.Integer(), nullable=False),
    sa.Column('english_mask', sa.Integer(), nullable=False),
    sa.Column('topic_mask', sa.Integer(), nullable=False),
    sa.Column('schedule_mask', sa.Integer(), nullable=False),
    sa.Column('target_mask', sa.Integer(), nullable=False),
    sa.Column('has_target_groups', sa.Boolean(), nullable=False),
    sa.Column('next_cohort', sa.Date(), nullable=True),
    sa.Column('targeted', sa.Boolean(), nullable=False),
    sa.Column('status_rank', sa.Integer(), nullable=False),
    sa.Column('cohort_key', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['catalogue_id', 'pathway_id'], ['pathways.catalogue_id', 'pathways.pathway_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('catalogue_id', 'local_authority', 'pathway_id')
    )
    op.create_index('ix_pathway_locations_match', 'pathway_locations', ['catalogue_id', 'local_authority', 'is_online', 'region', 'targeted', 'status_rank', 'cohort_key', 'pathway_id', 'topic_mask', 'schedule_mask', 'kind', 'min_age', 'max_age', 'max_income', 'min_qual', 'max_qual', 'requires_uc', 'employment_mask', 'background_mask', 'immigration_mask', 'english_mask', 'target_mask'], unique=False)
    op.create_table('gateway_contacts',
    sa.Column('pseudonym', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('address', sa.String(length=32), nullable=False),
    sa.Column('opted_out', sa.Boolean(), nullable=False),
    sa.Column('opted_out_at', sa.Float(), nullable=True),
    sa.Column('last_inbound_at', sa.Float(), nullable=True),
    sa.Column('last_options', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('updated_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('pseudonym')
    )
    op.create_table('gateway_inbound',
    sa.Column('message_sid', sa.String(length=64), nullable=False),
    sa.Column('pseudonym', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.Float(), nullable=False),
    sa.Column('completed_at', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('message_sid')
    )
    op.create_index('ix_gateway_inbound_pending', 'gateway_inbound', ['status', 'received_at'], unique=False)
    op.create_table('analytics_events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event', sa.String(length=32), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=True),
    sa.Column('local_authority', sa.String(length=64), nullable=True),
    sa.Column('background', sa.String(length=32), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=True),
    sa.Column('question', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('urgency', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_analytics_events_event_day', 'analytics_events', ['event', 'day'], unique=False)
    op.create_table('console_messages',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('journey_id', sa.String(length=40), nullable=False),
    sa.Column('sender_id', sa.String(length=40), nullable=False),
    sa.Column('assisted_id', sa.Integer(), nullable=True),
    sa.Column('handoff_id', sa.Integer(), nullable=True),
    sa.Column('author', sa.String(length=16), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('delivered', sa.Boolean(), nullable=False),
    sa.Column('at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_console_messages_journey_id'), 'console_messages', ['journey_id'], unique=False)
    op.create_table('console_users',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.Float(), nullable=True),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('last_login_at', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('email')
    )
    op.create_table('journey_codes',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('journey_id', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('expires_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('code_hash')
    )
    op.create_index(op.f('ix_journey_codes_journey_id'), 'journey_codes', ['journey_id'], unique=False)
    op.create_table('journey_links',
    sa.Column('sender_id', sa.String(length=40), nullable=False),
    sa.Column('journey_id', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('linked_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('sender_id')
    )
    op.create_index(op.f('ix_journey_links_journey_id'), 'journey_links', ['journey_id'], unique=False)
    op.create_table('notify_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('pathway_id', sa.String(length=120), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('notify_subscriptions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('journey_id', sa.String(length=40), nullable=False),
    sa.Column('sender_id', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('pathway_id', sa.String(length=120), nullable=False),
    sa.Column('pathway_title', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('closed_at', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_notify_subscriptions_journey_id'), 'notify_subscriptions', ['journey_id'], unique=False)
    op.create_index(op.f('ix_notify_subscriptions_pathway_id'), 'notify_subscriptions', ['pathway_id'], unique=False)
    op.create_table('rights_consents',
    sa.Column('journey_id', sa.String(length=40), nullable=False),
    sa.Column('keep_conversation', sa.Boolean(), nullable=False),
    sa.Column('share_with_provider', sa.Boolean(), nullable=False),
    sa.Column('follow_ups', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('updated_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('journey_id')
    )
    op.create_table('rights_erasures',
    sa.Column('receipt', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('receipt')
    )
    op.create_table('console_assisted',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('journey_id', sa.String(length=40), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.Column('event_name', sa.String(length=120), nullable=False),
    sa.Column('verbal_consent_at', sa.Float(), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('started_at', sa.Float(), nullable=False),
    sa.Column('finished_at', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['worker_id'], ['console_users.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_console_assisted_journey_id'), 'console_assisted', ['journey_id'], unique=False)
    op.create_table('console_handoffs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('journey_id', sa.String(length=40), nullable=False),
    sa.Column('sender_id', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('urgency', sa.String(length=16), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('packet', sa.Text(), nullable=False),
    sa.Column('callback_when', sa.String(length=120), nullable=True),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('held_at', sa.Float(), nullable=True),
    sa.Column('closed_at', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['worker_id'], ['console_users.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_console_handoffs_journey_id'), 'console_handoffs', ['journey_id'], unique=False)
    op.create_table('console_sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('csrf', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('last_seen', sa.Float(), nullable=False),
    sa.Column('expires_at', sa.Float(), nullable=False),
    sa.Column('kiosk_for', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['console_users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('token_hash')
    )
    op.create_table('referral_records',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('reference', sa.String(length=16), nullable=False),
    sa.Column('journey_id', sa.String(length=40), nullable=False),
    sa.Column('sender_id', sa.String(length=40), nullable=True),
    sa.Column('pathway_id', sa.String(length=120), nullable=False),
    sa.Column('pathway_title', sa.String(length=300), nullable=False),
    sa.Column('provider', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('local_authority', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('contact_name', sa.String(length=200), nullable=True),
    sa.Column('contact_phone', sa.String(length=32), nullable=True),
    sa.Column('contact_email', sa.String(length=254), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('follow_up', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('updated_at', sa.Float(), nullable=False),
    sa.Column('followup_due_at', sa.Float(), nullable=True),
    sa.Column('followup_sent_at', sa.Float(), nullable=True),
    sa.Column('followup_answer', sa.String(length=16), nullable=True),
    sa.Column('followup_answered_at', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['console_users.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference')
    )
    op.create_index(op.f('ix_referral_records_journey_id'), 'referral_records', ['journey_id'], unique=False)
    op.create_table('referral_history',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('referral_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('at', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['referral_id'], ['referral_records.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_referral_history_referral_id'), 'referral_history', ['referral_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_referral_history_referral_id'), table_name='referral_history')
    op.drop_table('referral_history')
    op.drop_index(op.f('ix_referral_records_journey_id'), table_name='referral_records')
    op.drop_table('referral_records')
    op.drop_table('console_sessions')
    op.drop_index(op.f('ix_console_handoffs_journey_id'), table_name='console_handoffs')
    op.drop_table('console_handoffs')
    op.drop_index(op.f('ix_console_assisted_journey_id'), table_name='console_assisted')
    op.drop_table('console_assisted')
    op.drop_table('rights_erasures')
    op.drop_table('rights_consents')
    op.drop_index(op.f('ix_notify_subscriptions_pathway_id'), table_name='notify_subscriptions')
    op.drop_index(op.f('ix_notify_subscriptions_journey_id'), table_name='notify_subscriptions')
    op.drop_table('notify_subscriptions')
    op.drop_table('notify_log')
    op.drop_index(op.f('ix_journey_links_journey_id'), table_name='journey_links')
    op.drop_table('journey_links')
    op.drop_index(op.f('ix_journey_codes_journey_id'), table_name='journey_codes')
    op.drop_table('journey_codes')
    op.drop_table('console_users')
    op.drop_index(op.f('ix_console_messages_journey_id'), table_name='console_messages')
    op.drop_table('console_messages')
    op.drop_index('ix_analytics_events_event_day', table_name='analytics_events')
    op.drop_table('analytics_events')
    op.drop_index('ix_gateway_inbound_pending', table_name='gateway_inbound')
    op.drop_table('gateway_inbound')
    op.drop_table('gateway_contacts')
    op.drop_index('ix_pathway_locations_match', table_name='pathway_locations')
    op.drop_table('pathway_locations')
    op.drop_index('ix_pathways_match', table_name='pathways')
    op.drop_table('pathways')
    op.drop_index('uq_catalogues_one_active', table_name='catalogues', sqlite_where=sa.text('is_active'), postgresql_where=sa.text('is_active'))
    op.drop_table('catalogues')
