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

#[test]
fn claim_type_and_claimant_kind_names_agree_everywhere() {
    use claimdesk::extract::{ClaimType, ClaimantKind};
    use clap::CommandFactory;
    use strum::IntoEnumIterator;
    let cli = claimdesk::cli::Cli::command();
    let possible = |path: &[&str], flag: &str| -> Vec<String> {
        let mut cmd = &cli;
        for name in path {
            cmd = cmd.find_subcommand(name).unwrap();
        }
        let arg = cmd
            .get_arguments()
            .find(|a| a.get_long() == Some(flag))
            .unwrap();
        arg.get_possible_values()
            .iter()
            .map(|v| v.get_name().to_string())
            .collect()
    };
    let types: Vec<String> = ClaimType::iter()
        .map(|t| {
            let name = t.as_str();
            assert_eq!(ClaimType::parse(name), Some(t));
            assert_eq!(serde_json::to_value(t).unwrap(), name);
            name.to_string()
        })
        .collect();
    assert_eq!(possible(&["claims"], "type"), types);
    assert_eq!(ClaimType::default(), ClaimType::Other);
    let kinds: Vec<String> = ClaimantKind::iter()
        .map(|k| {
            let name = k.as_str();
            assert_eq!(ClaimantKind::parse(name), Some(k));
            assert_eq!(serde_json::to_value(k).unwrap(), name);
            name.to_string()
        })
        .collect();
    assert_eq!(kinds, ["person", "organization"]);
    assert_eq!(possible(&["claim", "claimant"], "kind"), kinds);
}
