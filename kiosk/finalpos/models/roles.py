"""Staff role wire models: a role and the permissions it grants.

`POST /v1/api/roles` and `/v1/api/roles/{id}` are documented, a listing is not;
`GET /v1/api/roles` (skip/limit like every listing) is assumed, and a 404 means "no roles"
(`FinalPosClient.list_roles`). Permission keys other than ``create_order`` (the docs'
example) are not known.
"""

from __future__ import annotations

from kiosk.finalpos.models.base import Items, Record, WireModel, list_field


class RolePermission(WireModel):
    """One permission of a role (RolePermissionDto), e.g. ``create_order`` granted or not."""

    name: str | None = None
    permission_id: str | None = None
    category: str | None = None
    sub_category: str | None = None
    value: bool | None = None


class _RoleFields(WireModel):
    name: str | None = None
    permissions: Items[RolePermission] = list_field()


class Role(Record, _RoleFields):
    def allows(self, permission: str) -> bool:
        """True when the role grants `permission` (a permission key such as ``refund_order``)."""
        return any(p.name == permission and p.value for p in self.permissions)


class RoleCreate(_RoleFields):
    name: str
    permissions: list[RolePermission] = list_field()
