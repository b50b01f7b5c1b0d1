"""QR passes: issuing (and reissuing) a family's pass, and finding a household by scanning it.

A family has at most one live pass: issuing a new one revokes the old. The short code is stored
compact (``XXXXXXXXC``) and handed out in its display form (``XXXX-XXXX-C``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.staff import Permission
from hubdesk.security.passes import format_short_code, new_pass, parse_scan, qr_payload
from hubdesk.services.base import Actor, Service, check
from hubdesk.services.families import KioskHousehold, kiosk_household, live_family
from hubdesk.storage import outbox
from hubdesk.storage.models import FamilyPass

_ATTEMPTS = 5  # a fresh token or code that collides with a held one is drawn again


@dataclass(frozen=True)
class IssuedPass:
    pass_id: uuid.UUID
    family_id: uuid.UUID
    token: str
    short_code: str  # display form XXXX-XXXX-C
    qr_payload: str
    issued_at: datetime

    def __repr__(self) -> str:  # keep credentials out of logs and tracebacks
        return f"IssuedPass(pass_id={self.pass_id}, family_id={self.family_id}, ...)"


def _issued(card: FamilyPass) -> IssuedPass:
    return IssuedPass(
        pass_id=card.id,
        family_id=card.family_id,
        token=card.token,
        short_code=format_short_code(card.short_code),
        qr_payload=qr_payload(card.token),
        issued_at=card.issued_at,
    )


class PassService(Service):
    def issue(self, actor: Actor, family_id: uuid.UUID) -> IssuedPass:
        """A new pass for the family; its previous live pass stops working.

        The kiosk may only issue a family's first pass (straight after registering): replacing a
        lost pass is done at the desk, so nobody can take over a household's pass at the kiosk.
        """
        check(actor, Permission.MANAGE_PASSES, kiosk_ok=True)
        now = self.now()
        with self.store.write() as session:
            family = live_family(session, actor.hub_id, family_id)
            held = session.scalars(
                select(FamilyPass).where(FamilyPass.family_id == family.id)
            ).all()
            if actor.is_kiosk and held:
                raise ValidationError("pass", "already_issued", "ask at the desk for a new pass")
            for card in held:
                if card.revoked_at is None:
                    card.revoked_at = now
                    card.updated_at = now
                    outbox.record(session, card, "revoked", now)
            for _ in range(_ATTEMPTS):
                creds = new_pass()
                clash = session.scalar(
                    select(FamilyPass.id).where(
                        or_(
                            FamilyPass.token == creds.token,
                            FamilyPass.short_code == creds.short_code,
                        )
                    )
                )
                if clash is None:
                    break
            else:  # pragma: no cover - 2^40 short codes; five clashes in a row means a bug
                raise RuntimeError("could not draw an unused pass code")
            card = FamilyPass(
                id=uuid7(),
                family_id=family.id,
                token=creds.token,
                short_code=creds.short_code,
                issued_at=now,
                updated_at=now,
            )
            session.add(card)
            outbox.record(session, card, "issued", now)
            if not actor.is_kiosk:
                replaced = sum(1 for c in held if c.revoked_at == now)
                self._audit(
                    session,
                    actor,
                    "pass.issued",
                    "pass",
                    card.id,
                    family=str(family.id),
                    replaced=replaced,
                )
            return _issued(card)

    def current(self, actor: Actor, family_id: uuid.UUID) -> IssuedPass | None:
        """The family's live pass, to print again; None if it has none."""
        check(actor, Permission.MANAGE_PASSES)
        with self.store.read() as session:
            family = live_family(session, actor.hub_id, family_id)
            card = session.scalars(
                select(FamilyPass)
                .where(FamilyPass.family_id == family.id, FamilyPass.revoked_at.is_(None))
                .order_by(FamilyPass.issued_at.desc())
                .limit(1)
            ).first()
            return _issued(card) if card is not None else None

    def revoke(self, actor: Actor, pass_id: uuid.UUID) -> None:
        """Stop a pass working (lost or stolen). Revoking twice is harmless."""
        check(actor, Permission.MANAGE_PASSES)
        now = self.now()
        with self.store.write() as session:
            card = session.get(FamilyPass, pass_id)
            if card is None or card.family.hub_id != actor.hub_id:
                raise ValidationError("pass", "unknown_pass", "is not a pass of this hub")
            if card.revoked_at is not None:
                return
            card.revoked_at = now
            card.updated_at = now
            outbox.record(session, card, "revoked", now)
            self._audit(session, actor, "pass.revoked", "pass", card.id)

    def find_by_scan(self, actor: Actor, text: str) -> KioskHousehold:
        """The household whose pass was scanned or typed. Refuses unknown and revoked passes
        with ValidationError(field "pass", code "unknown_pass" or "revoked")."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=True)
        lookup = parse_scan(text)
        column = FamilyPass.token if lookup.kind == "token" else FamilyPass.short_code
        with self.store.read() as session:
            card = None
            for value in (lookup.value, *lookup.alternatives):
                card = session.scalars(select(FamilyPass).where(column == value)).first()
                if card is not None:
                    break
            if card is None:
                raise ValidationError("pass", "unknown_pass", "is not a pass of this hub")
            if card.revoked_at is not None:
                raise ValidationError("pass", "revoked", "has been replaced or cancelled")
            try:
                family = live_family(session, actor.hub_id, card.family_id)
            except ValidationError:
                raise ValidationError("pass", "unknown_pass", "is not a pass of this hub") from None
            return kiosk_household(session, family)
