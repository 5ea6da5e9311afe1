//! The Clerk claims of a session token (`SessionClaims`), read as `@clerk/shared`'s
//! `jwtPayloadParser` reads them, v1 and v2: organization, features and plans, permissions.

use super::*;

/// Features or plans split by scope (`o:` organization, `u:` user, `ou:`/`uo:` both).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scoped {
    pub org: Vec<String>,
    pub user: Vec<String>,
}

/// The active organization of a v2 token (`@clerk/shared`'s parser).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Organization {
    /// `o.id`.
    pub id: Option<String>,
    /// `o.slg`.
    pub slug: Option<String>,
    /// `"org:" + o.rol` (`None` when `rol` is absent or empty).
    pub role: Option<String>,
    /// Decoded from `o.per` and `o.fpm` over the token's organization features.
    pub permissions: Vec<String>,
}

/// Read the organization of a v2 token from its compact `o` claim. `field` gives the string
/// members of `o` (`None` when a member is absent or not a string); `org_features` are the
/// organization entries of the token's `fea` claim.
pub fn v2_organization<'a>(
    field: impl Fn(&str) -> Option<&'a str>,
    org_features: &[String],
) -> Organization {
    Organization {
        id: field("id").map(str::to_owned),
        slug: field("slg").map(str::to_owned),
        role: field("rol")
            .filter(|rol| !rol.is_empty())
            .map(|rol| format!("org:{rol}")),
        permissions: org_permissions(
            org_features,
            field("per").unwrap_or_default(),
            field("fpm").unwrap_or_default(),
        ),
    }
}

/// `@clerk/shared`'s `splitByScope` for a `fea` / `pla` claim such as `"u:free,o:pro"`:
/// comma-separated, each entry trimmed and split at its first `:`; scopes other than `o`,
/// `u`, `ou` and `uo` are skipped. `None` when an entry has no `:` (the reference throws).
pub fn split_by_scope(claim: &str) -> Option<Scoped> {
    let mut scoped = Scoped::default();
    if claim.is_empty() {
        return Some(scoped);
    }
    for part in claim.split(',') {
        let (scope, value) = part.trim().split_once(':')?;
        let (org, user) = match scope {
            "o" => (true, false),
            "u" => (false, true),
            "ou" | "uo" => (true, true),
            _ => (false, false),
        };
        if org {
            scoped.org.push(value.to_owned());
        }
        if user {
            scoped.user.push(value.to_owned());
        }
    }
    Some(scoped)
}

/// The organization permissions of a v2 token (`@clerk/shared`'s `parsePermissions` and
/// `buildOrgPermissions`): `fpm[i]` is a decimal bitmask for the i-th organization feature;
/// bit j (least significant first) grants `per[j]` as `org:<feature>:<permission>`.
/// An `fpm` entry that is not all digits grants nothing.
pub fn org_permissions(org_features: &[String], per: &str, fpm: &str) -> Vec<String> {
    if per.is_empty() || fpm.is_empty() {
        return Vec::new();
    }
    let permissions: Vec<&str> = per.split(',').map(str::trim).collect();
    let masks: Vec<Option<BigUint>> = fpm
        .split(',')
        .map(|mask| {
            let mask = mask.trim();
            if mask.is_empty() || !mask.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            BigUint::parse_bytes(mask.as_bytes(), 10)
        })
        .collect();
    let mut granted = Vec::new();
    for (feature, mask) in org_features.iter().zip(&masks) {
        let Some(mask) = mask else { continue };
        let width = usize::try_from(mask.bits()).unwrap_or(usize::MAX);
        for (j, permission) in permissions.iter().enumerate().take(width) {
            if mask.bit(j as u64) {
                granted.push(format!("org:{feature}:{permission}"));
            }
        }
    }
    granted
}

/// A claim whose value has a type the claims cannot hold: `claim` (at `index` in its array,
/// if given) was expected to be `expected` and is `found` (a JSON type name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mistyped {
    pub claim: &'static str,
    pub index: Option<usize>,
    pub expected: &'static str,
    pub found: &'static str,
}

