"""The back office's staff service: people, PINs, roles, the last owner, role permissions."""
import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import AuditEvent, User
from shop import staff, users
from shop.errors import NeedsApproval, NotAllowed
from shop.permissions import RolePermissions, load_permissions
from shop.staff_errors import InvalidPin, LastOwner, NoRight, NotSelf, PinInUse
from shop.till import Till


def _actions(engine) -> list[str]:
    with read_session(engine) as session:
        return [e.action for e in session.exec(select(AuditEvent).order_by(AuditEvent.at))]


def test_owner_adds_a_cashier_who_can_sign_in(shop):
    """A cashier added by the owner signs in with their PIN; the addition is audited without the PIN."""
    with write_session(shop.engine) as session:
        added = staff.add_person(session, shop.users["Giulia"], "  Luca  Bianchi ", "cashier", "4321", "T1")
    assert added.name == "Luca Bianchi" and added.role == "cashier"
    assert users.sign_in(shop.engine, added.id, "4321", "T1").name == "Luca Bianchi"
    with read_session(shop.engine) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "staff_added")).one()
    assert event.user_id == shop.users["Giulia"].id and "4321" not in str(event.detail)


def test_a_pin_in_use_or_too_short_is_refused(shop):
    """Another active person's PIN, or a PIN that is not 4 to 8 digits, is refused and nothing is added."""
    with pytest.raises(PinInUse), write_session(shop.engine) as session:
        staff.add_person(session, shop.users["Giulia"], "Luca", "cashier", "1111", "T1")  # Anna's
    for bad in ("12", "12a4", "123456789", "１２３４"):
        with pytest.raises(InvalidPin), write_session(shop.engine) as session:
            staff.add_person(session, shop.users["Giulia"], "Luca", "cashier", bad, "T1")
    with read_session(shop.engine) as session:
        assert len(staff.staff_list(session)) == 3


def test_changing_a_pin_to_another_persons_is_refused_but_keeping_ones_own_is_fine(shop):
    """A PIN change checks the others' PINs, not the person's own."""
    marco = shop.users["Marco"]
    with pytest.raises(PinInUse), write_session(shop.engine) as session:
        staff.change_pin(session, marco, marco.id, "9999", "T1")  # Giulia's
    with write_session(shop.engine) as session:
        staff.change_pin(session, marco, marco.id, "2222", "T1")
        staff.change_pin(session, marco, shop.users["Anna"].id, "5555", "T1")
    assert users.sign_in(shop.engine, shop.users["Anna"].id, "5555", "T1")
    assert _actions(shop.engine).count("pin_changed") == 2


def test_reset_pin_gives_a_new_six_digit_pin(shop):
    """A reset PIN is new, six digits, and works at once; the old one stops working."""
    with write_session(shop.engine) as session:
        pin = staff.reset_pin(session, shop.users["Giulia"], shop.users["Anna"].id, "T1")
    assert len(pin) == 6 and pin.isdigit()
    assert users.sign_in(shop.engine, shop.users["Anna"].id, pin, "T1")


def test_a_manager_manages_cashiers_only(shop):
    """A manager adds and deactivates cashiers but can neither add a manager nor touch the owner."""
    marco = shop.users["Marco"]
    with write_session(shop.engine) as session:
        staff.add_person(session, marco, "Luca", "cashier", "4321", "T1")
    for action in (lambda s: staff.add_person(s, marco, "Eva", "manager", "4322", "T1"),
                   lambda s: staff.change_pin(s, marco, shop.users["Giulia"].id, "4323", "T1"),
                   lambda s: staff.deactivate(s, marco, shop.users["Giulia"].id, "T1"),
                   lambda s: staff.set_role(s, marco, shop.users["Anna"].id, "manager", "T1")):
        with pytest.raises(NoRight), write_session(shop.engine) as session:
            action(session)


def test_the_last_owner_can_never_be_deactivated_or_demoted(shop):
    """With one active owner, deactivating or demoting them is refused; with two, it works."""
    giulia = shop.users["Giulia"]
    with pytest.raises(LastOwner), write_session(shop.engine) as session:
        staff.deactivate(session, giulia, giulia.id, "T1")
    with pytest.raises(LastOwner), write_session(shop.engine) as session:
        staff.set_role(session, giulia, giulia.id, "manager", "T1")
    with write_session(shop.engine) as session:
        staff.set_role(session, giulia, shop.users["Marco"].id, "owner", "T1")
    with write_session(shop.engine) as session:
        staff.set_role(session, giulia, giulia.id, "manager", "T1")
    with read_session(shop.engine) as session:
        assert session.get(User, giulia.id).role == "manager"


