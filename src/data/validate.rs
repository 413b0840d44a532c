//! The rules a record must follow beyond its types: what unit a metric is counted in, which
//! metrics may be negative, and shares that cannot add up. Pure rules, used by the dataset
//! builder for both the CSV and the JSON.

use super::codes::REGION_PREFIX;

/// The units a metric may be published in, from its name; `None` for metrics this app does not
/// compute with (programme facts, trade agreements…), whose unit is left as printed.
pub fn expected_units(metric: &str) -> Option<&'static [&'static str]> {
    const MONEY: &[&str] = &["MAD_million", "USD_million", "GBP_million"];
    const PERCENT: &[&str] = &["percent"];
    const RATIO: &[&str] = &["ratio"];
    const COUNT: &[&str] = &["count"];
    if metric.ends_with("_growth_factor") || metric.ends_with("_multiplier") {
        Some(RATIO)
    } else if is_growth(metric) || metric.ends_with("_share") || metric.contains("_share_") {
        Some(PERCENT)
    } else if metric.starts_with("exports_value") || metric.starts_with("regional_exports_value") {
        Some(MONEY)
    } else if metric.ends_with("_count") || metric.starts_with("artisans") {
        Some(COUNT)
    } else {
        None
    }
}

/// True for metrics whose value is a rate of change, which may be negative.
pub fn is_growth(metric: &str) -> bool {
    metric.ends_with("_growth") || metric.ends_with("_cagr")
}

/// The metrics whose values are shares of one parent total, which must not add up to far
/// more than 100 %.
pub const SHARE_METRICS: [&str; 2] = ["exports_share", "regional_exports_share"];

/// Shares above this sum (in percent) are reported: printed shares are rounded, so a few
/// points above 100 are normal, but far more means mixed bases or a misprint.
pub const SHARE_SUM_LIMIT: f64 = 105.0;

/// The breakdown a share belongs to, for adding shares up: keys that combine codes (`+`) or go
/// below the dimension's depth overlap with their siblings and are left out (`None`).
pub fn share_parent<'a>(dimension: &str, key: &'a str) -> Option<&'a str> {
    let depth = dimension.split('>').count();
    let levels = key.split('>').count();
    if key.contains('+') || levels != depth || key.starts_with(REGION_PREFIX) {
        return None;
    }
    Some(key.rsplit_once('>').map_or("", |(parent, _)| parent))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_follow_the_metric_name() {
        assert_eq!(expected_units("exports_share"), Some(&["percent"][..]));
        assert_eq!(
            expected_units("regional_exports_growth"),
            Some(&["percent"][..])
        );
        assert_eq!(
            expected_units("exports_growth_factor"),
            Some(&["ratio"][..])
        );
        assert!(expected_units("exports_value").is_some_and(|u| u.contains(&"USD_million")));
        assert_eq!(expected_units("artisans_registered"), Some(&["count"][..]));
        assert_eq!(expected_units("fairs_count"), Some(&["count"][..]));
        assert_eq!(expected_units("law_year"), None);
    }

    #[test]
    fn share_parents_leave_out_overlapping_keys() {
        assert_eq!(share_parent("destination", "US"), Some(""));
        assert_eq!(
            share_parent("product_family>exit_point", "carpets>Fes"),
            Some("carpets")
        );
        assert_eq!(share_parent("exit_point", "Casablanca+Marrakech"), None);
        assert_eq!(share_parent("destination", "region:africa>NG"), None);
        assert_eq!(share_parent("destination", "region:europe"), None);
    }
}
