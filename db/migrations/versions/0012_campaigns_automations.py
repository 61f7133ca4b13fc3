"""campaigns and automations

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05

Issue 17: a campaign tries coupon variants A and B on a segment beside a control group that gets
nothing; its members and their group are drawn once, at creation, and stored. The automations'
log says what each rule did to whom, one row per rule, customer and occasion (which makes each
fire once). Both stay on the machine that runs the back office; the coupons they issue sync.
"""
import sqlalchemy as sa
from alembic import op


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'campaign',
        sa.Column('id', sa.String(), nullable=False),
        sa.Column('name', sa.String(), nullable=False),
        sa.Column('segment', sa.JSON(), nullable=False),
        sa.Column('offer_a_kind', sa.String(), nullable=False),
        sa.Column('offer_a_value', sa.Integer(), nullable=False),
        sa.Column('offer_b_kind', sa.String(), nullable=True),
        sa.Column('offer_b_value', sa.Integer(), nullable=True),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('valid_until', sa.Date(), nullable=False),
        sa.Column('seed', sa.Integer(), nullable=False),
        sa.Column('created_by', sa.String(), nullable=True),
        sa.Column('created_at', sa.String(), nullable=False),
        sa.ForeignKeyConstraint(['created_by'], ['user.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'campaignmember',
        sa.Column('id', sa.String(), nullable=False),
        sa.Column('campaign_id', sa.String(), nullable=False),
        sa.Column('customer_id', sa.String(), nullable=False),
        sa.Column('variant', sa.String(), nullable=False),
        sa.Column('coupon_id', sa.String(), nullable=True),
        sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id']),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id']),
        sa.ForeignKeyConstraint(['coupon_id'], ['coupon.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('campaign_id', 'customer_id'),
    )
    op.create_index('ix_campaignmember_campaign_id', 'campaignmember', ['campaign_id'])
    op.create_index('ix_campaignmember_customer_id', 'campaignmember', ['customer_id'])
    op.create_table(
        'automationlog',
        sa.Column('id', sa.String(), nullable=False),
        sa.Column('rule', sa.String(), nullable=False),
        sa.Column('customer_id', sa.String(), nullable=False),
        sa.Column('occasion', sa.String(), nullable=False),
        sa.Column('coupon_id', sa.String(), nullable=True),
        sa.Column('points', sa.Integer(), nullable=False),
        sa.Column('at', sa.String(), nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id']),
        sa.ForeignKeyConstraint(['coupon_id'], ['coupon.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('rule', 'customer_id', 'occasion'),
    )
    op.create_index('ix_automationlog_customer_id', 'automationlog', ['customer_id'])
    op.create_index('ix_automationlog_at', 'automationlog', ['at'])


def downgrade() -> None:
    op.drop_table('automationlog')
    op.drop_table('campaignmember')
    op.drop_table('campaign')
