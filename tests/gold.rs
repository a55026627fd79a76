//! Compares the parser's output with the hand-checked gold files in `corpus/gold/`, the way
//! `shared/tools/score.py` does, and names every mismatching field.
//!
//! Each metric has a floor in [`FLOORS`] that the finished issues guarantee; the test fails
//! below it and reports everything else. Raise a floor when an issue lands; never lower one.

use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Floors per metric (the metric names of `score.py`), one column per gold set (see [`SETS`]):
/// the values the finished issues guarantee on the seeds' gold, and for each probe batch the
/// values reached when it was added. `None`: reported only. Raise a floor when a set rises;
/// never lower one.
const FLOORS: &[(&str, [Option<f64>; 52])] = &[
    ("assignees.name", [Some(1.00), Some(0.96), Some(0.99), Some(0.99), Some(0.96), Some(0.97), Some(0.94), Some(0.94), Some(0.97), Some(0.96), Some(0.99), Some(0.96), Some(0.95), Some(0.97), Some(0.98), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.93), Some(0.93), Some(0.97), Some(0.99), Some(0.95), Some(0.97), Some(0.98), Some(0.97), Some(0.99), Some(0.94), Some(0.96), Some(0.93), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.98), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99)]),
    ("assignees.persons", [Some(1.00), Some(0.96), Some(1.00), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.90), Some(0.98), Some(0.96), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.98), Some(0.92), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.96), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99)]),
    ("assignees.text", [Some(1.00), Some(0.96), Some(0.99), Some(0.99), Some(0.96), Some(0.97), Some(0.91), Some(0.94), Some(0.97), Some(0.96), Some(0.99), Some(0.96), Some(0.95), Some(0.97), Some(0.98), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.94), Some(0.93), Some(0.97), Some(0.99), Some(0.95), Some(0.97), Some(0.98), Some(0.99), Some(0.99), Some(0.96), Some(0.97), Some(0.94), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.98), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99)]),
    ("clauses.found", [Some(1.00), Some(1.00), Some(1.00), Some(0.99), Some(0.98), Some(1.00), Some(0.99), Some(0.96), Some(0.99), Some(0.96), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.95), Some(0.93), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99)]),
    ("clauses.modality", [Some(1.00), Some(1.00), Some(1.00), Some(0.99), Some(0.98), Some(1.00), Some(0.99), Some(0.96), Some(0.99), Some(0.95), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.95), Some(0.93), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99)]),
    ("clauses.role", [Some(1.00), Some(0.99), Some(1.00), Some(0.98), Some(0.98), Some(1.00), Some(0.99), Some(0.96), Some(0.97), Some(0.95), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.95), Some(0.93), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99)]),
    ("clauses.structure", [Some(1.00), Some(0.99), Some(0.99), Some(0.98), Some(0.98), Some(1.00), Some(0.97), Some(0.95), Some(0.88), Some(0.95), Some(0.99), Some(0.99), Some(0.98), Some(0.96), Some(0.98), Some(0.95), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.92), Some(0.96), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.97), Some(0.91), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99)]),
    ("clauses.text", [Some(1.00), Some(0.95), Some(0.96), Some(0.93), Some(0.93), Some(0.93), Some(0.93), Some(0.90), Some(0.97), Some(0.92), Some(0.95), Some(0.95), Some(0.94), Some(0.94), Some(0.97), Some(0.98), Some(0.98), Some(0.96), Some(0.98), Some(0.95), Some(0.95), Some(0.96), Some(0.94), Some(0.93), Some(0.98), Some(0.99), Some(0.95), Some(0.90), Some(0.95), Some(0.98), Some(0.98), Some(0.95), Some(0.99), Some(0.92), Some(0.98), Some(0.98), Some(0.97), Some(0.99), Some(0.97), Some(0.98), Some(0.99), Some(0.98), Some(0.96), Some(0.97), Some(0.98), Some(0.99), Some(0.98), Some(0.99), Some(0.98), Some(0.96), Some(0.99), Some(0.99)]),
    ("control.persons", [Some(1.00), Some(0.99), Some(0.99), Some(0.94), Some(1.00), Some(1.00), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.94), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.94), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99)]),
    ("deadline.text", [Some(1.00), Some(0.97), Some(0.98), Some(0.95), Some(0.97), Some(1.00), Some(0.99), Some(0.92), Some(0.96), Some(0.96), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.97), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.91), Some(0.91), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.98), Some(0.95), Some(0.98), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99)]),
    ("deadline.value", [Some(1.00), Some(0.98), Some(0.99), Some(0.98), Some(0.98), Some(0.99), Some(0.99), Some(0.96), Some(0.98), Some(0.97), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.94), Some(0.95), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99)]),
    ("diagnostics.expected", [Some(1.00), Some(0.99), Some(0.99), Some(1.00), Some(1.00), Some(1.00), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.99), Some(0.92), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.91), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.88), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.88), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.74), Some(0.99), Some(0.88), Some(0.99), Some(0.99), Some(0.99)]),
    ("distribution", [Some(1.00), Some(0.99), Some(0.93), Some(1.00), Some(1.00), Some(1.00), Some(0.95), Some(0.99), Some(0.95), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.74), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99)]),
    ("meeting.chair", [Some(1.00), Some(1.00), Some(0.95), Some(1.00), Some(1.00), Some(1.00), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.94), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99)]),
    ("meeting.present", [Some(1.00), Some(0.95), Some(0.99), Some(1.00), Some(1.00), Some(1.00), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.95), Some(0.99), Some(0.99), Some(0.98), Some(0.96), Some(0.99), Some(0.99), Some(0.99), Some(0.92), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.88), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99)]),
    ("meta.authority", [Some(1.00), Some(0.98), Some(0.97), Some(0.93), Some(0.97), Some(1.00), Some(0.99), Some(0.94), Some(0.94), Some(0.96), Some(0.97), Some(0.99), Some(0.96), Some(0.97), Some(0.96), Some(0.99), Some(0.86), Some(0.91), Some(0.97), Some(0.83), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.94), Some(0.99), Some(0.97), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.97), Some(0.97), Some(0.83), Some(0.83), Some(0.96), Some(0.97), Some(0.99), Some(0.94), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.91), Some(0.83), Some(0.99), Some(0.88)]),
    ("meta.date", [Some(1.00), Some(1.00), Some(1.00), Some(0.97), Some(1.00), Some(1.00), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.95), Some(0.99), Some(0.99), Some(0.99), Some(0.91), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.97), Some(0.91), Some(0.97), Some(0.99), Some(0.97)]),
    ("meta.executor", [Some(1.00), Some(0.97), Some(0.97), Some(0.97), Some(1.00), Some(1.00), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.95), Some(0.85), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.85), Some(0.99), Some(0.99), Some(0.94), Some(0.88), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.85), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.92), Some(0.99), Some(0.99), Some(0.99), Some(0.76), Some(0.99), Some(0.99), Some(0.88)]),
    ("meta.kind", [Some(1.00), Some(1.00), Some(1.00), Some(1.00), Some(1.00), Some(1.00), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.95), Some(0.99), Some(0.91), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.94), Some(0.97), Some(0.99)]),
    ("meta.kind_label", [Some(1.00), Some(1.00), Some(1.00), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.93), Some(0.95), Some(0.97), Some(0.95), Some(0.99), Some(0.91), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.83), Some(0.97), Some(0.99), Some(0.94)]),
    ("meta.number", [Some(1.00), Some(1.00), Some(1.00), Some(1.00), Some(1.00), Some(1.00), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.91), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.97), Some(0.99), Some(0.99)]),
    ("meta.operative_formula", [Some(1.00), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(1.00), Some(0.86), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99)]),
    ("meta.place", [Some(1.00), Some(0.99), Some(1.00), Some(0.97), Some(1.00), Some(1.00), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.95), Some(0.97), Some(0.99), Some(0.99), Some(0.95), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.94), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.94), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99)]),
    ("meta.title", [Some(1.00), Some(1.00), Some(0.97), Some(0.94), Some(1.00), Some(1.00), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.89), Some(0.91), Some(0.86), Some(0.91), Some(0.99), Some(0.91), Some(0.99), Some(0.97), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.94), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.97), Some(0.94), Some(0.99), Some(0.97), Some(0.97), Some(0.80), Some(0.97), Some(0.99), Some(0.97)]),
    ("plan.deadline", [Some(1.00), Some(0.99), Some(1.00), Some(0.99), Some(0.97), Some(0.99), Some(0.97), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.92), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.98), Some(0.99), Some(0.99), Some(0.95), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.88), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.90), Some(0.99), Some(0.83), Some(0.47), Some(0.98), Some(0.98), Some(0.99)]),
    ("plan.responsible", [Some(1.00), Some(0.99), Some(0.99), Some(1.00), Some(1.00), Some(0.99), Some(0.87), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.93), Some(0.99), Some(0.98), Some(0.99), Some(0.88), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.94), Some(0.98), Some(0.84), Some(0.49), Some(0.99), Some(0.96), Some(0.98)]),
    ("plan.rows", [Some(1.00), Some(0.99), Some(1.00), Some(1.00), Some(1.00), Some(1.00), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.97), Some(0.99), Some(0.99), Some(0.95), Some(0.99), Some(0.91), Some(0.65), Some(0.99), Some(0.99), Some(0.99)]),
    ("plan.text", [Some(1.00), Some(1.00), Some(1.00), Some(1.00), Some(1.00), Some(1.00), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.91), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.90), Some(0.99), Some(0.84), Some(0.48), Some(0.99), Some(0.99), Some(0.99)]),
    ("signatures", [Some(1.00), Some(0.98), Some(0.99), Some(0.95), Some(0.99), Some(1.00), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.98), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.96), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.96), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.99), Some(0.98), Some(0.99), Some(0.97), Some(0.89), Some(0.99), Some(0.99), Some(0.99)]),
    ("tasks", [Some(1.00), Some(0.95), Some(0.97), Some(0.96), Some(0.95), Some(0.97), Some(0.89), Some(0.90), Some(0.98), Some(0.92), Some(0.93), Some(0.95), Some(0.94), Some(0.96), Some(0.98), Some(0.96), Some(0.97), Some(0.94), Some(0.95), Some(0.96), Some(0.99), Some(0.97), Some(0.93), Some(0.92), Some(0.98), Some(0.97), Some(0.92), Some(0.97), Some(0.96), Some(0.92), Some(0.98), Some(0.95), Some(0.97), Some(0.96), Some(0.98), Some(0.98), Some(0.99), Some(0.99), Some(0.97), Some(0.97), Some(0.99), Some(0.99), Some(0.98), Some(0.98), Some(0.98), Some(0.99), Some(0.98), Some(0.99), Some(0.98), Some(0.98), Some(0.96), Some(0.99)]),
];

