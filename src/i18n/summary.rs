//! Plain-language summaries of the charts, composed from the computed figures (never written
//! with numbers in them), in French, Arabic and English.

use super::{Locale, code_name, format_mad, format_percent, period_label, period_phrase};
use crate::data::Codes;
use crate::stats::{Breakdown, Series};

/// "Craft exports reached MAD 1.23 bn in 2025, up 11% on 2024. Published figures cover
/// 1995–2025; 17 of those years have none."
pub fn exports_summary(locale: Locale, series: &Series) -> String {
    let Some(latest) = series.latest() else {
        return match locale {
            Locale::Fr => "Aucun chiffre annuel publié pour l’instant.",
            Locale::Ar => "لا يوجد رقم سنوي منشور حتى الآن.",
            Locale::En => "No annual figure has been published yet.",
        }
        .to_owned();
    };
    let value = latest
        .point
        .figure
        .value()
        .map_or_else(String::new, |v| format_mad(locale, v));
    let (year, previous) = (latest.year, latest.year - 1);
    let change = latest
        .change
        .value()
        .map(|c| (c >= 0.0, format_percent(locale, c.abs(), 0)));
    let first_sentence = match (locale, change) {
        (Locale::Fr, Some((true, c))) => format!(
            "Les exportations d’artisanat ont atteint {value} en {year}, en hausse de {c} sur {previous}."
        ),
        (Locale::Fr, Some((false, c))) => format!(
            "Les exportations d’artisanat ont atteint {value} en {year}, en baisse de {c} sur {previous}."
        ),
        (Locale::Fr, None) => {
            format!("Les exportations d’artisanat ont atteint {value} en {year}.")
        }
        (Locale::Ar, Some((true, c))) => format!(
            "بلغت صادرات الصناعة التقليدية {value} سنة {year}، بارتفاع قدره {c} مقارنة بسنة {previous}."
        ),
        (Locale::Ar, Some((false, c))) => format!(
            "بلغت صادرات الصناعة التقليدية {value} سنة {year}، بانخفاض قدره {c} مقارنة بسنة {previous}."
        ),
        (Locale::Ar, None) => format!("بلغت صادرات الصناعة التقليدية {value} سنة {year}."),
        (Locale::En, Some((true, c))) => {
            format!("Craft exports reached {value} in {year}, up {c} on {previous}.")
        }
        (Locale::En, Some((false, c))) => {
            format!("Craft exports reached {value} in {year}, down {c} on {previous}.")
        }
        (Locale::En, None) => format!("Craft exports reached {value} in {year}."),
    };
    let first = series.points.first().map_or(year, |p| p.year);
    let empty = series
        .points
        .iter()
        .filter(|p| p.point.figure.value().is_none())
        .count();
    let coverage = match locale {
        Locale::Fr => {
            format!("Les chiffres couvrent {first}–{year} ; {empty} de ces années n’en ont aucun.")
        }
        Locale::Ar => {
            format!("تغطي الأرقام الفترة {first}–{year}؛ {empty} من هذه السنوات بدون أي رقم.")
        }
        Locale::En => format!("Figures cover {first}–{year}; {empty} of those years have none."),
    };
    format!("{first_sentence} {coverage}")
}

/// "From January to November 2025, craft exports reached MAD 1.14 bn, up 13% on the same
/// months of 2024."
pub fn year_to_date_summary(locale: Locale, series: &Series) -> String {
    let Some(latest) = series.latest() else {
        return match locale {
            Locale::Fr => "Aucun chiffre publié pour cette période de l’année.",
            Locale::Ar => "لا يوجد رقم منشور لهذه الفترة من السنة.",
            Locale::En => "No figure is published for this part of the year.",
        }
        .to_owned();
    };
    let when = capitalised(&period_phrase(locale, latest.period));
    let value = latest
        .point
        .figure
        .value()
        .map_or_else(String::new, |v| format_mad(locale, v));
    let previous = latest.year - 1;
    let change = latest
        .change
        .value()
        .map(|c| (c >= 0.0, format_percent(locale, c.abs(), 0)));
    match (locale, change) {
        (Locale::Fr, Some((up, c))) => format!(
            "{when}, les exportations d’artisanat ont atteint {value}, en {} de {c} sur les mêmes mois de {previous}.",
            if up { "hausse" } else { "baisse" }
        ),
        (Locale::Fr, None) => format!("{when}, les exportations d’artisanat ont atteint {value}."),
        (Locale::Ar, Some((up, c))) => format!(
            "{when}، بلغت صادرات الصناعة التقليدية {value}، {} قدره {c} مقارنة بالأشهر نفسها من سنة {previous}.",
            if up {
                "بارتفاع"
            } else {
                "بانخفاض"
            }
        ),
        (Locale::Ar, None) => format!("{when}، بلغت صادرات الصناعة التقليدية {value}."),
        (Locale::En, Some((up, c))) => format!(
            "{when}, craft exports reached {value}, {} {c} on the same months of {previous}.",
            if up { "up" } else { "down" }
        ),
        (Locale::En, None) => format!("{when}, craft exports reached {value}."),
    }
}

