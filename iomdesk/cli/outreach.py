"""CLI: ``iomdesk send`` and ``iomdesk history``, the send ledger.

``send LIST (--article ID | --subject TEXT) [--eml FILE] [--include-already-sent] [--dry-run]`` sends to a
distribution list: with ``--eml`` it writes an .eml draft (``X-Unsent: 1``, recipients in Bcc) that Outlook
and Thunderbird open as a draft, else it prints the mailto: links (one per BCC batch) on stdout for the
mail client. Contacts marked do not contact and contacts without an email are left out (stderr says who
and why), as are those who already got the article unless ``--include-already-sent``. The send is
recorded in the ledger (channel ``eml`` or ``mailto``) unless ``--dry-run``. ``history ID [--json]``
prints a contact's ledger, newest first. Exit 1 for a list, article or contact that does not exist or a
send that reaches nobody; 2 for usage and files.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..core.outreach import bcc_batches, draft_body, eml_draft
from ..core.text import count_of
from ..services.context import AppContext
from ..services.files import write_atomically
from .base import EXIT_INVALID, EXIT_OK, bounded_int, command, err, fail, out, table


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("send", help="send an article (or a subject) to a list: an .eml draft or mailto: links")
    p.add_argument("list", metavar="LIST")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--article", type=bounded_int, metavar="ID", help="the article: its title, its link")
    what.add_argument("--subject", metavar="TEXT", help="a subject, for a message that is no article")
    p.add_argument("--eml", metavar="FILE", help="write an .eml draft here instead of printing mailto: links")
    p.add_argument("--include-already-sent", action="store_true",
                   help="write again to those who already got this article")
    p.add_argument("--dry-run", action="store_true", help="say who it would reach; write and record nothing")

    h = sub.add_parser("history", help="a contact's outreach history (the send ledger), newest first")
    h.add_argument("id", metavar="ID", type=bounded_int)
    h.add_argument("--json", action="store_true")


@command("send")
def cmd_send(ctx: AppContext, args: argparse.Namespace) -> int:
    subject = (args.subject or "").strip()
    if args.article is None and not subject:
        return fail("--subject cannot be empty")
    url = None
    if args.article is not None:
        article = ctx.articles.get(args.article)
        subject, url = article.title, article.url
    rec = ctx.outreach.list_recipients(args.list, args.article)
    targets = rec.targets(leave_out_already=not args.include_already_sent)
    if rec.split.note():
        err(rec.split.note(names=20))
    skipped = len(rec.split.sendable) - len(targets)
    if skipped:
        err(f"{count_of(skipped, 'recipient')} who already got this article left out "
            "(--include-already-sent to write to them again)")
    if not targets:
        return fail(f"nobody to send to on {rec.list_name!r}", code=EXIT_INVALID)
    addresses = [a for _i, _n, a in targets]
    ids = [i for i, _n, _a in targets]
    body = draft_body(url)
    if args.dry_run:
        err(f"would send to {count_of(len(targets), 'recipient')} of {rec.list_name!r}; nothing written or recorded")
        return EXIT_OK
    if args.eml:
        path = Path(args.eml)
        try:
            write_atomically(path, eml_draft(addresses, subject, body))
        except OSError as exc:
            return fail(f"cannot write {args.eml}: {exc.strerror or exc}", "nothing was recorded")
        ctx.outreach.record(ids, "eml", article_id=args.article, subject="" if args.article else subject,
                            list_name=rec.list_name)
        err(f"draft with {count_of(len(targets), 'recipient')} of {rec.list_name!r} in Bcc written to {path}; "
            "open it with Outlook or Thunderbird to send it")
        return EXIT_OK
    plan = bcc_batches(addresses, subject=subject, body=body)
    for link in plan.urls:
        out(link)
    ctx.outreach.record(ids, "mailto", article_id=args.article, subject="" if args.article else subject,
                        list_name=rec.list_name)
    err(f"{count_of(len(targets), 'recipient')} of {rec.list_name!r} in "
        f"{count_of(len(plan.urls), 'mailto: link')}; recorded in the history")
    return EXIT_OK


@command("history")
def cmd_history(ctx: AppContext, args: argparse.Namespace) -> int:
    entries = ctx.outreach.history(args.id)
    if args.json:
        out(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not entries:
        err(f"contact {args.id} has not been contacted from IOM Desk yet")
        return EXIT_OK
    out(table(["Sent", "Subject", "Channel", "List", "User"],
              [[e.sent_at.astimezone().strftime("%Y-%m-%d %H:%M"), e.subject, e.channel, e.list_name, e.os_user]
               for e in entries]))
    return EXIT_OK
