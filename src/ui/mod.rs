//! The Leptos interface: a thin layer that wires signals, resources and context to the pure
//! core. One module per page, reusable widgets apart, shared state as small context types.

pub mod app;
pub mod context;
pub mod download;
pub mod loaders;
pub mod pages;
pub mod query;
pub mod routes;
pub mod shell;
pub mod widgets;
