//! The model as a whole: training is deterministic, the file round-trips, damaged
//! files are refused with a clear error, adapters learn and stay with their model.

use discern_model::{Adapter, FeatureConfig, ModelError, Scratch, TrainOptions, train};

fn tiny_options() -> TrainOptions {
    TrainOptions {
        features: FeatureConfig {
            bits: 14,
            ..FeatureConfig::default()
        },
        ..TrainOptions::default()
    }
}

fn corpus() -> (Vec<String>, Vec<String>) {
    let spam = [
        "WIN a FREE iPhone now!!! call 09061701461",
        "check out my channel and subscribe!!",
        "free entry to win cash txt WIN to 80082",
    ];
    let marketing = [
        "30% off all shoes this weekend, shop now",
        "Our new store opens Friday, come visit us",
        "Sign up for our newsletter and save 10%",
    ];
    let social = [
        "had a lovely lunch with my sister today",
        "can't believe the game last night, what a finish",
        "does anyone know a good book about birds?",
    ];
    let mut texts = Vec::new();
    let mut labels = Vec::new();
    for round in 0..10 {
        for (set, label) in [
            (&spam, "spam"),
            (&marketing, "marketing"),
            (&social, "social"),
        ] {
            for t in set.iter() {
                texts.push(format!("{t} {round}"));
                labels.push(label.to_string());
            }
        }
    }
    (texts, labels)
}

#[test]
fn training_is_deterministic() {
    let (texts, labels) = corpus();
    let a = train(&texts, &labels, None, &tiny_options()).unwrap();
    let b = train(&texts, &labels, None, &tiny_options()).unwrap();
    assert_eq!(a.to_bytes(), b.to_bytes());
    assert_eq!(a.labels(), ["marketing", "social", "spam"]);
}

#[test]
fn predictions_are_calibrated_distributions_with_signals() {
    let (texts, labels) = corpus();
    let model = train(&texts, &labels, None, &tiny_options()).unwrap();
    let mut scratch = Scratch::default();
    let p = model.predict("WIN a FREE prize!!! call 09061701461 now", &mut scratch);
    assert_eq!(model.labels()[p.label], "spam");
    assert!((p.probabilities.iter().sum::<f32>() - 1.0).abs() < 1e-4);
    assert!(!p.signals.is_empty() && p.signals.len() <= 3);
    assert!(p.signals.windows(2).all(|w| w[0].weight >= w[1].weight));
    let all = model.explain("WIN a FREE prize!!! call 09061701461 now", &mut scratch);
    assert!(all.signals.len() > p.signals.len());
}

#[test]
fn file_round_trips() {
    let (texts, labels) = corpus();
    let model = train(&texts, &labels, None, &tiny_options()).unwrap();
    let dir = std::env::temp_dir().join(format!("discern-model-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("m.dscm");
    model.save(&path).unwrap();
    let loaded = discern_model::Model::load(&path).unwrap();
    assert_eq!(loaded.to_bytes(), model.to_bytes());
    let mut scratch = Scratch::default();
    assert_eq!(
        loaded.predict("free prize", &mut scratch),
        model.predict("free prize", &mut scratch)
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn damaged_files_are_refused() {
    let (texts, labels) = corpus();
    let bytes = train(&texts, &labels, None, &tiny_options())
        .unwrap()
        .to_bytes();
    assert!(matches!(
        discern_model::Model::from_bytes(b"PK\x03\x04 a zip file"),
        Err(ModelError::NotAModel)
    ));
    assert!(matches!(
        discern_model::Model::from_bytes(&[]),
        Err(ModelError::NotAModel)
    ));
    assert!(matches!(
        discern_model::Model::from_bytes(&bytes[..bytes.len() / 2]),
        Err(ModelError::Truncated { .. })
    ));
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x40;
    assert!(matches!(
        discern_model::Model::from_bytes(&flipped),
        Err(ModelError::Checksum { .. })
    ));
    let mut future = bytes.clone();
    future[8] = 99;
    assert!(matches!(
        discern_model::Model::from_bytes(&future),
        Err(ModelError::UnsupportedVersion { found: 99, .. })
    ));
    let message = discern_model::Model::load("/nonexistent/model".as_ref())
        .unwrap_err()
        .to_string();
    assert!(message.contains("/nonexistent/model"), "{message}");
}

#[test]
fn every_truncation_and_bit_flip_is_an_error_not_a_panic() {
    let (texts, labels) = corpus();
    let options = TrainOptions {
        features: FeatureConfig {
            bits: 6,
            ..FeatureConfig::default()
        },
        ..TrainOptions::default()
    };
    let bytes = train(&texts, &labels, None, &options).unwrap().to_bytes();
    for cut in 0..bytes.len() {
        assert!(discern_model::Model::from_bytes(&bytes[..cut]).is_err());
    }
    for at in (0..bytes.len()).step_by(7) {
        let mut damaged = bytes.clone();
        damaged[at] ^= 1;
        assert!(
            discern_model::Model::from_bytes(&damaged).is_err(),
            "flip at {at} accepted"
        );
    }
}

#[test]
fn adapter_learns_a_sites_feedback_and_stays_with_its_model() {
    let (texts, labels) = corpus();
    let model = train(&texts, &labels, None, &tiny_options()).unwrap();
    let mut scratch = Scratch::default();
    let text = "had a lovely lunch with my sister today";
    assert_eq!(
        model.labels()[model.predict(text, &mut scratch).label],
        "social"
    );
    let mut adapter = Adapter::new(&model);
    adapter.learn(&model, text, "spam", 1.0).unwrap();
    let adapted = adapter.predict(&model, text, &mut scratch).unwrap();
    assert_eq!(model.labels()[adapted.label], "spam");
    assert_eq!(adapter.updates(), 1);
    // The base model is untouched.
    assert_eq!(
        model.labels()[model.predict(text, &mut scratch).label],
        "social"
    );
    let restored = Adapter::from_bytes(&model, &adapter.to_bytes()).unwrap();
    assert_eq!(restored, adapter);
    assert!(adapter.learn(&model, text, "nonsense", 1.0).is_err());
    let other = train(&texts[..60], &labels[..60], None, &tiny_options()).unwrap();
    assert!(matches!(
        Adapter::from_bytes(&other, &adapter.to_bytes()),
        Err(ModelError::ForeignAdapter { .. })
    ));
}

#[test]
fn training_refuses_bad_input() {
    let texts = vec!["a".to_string(), "b".to_string()];
    let one_label = vec!["x".to_string(), "x".to_string()];
    assert!(matches!(
        train(&texts, &one_label, None, &tiny_options()),
        Err(ModelError::Training(_))
    ));
    let labels = vec!["x".to_string(), "y".to_string()];
    assert!(train(&texts, &labels, Some(&[1.0, f32::NAN]), &tiny_options()).is_err());
}
