"""API keys, connected accounts and idempotency keys, answered as Stripe answers them."""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping

from kiosk.sandbox.stripe.state.errors import StripeApiError
from kiosk.sandbox.stripe.state.records import ApiKey, _IdemRecord
from kiosk.sandbox.stripe.state.store import _Store

# The platform's own account id (the sandbox stores platform objects under ""); it only
# appears in messages, where Stripe names the account a key acted on.
PLATFORM_ACCOUNT = "acct_1KioskSandboxPlatfm"

IDEMPOTENCY_TTL_S = 24 * 3600

# Restricted-key resources: the endpoint groups of the routes, with the singular Stripe uses
# in its permission names (rak_<singular>_<read|write>).
PERMISSION_RESOURCES = {
    "payment_intents": "payment_intent",
    "charges": "charge",
    "refunds": "refund",
    "terminal_locations": "terminal_location",
    "terminal_readers": "terminal_reader",
}
PERMISSION_LEVELS = ("read", "write")

_KEY_SHAPE = re.compile(r"^(sk|rk)_test_[A-Za-z0-9_]{8,}$")
_ACCOUNT_SHAPE = re.compile(r"^acct_[A-Za-z0-9]{6,}$")


def mask_key(key: str) -> str:
    """A key as Stripe shows it in error messages: the prefix and the last four characters."""
    prefix, _, rest = key.partition("_test_")
    if not rest:
        return "*" * 8
    return f"{prefix}_test_{'*' * max(len(rest) - 4, 4)}{rest[-4:]}"


class _Keys(_Store):
    """Issuing keys, connecting accounts, authorising requests, replaying idempotent ones."""

    def issue_key(
        self,
        key: str | None = None,
        *,
        restricted: Mapping[str, str] | None = None,
        account: str | None = None,
    ) -> str:
        """Issue an API key the sandbox will accept, and return it.

        `restricted` makes it a restricted key (``rk_test_…``) with those permissions, e.g.
        ``{"payment_intents": "write", "terminal_readers": "write", "terminal_locations":
        "read", "refunds": "write"}`` (resources: `PERMISSION_RESOURCES`; write implies
        read). `account` issues the connected account's own key (it acts on that account
        only, and connects the account if needed); None is a platform key that may use
        ``Stripe-Account`` for every connected account. `key` picks the text (tests, demo);
        it must look like a test key of the right kind. Issuing a key again replaces it.
        """
        if restricted is not None:
            restricted = dict(restricted)
            for resource, level in restricted.items():
                if resource not in PERMISSION_RESOURCES:
                    raise ValueError(
                        f"unknown permission resource {resource!r}; "
                        f"known: {sorted(PERMISSION_RESOURCES)}"
                    )
                if level not in PERMISSION_LEVELS:
                    raise ValueError(f"permission level must be read or write, not {level!r}")
        prefix = "rk" if restricted is not None else "sk"
        if key is None:
            key = f"{prefix}_test_{secrets.token_urlsafe(24).replace('-', 'x')}"
        elif not _KEY_SHAPE.fullmatch(key) or not key.startswith(prefix + "_"):
            raise ValueError(
                f"a {'restricted' if restricted is not None else 'secret'} test "
                f"key looks like {prefix}_test_ and at least 8 letters or digits"
            )
        with self.lock:
            if account:
                self.connect_account(account)
            self._keys[key] = ApiKey(key, account or "", restricted)
            self.flush()
        return key

    def revoke_key(self, key: str) -> None:
        """The key is refused from now on (as a key rolled in the Dashboard)."""
        with self.lock:
            self._keys.pop(key, None)
            if self._db is not None:
                self._db.execute("DELETE FROM issued_keys WHERE key = ?", (key,))
                self._db.execute("DELETE FROM api_keys WHERE key = ?", (key,))

    def connect_account(self, account: str) -> None:
        """Make `account` a connected account of the platform (idempotent)."""
        if not _ACCOUNT_SHAPE.fullmatch(account):
            raise ValueError(f"not an account id: {account!r}")
        with self.lock:
            self._connected.add(account)
            self.flush()

    def connected_accounts(self) -> list[str]:
        with self.lock:
            return sorted(self._connected)

    def authorize(self, key: str, account_header: str, resource: str | None, level: str) -> str:
        """The account a request acts on, or the error Stripe answers for this key.

        Order as on Stripe: the key itself (401), then the ``Stripe-Account`` it asks for
        (403 account_invalid), then the restricted key's permissions (403).
        """
        with self.lock:
            record = self._keys.get(key)
        if record is None:
            # Stripe shows a masked key; type invalid_request_error with HTTP 401
            raise StripeApiError(401, f"Invalid API Key provided: {mask_key(key)}", stored=False)
        if record.account:
            if account_header and account_header != record.account:
                raise self._no_access(key, account_header)
            account = record.account
        else:
            if account_header and account_header not in self._connected:
                raise self._no_access(key, account_header)
            account = account_header
        if resource is not None and not record.allows(resource, level):
            permission = f"rak_{PERMISSION_RESOURCES[resource]}_{level}"
            raise StripeApiError(
                403,
                f"The provided key '{mask_key(key)}' does not have the required permissions "
                f"for this endpoint on account '{account or PLATFORM_ACCOUNT}'. Having the "
                f"'{permission}' permission would allow this request to continue.",
                stored=False,
            )
        return account

    @staticmethod
    def _no_access(key: str, account: str) -> StripeApiError:
        return StripeApiError(
            403,
            f"The provided key '{mask_key(key)}' does not have access to account "
            f"'{account}' (or that account does not exist). Application access may have "
            "been revoked.",
            code="account_invalid",
            stored=False,
        )

    def idempotent_replay(self, account: str, key: str, fingerprint: str) -> tuple[int, str] | None:
        with self.lock:
            record = self._idem.get((account, key))
            if record is None or self.wall_clock() - record.stored_at > IDEMPOTENCY_TTL_S:
                return None  # never seen, or older than Stripe keeps keys
            if record.fingerprint != fingerprint:
                raise StripeApiError(
                    400,
                    "Keys for idempotent requests can only be used with the same parameters they "
                    f"were first used with. Try using a key other than '{key}' if you meant to "
                    "execute a different request.",
                    type="idempotency_error",
                    stored=False,
                )
            return record.status, record.body

    def idempotent_store(
        self, account: str, key: str, fingerprint: str, status: int, body: str
    ) -> None:
        with self.lock:
            now = self.wall_clock()
            self._idem[(account, key)] = _IdemRecord(fingerprint, status, body, now)
            if self._db is not None:
                self._db.execute(
                    "INSERT OR REPLACE INTO idempotency"
                    " (account, key, fingerprint, status, body, stored_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (account, key, fingerprint, status, body, now),
                )