/// "From January to November 2025, United States took 49% of craft exports, followed by France
/// (11%)."
pub fn composition_summary(locale: Locale, breakdown: &Breakdown, codes: &Codes) -> String {
    let mut ranked = breakdown.rows.iter().filter(|row| row.rank.is_some());
    let period = period_label(locale, breakdown.period);
    let share = |row: &crate::stats::BreakdownRow| {
        row.share
            .figure
            .value()
            .map_or_else(String::new, |v| format_percent(locale, v, 1))
    };
    let Some(first) = ranked.next() else {
        return match locale {
            Locale::Fr => format!("Aucune part publiée pour la période {period}."),
            Locale::Ar => format!("لا توجد حصة منشورة للفترة {period}."),
            Locale::En => format!("No share is published for {period}."),
        };
    };
    let (name, value) = (code_name(locale, codes, &first.key), share(first));
    let when = period_phrase(locale, breakdown.period);
    let lead = match locale {
        Locale::Fr => format!(
            "{}, {name} représente {value} des exportations d’artisanat",
            capitalised(&when)
        ),
        Locale::Ar => format!("{when}، بلغت حصة {name} {value} من صادرات الصناعة التقليدية"),
        Locale::En => format!(
            "{}, {name} took {value} of craft exports",
            capitalised(&when)
        ),
    };
    match ranked.next() {
        Some(second) => {
            let (name, value) = (code_name(locale, codes, &second.key), share(second));
            match locale {
                Locale::Fr => format!("{lead}, devant {name} ({value})."),
                Locale::Ar => format!("{lead}، تليها {name} ({value})."),
                Locale::En => format!("{lead}, followed by {name} ({value})."),
            }
        }
        None => format!("{lead}."),
    }
}

/// "From January to September 2025, Marrakesh shipped 41% of craft exports, more than any other
/// exit city. It shipped 39% from January to March 2016. Periods with published shares: 11, from
/// 2016 to 2025."
pub fn exit_points_summary(locale: Locale, history: &[Breakdown], codes: &Codes) -> String {
    let leader = history.last().and_then(|latest| {
        let row = latest.rows.iter().find(|row| row.rank == Some(1))?;
        Some((latest, row, row.share.figure.value()?))
    });
    let Some((latest, row, share)) = leader else {
        return match locale {
            Locale::Fr => "Aucune part par ville de sortie n’est publiée pour l’instant.",
            Locale::Ar => "لا توجد حصة منشورة حسب مدينة الخروج حتى الآن.",
            Locale::En => "No share by exit city has been published yet.",
        }
        .to_owned();
    };
    let (city, share) = (
        code_name(locale, codes, &row.key),
        format_percent(locale, share, 1),
    );
    let when = period_phrase(locale, latest.period);
    let lead = match locale {
        Locale::Fr => format!(
            "{}, {city} a expédié {share} des exportations d’artisanat, plus que toute autre ville de sortie.",
            capitalised(&when)
        ),
        Locale::Ar => format!(
            "{when}، استحوذت {city} على {share} من صادرات الصناعة التقليدية، وهي أعلى حصة بين مدن الخروج."
        ),
        Locale::En => format!(
            "{}, {city} shipped {share} of craft exports, more than any other exit city.",
            capitalised(&when)
        ),
    };
    let earliest = history.iter().find_map(|breakdown| {
        let value = breakdown
            .rows
            .iter()
            .find(|other| other.key == row.key && other.rank.is_some())?
            .share
            .figure
            .value()?;
        (breakdown.period != latest.period).then_some((breakdown.period, value))
    });
    let before = earliest.map(|(period, value)| {
        let (then, value) = (
            period_phrase(locale, period),
            format_percent(locale, value, 1),
        );
        match locale {
            Locale::Fr => format!(" Elle en expédiait {value} {then}."),
            Locale::Ar => format!(" وكانت حصتها {value} {then}."),
            Locale::En => format!(" It shipped {value} {then}."),
        }
    });
    let (count, first, last) = (
        history.len(),
        history.first().map_or(0, |b| b.period.start.year()),
        latest.period.end.year(),
    );
    let coverage = match locale {
        Locale::Fr => {
            format!(" Périodes avec des parts publiées : {count}, de {first} à {last}.")
        }
        Locale::Ar => format!(" الفترات ذات الحصص المنشورة: {count}، من {first} إلى {last}."),
        Locale::En => {
            format!(" Periods with published shares: {count}, from {first} to {last}.")
        }
    };
    format!("{lead}{}{coverage}", before.unwrap_or_default())
}

