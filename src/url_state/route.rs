//! Which of a bundle's pages an address names. Each bundle knows a handful of fixed paths
//! (`crafts`, `embed/kpi/:name`, `craft/:code/brief`), so matching them is a comparison of
//! segments; `ui::routes` shows the page matched.

/// A page's path below the app's base: segments separated by `/`, a segment starting with
/// `:` standing for any one segment, whose text is that parameter's value (`market/:code`).
pub type RoutePattern = &'static str;

/// The parameters of a matched path, by name: `[("code", "US")]` for `market/US`.
pub type RouteParams = Vec<(&'static str, String)>;

/// The first of `patterns` that `path` (below the app's base) matches, with its parameters.
/// Leading and trailing slashes do not count, so `/crafts/` is `crafts` and `/` is the home
/// page (`""`); a parameter never matches an empty segment.
///
/// ```
/// use artisanat_atlas::url_state::match_route;
/// let patterns = ["", "market/:code", "craft/:code/brief"];
/// assert_eq!(match_route(&patterns, "/"), Some((0, vec![])));
/// assert_eq!(match_route(&patterns, "/market/US"), Some((1, vec![("code", "US".to_owned())])));
/// assert_eq!(match_route(&patterns, "/craft/carpets"), None);
/// ```
pub fn match_route(patterns: &[RoutePattern], path: &str) -> Option<(usize, RouteParams)> {
    let path = segments(path);
    patterns.iter().enumerate().find_map(|(index, pattern)| {
        let pattern = segments(pattern);
        (pattern.len() == path.len())
            .then(|| params_of(&pattern, &path))
            .flatten()
            .map(|params| (index, params))
    })
}

/// The segments of a path between its leading and trailing slashes: none for `/`.
fn segments(path: &str) -> Vec<&str> {
    match path.trim_matches('/') {
        "" => Vec::new(),
        inner => inner.split('/').collect(),
    }
}

/// The parameters of `path` under `pattern` (of the same length), or `None` when a fixed
/// segment differs.
fn params_of(pattern: &[&'static str], path: &[&str]) -> Option<RouteParams> {
    let mut params = Vec::new();
    for (expected, found) in pattern.iter().zip(path) {
        match expected.strip_prefix(':') {
            Some(name) if !found.is_empty() => params.push((name, (*found).to_owned())),
            Some(_) => return None,
            None if expected == found => {}
            None => return None,
        }
    }
    Some(params)
}

#[cfg(test)]
mod tests {
    use super::*;

    const APP: [RoutePattern; 5] = [
        "",
        "indicators",
        "craft/:code",
        "craft/:code/brief",
        "embed/kpi/:name",
    ];

    #[test]
    fn the_home_page_is_the_empty_path_with_or_without_its_slash() {
        assert_eq!(match_route(&APP, ""), Some((0, vec![])));
        assert_eq!(match_route(&APP, "/"), Some((0, vec![])));
    }

    #[test]
    fn fixed_paths_match_whole_segments_only() {
        assert_eq!(match_route(&APP, "/indicators"), Some((1, vec![])));
        assert_eq!(match_route(&APP, "/indicators/"), Some((1, vec![])));
        assert_eq!(match_route(&APP, "/indicator"), None);
        assert_eq!(match_route(&APP, "/indicators/extra"), None);
        assert_eq!(match_route(&APP, "/map"), None);
    }

    #[test]
    fn parameters_take_one_segment_each() {
        let carpets = vec![("code", "carpets".to_owned())];
        assert_eq!(
            match_route(&APP, "/craft/carpets"),
            Some((2, carpets.clone()))
        );
        assert_eq!(
            match_route(&APP, "/craft/carpets/brief"),
            Some((3, carpets))
        );
        assert_eq!(match_route(&APP, "/craft/carpets/other"), None);
        assert_eq!(match_route(&APP, "/craft"), None);
        assert_eq!(match_route(&APP, "/craft//brief"), None);
        assert_eq!(
            match_route(&APP, "/embed/kpi/<script>"),
            Some((4, vec![("name", "<script>".to_owned())]))
        );
    }

    #[test]
    fn the_first_pattern_that_matches_wins() {
        let patterns = ["market/:code", "market/US"];
        assert_eq!(
            match_route(&patterns, "/market/US"),
            Some((0, vec![("code", "US".to_owned())]))
        );
    }
}
