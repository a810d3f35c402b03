"""The Stripe sandbox's state: Connect-scoped objects, the reader state machine, idempotency.

Everything here is synchronous and guarded by one re-entrant lock, because the server runs in
its own thread while tests (and the demo's auto-presentment) read and steer the same state.

Time-dependent behaviour (the authorisation taking `processing_s`, automatic card
presentment after N seconds) is evaluated lazily: every request and every accessor first calls
`tick()`, which moves readers whose deadline has passed. There are no background tasks to leak
or to race with, and a test that sets `processing_s=0` sees every outcome at once.

Objects are the JSON shapes Stripe answers with (plain dicts), scoped per ``Stripe-Account``
value ("" is the platform). Ids are globally unique, so an object asked for under another
account is simply absent there: a 404 ``resource_missing``, as on Stripe.

Keys and accounts (`StripeState.authorize`, run on every API request):

- only keys the sandbox has issued are accepted (`issue_key`; the demo key is issued by the
  demo seed); anything else is a 401 ``Invalid API Key provided: sk_test_****abcd`` with
  ``type=invalid_request_error``, which is what Stripe answers (the SDK raises
  ``AuthenticationError`` for the status);
- a platform key may act on the connected accounts of the platform (`connect_account`)
  through ``Stripe-Account``; any other value is a 403 ``code=account_invalid`` ("The provided
  key '…' does not have access to account '…' (or that account does not exist). Application
  access may have been revoked."), as on Stripe (the SDK raises ``PermissionError``);
- a key issued *for* a connected account (``issue_key(account=...)``, the account's own key)
  acts on that account with or without the header and on no other;
- a restricted key (``rk_test_…``, ``issue_key(restricted={"payment_intents": "write", ...})``)
  may call only the endpoints its permissions cover (write implies read); otherwise a 403
  without a code, "The provided key '…' does not have the required permissions for this
  endpoint on account '…'. Having the 'rak_payment_intent_write' permission would allow this
  request to continue.", Stripe's wording.

Idempotency keys are kept 24 hours of the wall clock (`wall_clock`), as Stripe keeps them; a
key reused later runs the request again.
"""

from kiosk.sandbox.stripe.state.accessors import _Accessors
from kiosk.sandbox.stripe.state.errors import (
    READER_ERRORS,
    StripeApiError,
    invalid,
    missing,
    reader_error,
    unexpected_state,
)
from kiosk.sandbox.stripe.state.intents import PI_CANCELABLE, PI_OPEN, _Intents
from kiosk.sandbox.stripe.state.keys import (
    IDEMPOTENCY_TTL_S,
    PERMISSION_LEVELS,
    PERMISSION_RESOURCES,
    PLATFORM_ACCOUNT,
    _Keys,
    mask_key,
)
from kiosk.sandbox.stripe.state.locations import _Locations
from kiosk.sandbox.stripe.state.params import (
    apply_metadata,
    expand_needs,
    p_bool,
    p_dict,
    p_int,
    p_limit,
    p_list,
    p_str,
)
from kiosk.sandbox.stripe.state.readers import (
    CUSTOMER_CANCELED_MESSAGE,
    REGISTRATION_CODES,
    _Readers,
)
from kiosk.sandbox.stripe.state.records import ApiKey, Obj, ReaderMode, new_id
from kiosk.sandbox.stripe.state.refunds import _Refunds
from kiosk.sandbox.stripe.state.store import KINDS


class StripeState(_Keys, _Intents, _Refunds, _Locations, _Readers, _Accessors):
    """All sandbox objects and readers; every public method is thread-safe."""


__all__ = [
    "CUSTOMER_CANCELED_MESSAGE",
    "IDEMPOTENCY_TTL_S",
    "KINDS",
    "PERMISSION_LEVELS",
    "PERMISSION_RESOURCES",
    "PI_CANCELABLE",
    "PI_OPEN",
    "PLATFORM_ACCOUNT",
    "READER_ERRORS",
    "REGISTRATION_CODES",
    "ApiKey",
    "Obj",
    "ReaderMode",
    "StripeApiError",
    "StripeState",
    "apply_metadata",
    "expand_needs",
    "invalid",
    "mask_key",
    "missing",
    "new_id",
    "p_bool",
    "p_dict",
    "p_int",
    "p_limit",
    "p_list",
    "p_str",
    "reader_error",
    "unexpected_state",
]