/// The phrase with its first letter in capitals, to open a sentence.
fn capitalised(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_dataset;
    use crate::stats::{Levels, annual_exports};

    #[test]
    fn the_summary_follows_the_figures() {
        let loaded = test_dataset(
            "F1,exports_value,total,all,2021-01-01,2021-12-31,893,MAD_million,,,https://a.ma/1,,\n\
             F2,exports_value,total,all,2024-01-01,2024-12-31,1100,MAD_million,,,https://a.ma/1,,\n\
             F3,exports_value,total,all,2025-01-01,2025-12-31,1230,MAD_million,11,vs 2024,https://b.ma/2,,\n",
        );
        let series = annual_exports(&Levels::new(&loaded.dataset));
        assert_eq!(
            exports_summary(Locale::En, &series),
            "Craft exports reached MAD\u{A0}1.23\u{A0}bn in 2025, up 11% on 2024. Figures cover 2021–2025; 2 of those years have none."
        );
        assert!(exports_summary(Locale::Fr, &series).starts_with("Les exportations d’artisanat ont atteint 1,23\u{A0}Md\u{A0}DH en 2025, en hausse de 11\u{202F}% sur 2024."));
        assert!(exports_summary(Locale::Ar, &series).contains("بارتفاع قدره 11%"));
        let shares = test_dataset(
            "F1,exports_share,destination,US,2025-01-01,2025-11-30,49,percent,,,https://b.ma/2,,\n\
             F2,exports_share,destination,FR,2025-01-01,2025-11-30,11,percent,,,https://b.ma/2,,\n",
        );
        let breakdown = crate::stats::BreakdownIndex::new(
            &Levels::new(&shares.dataset),
            crate::data::CodedDimension::Destination,
        )
        .latest()
        .unwrap();
        assert_eq!(
            composition_summary(Locale::En, &breakdown, &shares.dataset.codes),
            "From January to November 2025, United States took 49% of craft exports, followed by France (11%)."
        );
        let ytd = test_dataset(
            "F1,exports_value,total,all,2025-01-01,2025-11-30,1140,MAD_million,13,vs Jan-Nov 2024,https://b.ma/2,,\n",
        );
        let series = crate::stats::year_to_date_exports(&Levels::new(&ytd.dataset));
        assert_eq!(
            year_to_date_summary(Locale::En, &series[0]),
            "From January to November 2025, craft exports reached MAD\u{A0}1.14\u{A0}bn, up 13% on the same months of 2024."
        );
        assert!(
            year_to_date_summary(Locale::Fr, &series[0])
                .starts_with("De janvier à novembre 2025, les exportations")
        );
        let cities = test_dataset(
            "F1,exports_share,exit_point,Marrakech,2016-01-01,2016-03-31,39,percent,,,https://b.ma/2,,\n\
             F2,exports_share,exit_point,Casablanca,2023-01-01,2023-01-31,52,percent,,,https://b.ma/2,,\n\
             F3,exports_share,exit_point,Marrakech,2025-01-01,2025-09-30,41,percent,,,https://b.ma/2,,\n",
        );
        let history = crate::stats::BreakdownIndex::new(
            &Levels::new(&cities.dataset),
            crate::data::CodedDimension::ExitPoint,
        )
        .history();
        assert_eq!(
            exit_points_summary(Locale::En, &history, &cities.dataset.codes),
            "From January to September 2025, Marrakesh shipped 41% of craft exports, more than any other exit city. It shipped 39% from January to March 2016. Periods with published shares: 3, from 2016 to 2025."
        );
        assert!(
            exit_points_summary(Locale::Fr, &history, &cities.dataset.codes)
                .starts_with("De janvier à septembre 2025, Marrakech a expédié 41\u{202F}%")
        );
        assert_eq!(
            exit_points_summary(Locale::En, &[], &cities.dataset.codes),
            "No share by exit city has been published yet."
        );
        let empty = test_dataset("");
        let none = annual_exports(&Levels::new(&empty.dataset));
        assert_eq!(
            exports_summary(Locale::En, &none),
            "No annual figure has been published yet."
        );
    }
}
