//! Webhook events: the envelope (`WebhookEvent`), its typed `data`, and one subclass
//! per data type, so that `match` and `isinstance` narrow both `type` and `data`.
//!
//! The envelope is a model like any other. Its `data` depends on `type`, which may come
//! after `data` in the JSON: the field first records where `data` is, and a hook reads
//! it with the right class once the whole envelope has been walked.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::OnceLock;

use jiter::Peek;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

use crate::error::{Error, Result};
use crate::field::{
    json_error_at, DefaultValue, FieldType, Int, Nested, Opt, Or, ParseContext, Str,
};
use crate::model::{self, Broken, Hooks, JsonReader, Model};
use crate::models::billing_webhook::{
    BillingPaymentAttempt, BillingWebhookSubscription, BillingWebhookSubscriptionItem,
};
use crate::models::misc::{DeletedObject, Email, SMSMessage};
use crate::models::organization::{
    Organization, OrganizationDomain, OrganizationInvitation, OrganizationMembership, Permission,
    Role, WaitlistEntry,
};
use crate::models::session::Session;
use crate::models::user::User;
use crate::pyjson;
use clerk_core::json::{value_span, MAX_DEPTH};
use clerk_core::webhook::{Reason, WebhookError};

model! {
    /// The HTTP request that caused an event, as Clerk saw it.
    HttpRequest {
        /// The client's IP address.
        client_ip: Opt<Str>,
        /// The client's `User-Agent` header.
        user_agent: Opt<Str>,
    }
}

model! {
    /// Context Clerk attaches to an event.
    EventAttributes {
        /// The request that caused the event, when one did.
        http_request: Opt<Nested<HttpRequest>>,
    }
}

/// `"event"`, the `object` of every webhook envelope.
pub(crate) struct EventObject;
impl DefaultValue for EventObject {
    fn make(py: Python<'_>) -> Py<PyAny> {
        PyString::new(py, "event").into_any().unbind()
    }
}

model! {
    /// A Clerk webhook event. `WebhookEvent.from_json` and `Webhook.verify` return the
    /// subclass for the event's type (`UserEvent`, `SessionEvent`, ...), whose `data` is
    /// typed; an event type this version does not know is a plain `WebhookEvent` whose
    /// `data` is a dict.
    WebhookEvent (object = "event") [subclass] {
        /// The event type, for example `"user.created"`.
        r#type: Str,
        /// Always `"event"`.
        object: Or<Str, EventObject>,
        /// The resource the event is about.
        data: EventData,
        /// Context Clerk attaches, such as the HTTP request that caused the event.
        event_attributes: Opt<Nested<EventAttributes>>,
        /// When the event happened, in Unix milliseconds, as Clerk sends it.
        timestamp: Int,
        /// The Clerk instance the event comes from (`ins_...`).
        instance_id: Str,
    }
    hooks = EventHooks;
}

/// The position of `data` among the envelope's fields.
const DATA: usize = 2;

/// Where `data` was in the JSON, until the hook reads it; and, when it could already be read
/// as the model of a guessed event kind, that model.
#[pyclass(frozen)]
struct PendingData {
    start: usize,
    end: usize,
    guess: Option<Guess>,
}

/// `data` read ahead as the data class of `kind`, before the envelope's `type` was known.
struct Guess {
    kind: &'static EventKind,
    value: Py<PyAny>,
}

/// The `data` field of an event: read according to the event's type.
pub(crate) struct EventData;

impl FieldType for EventData {
    fn annotation() -> String {
        "Any".into()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        let start = cx.jiter.current_index();
        if let Some(guess) = read_ahead(cx, peek, start) {
            let end = cx.jiter.current_index();
            let pending = PendingData {
                start,
                end,
                guess: Some(guess),
            };
            return Ok(Py::new(cx.py, pending)?.into_any());
        }
        let (start, end) = value_span(&mut cx.jiter, peek).map_err(json_error_at(cx.data))?;
        let pending = PendingData {
            start,
            end,
            guess: None,
        };
        Ok(Py::new(cx.py, pending)?.into_any())
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        // Read from the checked copy; the hook turns it into a model.
        Ok(v.clone().unbind())
    }
    fn to_json<'py>(v: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let py = v.py();
        if v.hasattr(pyo3::intern!(py, "to_dict"))? {
            v.call_method0(pyo3::intern!(py, "to_dict"))
        } else {
            Ok(pyjson::copy_json(v)?)
        }
    }
}

/// Reads an event's data and makes its Python object.
pub(crate) struct EventHooks;

