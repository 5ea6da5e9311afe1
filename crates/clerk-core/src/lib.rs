//! clerk-core: pure-Rust building blocks with no PyO3 dependency: parse failures with their
//! paths, JSON helpers on top of `jiter`, the key index used to match JSON
//! keys to declared fields, the one header lookup rule, webhook and session-token (JWT) verification, the `Cookie` header.
//! Unit-tested with `cargo test`.

pub mod cookie;
pub mod failure;
pub mod headers;
pub mod json;
pub mod jwt;
pub mod webhook;

pub use failure::{Failure, FailureKind, Seg};
pub use json::KeyIndex;
