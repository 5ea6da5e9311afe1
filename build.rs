//! Gives this crate PyO3's configuration flags, so that `cfg(Py_LIMITED_API)` says whether the
//! module is built on the stable ABI (see src/pystr.rs).
fn main() {
    pyo3_build_config::use_pyo3_cfgs();
}
