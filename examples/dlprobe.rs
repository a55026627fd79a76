fn main() {
    let ctx = ukaz::DeadlineContext::new().document_date(ukaz::Date::new(2024, 3, 1).unwrap());
    for line in std::io::stdin().lines().map_while(Result::ok) {
        let p = ukaz::parse_deadline(&line, &ctx).map(|d| format!("{:?} {:?}..{:?}", d.kind, d.start, d.end));
        let f = ukaz::find_deadline(&format!("Провести работу {line}."), &ctx).map(|d| format!("{:?} «{}»", d.kind, d.text));
        println!("{line:60} | parse {p:?} | find {f:?}");
    }
}
