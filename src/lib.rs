//! claimdesk: a terminal workbench for fact-checkers.
//!
//! Data flows one way: file → extract → store → desk → cli / tui / report. `ARCHITECTURE.md` is
//! the map.

pub mod cli;
pub mod compare;
pub mod config;
pub mod consistency;
pub mod desk;
pub mod error;
pub mod extract;
pub mod ingest;
pub mod model;
pub mod report;
pub mod safe;
pub mod store;
pub mod tui;
