//! A clerk's facts table of any size, for the data desk's benchmark.

/// The project's facts table grown to `rows` rows as a clerk's file: its rows repeated, each
/// round with new ids and its dates moved 30 years earlier per round (for 30 rounds, then
/// again from the start: repeated reports of the same periods, as conflicting sources are), so
/// that rounds are other periods with the same shape.
pub fn replicated_facts_csv(rows: usize) -> String {
    let facts = include_str!("../public/data/facts.csv");
    let mut lines = facts.lines();
    let header = lines.next().unwrap_or_default();
    let body: Vec<&str> = lines.filter(|line| !line.is_empty()).collect();
    let mut table = String::with_capacity(rows * 200);
    table.push_str(header);
    table.push('\n');
    for index in 0..rows {
        let round = (index / body.len()) % 30;
        let line = body[index % body.len()];
        let (_, rest) = line.split_once(',').unwrap_or_default();
        let mut cells: Vec<String> = rest.splitn(6, ',').map(str::to_owned).collect();
        for date in cells.iter_mut().skip(3).take(2) {
            if let Some(year) = date.get(..4).and_then(|y| y.parse::<i32>().ok()) {
                *date = format!("{}{}", year - 30 * round as i32, &date[4..]);
            }
        }
        table.push_str(&format!("R{index:07},{}\n", cells.join(",")));
    }
    table
}