/// The gold sets, in the order of [`FLOORS`]' columns: the title printed and the directory under
/// `corpus/`.
const SETS: [(&str, &str); 52] = [
    ("gold", "gold"),
    ("probe gold", "probe-gold"),
    ("probe gold 2", "probe-gold-2"),
    ("probe gold 3", "probe-gold-3"),
    ("probe gold 4", "probe-gold-4"),
    ("probe gold 5", "probe-gold-5"),
    ("probe gold 6", "probe-gold-6"),
    ("probe gold 7", "probe-gold-7"),
    ("probe gold 8", "probe-gold-8"),
    ("probe gold 9", "probe-gold-9"),
    ("probe gold 10", "probe-gold-10"),
    ("probe gold 11", "probe-gold-11"),
    ("probe gold 12", "probe-gold-12"),
    ("probe gold 13", "probe-gold-13"),
    ("probe gold 14", "probe-gold-14"),
    ("probe gold 15", "probe-gold-15"),
    ("probe gold 16", "probe-gold-16"),
    ("probe gold 17", "probe-gold-17"),
    ("probe gold 18", "probe-gold-18"),
    ("probe gold 19", "probe-gold-19"),
    ("probe gold 20", "probe-gold-20"),
    ("probe gold 21", "probe-gold-21"),
    ("probe gold 22", "probe-gold-22"),
    ("probe gold 23", "probe-gold-23"),
    ("probe gold 24", "probe-gold-24"),
    ("probe gold 25", "probe-gold-25"),
    ("probe gold 26", "probe-gold-26"),
    ("probe gold 27", "probe-gold-27"),
    ("probe gold 28", "probe-gold-28"),
    ("probe gold 29", "probe-gold-29"),
    ("probe gold 30", "probe-gold-30"),
    ("probe gold 31", "probe-gold-31"),
    ("probe gold 32", "probe-gold-32"),
    ("probe gold 33", "probe-gold-33"),
    ("probe gold 34", "probe-gold-34"),
    ("probe gold 35", "probe-gold-35"),
    ("probe gold 36", "probe-gold-36"),
    ("probe gold 37", "probe-gold-37"),
    ("probe gold 38", "probe-gold-38"),
    ("probe gold 39", "probe-gold-39"),
    ("probe gold 40", "probe-gold-40"),
    ("probe gold 41", "probe-gold-41"),
    ("probe gold 42", "probe-gold-42"),
    ("probe gold 43", "probe-gold-43"),
    ("probe gold 44", "probe-gold-44"),
    ("probe gold 45", "probe-gold-45"),
    ("probe gold 46", "probe-gold-46"),
    ("probe gold 47", "probe-gold-47"),
    ("probe gold 48", "probe-gold-48"),
    ("probe gold 49", "probe-gold-49"),
    ("probe gold 50", "probe-gold-50"),
    ("probe gold 51", "probe-gold-51"),
];

