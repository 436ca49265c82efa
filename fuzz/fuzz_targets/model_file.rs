//! A model or adapter file from outside (`discern classify --model PATH`, a site's
//! stored adapter): any bytes must give a model or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(model) = discern_model::Model::from_bytes(data) {
        let mut scratch = discern_model::Scratch::default();
        let _ = model.predict("fuzzed model, plain text", &mut scratch);
        let _ = discern_model::Adapter::from_bytes(&model, data);
    }
});