def test_deactivated_people_keep_their_history_and_cannot_sign_in(shop, till):
    """A deactivated cashier cannot sign in; their sales stay theirs; nobody deactivates themselves."""
    from shop.sales import CASH, Tender

    till.add_product_id(shop.products["bread"].id)
    done = till.pay([Tender(CASH, 350)])
    with pytest.raises(NotSelf), write_session(shop.engine) as session:
        staff.deactivate(session, shop.users["Marco"], shop.users["Marco"].id, "T1")
    with write_session(shop.engine) as session:
        staff.deactivate(session, shop.users["Marco"], shop.users["Anna"].id, "T1")
    from db.models import Sale
    from shop.errors import WrongPin

    with pytest.raises(WrongPin):
        users.sign_in(shop.engine, shop.users["Anna"].id, "1111", "T1")
    with read_session(shop.engine) as session:
        assert session.get(Sale, done.sale_id).user_id == shop.users["Anna"].id
    with write_session(shop.engine) as session:
        staff.reactivate(session, shop.users["Marco"], shop.users["Anna"].id, "6543", "T1")
    assert users.sign_in(shop.engine, shop.users["Anna"].id, "6543", "T1")


def test_only_the_owner_sets_permissions_and_they_are_audited(shop):
    """A manager cannot change the permissions; the owner's change is stored and audited as old/new."""
    with pytest.raises(NoRight), write_session(shop.engine) as session:
        staff.set_permissions(session, shop.users["Marco"], RolePermissions(refund="manager"), "T1")
    with write_session(shop.engine) as session:
        changes = staff.set_permissions(session, shop.users["Giulia"], RolePermissions(refund="manager"), "T1")
    assert changes == {"refund": ["cashier", "manager"]}
    with read_session(shop.engine) as session:
        assert load_permissions(session).refund == "manager"
    assert "permissions_changed" in _actions(shop.engine)


def test_permissions_are_enforced_at_the_till(shop, till):
    """Refunds and voids set to managers need an approval; an owner-only action refuses a manager's PIN."""
    with write_session(shop.engine) as session:
        staff.set_permissions(session, shop.users["Giulia"],
                              RolePermissions(refund="manager", void="manager", no_sale="owner"), "T1")
    line = till.add_product_id(shop.products["bread"].id)
    with pytest.raises(NeedsApproval):
        till.void_line(line.id)
    till.void_line(line.id, approver=shop.users["Marco"])
    assert not till.cart.lines
    with pytest.raises(NeedsApproval):
        till.start_refund("whatever", {}, "broken")
    with pytest.raises(NotAllowed):
        till.approve("2222", "no_sale")  # Marco is a manager; the drawer is the owner's now
    assert till.approve("9999", "no_sale").name == "Giulia"
    marco = Till(shop.engine, shop.users["Marco"])
    with pytest.raises(NeedsApproval):
        marco.open_drawer()


def test_permissions_pulled_from_the_server_apply_at_this_till(shop):
    """The owner's permissions set at another till arrive as a shared setting and are followed here."""
    from shop.sync_catalogue import apply_setting

    with write_session(shop.engine) as session:
        assert apply_setting(session, {"id": "permissions", "value": {"refund": "owner", "till_id": "T9"}})
    with read_session(shop.engine) as session:
        assert load_permissions(session).refund == "owner"


def test_owner_only_actions_say_so(shop, till):
    """An action the owner kept for themselves asks for the owner, and a manager's PIN is refused as such."""
    with write_session(shop.engine) as session:
        staff.set_permissions(session, shop.users["Giulia"], RolePermissions(price_override="owner"), "T1")
    line = till.add_product_id(shop.products["bread"].id)
    with pytest.raises(NeedsApproval) as needed:
        till.override_price(line.id, 300)
    assert needed.value.least_role == "owner"
    with pytest.raises(NotAllowed) as refused:
        till.approve("2222", "price_override")
    assert refused.value.least_role == "owner"