/// The claims of a Clerk session token, read as `@clerk/shared`'s `jwtPayloadParser` reads
/// them (v1 and v2 tokens): the one decoder of session claims. Reading never fails: a claim of
/// an unexpected type is `None` here and is listed in [`SessionClaims::mistyped`] (`null` counts
/// as absent; the raw claims stay available on [`Decoded`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionClaims {
    /// `sub`: the user id.
    pub sub: Option<String>,
    /// `sid`: the session id.
    pub sid: Option<String>,
    pub azp: Option<String>,
    pub iss: Option<String>,
    pub jti: Option<String>,
    /// `exp`, `iat`, `nbf`: seconds since the epoch, as JSON numbers.
    pub exp: Option<f64>,
    pub iat: Option<f64>,
    pub nbf: Option<f64>,
    /// `sts`: the session status (`active`, `pending`, ...).
    pub sts: Option<String>,
    /// `v`: the claims version (2 for v2 tokens; absent for v1).
    pub version: Option<i64>,
    /// `fva`: minutes since the first and second factor verifications (-1: never). An array
    /// of integers, passed on as sent, as `@clerk/shared`'s parser does: its reverification
    /// check (not this decoder) refuses any length other than two.
    pub fva: Option<Vec<i64>>,
    /// `act`: the impersonating actor, a JSON object.
    pub act: Option<JsonValue<'static>>,
    /// `o`: the compact organization claim of v2 tokens, a JSON object, as sent.
    pub o: Option<JsonValue<'static>>,
    /// `aud`: the audience, any JSON value, as sent.
    pub aud: Option<JsonValue<'static>>,
    /// Organization id, slug and role: `org_id`/`org_slug`/`org_role` in v1, `o.id`/`o.slg`/
    /// `"org:" + o.rol` in v2.
    pub org_id: Option<String>,
    pub org_slug: Option<String>,
    pub org_role: Option<String>,
    /// `org_permissions` in v1 (an array of strings); decoded from `fea`, `o.per` and `o.fpm`
    /// in v2 (present, maybe empty, whenever `o` is).
    pub org_permissions: Option<Vec<String>>,
    /// The raw `fea` and `pla` claims (v2), e.g. `"o:dashboard,u:profile"`.
    pub fea: Option<String>,
    pub pla: Option<String>,
    /// `fea` and `pla` split by scope; empty when absent or malformed.
    pub features: Scoped,
    pub plans: Scoped,
    /// The claims that have a type these fields cannot hold, in the order above.
    pub mistyped: Vec<Mistyped>,
}

impl SessionClaims {
    /// The claims of a JSON claims object (text), for claims that did not come through
    /// [`decode`]; `None` when the text is not a JSON object (or has duplicate members).
    pub fn from_json(data: &[u8]) -> Option<Self> {
        parse_object(data)
            .ok()
            .map(|members| Self::from_claims(&members))
    }

