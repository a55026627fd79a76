//! Pass 4: field extractors, one file per field — pure functions over a node's text and span.

pub(crate) mod assignee;
pub(crate) mod clause;
pub(crate) mod date;
pub(crate) mod deadline;
pub(crate) mod meeting;
pub(crate) mod ocr;
pub(crate) mod signature;
pub(crate) mod trailer;
