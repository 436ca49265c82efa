//! discern's classifier: features, learner, calibration, the model file, metrics.
//!
//! ```no_run
//! use discern_model::{Model, Scratch};
//! let model = Model::load("model.dsc".as_ref())?;
//! let mut scratch = Scratch::default();
//! let prediction = model.predict("WIN a FREE iPhone!!! call 09061701461", &mut scratch);
//! println!("{} {:?}", model.labels()[prediction.label], prediction.probabilities);
//! # Ok::<(), discern_model::ModelError>(())
//! ```

mod adapter;
mod error;
pub mod eval;
pub mod features;
pub mod file;
pub mod linear;
pub mod metrics;
mod model;
mod score;
mod train;

pub use adapter::Adapter;
pub use error::{ModelError, Result};
pub use features::FeatureConfig;
pub use linear::{ClassWeight, TrainConfig};
pub use model::{Model, Prediction, Scratch, Signal};
pub use train::{TrainOptions, train};
