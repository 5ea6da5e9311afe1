# Generated from the model declarations in src/models/ by `python scripts/gen_stubs.py`.
# Do not edit by hand: change the declaration and regenerate.

from typing import Any, ClassVar, Literal, final

__all__ = [
    "__version__",
    "Client",
    "Session",
    "SessionActivity",
    "BillingPlan",
    "BillingSubscription",
    "BillingSubscriptionItem",
    "Feature",
    "BillingMoneyAmount",
    "BillingNextPayment",
    "BillingTotals",
    "BillingPeriodTotals",
    "BillingPerUnitTotal",
    "BillingPerUnitTotalTier",
    "BillingCredits",
    "BillingProrationCreditDetail",
    "BillingPayerCredit",
    "BillingDiscounts",
    "BillingProrationDiscount",
    "BillingAppliedDiscount",
    "BillingSubscriptionItemSeats",
    "APIKey",
    "M2MToken",
    "Machine",
    "MachineScope",
    "MachineSecretKey",
    "IdPOAuthAccessToken",
    "OauthAccessToken",
    "OAuthApplication",
    "AgentTask",
    "ActorToken",
    "SignInToken",
    "TestingToken",
    "Token",
    "JwtTemplate",
]

__version__: str

def _stub_source() -> str:
    """The text of this stub, generated from the model declarations."""

@final
class Client:
    """A Clerk client: one device or browser, and the sessions signed in on it."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["session_ids"], Literal["sessions"], Literal["sign_in_id"], Literal["sign_up_id"], Literal["last_active_session_id"], Literal["last_authentication_strategy"], Literal["created_at"], Literal["updated_at"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Client:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The client's id (`client_...`)."""
    @property
    def session_ids(self) -> tuple[str, ...]:
        """The ids of the client's sessions."""
    @property
    def sessions(self) -> tuple[Session, ...]:
        """The client's sessions. Absent or `null` gives an empty tuple."""
    @property
    def sign_in_id(self) -> str | None:
        """The sign-in in progress on this client, if any."""
    @property
    def sign_up_id(self) -> str | None:
        """The sign-up in progress on this client, if any."""
    @property
    def last_active_session_id(self) -> str | None:
        """The session that was active most recently."""
    @property
    def last_authentication_strategy(self) -> str | None:
        """How the user last authenticated (for example `"oauth_google"`); unknown values stay `str`."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class Session:
    """A user's session on one client."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["client_id"], Literal["user_id"], Literal["status"], Literal["last_active_at"], Literal["expire_at"], Literal["abandon_at"], Literal["created_at"], Literal["updated_at"], Literal["last_active_organization_id"], Literal["latest_activity"], Literal["actor"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Session:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The session's id (`sess_...`)."""
    @property
    def client_id(self) -> str:
        """The client the session belongs to."""
    @property
    def user_id(self) -> str:
        """The user the session belongs to."""
    @property
    def status(self) -> str:
        """For example `"active"`, `"ended"`, `"revoked"`; unknown values stay `str`."""
    @property
    def last_active_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def expire_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def abandon_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def last_active_organization_id(self) -> str | None:
        """The organization that was active last in this session."""
    @property
    def latest_activity(self) -> SessionActivity | None:
        """Where and on what the session was last used."""
    @property
    def actor(self) -> dict[str, Any] | None:
        """The impersonating actor's claims, for impersonation sessions."""

@final
class SessionActivity:
    """Where and on what device a session was last active."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["is_mobile"], Literal["ip_address"], Literal["city"], Literal["country"], Literal["browser_version"], Literal["browser_name"], Literal["device_type"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> SessionActivity:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The activity's id."""
    @property
    def is_mobile(self) -> bool:
        """Whether the device is a mobile device."""
    @property
    def ip_address(self) -> str | None:
        """The IP address the session was last used from."""
    @property
    def city(self) -> str | None:
        """The city of that IP address."""
    @property
    def country(self) -> str | None:
        """The country code of that IP address."""
    @property
    def browser_version(self) -> str | None:
        """The browser's version."""
    @property
    def browser_name(self) -> str | None:
        """The browser's name."""
    @property
    def device_type(self) -> str | None:
        """The device type, for example `"Macintosh"`."""