impl Hooks<WebhookEvent> for EventHooks {
    fn finish_json(value: &mut WebhookEvent, cx: &mut ParseContext<'_, '_>) -> Result<()> {
        let py = cx.py;
        let data = value.data.bind(py);
        let Ok(pending) = data.cast::<PendingData>() else {
            return Ok(());
        };
        let PendingData { start, end, guess } = pending.get();
        let (start, end) = (*start, *end);
        let guess = guess.as_ref().map(|g| (g.kind, g.value.clone_ref(py)));
        let kind = kind_of(value.r#type.bind(py))?;
        if let (Some(kind), Some((guessed, read))) = (kind, guess) {
            if std::ptr::eq(kind, guessed) {
                // The guess was right: `data` has been read once, as the right class.
                value.data = read;
                return Ok(());
            }
        }
        let read = match kind {
            Some(kind) => model::read_span(cx, kind.read_json, start, end),
            None => pyjson::parse_value(py, &cx.data[start..end]).map(Bound::unbind),
        };
        value.data = keep_data(py, value, read, || {
            pyjson::parse_value(py, &cx.data[start..end])
                .ok()
                .map(Bound::unbind)
        })?;
        Ok(())
    }

    fn finish_dict(value: &mut WebhookEvent, d: &Bound<'_, PyDict>) -> Result<()> {
        let py = d.py();
        let kind = kind_of(value.r#type.bind(py))?;
        if value.problems().get(DATA).is_some() {
            return Ok(());
        }
        let data = value.data.bind(py).clone();
        let read = match kind {
            Some(kind) => (kind.read_dict)(&data),
            None => pyjson::copy_json_raw(&data).map(Bound::unbind),
        };
        value.data = keep_data(py, value, read, || Some(data.clone().unbind()))?;
        Ok(())
    }

    fn into_object(value: WebhookEvent, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match kind_of(value.r#type.bind(py)) {
            Ok(Some(kind)) => (kind.make)(py, value),
            _ => model::new_object(py, value),
        }
    }
}

/// `data` as read, or (when it does not fit the event type's class) a broken `data` field.
fn keep_data(
    py: Python<'_>,
    value: &mut WebhookEvent,
    read: Result<Py<PyAny>>,
    sent: impl FnOnce() -> Option<Py<PyAny>>,
) -> Result<Py<PyAny>> {
    match read {
        Ok(v) => Ok(v),
        Err(Error::Parse(f)) if !f.kind.is_hard() => {
            value.problems.add(Broken {
                field: DATA,
                failure: f.in_field("data"),
                sent: sent(),
            });
            Ok(py.None())
        }
        Err(e) => Err(e.in_field("data")),
    }
}

/// Read `data` (at `start`, `peek`) ahead as the data class of the event kind that the body
/// seems to name, before the envelope's `type` has been read: Clerk sends `type` after `data`,
/// and otherwise `data` is scanned once to find its end and parsed again once `type` is known.
///
/// This only saves time, never changes a result. `None` (with the parser back where it was)
/// when there is no guess, when `data` does not parse as that class, or when it nests deep
/// enough that skipping it might exceed the parser's depth limit (which the usual path would
/// report). A guess the hook then finds wrong is thrown away, and `data` is read again from
/// its byte range, as on the usual path.
fn read_ahead(cx: &mut ParseContext<'_, '_>, peek: Peek, start: usize) -> Option<Guess> {
    if peek != Peek::Object {
        return None;
    }
    let kind = guess_kind(cx.data, start)?;
    let saved = cx.jiter.clone();
    let recorded = model::recorded();
    if let Ok(value) = (kind.read_json)(cx, peek) {
        if shallow(&cx.data[start..cx.jiter.current_index()]) {
            return Some(Guess { kind, value });
        }
    }
    cx.jiter = saved;
    model::rewind(recorded);
    None
}

/// Whether a JSON value cannot nest as deep as the parser's limit for skipping a value
/// ([`MAX_DEPTH`] containers inside it): it has fewer opening brackets than that in all.
fn shallow(value: &[u8]) -> bool {
    let mut brackets = 0;
    // Counted in blocks with a byte-sized sum, which the compiler turns into vector code.
    // `[` is 0x5B and `{` 0x7B: setting bit 0x20 maps exactly these two bytes to `{`.
    for block in value.chunks(128) {
        let n: u8 = block.iter().map(|&b| u8::from((b | 0x20) == b'{')).sum();
        brackets += usize::from(n);
        if brackets >= MAX_DEPTH {
            return false;
        }
    }
    true
}

/// The event kind that `"type": "..."` names in the body: the one at its end (Clerk's order,
/// where `type` is the last key), or else the first one before `data` starts. Only a guess:
/// it need not be the envelope's own key.
fn guess_kind(text: &[u8], data_start: usize) -> Option<&'static EventKind> {
    const TAIL: usize = 96;
    let tail_start = text.len().saturating_sub(TAIL).max(data_start);
    let tail = &text[tail_start..];
    rfind(tail, TYPE_KEY)
        .and_then(|i| type_value(&tail[i + TYPE_KEY.len()..]))
        .or_else(|| {
            let head = &text[..data_start];
            find(head, TYPE_KEY).and_then(|i| type_value(&head[i + TYPE_KEY.len()..]))
        })
        .and_then(|t| kinds().get(t).copied())
}

const TYPE_KEY: &[u8] = b"\"type\"";

/// The string in `: "..."` at the start of `rest`, when it has no escapes.
fn type_value(rest: &[u8]) -> Option<&str> {
    let rest = skip_ws(rest).strip_prefix(b":")?;
    let rest = skip_ws(rest).strip_prefix(b"\"")?;
    let end = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
    if rest[end] != b'"' {
        return None;
    }
    std::str::from_utf8(&rest[..end]).ok()
}

fn skip_ws(s: &[u8]) -> &[u8] {
    let n = s
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .count();
    &s[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// The kind an event's `type` names; `None` for a type this version does not know, and for
/// a broken `type`.
fn kind_of(event_type: &Bound<'_, PyAny>) -> Result<Option<&'static EventKind>> {
    let Ok(event_type) = event_type.cast::<PyString>() else {
        return Ok(None);
    };
    Ok(kinds().get(event_type.to_cow()?.as_ref()).copied())
}

/// One event subclass: its name, its data class and the event types it covers.
pub(crate) struct EventKind {
    pub(crate) class: &'static str,
    pub(crate) doc: &'static str,
    pub(crate) data: &'static str,
    pub(crate) types: &'static [&'static str],
    read_json: JsonReader,
    read_dict: for<'py> fn(&Bound<'py, PyAny>) -> Result<Py<PyAny>>,
    make: fn(Python<'_>, WebhookEvent) -> PyResult<Py<PyAny>>,
}

fn make<C>(py: Python<'_>, base: WebhookEvent) -> PyResult<Py<PyAny>>
where
    C: pyo3::PyClass<BaseType = WebhookEvent> + Default,
{
    let broken = !base.problems().own().is_empty();
    let obj = Py::new(
        py,
        PyClassInitializer::from(base).add_subclass(C::default()),
    )?
    .into_any();
    if broken {
        model::tolerate::<WebhookEvent>(obj.bind(py))?;
    }
    Ok(obj)
}

/// Event types to their kinds. Looked up two or three times per parsed event, so with a fast
/// hasher: the table is fixed, so no input can make its lookups slow.
type KindTable = HashMap<&'static str, &'static EventKind, foldhash::fast::FixedState>;

fn kinds() -> &'static KindTable {
    static TABLE: OnceLock<KindTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        KINDS
            .iter()
            .flat_map(|kind| kind.types.iter().map(move |t| (*t, kind)))
            .collect()
    })
}

/// Declares the event subclasses and the table that maps event types to them.
macro_rules! event_classes {
    ($( $(#[doc = $doc:literal])* $class:ident ($data:ident) = [$($ty:literal),* $(,)?] ),* $(,)?) => {
        $(
            $(#[doc = $doc])*
            #[pyclass(frozen, subclass, extends = WebhookEvent, module = "clerk_backend")]
            #[derive(Default)]
            pub(crate) struct $class;
        )*

        /// Every event subclass, in declaration order.
        pub(crate) static KINDS: &[EventKind] = &[
            $(
                EventKind {
                    class: stringify!($class),
                    doc: concat!($($doc, "\n",)* ""),
                    data: stringify!($data),
                    types: &[$($ty),*],
                    read_json: <Nested<$data> as FieldType>::from_json,
                    read_dict: <Nested<$data> as FieldType>::from_py,
                    make: make::<$class>,
                },
            )*
        ];

        /// Add every event subclass to the module.
        pub(crate) fn add_classes(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $( m.add_class::<$class>()?; )*
            Ok(())
        }
    };
}

event_classes! {
    /// `user.created` and `user.updated`: `data` is the `User`.
    UserEvent(User) = ["user.created", "user.updated"],
    /// A deletion (`user.deleted`, `organization.deleted`, `organizationDomain.deleted`,
    /// `role.deleted`, `permission.deleted`): `data` says what was deleted.
    DeletedEvent(DeletedObject) = [
        "user.deleted",
        "organization.deleted",
        "organizationDomain.deleted",
        "role.deleted",
        "permission.deleted",
    ],
    /// `session.*`: `data` is the `Session`, with the signed-in user in `data.user`.
    SessionEvent(Session) = [
        "session.created",
        "session.ended",
        "session.pending",
        "session.removed",
        "session.revoked",
    ],
    /// `email.created`: an email Clerk sent (or would send, with custom delivery).
    EmailEvent(Email) = ["email.created"],
    /// `sms.created`: a text message Clerk sent (or would send, with custom delivery).
    SMSEvent(SMSMessage) = ["sms.created"],
    /// `organization.created` and `organization.updated`.
    OrganizationEvent(Organization) = ["organization.created", "organization.updated"],
    /// `organizationDomain.created` and `organizationDomain.updated`.
    OrganizationDomainEvent(OrganizationDomain) = ["organizationDomain.created", "organizationDomain.updated"],
    /// `organizationInvitation.*`; an accepted invitation also has `data.user_id`.
    OrganizationInvitationEvent(OrganizationInvitation) = [
        "organizationInvitation.accepted",
        "organizationInvitation.created",
        "organizationInvitation.revoked",
    ],
    /// `organizationMembership.*` (a deleted membership still carries the whole membership).
    OrganizationMembershipEvent(OrganizationMembership) = [
        "organizationMembership.created",
        "organizationMembership.deleted",
        "organizationMembership.updated",
    ],
    /// `role.created` and `role.updated`.
    RoleEvent(Role) = ["role.created", "role.updated"],
    /// `permission.created` and `permission.updated`.
    PermissionEvent(Permission) = ["permission.created", "permission.updated"],
    /// `waitlistEntry.created` and `waitlistEntry.updated`.
    WaitlistEntryEvent(WaitlistEntry) = ["waitlistEntry.created", "waitlistEntry.updated"],
    /// `paymentAttempt.created` and `paymentAttempt.updated` (Clerk Billing).
    PaymentAttemptEvent(BillingPaymentAttempt) = ["paymentAttempt.created", "paymentAttempt.updated"],
    /// `subscription.*` (Clerk Billing).
    SubscriptionEvent(BillingWebhookSubscription) = [
        "subscription.active",
        "subscription.created",
        "subscription.pastDue",
        "subscription.updated",
    ],
    /// `subscriptionItem.*` (Clerk Billing).
    SubscriptionItemEvent(BillingWebhookSubscriptionItem) = [
        "subscriptionItem.abandoned",
        "subscriptionItem.active",
        "subscriptionItem.canceled",
        "subscriptionItem.created",
        "subscriptionItem.ended",
        "subscriptionItem.freeTrialEnding",
        "subscriptionItem.incomplete",
        "subscriptionItem.pastDue",
        "subscriptionItem.upcoming",
        "subscriptionItem.updated",
    ],
}

/// Stub text for the event subclasses.
pub(crate) fn stub() -> String {
    let mut out = String::new();
    for kind in KINDS {
        let doc = kind
            .doc
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("\n    ");
        let types = kind
            .types
            .iter()
            .map(|t| format!("{t:?}"))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = write!(
            out,
            "\n@final\nclass {class}(WebhookEvent):\n    \"\"\"{doc}\"\"\"\n\n    @property\n    def type(self) -> Literal[{types}]:\n        \"\"\"The event type.\"\"\"\n    @property\n    def data(self) -> {data}:\n        \"\"\"The resource the event is about.\"\"\"\n",
            class = kind.class,
            doc = doc.trim(),
            data = kind.data,
        );
    }
    out
}

/// Parse a verified body (verification has checked its UTF-8). A body that is not a webhook
/// event fails verification as `invalid-payload`; so does, with `strict`, an event with a
/// field that could not be typed.
pub(crate) fn parse_verified(body: &Bound<'_, PyBytes>, strict: bool) -> Result<Py<PyAny>> {
    let invalid = |detail: String| -> Error {
        WebhookError::new(
            Reason::InvalidPayload,
            format!("the webhook body is not a valid event: {detail}"),
        )
        .into()
    };
    let event = model::from_checked_bytes::<WebhookEvent>(body).map_err(|e| match e {
        Error::Parse(f) => invalid(f.to_string()),
        other => other,
    })?;
    if strict {
        if let Some((message, _)) = crate::problems::strict_failure(event.bind(body.py()))? {
            return Err(invalid(message));
        }
    }
    Ok(event)
}