    pub fn from_claims(claims: &Members) -> Self {
        let mut mistyped = Vec::new();
        // A present, non-null claim: `Some(value)`.
        let present = |name: &str| member(claims, name).filter(|v| !matches!(v, JsonValue::Null));
        let mut typed =
            |name: &'static str, expected: &'static str, ok: bool, value: &JsonValue<'_>| {
                if !ok {
                    mistyped.push(Mistyped {
                        claim: name,
                        index: None,
                        expected,
                        found: type_name(value),
                    });
                }
                ok
            };
        let mut string = |name: &'static str| match present(name) {
            Some(JsonValue::Str(s)) => Some(s.to_string()),
            Some(other) => {
                typed(name, "string", false, other);
                None
            }
            None => None,
        };
        let sub = string("sub");
        let sid = string("sid");
        let azp = string("azp");
        let iss = string("iss");
        let jti = string("jti");
        let sts = string("sts");
        let fea = string("fea");
        let pla = string("pla");
        let v1_org = [string("org_id"), string("org_slug"), string("org_role")];
        let mut time = |name: &'static str| {
            let value = present(name)?;
            let n = number(value);
            typed(name, "number", n.is_some(), value);
            n
        };
        let exp = time("exp");
        let iat = time("iat");
        let nbf = time("nbf");
        // `2.0` is 2, as JavaScript compares them.
        let version = present("v").and_then(|value| {
            let v = integer(value);
            typed("v", "integer", v.is_some(), value);
            v
        });
        let fva = present("fva").and_then(|value| {
            let pair = fva(value);
            typed("fva", "array of integers", pair.is_some(), value);
            pair
        });
        let mut object = |name: &'static str| {
            let value = present(name)?;
            typed(name, "object", matches!(value, JsonValue::Object(_)), value)
                .then(|| value.clone())
        };
        let act = object("act");
        let o = object("o");
        let aud = present("aud").cloned();
        let v1_permissions = match present("org_permissions") {
            Some(JsonValue::Array(items)) => {
                let mut strings = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    match item {
                        JsonValue::Str(s) => strings.push(s.to_string()),
                        other => mistyped.push(Mistyped {
                            claim: "org_permissions",
                            index: Some(i),
                            expected: "string",
                            found: type_name(other),
                        }),
                    }
                }
                (strings.len() == items.len()).then_some(strings)
            }
            Some(other) => {
                typed("org_permissions", "array", false, other);
                None
            }
            None => None,
        };
        let scoped = |claim: &Option<String>| {
            claim
                .as_deref()
                .and_then(split_by_scope)
                .unwrap_or_default()
        };
        let features = scoped(&fea);
        let plans = scoped(&pla);
        let mut out = Self {
            sub,
            sid,
            azp,
            iss,
            jti,
            exp,
            iat,
            nbf,
            sts,
            version,
            fva,
            act,
            aud,
            fea,
            pla,
            features,
            plans,
            ..Self::default()
        };
        if version == Some(2) {
            if let Some(JsonValue::Object(org)) = &o {
                let org = v2_organization(|name| member_str(org, name), &out.features.org);
                out.org_id = org.id;
                out.org_slug = org.slug;
                out.org_role = org.role;
                out.org_permissions = Some(org.permissions);
            }
        } else {
            let [org_id, org_slug, org_role] = v1_org;
            out.org_id = org_id;
            out.org_slug = org_slug;
            out.org_role = org_role;
            out.org_permissions = v1_permissions;
        }
        out.o = o;
        out.mistyped = mistyped;
        out
    }

    /// Whether this is a v2 token (`"v": 2`).
    pub fn is_v2(&self) -> bool {
        self.version == Some(2)
    }
}

/// An integral JSON number as `i64` (`2` and `2.0` alike, as JavaScript compares them).
pub(super) fn integer(value: &JsonValue<'_>) -> Option<i64> {
    match value {
        JsonValue::Int(i) => Some(*i),
        JsonValue::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Some(*f as i64),
        _ => None,
    }
}