#[derive(Default)]
struct Tally {
    ratio: HashMap<String, (usize, usize)>,
    f1: HashMap<String, (usize, usize, usize)>,
    misses: Vec<String>,
}

impl Tally {
    fn add(&mut self, name: &str, ok: bool, what: impl FnOnce() -> String) {
        let e = self.ratio.entry(name.to_string()).or_default();
        e.0 += usize::from(ok);
        e.1 += 1;
        if !ok {
            self.misses.push(format!("{name}: {}", what()));
        }
    }

    fn f1(&mut self, name: &str, tp: usize, pred: usize, gold: usize, what: impl FnOnce() -> String) {
        let e = self.f1.entry(name.to_string()).or_default();
        e.0 += tp;
        e.1 += pred;
        e.2 += gold;
        if tp != pred || tp != gold {
            self.misses.push(format!("{name}: {}", what()));
        }
    }

    fn scores(&self) -> Vec<(String, f64)> {
        let mut out: Vec<(String, f64)> = self
            .ratio
            .iter()
            .map(|(k, &(ok, n))| (k.clone(), if n == 0 { 1.0 } else { ok as f64 / n as f64 }))
            .collect();
        for (k, &(tp, p, g)) in &self.f1 {
            let prec = if p > 0 { tp as f64 / p as f64 } else if g == 0 { 1.0 } else { 0.0 };
            let rec = if g > 0 { tp as f64 / g as f64 } else if p == 0 { 1.0 } else { 0.0 };
            let f = if prec + rec > 0.0 { 2.0 * prec * rec / (prec + rec) } else { 0.0 };
            out.push((k.clone(), f));
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }
}

/// `score.py`'s `norm`: NFC aside, the same folding of dashes, quotes, spaces and case.
fn norm(s: &str) -> String {
    let s = s.replace('\u{a0}', " ").replace(['–', '—'], "-").replace('ё', "е").replace('Ё', "Е");
    let s = strip_markup(&s);
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::new();
    for c in s.chars() {
        if matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')') && out.ends_with(' ') {
            out.pop();
        }
        out.push(c);
    }
    let mut s = String::new();
    for part in out.split('-') {
        if !s.is_empty() {
            while s.ends_with(' ') {
                s.pop();
            }
            s.push('-');
            s.push_str(part.trim_start());
        } else {
            s.push_str(part);
        }
    }
    let s = s.trim_end_matches([' ', '.', ',', ';', ':']);
    let s = s.trim_matches(|c: char| "«»\"“”„' ".contains(c));
    s.to_lowercase()
}

