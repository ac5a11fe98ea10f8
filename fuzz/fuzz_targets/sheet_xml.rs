//! Bytes → the xlsx sheet scanner, unpacked: whatever the XML, the scanner
//! returns cells or an error naming the problem; it never panics or hangs.
//! (The `import` target reaches it only through zip and deflate.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut cells = 0usize;
    let _ = ashyq::import::xlsx::scan(
        data,
        3,
        &[false, true],
        &mut |b| {
            cells += b.cells.len();
            true
        },
        &mut || None,
    );
});
