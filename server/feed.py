"""Pull: a shop's numbered changes after a cursor, a page at a time; and its history, newest first.

A sale's change is numbered with its header only; the feed sends the whole stored sale (lines and
payments) so another till can store it, show it on the customer's card and refund it.
"""
import json

from sqlalchemy import Text, and_, cast
from sqlmodel import Session, func, select

from server.clock import utc_now
from server.models import Change, Sale
from syncwire import messages as m


def _wire(session: Session, shop_id: str, page: list[Change]) -> list[m.Change]:
    sale_ids = [c.record_id for c in page if c.kind == m.SALE]
    whole = {}
    if sale_ids:
        whole = dict(session.exec(select(Sale.id, Sale.data).where(Sale.shop_id == shop_id, Sale.id.in_(sale_ids))).all())
    return [m.Change(seq=c.seq, kind=c.kind, id=c.record_id, data=whole.get(c.record_id, c.data) if c.kind == m.SALE else c.data)
            for c in page]


def changes_after(session: Session, shop_id: str, after: int, limit: int, kinds: tuple[str, ...]) -> m.ChangePage:
    """Up to `limit` changes of `kinds` with seq > `after`, oldest first; `more` if others follow."""
    rows = session.exec(
        select(Change).where(Change.shop_id == shop_id, Change.seq > after, Change.kind.in_(kinds))
        .order_by(Change.seq).limit(limit + 1)
    ).all()
    page = rows[:limit]
    return m.ChangePage(
        changes=_wire(session, shop_id, page),
        cursor=page[-1].seq if page else after,
        more=len(rows) > limit,
        server_time=utc_now(),
    )


def history_before(session: Session, shop_id: str, before: int, limit: int, since: str | None) -> str:
    """Up to `limit` history changes (sales, cash movements, Z reports) with seq < `before` (0: from
    the newest), newest first, received on or after `since` (an ISO date; None: all); a
    m.HistoryPage as JSON text.

    The records are stored, checked JSON: their text goes out as it is, never parsed and written
    again (that was most of the server's time for a page of whole sales)."""
    where = [Change.shop_id == shop_id, Change.kind.in_(m.HISTORY_KINDS)]
    if since:
        where.append(Change.at >= since)
    total, top = -1, -1
    if not before:
        total = session.exec(select(func.count()).select_from(Change).where(*where)).one()
        top = session.exec(select(func.max(Change.seq)).where(Change.shop_id == shop_id)).one() or 0
    else:
        where.append(Change.seq < before)
    whole_sale = and_(Change.kind == m.SALE, Sale.shop_id == Change.shop_id, Sale.id == Change.record_id)
    rows = session.exec(select(Change.seq, Change.kind, Change.record_id,
                               func.coalesce(cast(Sale.data, Text), cast(Change.data, Text)))
                        .select_from(Change).outerjoin(Sale, whole_sale).where(*where)
                        .order_by(Change.seq.desc()).limit(limit + 1)).all()
    page = rows[:limit]
    head = json.dumps({"cursor": page[-1][0] if page else before, "more": len(rows) > limit, "server_time": utc_now(),
                       "total": total, "top": top}, separators=(",", ":"))
    changes = ",".join(f'{{"seq":{seq},"kind":{json.dumps(kind)},"id":{json.dumps(rid)},"data":{data}}}'
                       for seq, kind, rid, data in page)
    return f'{head[:-1]},"changes":[{changes}]}}'