fn strip_markup(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    let s = s.replace("**", " ");
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn tokens(s: &str) -> Vec<String> {
    norm(s).split(|c: char| !c.is_alphanumeric() && c != '_').filter(|w| !w.is_empty()).map(str::to_string).collect()
}

fn token_f1(a: &str, b: &str) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    let mut pool: HashMap<&str, i32> = HashMap::new();
    for t in &ta {
        *pool.entry(t).or_default() += 1;
    }
    let mut common = 0;
    for t in &tb {
        if let Some(n) = pool.get_mut(t.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            common += 1;
        }
    }
    if common == 0 {
        return if ta.is_empty() && tb.is_empty() { 1.0 } else { 0.0 };
    }
    let (p, r) = (common as f64 / tb.len() as f64, common as f64 / ta.len() as f64);
    2.0 * p * r / (p + r)
}

fn person(s: &str) -> String {
    norm(s).chars().filter(|c| !c.is_whitespace()).collect()
}

fn str_of(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

/// Drops `(… И.О. …)` groups, like `score.py`'s `strip_persons`.
fn strip_persons(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| c + open) else { break };
        let inner = &rest[open + 1..close];
        let has_initials = inner.chars().collect::<Vec<_>>().windows(2).any(|w| w[0].is_uppercase() && w[1] == '.');
        out.push_str(&rest[..open]);
        out.push_str(if has_initials { " " } else { &rest[open..=close] });
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn assignee_key(a: &Value, field: &str) -> String {
    let v = if let Some(s) = a.as_str() { s } else { str_of(&a[field]) };
    let v = strip_persons(v);
    let lower = v.trim_start().to_lowercase();
    let v = if lower.starts_with("рекомендовать ") { v.trim_start()["рекомендовать ".len()..].to_string() } else { v };
    norm(&v)
}

fn deadline_key(d: &Value) -> Option<(String, String, String)> {
    if d.is_null() {
        return None;
    }
    Some((d["kind"].to_string(), d["start"].to_string(), d["end"].to_string()))
}

fn multiset_tp(a: &[String], b: &[String]) -> usize {
    let mut pool: HashMap<&str, i32> = HashMap::new();
    for x in a {
        *pool.entry(x).or_default() += 1;
    }
    b.iter().filter(|x| pool.get_mut(x.as_str()).filter(|n| **n > 0).map(|n| *n -= 1).is_some()).count()
}

fn flatten<'a>(clauses: &'a Value, parent: Option<&'a str>, out: &mut Vec<(&'a Value, Option<&'a str>)>) {
    for c in clauses.as_array().into_iter().flatten() {
        out.push((c, parent));
        flatten(&c["children"], c["number"].as_str(), out);
    }
}

/// Pairs gold items with predicted ones of the same key, each used once, in order.
fn match_in_order<'a>(gold: &[&'a Value], pred: &[&'a Value], key: impl Fn(&Value) -> String) -> Vec<(&'a Value, Option<&'a Value>)> {
    let mut pool: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, p) in pred.iter().enumerate() {
        pool.entry(key(p)).or_default().push(i);
    }
    gold.iter()
        .map(|g| {
            let found = pool.get_mut(&key(g)).and_then(|l| if l.is_empty() { None } else { Some(l.remove(0)) });
            (*g, found.and_then(|i| pred.get(i).copied()))
        })
        .collect()
}

