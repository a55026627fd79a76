//! The task list: every leaf clause that orders or recommends an action, and every plan row,
//! flattened, with the nearest ancestor's assignees and deadline where a task states none.

use crate::model::{Appendix, Assignee, Clause, Deadline, Modality, Role, Task, TaskSource};

/// Builds the task list from the clause tree and the appendices.
pub(crate) fn tasks(clauses: &[Clause], appendices: &[Appendix]) -> Vec<Task> {
    let mut out = Vec::new();
    // (clause, inherited assignees, inherited deadline), depth-first.
    let mut stack: Vec<(&Clause, &[Assignee], Option<&Deadline>)> = clauses.iter().rev().map(|c| (c, &[][..], None)).collect();
    while let Some((clause, inherited_assignees, inherited_deadline)) = stack.pop() {
        let assignees = if clause.assignees.is_empty() { inherited_assignees } else { &clause.assignees[..] };
        let deadline = clause.deadline.as_ref().or(inherited_deadline);
        if clause.children.is_empty() {
            if is_task(clause) {
                out.push(Task {
                    // The clause number as written (`1.2`, a local `1)` or `а)` too, which the
                    // span tells apart from its namesakes); none for an unnumbered clause.
                    reference: clause.number.clone(),
                    source: TaskSource::Clause,
                    text: clause.text.clone(),
                    assignees: assignees.to_vec(),
                    deadline: deadline.cloned(),
                    span: clause.span,
                });
            }
            continue;
        }
        for child in clause.children.iter().rev() {
            stack.push((child, assignees, deadline));
        }
    }
    out.extend(plan_tasks(appendices));
    out
}

/// Leaf clauses with role topic or addressee, or modality note, are not tasks.
fn is_task(clause: &Clause) -> bool {
    clause.role == Role::Action && clause.modality != Modality::Note
}

/// One task per plan row, `ref` = `appendix N/ROW`.
fn plan_tasks(appendices: &[Appendix]) -> Vec<Task> {
    let mut out = Vec::new();
    for (n, appendix) in appendices.iter().enumerate() {
        let rows = appendix.sections.iter().flat_map(|s| s.rows.iter());
        for (k, row) in rows.enumerate() {
            let assignees = row
                .responsible
                .iter()
                .map(|r| Assignee { text: r.clone(), name: capitalise_nominative(r), persons: persons_in(r), span: row.span })
                .collect();
            let reference = Some(match &row.number {
                Some(number) => format!("appendix {}/{number}", n + 1),
                None => format!("appendix {}/#{}", n + 1, k + 1),
            });
            out.push(Task {
                reference,
                source: TaskSource::Plan,
                text: row.text.clone(),
                assignees,
                deadline: row.deadline.clone(),
                span: row.span,
            });
        }
    }
    out
}

/// People named in a responsible cell.
fn persons_in(text: &str) -> Vec<String> {
    crate::block::scan::find_persons(text).into_iter().filter_map(|(a, b)| text.get(a..b)).map(str::to_string).collect()
}

/// A responsible cell is usually in the nominative already (`руководители ОО`); a dative one
/// (`руководителям ОО`) is turned into it.
fn capitalise_nominative(text: &str) -> String {
    crate::extract::assignee::nominative_name_of_cell(text)
}
