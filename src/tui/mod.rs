//! The workbench.
pub fn run(
    _store: crate::store::Store,
    _reviewer: String,
    _article: Option<i64>,
) -> anyhow::Result<()> {
    Ok(())
}