fn score_doc(name: &str, gold: &Value, pred: &Value, t: &mut Tally) {
    for f in ["kind", "kind_label", "authority", "date", "number", "place", "title", "operative_formula"] {
        let Some(g) = gold["doc"].get(f) else { continue };
        let p = &pred[f];
        let ok = match (g.as_str(), p.as_str()) {
            (Some(g), Some(p)) if f == "title" || f == "authority" => token_f1(g, p) >= 0.85,
            (Some(g), Some(p)) if f == "operative_formula" => tokens(g).last() == tokens(p).last(),
            _ => norm(str_of(g)) == norm(str_of(p)) && g.is_null() == p.is_null(),
        };
        t.add(&format!("meta.{f}"), ok, || format!("{name}: gold {g} != {p}"));
    }
    let mut pflat = Vec::new();
    flatten(&pred["clauses"], None, &mut pflat);
    let gcl: Vec<&Value> = gold["clauses"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
    let key = |c: &Value, parent: Option<&str>| format!("{}|{}", c["number"], parent.unwrap_or("null"));
    let pkeys: Vec<String> = pflat.iter().map(|(c, p)| key(c, *p)).collect();
    let gkeys: Vec<String> = gcl.iter().map(|c| key(c, c["parent"].as_str())).collect();
    let tp = multiset_tp(&gkeys, &pkeys);
    t.f1("clauses.structure", tp, pkeys.len(), gkeys.len(), || format!("{name}: clause structure differs"));
    let preds: Vec<&Value> = pflat.iter().map(|(c, _)| *c).collect();
    for (g, p) in match_in_order(&gcl, &preds, |c| c["number"].to_string()) {
        let num = g["number"].to_string();
        let pv = p.unwrap_or(&Value::Null);
        t.add("clauses.found", p.is_some(), || format!("{name}: clause {num} missing"));
        t.add("clauses.text", p.is_some() && norm(str_of(&g["text"])) == norm(str_of(&pv["text"])), || {
            format!("{name}: clause {num} text\n  gold «{}»\n  got  «{}»", str_of(&g["text"]), str_of(&pv["text"]))
        });
        t.add("clauses.role", g["role"] == pv["role"], || format!("{name}: clause {num} role {} != {}", g["role"], pv["role"]));
        t.add("clauses.modality", g["modality"] == pv["modality"], || format!("{name}: clause {num} modality {} != {}", g["modality"], pv["modality"]));
        let gd = &g["deadline"];
        if gd.get("score") != Some(&Value::Bool(false)) {
            t.add("deadline.value", deadline_key(gd) == deadline_key(&pv["deadline"]), || {
                format!("{name}: clause {num} deadline {:?} != {:?}", deadline_key(gd), deadline_key(&pv["deadline"]))
            });
            if !gd.is_null() {
                t.add("deadline.text", norm(str_of(&gd["text"])) == norm(str_of(&pv["deadline"]["text"])), || {
                    format!("{name}: clause {num} deadline text «{}» != «{}»", str_of(&gd["text"]), str_of(&pv["deadline"]["text"]))
                });
            }
        }
        if let Some(ga) = g["assignees"].as_array() {
            let pa: Vec<&Value> = pv["assignees"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
            for (metric, field) in [("assignees.text", "text"), ("assignees.name", "name")] {
                let gk: Vec<String> = ga.iter().map(|a| assignee_key(a, field)).collect();
                let pk: Vec<String> = pa.iter().map(|a| assignee_key(a, field)).collect();
                let tp = multiset_tp(&gk, &pk);
                t.f1(metric, tp, pk.len(), gk.len(), || format!("{name}: clause {num} {field} {gk:?} != {pk:?}"));
            }
            let gp: Vec<String> = ga.iter().flat_map(|a| a["persons"].as_array().into_iter().flatten()).map(|x| person(str_of(x))).collect();
            let pp: Vec<String> = pa.iter().flat_map(|a| a["persons"].as_array().into_iter().flatten()).map(|x| person(str_of(x))).collect();
            if !gp.is_empty() || !pp.is_empty() {
                let tp = multiset_tp(&gp, &pp);
                t.f1("assignees.persons", tp, pp.len(), gp.len(), || format!("{name}: clause {num} persons {gp:?} != {pp:?}"));
            }
        }
    }
    score_tasks(name, &gcl, pred, t);
    score_people(name, gold, pred, t);
    score_plan(name, gold, pred, t);
}

fn score_tasks(name: &str, gcl: &[&Value], pred: &Value, t: &mut Tally) {
    let by_num: HashMap<&str, &Value> = gcl.iter().filter_map(|c| c["number"].as_str().map(|n| (n, *c))).collect();
    let parents: Vec<&str> = gcl.iter().filter_map(|c| c["parent"].as_str()).collect();
    let mut gold_tasks: Vec<Value> = Vec::new();
    for c in gcl {
        let n = c["number"].as_str().unwrap_or("");
        if parents.contains(&n) || c["role"] == "topic" || c["role"] == "addressee" || c["modality"] == "note" {
            continue;
        }
        let inherit = |field: &str, empty: fn(&Value) -> bool| {
            let mut v = &c[field];
            let mut p = *c;
            while empty(v) {
                let Some(parent) = p["parent"].as_str().and_then(|x| by_num.get(x)) else { break };
                p = parent;
                v = &p[field];
            }
            v.clone()
        };
        let a = inherit("assignees", |v| v.as_array().is_some_and(|a| a.is_empty()));
        let d = inherit("deadline", Value::is_null);
        // An unnumbered clause's task has a null ref, as score.py keys it.
        gold_tasks.push(serde_json::json!({"ref": c["number"].clone(), "assignees": a, "deadline": d}));
    }
    let preds: Vec<&Value> = pred["tasks"].as_array().into_iter().flatten().filter(|x| x["source"] == "clause").collect();
    let golds: Vec<&Value> = gold_tasks.iter().collect();
    let mut correct = 0;
    for (g, p) in match_in_order(&golds, &preds, |x| x["ref"].to_string()) {
        let Some(p) = p else { continue };
        let mut ok = true;
        if let Some(ga) = g["assignees"].as_array() {
            let mut gk: Vec<String> = ga.iter().map(|a| assignee_key(a, "text")).collect();
            let mut pk: Vec<String> = p["assignees"].as_array().into_iter().flatten().map(|a| assignee_key(a, "text")).collect();
            gk.sort();
            pk.sort();
            ok &= gk == pk;
        }
        if g["deadline"].get("score") != Some(&Value::Bool(false)) {
            ok &= deadline_key(&g["deadline"]) == deadline_key(&p["deadline"]);
        }
        correct += usize::from(ok);
    }
    t.f1("tasks", correct, preds.len(), golds.len(), || format!("{name}: {correct} of {} tasks right, {} predicted", golds.len(), preds.len()));
}

fn score_people(name: &str, gold: &Value, pred: &Value, t: &mut Tally) {
    let list = |v: &Value, f: &dyn Fn(&Value) -> String| -> Vec<String> { v.as_array().into_iter().flatten().map(f).collect() };
    let gs = list(&gold["signatures"], &|s| person(str_of(&s["name"])));
    let ps = list(&pred["signatures"], &|s| person(str_of(&s["name"])));
    t.f1("signatures", multiset_tp(&gs, &ps), ps.len(), gs.len(), || format!("{name}: signatures {gs:?} != {ps:?}"));
    if let Some(gm) = gold.get("meeting") {
        let gp = list(&gm["present"], &|x| person(str_of(x)));
        let pp = list(&pred["meeting"]["present"], &|x| person(str_of(&x["name"])));
        t.f1("meeting.present", multiset_tp(&gp, &pp), pp.len(), gp.len(), || format!("{name}: present {gp:?} != {pp:?}"));
        if gm["chair"].is_object() {
            let (g, p) = (person(str_of(&gm["chair"]["name"])), person(str_of(&pred["meeting"]["chair"]["name"])));
            t.add("meeting.chair", g == p, || format!("{name}: chair {g} != {p}"));
        }
    }
    if let Some(g) = gold.get("executor") {
        let (g, p) = (person(str_of(g)), person(str_of(&pred["executor"])));
        t.add("meta.executor", g == p, || format!("{name}: executor {g} != {p}"));
    }
    if let Some(g) = gold.get("distribution") {
        let gd = list(g, &|x| norm(str_of(x)));
        let pd = list(&pred["distribution"], &|x| norm(str_of(x)));
        t.f1("distribution", multiset_tp(&gd, &pd), pd.len(), gd.len(), || format!("{name}: distribution {gd:?} != {pd:?}"));
    }
    if let Some(g) = gold.get("control") {
        let gc = list(&g["persons"], &|x| person(str_of(x)));
        let pc = list(&pred["control"]["persons"], &|x| person(str_of(x)));
        t.f1("control.persons", multiset_tp(&gc, &pc), pc.len(), gc.len(), || format!("{name}: control {gc:?} != {pc:?}"));
    }
    let codes: Vec<&str> = pred["diagnostics"].as_array().into_iter().flatten().filter_map(|d| d["code"].as_str()).collect();
    for code in gold["diagnostics"].as_array().into_iter().flatten().filter_map(Value::as_str) {
        t.add("diagnostics.expected", codes.contains(&code), || format!("{name}: no {code} diagnostic"));
    }
}

fn score_plan(name: &str, gold: &Value, pred: &Value, t: &mut Tally) {
    let grows: Vec<&Value> = gold["plan_rows"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
    if grows.is_empty() {
        return;
    }
    let prows: Vec<&Value> = pred["appendices"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|a| a["sections"].as_array().into_iter().flatten())
        .flat_map(|s| s["rows"].as_array().into_iter().flatten())
        .collect();
    let gk: Vec<String> = grows.iter().map(|r| r["number"].to_string()).collect();
    let pk: Vec<String> = prows.iter().map(|r| r["number"].to_string()).collect();
    t.f1("plan.rows", multiset_tp(&gk, &pk), pk.len(), gk.len(), || format!("{name}: plan row numbers differ"));
    for (g, p) in match_in_order(&grows, &prows, |r| r["number"].to_string()) {
        if g.get("score") == Some(&Value::Bool(false)) {
            continue;
        }
        let num = g["number"].to_string();
        let pv = p.unwrap_or(&Value::Null);
        t.add("plan.text", p.is_some() && norm(str_of(&pv["text"])).starts_with(&norm(str_of(&g["text_start"]))), || {
            format!("{name}: row {num} text «{}»", str_of(&pv["text"]))
        });
        t.add("plan.deadline", p.is_some() && deadline_key(&g["deadline"]) == deadline_key(&pv["deadline"]), || {
            format!("{name}: row {num} deadline {:?} != {:?}", deadline_key(&g["deadline"]), deadline_key(&pv["deadline"]))
        });
        let mut gr: Vec<String> = g["responsible"].as_array().into_iter().flatten().map(|x| norm(str_of(x))).collect();
        let mut pr: Vec<String> = pv["responsible"].as_array().into_iter().flatten().map(|x| norm(str_of(x))).collect();
        gr.sort();
        pr.sort();
        t.add("plan.responsible", gr == pr, || format!("{name}: row {num} responsible {gr:?} != {pr:?}"));
    }
}

/// Finds `name` anywhere under `corpus/`.
fn find_document(root: &Path, name: &str) -> Option<PathBuf> {
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).ok()?.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().is_some_and(|n| n == name) {
                return Some(path);
            }
        }
    }
    None
}

