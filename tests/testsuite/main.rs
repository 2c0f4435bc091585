//! The integration test suite: one binary, a module per feature, fixture projects under
//! `tests/fixtures/`. See `tests/testsuite/README.md`.

mod authoring;
mod build;
mod check;
mod claims;
mod corpus;
mod coverage;
mod errors;
mod export;
mod fuzz;
mod hostile;
mod house;
mod html;
mod model;
mod pdf;
mod phrasing;
mod project;
mod recipients;
mod revisions;
mod scale;
mod shipped;
mod site;
mod tagged;
