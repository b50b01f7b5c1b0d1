"""The council's postcode lookup on a device: which ward, LSOA and deprivation decile a full
postcode is in, so that sign-ins can carry those areas (footfall) instead of the postcode."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.postcode import validate_district
from hubdesk.domain.staff import Permission
from hubdesk.measures.postcodes import ParsedLookup, RowProblem
from hubdesk.services.base import Actor, Service, check
from hubdesk.storage import audit, outbox
from hubdesk.storage.models import Hub, PostcodeArea


@dataclass(frozen=True)
class LookupImported:
    imported: int
    problems: list[RowProblem]


class PostcodeService(Service):
    def import_lookup(self, parsed: ParsedLookup) -> LookupImported:
        """Replace the lookup with `parsed.rows`, in one transaction (all or nothing)."""
        with self.store.write() as session:
            session.execute(delete(PostcodeArea))
            if parsed.rows:
                session.execute(
                    insert(PostcodeArea),
                    [
                        {
                            "postcode": r.postcode,
                            "district": r.district,
                            "ward_code": r.ward_code,
                            "ward_name": r.ward_name,
                            "lsoa_code": r.lsoa_code,
                            "imd_decile": r.imd_decile,
                        }
                        for r in parsed.rows
                    ],
                )
            audit.append(
                session,
                at=self.now(),
                action="postcodes.imported",
                staff_id=None,
                device_id=None,
                subject_type=None,
                subject_id=None,
                detail={"rows": len(parsed.rows), "skipped": len(parsed.problems)},
            )
        return LookupImported(len(parsed.rows), parsed.problems)

    def count(self) -> int:
        with self.store.read() as session:
            return int(session.scalar(select(func.count()).select_from(PostcodeArea)) or 0)


class AreaService(Service):
    """The hub's reach area: the postcode districts the council's map allocates to it."""

    def set_reach_districts(self, actor: Actor, districts: list[str]) -> tuple[str, ...]:
        check(actor, Permission.ADMINISTER)
        clean = sorted({validate_district(d, "reach_districts") for d in districts if d.strip()})
        now = self.now()
        with self.store.write() as session:
            hub = session.get(Hub, actor.hub_id)
            if hub is None:
                raise ValidationError("hub", "unknown_hub", "is not this store's hub")
            hub.reach_districts = " ".join(clean)
            hub.updated_at = now
            outbox.record(session, hub, "updated", now)
            self._audit(session, actor, "hub.reach_districts", "hub", hub.id, count=len(clean))
        return tuple(clean)

    def reach_districts(self, hub_id: uuid.UUID) -> tuple[str, ...]:
        with self.store.read() as session:
            hub = session.get(Hub, hub_id)
            return tuple((hub.reach_districts or "").split()) if hub else ()