/// Scores every gold file of `corpus/<dir>` against the parser's output.
fn score_dir(dir: &str) -> Tally {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut tally = Tally::default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir)).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    files.sort();
    assert!(!files.is_empty(), "no gold files in corpus/{dir}");
    for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "json")) {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap_or_default()).unwrap_or(Value::Null);
        let name = str_of(&gold["source"]).to_string();
        let doc_path = find_document(&root, &name).unwrap_or_else(|| panic!("gold {} names {name}, not in corpus/", file.display()));
        // Decoded as `ukaz parse`, which the scorer runs, decodes it (HTML saved as `.txt` too).
        let bytes = std::fs::read(&doc_path).unwrap_or_default();
        let doc = ukaz::decode(&name, &bytes).map(|d| d.parse(&name, &bytes)).unwrap_or_else(|_| ukaz::parse(&String::from_utf8_lossy(&bytes)));
        let pred = serde_json::to_value(doc).unwrap_or(Value::Null);
        score_doc(&name, &gold, &pred, &mut tally);
    }
    tally
}

/// Scores gold set `set` (an index into [`SETS`]); fails with every metric below its floor in
/// that set's column of [`FLOORS`], and prints the rest.
fn check(set: usize) {
    let (title, dir) = SETS[set];
    let tally = &score_dir(dir);
    let scores = tally.scores();
    println!("{title} scores:");
    for (metric, score) in &scores {
        println!("  {metric:24} {score:.3}");
    }
    if !tally.misses.is_empty() {
        println!("mismatches:");
        for m in &tally.misses {
            println!("  {m}");
        }
    }
    let below: Vec<String> = FLOORS
        .iter()
        .filter_map(|&(metric, column)| {
            let floor = column.get(set).copied().flatten()?;
            let got = scores.iter().find(|(m, _)| m == metric).map_or(0.0, |s| s.1);
            (got + 1e-9 < floor).then(|| format!("{metric} {got:.3} < {floor}"))
        })
        .collect();
    assert!(below.is_empty(), "{title}: below the floor: {below:?}\nmismatches:\n{}", tally.misses.join("\n"));
}