@final
class BillingPlan:
    """A Billing plan that users or organizations can subscribe to."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["slug"], Literal["description"], Literal["is_default"], Literal["is_recurring"], Literal["has_base_fee"], Literal["publicly_visible"], Literal["fee"], Literal["annual_fee"], Literal["annual_monthly_fee"], Literal["for_payer_type"], Literal["features"], Literal["avatar_url"], Literal["free_trial_days"], Literal["free_trial_enabled"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingPlan:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The plan's id (`cplan_...`)."""
    @property
    def name(self) -> str:
        """The plan's display name."""
    @property
    def slug(self) -> str:
        """The plan's URL-friendly key."""
    @property
    def description(self) -> str | None:
        """What the plan offers, if described."""
    @property
    def is_default(self) -> bool:
        """Whether new payers get this plan by default."""
    @property
    def is_recurring(self) -> bool:
        """Whether the plan renews every period."""
    @property
    def has_base_fee(self) -> bool:
        """Whether the plan charges a base fee on top of per-unit prices."""
    @property
    def publicly_visible(self) -> bool:
        """Whether the plan is listed publicly."""
    @property
    def fee(self) -> BillingMoneyAmount | None:
        """The monthly price; `None` when the API sends none."""
    @property
    def annual_fee(self) -> BillingMoneyAmount | None:
        """The price for a year, for plans that can be paid annually."""
    @property
    def annual_monthly_fee(self) -> BillingMoneyAmount | None:
        """The monthly equivalent of the annual price."""
    @property
    def for_payer_type(self) -> str:
        """Who can subscribe: `"user"` or `"org"`; unknown values stay `str`."""
    @property
    def features(self) -> tuple[Feature, ...]:
        """The features included in the plan. Absent or `null` gives an empty tuple."""
    @property
    def avatar_url(self) -> str | None:
        """The plan's image, if any."""
    @property
    def free_trial_days(self) -> int | None:
        """Length of the free trial in days, if the plan has one."""
    @property
    def free_trial_enabled(self) -> bool | None:
        """Whether the plan offers a free trial. `None` when the API leaves it out."""

@final
class BillingSubscription:
    """A payer's Billing subscription: the plans they are on, and what they pay next."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["instance_id"], Literal["status"], Literal["payer_id"], Literal["created_at"], Literal["updated_at"], Literal["active_at"], Literal["past_due_at"], Literal["subscription_items"], Literal["next_payment"], Literal["eligible_for_free_trial"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingSubscription:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The subscription's id (`csub_...`)."""
    @property
    def instance_id(self) -> str:
        """The instance the subscription belongs to."""
    @property
    def status(self) -> str:
        """For example `"active"` or `"past_due"`; unknown values stay `str`."""
    @property
    def payer_id(self) -> str:
        """The paying user or organization (`cpayer_...`)."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def active_at(self) -> int | None:
        """When the subscription became active (Unix ms), if it has."""
    @property
    def past_due_at(self) -> int | None:
        """When the subscription became past due (Unix ms), if it is."""
    @property
    def subscription_items(self) -> tuple[BillingSubscriptionItem, ...]:
        """One item per plan the payer is on. Absent or `null` gives an empty tuple."""
    @property
    def next_payment(self) -> BillingNextPayment | None:
        """The upcoming charge; `None` when nothing is due."""
    @property
    def eligible_for_free_trial(self) -> bool:
        """Whether the payer may still start a free trial. Absent or `null` gives `False`."""

@final
class BillingSubscriptionItem:
    """One plan within a Billing subscription, with its period and payment state."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["instance_id"], Literal["status"], Literal["plan_period"], Literal["period_start"], Literal["next_payment"], Literal["amount"], Literal["plan"], Literal["plan_id"], Literal["price_id"], Literal["created_at"], Literal["updated_at"], Literal["period_end"], Literal["canceled_at"], Literal["past_due_at"], Literal["ended_at"], Literal["payer_id"], Literal["is_free_trial"], Literal["lifetime_paid"], Literal["seats"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingSubscriptionItem:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The item's id (`csub_item_...`)."""
    @property
    def instance_id(self) -> str:
        """The instance the item belongs to."""
    @property
    def status(self) -> str:
        """For example `"active"`, `"upcoming"`, `"ended"`; unknown values stay `str`."""
    @property
    def plan_period(self) -> str:
        """The billing period: `"month"` or `"annual"`; unknown values stay `str`."""
    @property
    def period_start(self) -> int | None:
        """Start of the current period (Unix ms). `None` when the API leaves it out."""
    @property
    def next_payment(self) -> BillingNextPayment | None:
        """The upcoming charge for this item, if any."""
    @property
    def amount(self) -> BillingMoneyAmount | None:
        """The amount charged for the item, if sent."""
    @property
    def plan(self) -> BillingPlan | None:
        """The subscribed plan, if sent."""
    @property
    def plan_id(self) -> str | None:
        """The subscribed plan's id."""
    @property
    def price_id(self) -> str | None:
        """The price the item is billed at."""
    @property
    def created_at(self) -> int | None:
        """Unix time in milliseconds. `None` when the API leaves it out."""
    @property
    def updated_at(self) -> int | None:
        """Unix time in milliseconds. `None` when the API leaves it out."""
    @property
    def period_end(self) -> int | None:
        """End of the current period (Unix ms); `None` on free plans."""
    @property
    def canceled_at(self) -> int | None:
        """When the item was canceled (Unix ms), if it was."""
    @property
    def past_due_at(self) -> int | None:
        """When the item became past due (Unix ms), if it is."""
    @property
    def ended_at(self) -> int | None:
        """When the item ended (Unix ms), if it has."""
    @property
    def payer_id(self) -> str | None:
        """The paying user or organization, if sent."""
    @property
    def is_free_trial(self) -> bool:
        """Whether the item is in a free trial."""
    @property
    def lifetime_paid(self) -> BillingMoneyAmount | None:
        """The total paid for the item so far, if sent."""
    @property
    def seats(self) -> BillingSubscriptionItemSeats | None:
        """The seats included, for seat-based plans."""

