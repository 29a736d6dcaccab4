//! claimdesk: a terminal workbench for fact-checkers.
//!
//! Data flows one way: file → extract → store → tui / report.

pub mod extract;