#[test]
fn gold() {
    check(0);
}

/// The probe gold: documents written and annotated by independent annotators (not the
/// contract's authors) to measure the parser on genres the seeds lack. Their annotators read
/// the contract where it is silent in ways of their own, so they guard against regressions
/// rather than fix the truth.
#[test]
fn probe_gold() {
    check(1);
}

/// The second batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-2/README.md`).
#[test]
fn probe_gold_2() {
    check(2);
}

/// The third batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-3/README.md`).
#[test]
fn probe_gold_3() {
    check(3);
}

/// The fourth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-4/README.md`).
#[test]
fn probe_gold_4() {
    check(4);
}

/// The fifth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-5/README.md`).
#[test]
fn probe_gold_5() {
    check(5);
}

/// The sixth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-6/README.md`).
#[test]
fn probe_gold_6() {
    check(6);
}

/// The seventh batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-7/README.md`).
#[test]
fn probe_gold_7() {
    check(7);
}

/// The eighth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-8/README.md`).
#[test]
fn probe_gold_8() {
    check(8);
}

/// The ninth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-9/README.md`).
#[test]
fn probe_gold_9() {
    check(9);
}

/// The tenth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-10/README.md`).
#[test]
fn probe_gold_10() {
    check(10);
}

/// The eleventh batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-11/README.md`).
#[test]
fn probe_gold_11() {
    check(11);
}

