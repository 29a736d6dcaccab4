//! Every enum's names are written once: serde's, strum's (`as_str`/`parse`) and clap's agree.

use claimdesk::model::{Stance, Status};
use claimdesk::report::Format;
use clap::ValueEnum;

fn agree<T>(all: &[T], as_str: fn(T) -> &'static str, parse: fn(&str) -> Option<T>, serde: bool)
where
    T: ValueEnum + serde::Serialize + Copy + PartialEq + std::fmt::Debug,
{
    assert!(!all.is_empty());
    for &v in all {
        let name = as_str(v);
        assert_eq!(parse(name), Some(v), "{name}");
        let clap = v.to_possible_value().unwrap();
        assert_eq!(clap.get_name(), name, "clap's name for {v:?}");
        if serde {
            assert_eq!(
                serde_json::to_value(v).unwrap(),
                name,
                "serde's name for {v:?}"
            );
        }
    }
    assert_eq!(
        T::value_variants().len(),
        all.len(),
        "ALL holds every variant"
    );
}

#[test]
fn status_names_agree_everywhere() {
    agree(Status::ALL, Status::as_str, Status::parse, true);
    assert_eq!(Status::InReview.as_str(), "in-review");
}

#[test]
fn stance_names_agree_everywhere() {
    agree(Stance::ALL, Stance::as_str, Stance::parse, true);
}

#[test]
fn format_names_agree_between_strum_and_clap() {
    for &f in Format::ALL {
        assert_eq!(Format::parse(f.as_str()), Some(f));
        assert_eq!(f.to_possible_value().unwrap().get_name(), f.as_str());
    }
    assert_eq!(Format::ClaimReview.as_str(), "claimreview");
    assert_eq!(Format::value_variants().len(), Format::ALL.len());
}
