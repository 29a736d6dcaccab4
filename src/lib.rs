//! claimdesk: a terminal workbench for fact-checkers.
//!
//! Data flows one way: file → extract → store → tui / report.

pub mod cli;
pub mod commands;
pub mod config;
pub mod extract;
pub mod ingest;
pub mod model;
pub mod report;
pub mod store;
pub mod tui;
