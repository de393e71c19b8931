//! Loading a compiled gazetteer from arbitrary bytes: corrupt, truncated or
//! foreign data is an error, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use textfacts::gazetteer::Gazetteer;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(gazetteer) = Gazetteer::from_bytes(bytes) {
        let _ = gazetteer.find("Paris, Georgia and the U.S.");
    }
});
