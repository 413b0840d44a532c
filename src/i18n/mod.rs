//! The three languages of the app: their direction, every visible text and number formats. The
//! fixed texts live in one locale file per language (`locales/*.json`), named by [`Msg`] and
//! downloaded by the browser for the language shown only (`texts`).
//! Pure: the reactive language context lives in `ui::context` (`use_locale`).

mod brief_text;
mod figures;
mod kpi_text;
mod locale;
mod market_text;
mod messages;
mod numbers;
mod sector_text;
mod showcase_text;
mod summary;
mod texts;

pub use brief_text::{claim_text, reference_run_text, topic_heading};
pub use figures::{
    as_of_label, date_label, format_change, format_count, format_mad, format_percent, formula_text,
    missing_text, months_span_label, period_axis_label, period_label, period_phrase,
    printed_beside_computed, span_subtitle,
};
pub use kpi_text::{KpiText, code_name, country_name, kpi_text, market_name, value_text};
pub use locale::{Direction, Locale};
pub use market_text::{
    framework_name, invalid_market_text, latest_share_text, map_tooltip_lines, market_detail_text,
    no_market_match_text, printed_growth_parts, printed_growth_text, profile_summary, rank_text,
    trade_fact_text, year_span_text,
};
pub use messages::{
    METHOD_RULES, Msg, Plural, TEXT_FILES, data_error_text, fetch_status_text, file_error_text,
    ignored_setting_text, issue_fix_text, issue_kind_text, issue_report_line, map_hint_text,
    outlet_label, page_title, pinned_version_text, sheet_reading_notes, skipped_records_text,
    table_reading_notes, unknown_language_text,
};
pub use numbers::{format_mad_million, format_number};
pub use sector_text::{
    sector_axis_label, sector_series_name, sector_short_value_text, sector_summary,
    sector_topic_title, sector_value_text,
};
pub use showcase_text::{
    FamilyCardText, catalogue_error_text, channel_fact_text, channel_kind_text, facet_choice_name,
    facet_name, family_card_text, family_detail_text, label_kind_text, label_text, list_separator,
    places_count_text, places_summary, results_count_text, words,
};
pub use summary::{
    composition_summary, exit_points_summary, exports_summary, year_to_date_summary,
};
#[cfg(built_in_texts)]
pub use texts::built_in_file;
pub use texts::{TextsMismatch, has_texts, install_texts, texts_file};
