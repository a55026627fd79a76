//! Signatures: role and name of each signature block the layout found; a block repeated (the
//! same role and name pasted again) is dropped with a `dedup.removed` diagnostic.

use crate::block::Block;
use crate::diag::{Code, Diagnostic, DiagnosticSink};
use crate::layout::SignatureBlock;
use crate::model::Signature;
use crate::span::Span;
use crate::text::{clean, clean_join};

/// Reads the signature blocks, dropping repeats.
pub(crate) fn read(src: &str, blocks: &[Block], found: &[SignatureBlock], diags: &mut impl DiagnosticSink) -> Vec<Signature> {
    let mut out: Vec<Signature> = Vec::new();
    for sig in found {
        let signature = read_one(src, blocks, sig);
        let repeat = out.iter().any(|s| s.name == signature.name && s.role == signature.role);
        if repeat {
            diags.report(Diagnostic::new(
                Code::DedupRemoved,
                format!("removed a repeated signature block of «{}»", signature.name),
                Some(signature.span),
            ));
            continue;
        }
        out.push(signature);
    }
    out
}

fn read_one(src: &str, blocks: &[Block], sig: &SignatureBlock) -> Signature {
    let (name_start, name_end) = sig.name.name;
    let name = clean(src.get(name_start..name_end).unwrap_or(""));
    let lines = blocks.get(sig.role_lines.clone()).unwrap_or(&[]);
    let mut parts: Vec<&str> = lines.iter().map(|b| b.line.text(src)).collect();
    let mut start = lines.first().map_or(name_start, |b| b.line.content_start);
    if let Some((a, b)) = sig.name.role {
        parts.push(src.get(a..b).unwrap_or(""));
        start = start.min(a);
    }
    let role = clean_join(parts);
    let role = role.trim_end_matches([',', ':']).trim().to_string();
    Signature { role: (!role.is_empty()).then_some(role), name, span: Span::from_range(start..name_end) }
}