/// The twelfth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-12/README.md`).
#[test]
fn probe_gold_12() {
    check(12);
}

/// The thirteenth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-13/README.md`).
#[test]
fn probe_gold_13() {
    check(13);
}

/// The fourteenth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-14/README.md`).
#[test]
fn probe_gold_14() {
    check(14);
}

/// The fifteenth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-15/README.md`).
#[test]
fn probe_gold_15() {
    check(15);
}

/// The sixteenth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-16/README.md`).
#[test]
fn probe_gold_16() {
    check(16);
}

/// The seventeenth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-17/README.md`).
#[test]
fn probe_gold_17() {
    check(17);
}

/// The eighteenth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-18/README.md`).
#[test]
fn probe_gold_18() {
    check(18);
}

/// The nineteenth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-19/README.md`).
#[test]
fn probe_gold_19() {
    check(19);
}

/// The twentieth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-20/README.md`).
#[test]
fn probe_gold_20() {
    check(20);
}

/// The twenty-first batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-21/README.md`).
#[test]
fn probe_gold_21() {
    check(21);
}

/// The twenty-second batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-22/README.md`).
#[test]
fn probe_gold_22() {
    check(22);
}

/// The twenty-third batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-23/README.md`).
#[test]
fn probe_gold_23() {
    check(23);
}

/// The twenty-fourth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-24/README.md`).
#[test]
fn probe_gold_24() {
    check(24);
}

/// The twenty-fifth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-25/README.md`).
#[test]
fn probe_gold_25() {
    check(25);
}

/// The twenty-sixth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-26/README.md`).
#[test]
fn probe_gold_26() {
    check(26);
}

/// The twenty-seventh batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-27/README.md`).
#[test]
fn probe_gold_27() {
    check(27);
}

/// The twenty-eighth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-28/README.md`).
#[test]
fn probe_gold_28() {
    check(28);
}

/// The twenty-ninth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-29/README.md`).
#[test]
fn probe_gold_29() {
    check(29);
}

/// The thirtieth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-30/README.md`).
#[test]
fn probe_gold_30() {
    check(30);
}

/// The thirty-first batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-31/README.md`).
#[test]
fn probe_gold_31() {
    check(31);
}

/// The thirty-second batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-32/README.md`).
#[test]
fn probe_gold_32() {
    check(32);
}

/// The thirty-third batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-33/README.md`).
#[test]
fn probe_gold_33() {
    check(33);
}

/// The thirty-fourth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-34/README.md`).
#[test]
fn probe_gold_34() {
    check(34);
}

/// The thirty-fifth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-35/README.md`).
#[test]
fn probe_gold_35() {
    check(35);
}

/// The thirty-sixth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-36/README.md`).
#[test]
fn probe_gold_36() {
    check(36);
}

/// The thirty-seventh batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-37/README.md`).
#[test]
fn probe_gold_37() {
    check(37);
}

/// The thirty-eighth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-38/README.md`).
#[test]
fn probe_gold_38() {
    check(38);
}

/// The thirty-ninth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-39/README.md`).
#[test]
fn probe_gold_39() {
    check(39);
}

/// The fortieth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-40/README.md`).
#[test]
fn probe_gold_40() {
    check(40);
}

/// The forty-first batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-41/README.md`).
#[test]
fn probe_gold_41() {
    check(41);
}

/// The forty-second batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-42/README.md`).
#[test]
fn probe_gold_42() {
    check(42);
}

/// The forty-third batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-43/README.md`).
#[test]
fn probe_gold_43() {
    check(43);
}

/// The forty-fourth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-44/README.md`).
#[test]
fn probe_gold_44() {
    check(44);
}

/// The forty-fifth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-45/README.md`).
#[test]
fn probe_gold_45() {
    check(45);
}

/// The forty-sixth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-46/README.md`).
#[test]
fn probe_gold_46() {
    check(46);
}

/// The forty-seventh batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-47/README.md`).
#[test]
fn probe_gold_47() {
    check(47);
}

/// The forty-eighth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-48/README.md`).
#[test]
fn probe_gold_48() {
    check(48);
}

/// The forty-ninth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-49/README.md`).
#[test]
fn probe_gold_49() {
    check(49);
}

/// The fiftieth batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-50/README.md`).
#[test]
fn probe_gold_50() {
    check(50);
}

/// The fifty-first batch of probe gold (see [`probe_gold`] and `corpus/probe-gold-51/README.md`).
#[test]
fn probe_gold_51() {
    check(51);
}
