//! Pure-Rust building blocks with no PyO3 dependency: parse failures with their
//! paths, JSON helpers on top of `jiter`, and the key index used to match JSON
//! keys to declared fields. Unit-tested with `cargo test`.

pub mod failure;
pub mod json;
pub mod webhook;

pub use failure::{Failure, FailureKind, Seg};
pub use json::KeyIndex;
