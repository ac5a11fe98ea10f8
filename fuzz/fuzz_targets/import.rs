//! Bytes → import: whatever the bytes, the importer returns lines or an error;
//! it never panics, aborts or hangs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = ashyq::import::Options {
        max_cells: 200_000,
        ..ashyq::import::Options::default()
    };
    for name in ["fuzz.xlsx", "fuzz.csv"] {
        let _ = ashyq::import::load_bytes(std::path::Path::new(name), data.to_vec(), &opts);
    }
});
