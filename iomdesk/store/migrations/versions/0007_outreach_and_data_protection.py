"""Outreach and data protection: languages and beats, do-not-contact, source / lawful basis / review
date, the send ledger (``outreach_log``), the suppression list and the audit log.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CONTACT_COLUMNS: list[sa.Column] = [
    sa.Column("do_not_contact", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("dnc_reason", sa.Text(), nullable=False, server_default=""),
    sa.Column("dnc_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("source", sa.String(length=1000), nullable=False, server_default=""),
    sa.Column("lawful_basis", sa.String(length=30), nullable=True),
    sa.Column("review_date", sa.Date(), nullable=True),
    sa.Column("last_contacted_at", sa.DateTime(timezone=True), nullable=True),
]


def upgrade() -> None:
    for column in CONTACT_COLUMNS:
        op.add_column("contacts", column)
    op.create_index("ix_contacts_review_date", "contacts", ["review_date"])
    op.create_index("ix_contacts_last_contacted_at", "contacts", ["last_contacted_at"])

    op.create_table(
        "beats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("name_key", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name_key"),
    )
    op.create_table(
        "contact_beats",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("beat_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["beat_id"], ["beats.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("contact_id", "beat_id"),
    )
    op.create_index("ix_contact_beats_beat", "contact_beats", ["beat_id"])
    op.create_table(
        "contact_languages",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=2), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("contact_id", "code"),
    )
    op.create_index("ix_contact_languages_code", "contact_languages", ["code"])
    op.create_table(
        "suppressions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "digest", name="uq_suppressions_kind_digest"),
    )
    op.create_table(
        "outreach_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("list_name", sa.String(length=200), nullable=False),
        sa.Column("os_user", sa.String(length=200), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_outreach_log_contact_id", "outreach_log", ["contact_id"])
    op.create_index("ix_outreach_log_sent_at", "outreach_log", ["sent_at"])
    op.create_index("ix_outreach_log_article_contact", "outreach_log", ["article_id", "contact_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("os_user", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("audit_log")
    op.drop_index("ix_outreach_log_article_contact", table_name="outreach_log")
    op.drop_index("ix_outreach_log_sent_at", table_name="outreach_log")
    op.drop_index("ix_outreach_log_contact_id", table_name="outreach_log")
    op.drop_table("outreach_log")
    op.drop_table("suppressions")
    op.drop_index("ix_contact_languages_code", table_name="contact_languages")
    op.drop_table("contact_languages")
    op.drop_index("ix_contact_beats_beat", table_name="contact_beats")
    op.drop_table("contact_beats")
    op.drop_table("beats")
    op.drop_index("ix_contacts_last_contacted_at", table_name="contacts")
    op.drop_index("ix_contacts_review_date", table_name="contacts")
    with op.batch_alter_table("contacts") as batch:
        for column in reversed(CONTACT_COLUMNS):
            batch.drop_column(column.name)
