//! Build-time freshness check for SQLx offline data. See build.rs.
