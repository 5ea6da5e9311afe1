//! Building Python `str` objects from parsed JSON text. The one module allowed `unsafe`.
//!
//! `PyString::new` goes through `PyUnicode_FromStringAndSize`, which checks and decodes the UTF-8 a
//! second time. The module is built for one CPython version on the full C API (not the stable ABI:
//! see the README's Performance section), so it can do what jiter and orjson do for ASCII text:
//! allocate a one-byte-per-character `str` with `PyUnicode_New` and copy the bytes in.
#![allow(unsafe_code)]

use pyo3::prelude::*;
use pyo3::types::PyString;

/// A `str` holding `s`.
#[inline]
pub(crate) fn new<'py>(py: Python<'py>, s: &str) -> Bound<'py, PyString> {
    if s.len() > 1 && s.is_ascii() {
        // SAFETY: `s` was just checked to be ASCII, which is what `ascii` requires.
        return unsafe { ascii(py, s) };
    }
    PyString::new(py, s)
}

/// # Safety
/// Every byte of `s` is ASCII (below 0x80).
unsafe fn ascii<'py>(py: Python<'py>, s: &str) -> Bound<'py, PyString> {
    use pyo3::ffi;
    // Invariants, each relied on below:
    // - `PyUnicode_New(n, 127)` returns a new reference to a compact ASCII `str` of `n` characters
    //   with a writable one-byte buffer of `n + 1` bytes, or NULL with an exception set.
    //   `from_owned_ptr_or_err` turns NULL into that exception before anything is dereferenced.
    // - An ASCII `str`'s bytes are its characters, so copying `s` in (plus the terminating NUL that
    //   CPython keeps after the data) gives a valid string equal to `s`.
    // - The object is not shared until it is returned, so writing into it is sound.
    // - `s.len()` fits in `Py_ssize_t`: a `&str` is never longer than `isize::MAX`.
    unsafe {
        let ptr = ffi::PyUnicode_New(s.len() as ffi::Py_ssize_t, 127);
        let Ok(string) = Bound::from_owned_ptr_or_err(py, ptr) else {
            // Only a failed allocation gets here; the safe constructor raises the same MemoryError.
            return PyString::new(py, s);
        };
        let data = ffi::PyUnicode_DATA(ptr).cast::<u8>();
        std::ptr::copy_nonoverlapping(s.as_ptr(), data, s.len());
        data.add(s.len()).write(0);
        string.cast_into_unchecked()
    }
}