@final
class Feature:
    """A feature that Billing plans can include."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["description"], Literal["slug"], Literal["avatar_url"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Feature:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The feature's id."""
    @property
    def name(self) -> str:
        """The feature's display name."""
    @property
    def description(self) -> str | None:
        """What the feature provides, if described."""
    @property
    def slug(self) -> str:
        """The feature's key, as used in permission checks."""
    @property
    def avatar_url(self) -> str | None:
        """The feature's image, if any."""

@final
class BillingMoneyAmount:
    """An amount of money, in the currency's smallest unit, with its display form."""

    __match_args__: ClassVar[tuple[Literal["amount"], Literal["amount_formatted"], Literal["currency"], Literal["currency_symbol"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingMoneyAmount:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def amount(self) -> int:
        """The amount in the smallest unit of the currency (cents for USD)."""
    @property
    def amount_formatted(self) -> str:
        """The amount formatted for display, for example `"20.00"`."""
    @property
    def currency(self) -> str:
        """The ISO currency code, for example `"USD"`."""
    @property
    def currency_symbol(self) -> str:
        """The currency's symbol, for example `"$"`."""

@final
class BillingNextPayment:
    """The next charge of a subscription or subscription item."""

    __match_args__: ClassVar[tuple[Literal["amount"], Literal["date"], Literal["per_unit_totals"], Literal["totals"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingNextPayment:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def amount(self) -> BillingMoneyAmount | None:
        """How much will be charged. `None` when the API sends `null`."""
    @property
    def date(self) -> int | None:
        """When it will be charged (Unix ms). `None` when the API sends `null`."""
    @property
    def per_unit_totals(self) -> tuple[BillingPerUnitTotal, ...]:
        """The per-unit breakdown (for example seats). Absent or `null` gives an empty tuple."""
    @property
    def totals(self) -> BillingTotals | None:
        """The full breakdown of the charge, if sent."""

@final
class BillingTotals:
    """The breakdown of a charge: subtotal, tax, credits, discounts and what is due."""

    __match_args__: ClassVar[tuple[Literal["subtotal"], Literal["base_fee"], Literal["tax_total"], Literal["grand_total"], Literal["total_due_after_free_trial"], Literal["credit"], Literal["credits"], Literal["discounts"], Literal["past_due"], Literal["total_due_now"], Literal["per_unit_totals"], Literal["totals_due_per_period"], Literal["total_due_per_period"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingTotals:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def subtotal(self) -> BillingMoneyAmount:
        """Before taxes, credits and discounts."""
    @property
    def base_fee(self) -> BillingMoneyAmount | None:
        """The plan's base fee part, if sent."""
    @property
    def tax_total(self) -> BillingMoneyAmount:
        """The tax included."""
    @property
    def grand_total(self) -> BillingMoneyAmount:
        """The final amount, after taxes, credits and discounts."""
    @property
    def total_due_after_free_trial(self) -> BillingMoneyAmount | None:
        """What becomes due once a free trial ends, if any."""
    @property
    def credit(self) -> BillingMoneyAmount | None:
        """Credit applied (older single-amount form of `credits`), if any."""
    @property
    def credits(self) -> BillingCredits | None:
        """The credits applied, broken down, if any."""
    @property
    def discounts(self) -> BillingDiscounts | None:
        """The discounts applied, if any."""
    @property
    def past_due(self) -> BillingMoneyAmount | None:
        """Unpaid amounts from earlier periods collected now, if any."""
    @property
    def total_due_now(self) -> BillingMoneyAmount | None:
        """What has to be paid immediately, if sent."""
    @property
    def per_unit_totals(self) -> tuple[BillingPerUnitTotal, ...]:
        """The per-unit breakdown. Absent or `null` gives an empty tuple."""
    @property
    def totals_due_per_period(self) -> BillingPeriodTotals | None:
        """What each following period will cost, if sent."""
    @property
    def total_due_per_period(self) -> BillingMoneyAmount | None:
        """The recurring charge per period (older single-amount form), if sent."""

@final
class BillingPeriodTotals:
    """What one billing period costs, broken down."""

    __match_args__: ClassVar[tuple[Literal["subtotal"], Literal["base_fee"], Literal["tax_total"], Literal["grand_total"], Literal["per_unit_totals"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingPeriodTotals:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def subtotal(self) -> BillingMoneyAmount:
        """Before taxes."""
    @property
    def base_fee(self) -> BillingMoneyAmount:
        """The plan's base fee part."""
    @property
    def tax_total(self) -> BillingMoneyAmount:
        """The tax included."""
    @property
    def grand_total(self) -> BillingMoneyAmount:
        """The final amount for the period."""
    @property
    def per_unit_totals(self) -> tuple[BillingPerUnitTotal, ...]:
        """The per-unit breakdown. Absent or `null` gives an empty tuple."""

@final
class BillingPerUnitTotal:
    """The cost of one kind of unit (for example seats), tier by tier."""

    __match_args__: ClassVar[tuple[Literal["name"], Literal["block_size"], Literal["tiers"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingPerUnitTotal:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def name(self) -> str:
        """The unit's name, for example `"seats"`."""
    @property
    def block_size(self) -> int:
        """How many units make one billed block."""
    @property
    def tiers(self) -> tuple[BillingPerUnitTotalTier, ...]:
        """The cost per tier. Absent or `null` gives an empty tuple."""

@final
class BillingPerUnitTotalTier:
    """The cost of the units billed within one pricing tier."""

    __match_args__: ClassVar[tuple[Literal["quantity"], Literal["fee_per_block"], Literal["total"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingPerUnitTotalTier:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def quantity(self) -> int | None:
        """How many blocks fall into this tier; `None` means unlimited."""
    @property
    def fee_per_block(self) -> BillingMoneyAmount:
        """The price of one block in this tier."""
    @property
    def total(self) -> BillingMoneyAmount:
        """The total for this tier."""

@final
class BillingCredits:
    """Credits applied to a charge."""

    __match_args__: ClassVar[tuple[Literal["proration"], Literal["payer"], Literal["total"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingCredits:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def proration(self) -> BillingProrationCreditDetail | None:
        """Credit for the unused part of a previous plan, if any."""
    @property
    def payer(self) -> BillingPayerCredit | None:
        """Credit taken from the payer's balance, if any."""
    @property
    def total(self) -> BillingMoneyAmount:
        """All credits together."""

@final
class BillingProrationCreditDetail:
    """Credit for the part of a paid period that was not used."""

    __match_args__: ClassVar[tuple[Literal["amount"], Literal["cycle_days_remaining"], Literal["cycle_days_total"], Literal["cycle_remaining_percent"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingProrationCreditDetail:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def amount(self) -> BillingMoneyAmount:
        """The credited amount."""
    @property
    def cycle_days_remaining(self) -> int:
        """Days left in the period."""
    @property
    def cycle_days_total(self) -> int:
        """Days in the whole period."""
    @property
    def cycle_remaining_percent(self) -> float:
        """The share of the period left, as the API sends it."""

@final
class BillingPayerCredit:
    """Credit taken from the payer's credit balance."""

    __match_args__: ClassVar[tuple[Literal["remaining_balance"], Literal["applied_amount"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingPayerCredit:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def remaining_balance(self) -> BillingMoneyAmount:
        """What is left of the balance afterwards."""
    @property
    def applied_amount(self) -> BillingMoneyAmount:
        """What was taken from the balance."""

@final
class BillingDiscounts:
    """Discounts applied to a charge."""

    __match_args__: ClassVar[tuple[Literal["proration"], Literal["discount"], Literal["total"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingDiscounts:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def proration(self) -> BillingProrationDiscount | None:
        """The discount for the part of the period already passed (seats added mid-period), if any."""
    @property
    def discount(self) -> BillingAppliedDiscount | None:
        """A discount or promo code applied, if any."""
    @property
    def total(self) -> BillingMoneyAmount:
        """All discounts together."""

@final
class BillingProrationDiscount:
    """The discount for the part of a period that had already passed."""

    __match_args__: ClassVar[tuple[Literal["amount"], Literal["cycle_days_passed"], Literal["cycle_days_total"], Literal["cycle_passed_percent"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingProrationDiscount:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def amount(self) -> BillingMoneyAmount:
        """The discounted amount."""
    @property
    def cycle_days_passed(self) -> int:
        """Days of the period already passed."""
    @property
    def cycle_days_total(self) -> int:
        """Days in the whole period."""
    @property
    def cycle_passed_percent(self) -> float:
        """The share of the period passed, as the API sends it."""

@final
class BillingAppliedDiscount:
    """A discount (promotion or promo code) applied to a charge."""

    __match_args__: ClassVar[tuple[Literal["amount"], Literal["discount_id"], Literal["name"], Literal["effect"], Literal["percent_off"], Literal["amount_off"], Literal["promo_code"], Literal["cycles_remaining"], Literal["duration_in_cycles"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingAppliedDiscount:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def amount(self) -> BillingMoneyAmount:
        """What the discount takes off this charge."""
    @property
    def discount_id(self) -> str:
        """The discount's id."""
    @property
    def name(self) -> str | None:
        """The discount's display name, if sent."""
    @property
    def effect(self) -> str | None:
        """`"percentage"` or `"fixed_amount"`; unknown values stay `str`."""
    @property
    def percent_off(self) -> float | None:
        """The percentage taken off, for percentage discounts."""
    @property
    def amount_off(self) -> BillingMoneyAmount | None:
        """The fixed amount taken off, for fixed-amount discounts."""
    @property
    def promo_code(self) -> str | None:
        """The promo code used, if any."""
    @property
    def cycles_remaining(self) -> int | None:
        """Billing periods the discount still applies to; `None` means forever or not sent."""
    @property
    def duration_in_cycles(self) -> int | None:
        """How many periods the discount lasts in total, if sent."""

@final
class BillingSubscriptionItemSeats:
    """The seats included in a subscription item."""

    __match_args__: ClassVar[tuple[Literal["quantity"], Literal["tiers"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> BillingSubscriptionItemSeats:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def quantity(self) -> int | None:
        """The seat limit; `None` means unlimited."""
    @property
    def tiers(self) -> tuple[BillingPerUnitTotalTier, ...]:
        """The cost per pricing tier. Absent or `null` gives an empty tuple."""

@final
class APIKey:
    """An API key issued to a user, organization or machine."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["type"], Literal["name"], Literal["subject"], Literal["scopes"], Literal["claims"], Literal["revoked"], Literal["revocation_reason"], Literal["expired"], Literal["expiration"], Literal["created_by"], Literal["description"], Literal["last_used_at"], Literal["created_at"], Literal["updated_at"], Literal["secret"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> APIKey:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The key's id (`ak_...`)."""
    @property
    def type(self) -> str:
        """The kind of key, for example `"api_key"`."""
    @property
    def name(self) -> str:
        """The key's name."""
    @property
    def subject(self) -> str:
        """Who the key acts for (`user_...`, `org_...` or `mch_...`)."""
    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes granted. Absent or `null` gives an empty tuple."""
    @property
    def claims(self) -> dict[str, Any] | None:
        """Custom claims attached to the key."""
    @property
    def revoked(self) -> bool:
        """Whether the key has been revoked."""
    @property
    def revocation_reason(self) -> str | None:
        """Why it was revoked, if it was."""
    @property
    def expired(self) -> bool:
        """Whether the key has expired."""
    @property
    def expiration(self) -> int | None:
        """When the key expires (Unix ms); `None` if never."""
    @property
    def created_by(self) -> str | None:
        """Who created the key, if known."""
    @property
    def description(self) -> str | None:
        """The key's description, if any."""
    @property
    def last_used_at(self) -> int | None:
        """When the key was last used (Unix ms), if ever."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def secret(self) -> str | None:
        """The key itself; only sent when the key is created. Hidden in `repr`."""

@final
class M2MToken:
    """A machine-to-machine token."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["subject"], Literal["scopes"], Literal["claims"], Literal["revoked"], Literal["revocation_reason"], Literal["expired"], Literal["expiration"], Literal["created_at"], Literal["updated_at"], Literal["token"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> M2MToken:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The token's id (`mt_...`)."""
    @property
    def subject(self) -> str:
        """The machine the token was issued to (`mch_...`)."""
    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes granted. Absent or `null` gives an empty tuple."""
    @property
    def claims(self) -> dict[str, Any] | None:
        """Custom claims attached to the token."""
    @property
    def revoked(self) -> bool:
        """Whether the token has been revoked."""
    @property
    def revocation_reason(self) -> str | None:
        """Why it was revoked, if it was."""
    @property
    def expired(self) -> bool:
        """Whether the token has expired."""
    @property
    def expiration(self) -> int | None:
        """When the token expires (Unix ms); `None` if never."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def token(self) -> str | None:
        """The token itself; only sent when the token is created. Hidden in `repr`."""

@final
class Machine:
    """A machine: a service that authenticates to other machines with M2M tokens."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["instance_id"], Literal["created_at"], Literal["updated_at"], Literal["scoped_machines"], Literal["default_token_ttl"], Literal["secret_key"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Machine:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The machine's id (`mch_...`)."""
    @property
    def name(self) -> str:
        """The machine's name."""
    @property
    def instance_id(self) -> str:
        """The instance the machine belongs to."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def scoped_machines(self) -> tuple[Machine, ...]:
        """The machines this one may talk to, each parsed as a full `Machine` (the API sends
        them without their own scoped machines or secret key, so those are `()` and `None`).
        Absent or `null` gives an empty tuple."""
    @property
    def default_token_ttl(self) -> int | None:
        """Default lifetime of the machine's tokens, in seconds. `None` when the API leaves it out."""
    @property
    def secret_key(self) -> str | None:
        """The machine's secret key; only sent when the machine is created. Hidden in `repr`."""

@final
class MachineScope:
    """Permission for one machine to talk to another."""

    __match_args__: ClassVar[tuple[Literal["from_machine_id"], Literal["to_machine_id"], Literal["created_at"], Literal["deleted"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> MachineScope:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def from_machine_id(self) -> str:
        """The machine that is allowed to call."""
    @property
    def to_machine_id(self) -> str:
        """The machine it may call."""
    @property
    def created_at(self) -> int | None:
        """Unix time in milliseconds, if sent."""
    @property
    def deleted(self) -> bool | None:
        """`True` in the response to deleting the scope."""

@final
class MachineSecretKey:
    """A machine's secret key."""

    __match_args__: ClassVar[tuple[Literal["secret"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> MachineSecretKey:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def secret(self) -> str:
        """The secret key. Hidden in `repr`."""

@final
class IdPOAuthAccessToken:
    """An OAuth access token that Clerk issued as an identity provider (opaque-token form).
    `act` is kept as sent; the reference SDK rebuilds it (keeps only a string `sub`,
    a string `iss` and one nested `act`)."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["client_id"], Literal["type"], Literal["subject"], Literal["scopes"], Literal["revoked"], Literal["revocation_reason"], Literal["expired"], Literal["expiration"], Literal["created_at"], Literal["updated_at"], Literal["aud"], Literal["act"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> IdPOAuthAccessToken:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The token's id (`oat_...`)."""
    @property
    def client_id(self) -> str:
        """The OAuth application's client id."""
    @property
    def type(self) -> str | None:
        """The kind of token. `None` when the API leaves it out."""
    @property
    def subject(self) -> str:
        """The user the token was issued for."""
    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes granted. Absent or `null` gives an empty tuple."""
    @property
    def revoked(self) -> bool:
        """Whether the token has been revoked."""
    @property
    def revocation_reason(self) -> str | None:
        """Why it was revoked, if it was."""
    @property
    def expired(self) -> bool:
        """Whether the token has expired."""
    @property
    def expiration(self) -> int | None:
        """When the token expires (Unix ms); `None` if never."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def aud(self) -> tuple[str, ...]:
        """The token's audiences. Absent or `null` gives an empty tuple."""
    @property
    def act(self) -> dict[str, Any] | None:
        """The actor claim, for tokens used on someone's behalf; kept as sent."""

@final
class OauthAccessToken:
    """A user's access token at an OAuth provider (Google, GitHub, ...), fetched through Clerk."""

    __match_args__: ClassVar[tuple[Literal["external_account_id"], Literal["provider"], Literal["token"], Literal["public_metadata"], Literal["label"], Literal["scopes"], Literal["token_secret"], Literal["expires_at"], Literal["id_token"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> OauthAccessToken:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def external_account_id(self) -> str:
        """The external account the token belongs to."""
    @property
    def provider(self) -> str:
        """The provider, for example `"oauth_google"`."""
    @property
    def token(self) -> str:
        """The provider's access token. Hidden in `repr`."""
    @property
    def public_metadata(self) -> dict[str, Any] | None:
        """Public metadata of the external account. An absent key gives `{}`, `null` gives `None`."""
    @property
    def label(self) -> str:
        """The account's label. Absent or `null` gives `""`."""
    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes granted. Absent or `null` gives an empty tuple."""
    @property
    def token_secret(self) -> str | None:
        """The OAuth 1.0 token secret, for providers that use one. Hidden in `repr`."""
    @property
    def expires_at(self) -> int | None:
        """When the token expires, in Unix **seconds** (not milliseconds), if known."""
    @property
    def id_token(self) -> str | None:
        """The provider's OpenID Connect ID token, if any. Hidden in `repr`."""

@final
class OAuthApplication:
    """An OAuth application that uses Clerk as its identity provider."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["instance_id"], Literal["name"], Literal["client_id"], Literal["client_uri"], Literal["client_image_url"], Literal["dynamically_registered"], Literal["consent_screen_enabled"], Literal["pkce_required"], Literal["is_public"], Literal["scopes"], Literal["redirect_uris"], Literal["authorize_url"], Literal["token_fetch_url"], Literal["user_info_url"], Literal["discovery_url"], Literal["token_introspection_url"], Literal["created_at"], Literal["updated_at"], Literal["client_secret"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> OAuthApplication:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The application's id."""
    @property
    def instance_id(self) -> str:
        """The instance the application belongs to."""
    @property
    def name(self) -> str:
        """The application's name."""
    @property
    def client_id(self) -> str:
        """The OAuth client id."""
    @property
    def client_uri(self) -> str | None:
        """The application's homepage, if set."""
    @property
    def client_image_url(self) -> str | None:
        """The application's logo, if set."""
    @property
    def dynamically_registered(self) -> bool:
        """Whether the application registered itself (dynamic client registration)."""
    @property
    def consent_screen_enabled(self) -> bool:
        """Whether users are asked for consent."""
    @property
    def pkce_required(self) -> bool:
        """Whether PKCE is required."""
    @property
    def is_public(self) -> bool:
        """Whether this is a public client (no client secret). JSON key `public`."""
    @property
    def scopes(self) -> str:
        """The scopes the application may request, space-separated."""
    @property
    def redirect_uris(self) -> tuple[str, ...]:
        """The allowed redirect URIs. Absent or `null` gives an empty tuple."""
    @property
    def authorize_url(self) -> str:
        """The authorization endpoint."""
    @property
    def token_fetch_url(self) -> str:
        """The token endpoint."""
    @property
    def user_info_url(self) -> str:
        """The user-info endpoint."""
    @property
    def discovery_url(self) -> str:
        """The OpenID discovery document."""
    @property
    def token_introspection_url(self) -> str:
        """The token introspection endpoint."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def client_secret(self) -> str | None:
        """The client secret; only sent on creation and rotation. Hidden in `repr`."""

@final
class AgentTask:
    """A task that an agent performs on a user's behalf.
    `task_id` and `agent_task_id` are the same value, both read from the JSON key
    `agent_task_id` (absent or `null` gives `""`). The older `task_id` key is not
    used as a fallback (the API marks it deprecated and sends both); it stays reachable through `raw`."""

    __match_args__: ClassVar[tuple[Literal["agent_id"], Literal["task_id"], Literal["agent_task_id"], Literal["url"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> AgentTask:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def agent_id(self) -> str:
        """The agent's id."""
    @property
    def task_id(self) -> str:
        """The task's id; the same value as `agent_task_id`."""
    @property
    def agent_task_id(self) -> str:
        """The task's id."""
    @property
    def url(self) -> str | None:
        """The URL that starts a session for the user; only sent on creation. It works as a
        credential, so it is hidden in `repr`."""

@final
class ActorToken:
    """A token that lets an actor (for example an admin) sign in as a user."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["status"], Literal["user_id"], Literal["actor"], Literal["token"], Literal["url"], Literal["created_at"], Literal["updated_at"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> ActorToken:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The token's id (`act_...`)."""
    @property
    def status(self) -> str:
        """`"pending"`, `"accepted"` or `"revoked"`; unknown values stay `str`."""
    @property
    def user_id(self) -> str:
        """The user to be impersonated."""
    @property
    def actor(self) -> dict[str, Any] | None:
        """The actor's claims, kept as sent."""
    @property
    def token(self) -> str | None:
        """The token itself, if sent. Hidden in `repr`."""
    @property
    def url(self) -> str | None:
        """The sign-in URL, if sent. It contains the token, so it is hidden in `repr` too."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class SignInToken:
    """A single-use token that signs a user in without credentials."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["user_id"], Literal["token"], Literal["status"], Literal["url"], Literal["created_at"], Literal["updated_at"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> SignInToken:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The token's id (`sit_...`)."""
    @property
    def user_id(self) -> str:
        """The user the token signs in."""
    @property
    def token(self) -> str | None:
        """The token itself, if sent (only on creation). Hidden in `repr`."""
    @property
    def status(self) -> str:
        """`"pending"`, `"accepted"` or `"revoked"`; unknown values stay `str`."""
    @property
    def url(self) -> str | None:
        """The sign-in URL, if sent. It contains the token, so it is hidden in `repr` too."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class TestingToken:
    """A token that lets automated tests bypass bot protection."""

    __match_args__: ClassVar[tuple[Literal["token"], Literal["expires_at"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> TestingToken:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def token(self) -> str:
        """The token itself. Hidden in `repr`."""
    @property
    def expires_at(self) -> int:
        """When the token expires, in Unix **seconds** (not milliseconds)."""

@final
class Token:
    """A session token (a signed JWT), for example one made from a JWT template."""

    __match_args__: ClassVar[tuple[Literal["jwt"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Token:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def jwt(self) -> str:
        """The encoded JWT. Hidden in `repr`."""

@final
class JwtTemplate:
    """A template for custom session JWTs."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["claims"], Literal["lifetime"], Literal["allowed_clock_skew"], Literal["custom_signing_key"], Literal["signing_algorithm"], Literal["created_at"], Literal["updated_at"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> JwtTemplate:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The template's id (`jtmp_...`)."""
    @property
    def name(self) -> str:
        """The template's name."""
    @property
    def claims(self) -> dict[str, Any]:
        """The claims the template adds, kept as sent."""
    @property
    def lifetime(self) -> int:
        """Token lifetime in seconds."""
    @property
    def allowed_clock_skew(self) -> int:
        """Allowed clock skew in seconds."""
    @property
    def custom_signing_key(self) -> bool:
        """Whether the template signs with a custom key."""
    @property
    def signing_algorithm(self) -> str:
        """The signing algorithm, for example `"RS256"`."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
