//! Comparison of values (pure: no I/O): unit conversion, dates at their grain, a claim against
//! the values of an evidence quote. The one home of unit conversion.

pub mod dates;
pub mod evidence;
pub mod units;

pub use evidence::{Comparison, Given, Suggestion, compare};
pub use units::{Dimension, Quantity, convert, same_dimension};
