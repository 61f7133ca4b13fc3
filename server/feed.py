"""Pull: a shop's numbered changes after a cursor, a page at a time."""
from sqlmodel import Session, select

from server.clock import utc_now
from server.models import Change
from syncwire import messages as m


def changes_after(session: Session, shop_id: str, after: int, limit: int, kinds: tuple[str, ...]) -> m.ChangePage:
    """Up to `limit` changes of `kinds` with seq > `after`, oldest first; `more` if others follow."""
    rows = session.exec(
        select(Change).where(Change.shop_id == shop_id, Change.seq > after, Change.kind.in_(kinds))
        .order_by(Change.seq).limit(limit + 1)
    ).all()
    page = rows[:limit]
    return m.ChangePage(
        changes=[m.Change(seq=c.seq, kind=c.kind, id=c.record_id, data=c.data) for c in page],
        cursor=page[-1].seq if page else after,
        more=len(rows) > limit,
        server_time=utc_now(),
    )