pub(super) fn fva(value: &JsonValue<'_>) -> Option<Vec<i64>> {
    match value {
        JsonValue::Array(items) => items.iter().map(integer).collect(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {

    use super::super::test_support::*;
    use super::*;

    fn session(payload: Value) -> SessionClaims {
        verify(
            &mint(&with(claims(), payload)),
            KeySource::Key(&a().public),
            &VerifyOptions::default(),
            NOW,
        )
        .unwrap()
        .claims
    }

    fn from_json(claims: Value) -> SessionClaims {
        SessionClaims::from_json(claims.to_string().as_bytes()).unwrap()
    }

    fn mistyped(s: &SessionClaims) -> Vec<(&'static str, Option<usize>, &'static str)> {
        s.mistyped
            .iter()
            .map(|m| (m.claim, m.index, m.found))
            .collect()
    }

    #[test]
    fn claims_of_another_type_are_listed() {
        let s = from_json(json!({"sid": true, "iat": "x", "v": "2", "act": [1], "o": 5}));
        assert_eq!(
            mistyped(&s),
            [
                ("sid", None, "bool"),
                ("iat", None, "string"),
                ("v", None, "string"),
                ("act", None, "array"),
                ("o", None, "number"),
            ]
        );
        assert_eq!((s.sid.as_deref(), s.iat, s.version), (None, None, None));
        assert!(s.act.is_none() && s.o.is_none());
        // null is absent, not mistyped.
        let s = session(json!({"sid": null, "fva": null, "org_permissions": null}));
        assert!(s.mistyped.is_empty());
        assert_eq!((s.sid, s.fva, s.org_permissions), (None, None, None));
    }

    #[test]
    fn fva_is_an_array_of_integers() {
        // Passed on at any length, as `@clerk/shared`'s parser does (its reverification check
        // refuses a length other than two); an entry that is not an integer cannot be typed.
        for (sent, read) in [
            (json!([0, -1]), vec![0, -1]),
            (json!([1, 2, 3]), vec![1, 2, 3]),
            (json!([7]), vec![7]),
            (json!([]), vec![]),
        ] {
            let s = session(json!({ "fva": sent }));
            assert_eq!(s.fva, Some(read));
            assert!(s.mistyped.is_empty());
        }
        for bad in [json!([1, "2"]), json!([1.5, 2]), json!({"a": 1}), json!(3)] {
            let s = from_json(json!({ "fva": bad }));
            assert_eq!(s.fva, None, "{bad}");
            assert_eq!(mistyped(&s).len(), 1, "{bad}");
            assert_eq!(s.mistyped[0].claim, "fva");
        }
    }

    #[test]
    fn a_non_string_org_permission_is_mistyped() {
        let s = session(json!({"org_permissions": ["org:a:read", 5, null]}));
        assert_eq!(s.org_permissions, None);
        assert_eq!(
            mistyped(&s),
            [
                ("org_permissions", Some(1), "number"),
                ("org_permissions", Some(2), "null")
            ]
        );
    }

    #[test]
    fn v1_claims() {
        let s = session(json!({
            "org_id": "org_1",
            "org_slug": "acme",
            "org_role": "org:admin",
            "org_permissions": ["org:sys_memberships:read", "org:billing:manage"],
            "sts": "active",
            "fva": [3, -1],
            "act": {"sub": "user_admin", "sid": "sess_x", "iss": "https://dashboard.clerk.com"},
            "jti": "jti_1",
        }));
        assert_eq!(s.sub.as_deref(), Some("user_1"));
        assert_eq!(s.sid.as_deref(), Some("sess_1"));
        assert_eq!(s.azp.as_deref(), Some("https://example.com"));
        assert_eq!(s.iss.as_deref(), Some("https://clerk.example.com"));
        assert_eq!(s.jti.as_deref(), Some("jti_1"));
        assert_eq!(
            (s.exp, s.iat, s.nbf),
            (
                Some((NOW_S + 60) as f64),
                Some((NOW_S - 10) as f64),
                Some((NOW_S - 20) as f64)
            )
        );
        assert_eq!(s.sts.as_deref(), Some("active"));
        assert_eq!(s.version, None);
        assert!(!s.is_v2());
        assert_eq!(s.fva, Some(vec![3, -1]));
        let JsonValue::Object(act) = s.act.as_ref().unwrap() else {
            panic!("act is not an object")
        };
        assert_eq!(member_str(act, "sub"), Some("user_admin"));
        assert_eq!(s.org_id.as_deref(), Some("org_1"));
        assert_eq!(s.org_slug.as_deref(), Some("acme"));
        assert_eq!(s.org_role.as_deref(), Some("org:admin"));
        assert_eq!(
            s.org_permissions,
            Some(vec![
                "org:sys_memberships:read".to_owned(),
                "org:billing:manage".to_owned()
            ])
        );
        assert_eq!(s.features, Scoped::default());
        // Wrong types read as absent; v1 ignores `o`.
        let s = session(json!({
            "org_id": 5, "org_permissions": ["a", 1], "fva": [1], "sts": null,
            "o": {"id": "org_2", "rol": "admin"},
        }));
        assert_eq!(
            (s.org_id, s.org_permissions, s.sts, s.org_role),
            (None, None, None, None)
        );
        // fva is passed on at any length (the reverification check wants two).
        assert_eq!(s.fva, Some(vec![1]));
        let s = session(json!({"fva": [1.0, -1], "v": 1}));
        assert_eq!((s.fva, s.version), (Some(vec![1, -1]), Some(1)));
    }

    #[test]
    fn v2_claims() {
        let v2 = |o: Value, fea: &str| {
            session(json!({"v": 2, "o": o, "fea": fea, "pla": "u:free,o:pro", "org_id": "ignored"}))
        };
        // The doc's example, and the same with a user feature first (JS semantics: fpm is
        // indexed by organization feature, not by position in fea).
        for fea in [
            "o:dashboard,o:impersonation",
            "u:profile,o:dashboard,o:impersonation",
        ] {
            let s = v2(
                json!({"id": "org_1", "slg": "acme", "rol": "admin", "per": "read,manage", "fpm": "3,2"}),
                fea,
            );
            assert!(s.is_v2());
            assert_eq!(s.org_id.as_deref(), Some("org_1"));
            assert_eq!(s.org_slug.as_deref(), Some("acme"));
            assert_eq!(s.org_role.as_deref(), Some("org:admin"));
            assert_eq!(
                s.org_permissions.unwrap(),
                [
                    "org:dashboard:read",
                    "org:dashboard:manage",
                    "org:impersonation:manage"
                ]
            );
            assert_eq!(s.features.org, ["dashboard", "impersonation"]);
            assert_eq!(s.fea.as_deref(), Some(fea));
            assert_eq!(s.pla.as_deref(), Some("u:free,o:pro"));
            assert_eq!(
                s.plans,
                Scoped {
                    org: vec!["pro".into()],
                    user: vec!["free".into()]
                }
            );
        }
        let s = v2(
            json!({"id": "org_1", "rol": "admin", "per": "read,manage", "fpm": "3,2"}),
            "u:profile,o:dashboard,o:impersonation",
        );
        assert_eq!(s.features.user, ["profile"]);
        // v 2.0 is v2; without `o` there is no organization.
        let s = session(json!({"v": 2.0, "fea": "o:dashboard", "org_id": "org_1"}));
        assert!(s.is_v2());
        assert_eq!(
            (s.org_id, s.org_role, s.org_permissions),
            (None, None, None)
        );
        // An empty role gives no role; the org permissions are present (maybe empty) with `o`.
        let s = v2(json!({"id": "org_1", "rol": ""}), "o:dashboard");
        assert_eq!((s.org_role, s.org_permissions), (None, Some(vec![])));
        // A malformed fea (an entry without a colon) grants nothing.
        let s = v2(
            json!({"id": "org_1", "per": "read", "fpm": "1"}),
            "o:dashboard,impersonation",
        );
        assert_eq!(
            (s.features, s.org_permissions),
            (Scoped::default(), Some(vec![]))
        );
    }

    #[test]
    fn scoped_lists() {
        assert_eq!(split_by_scope(""), Some(Scoped::default()));
        assert_eq!(
            split_by_scope(" o:a , u:b,ou:c,uo:d,x:e,o:f:g"),
            Some(Scoped {
                org: vec!["a".into(), "c".into(), "d".into(), "f:g".into()],
                user: vec!["b".into(), "c".into(), "d".into()],
            })
        );
        assert_eq!(split_by_scope("o:a,"), None);
        assert_eq!(split_by_scope("dashboard"), None);
    }

    #[test]
    fn permission_bitmasks() {
        let features = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let f = features(&["dashboard", "impersonation"]);
        assert_eq!(
            org_permissions(&f, "read,manage", "3,2"),
            [
                "org:dashboard:read",
                "org:dashboard:manage",
                "org:impersonation:manage"
            ]
        );
        assert_eq!(
            org_permissions(&f, " read , manage ", " 1 , 3 "),
            [
                "org:dashboard:read",
                "org:impersonation:read",
                "org:impersonation:manage"
            ]
        );
        assert!(org_permissions(&f, "", "3,2").is_empty());
        assert!(org_permissions(&f, "read", "").is_empty());
        // fpm shorter than the features; entries that are not all digits grant nothing.
        assert_eq!(
            org_permissions(&f, "read,manage", "2"),
            ["org:dashboard:manage"]
        );
        for bad in ["-1", "1.0", "x", "", " ", "0x3", "+3", "1e1"] {
            assert_eq!(
                org_permissions(&f, "read,manage", &format!("{bad},1")),
                ["org:impersonation:read"],
                "{bad}"
            );
        }
        // Bits beyond the permissions are ignored; huge masks are fine.
        assert_eq!(org_permissions(&f, "read", "7,0"), ["org:dashboard:read"]);
        let huge = "340282366920938463463374607431768211457"; // 2^128 + 1
        assert_eq!(
            org_permissions(&f, "read,manage", huge),
            ["org:dashboard:read"]
        );
        let big = format!("{huge}{}", "0".repeat(5000));
        assert_eq!(org_permissions(&f, "read,manage", &big).len(), 0);
        assert_eq!(
            org_permissions(&f, "read,manage", "0008"),
            Vec::<String>::new()
        );
        assert_eq!(
            org_permissions(&f, "read,manage", "0002"),
            ["org:dashboard:manage"]
        );
        assert!(org_permissions(&[], "read", "1").is_empty());
    }
}
