//! The crafts page's grid: one card per family with the places, regions, materials and labels
//! its flagship crafts cover, narrowed by a free-text search (in any of the three languages,
//! accents and Arabic vowel marks ignored) and by a family, region, material and label.

use crate::data::{Catalogue, Codes, Craft, Family};
use crate::url_state::{FAMILY_PARAM, LABEL_PARAM, MATERIAL_PARAM, REGION_PARAM};

/// A filter of the grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    /// The craft family.
    Family,
    /// A region of Morocco.
    Region,
    /// A material.
    Material,
    /// A label or mark.
    Label,
}

impl Facet {
    /// Every filter, in menu order.
    pub const ALL: [Facet; 4] = [Facet::Family, Facet::Region, Facet::Material, Facet::Label];

    /// The URL parameter that keeps the choice.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Family => FAMILY_PARAM,
            Facet::Region => REGION_PARAM,
            Facet::Material => MATERIAL_PARAM,
            Facet::Label => LABEL_PARAM,
        }
    }
}

/// What the visitor asked for; empty means everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// The search text.
    pub query: String,
    /// The code chosen for each facet, in [`Facet::ALL`] order.
    pub chosen: [Option<String>; 4],
}

impl Filters {
    fn choice(&self, facet: Facet) -> Option<&str> {
        self.chosen[facet as usize].as_deref()
    }
}

/// A family with what its flagship crafts cover, each list in catalogue order without repeats.
#[derive(Clone, Debug, PartialEq)]
pub struct FamilyCard {
    /// The family's code.
    pub code: String,
    /// Codes of its flagship crafts.
    pub crafts: Vec<String>,
    /// Codes of the places they are made in.
    pub places: Vec<String>,
    /// Codes of those places' regions.
    pub regions: Vec<String>,
    /// Codes of their materials.
    pub materials: Vec<String>,
    /// Codes of their labels.
    pub labels: Vec<String>,
    /// Every name and text of the card in the three languages, folded for search.
    search_text: String,
}

impl FamilyCard {
    /// The codes the card covers along a facet.
    pub fn codes(&self, facet: Facet) -> &[String] {
        match facet {
            Facet::Family => std::slice::from_ref(&self.code),
            Facet::Region => &self.regions,
            Facet::Material => &self.materials,
            Facet::Label => &self.labels,
        }
    }

    /// True when the card passes every chosen facet and holds every word of the query.
    pub fn matches(&self, filters: &Filters) -> bool {
        let facets = Facet::ALL.into_iter().all(|facet| {
            filters
                .choice(facet)
                .is_none_or(|code| self.codes(facet).iter().any(|c| c == code))
        });
        facets
            && fold_for_search(&filters.query)
                .split_whitespace()
                .all(|word| self.search_text.contains(word))
    }
}

/// One card per family of the catalogue, in its order.
pub fn family_cards(catalogue: &Catalogue, codes: &Codes) -> Vec<FamilyCard> {
    catalogue
        .families
        .iter()
        .map(|family| family_card(catalogue, codes, family))
        .collect()
}

/// The card of one family: what its flagship crafts cover, and its words for search.
pub fn family_card(catalogue: &Catalogue, codes: &Codes, family: &Family) -> FamilyCard {
    let crafts: Vec<&Craft> = catalogue.crafts_of(&family.code).collect();
    let gather = |list: fn(&Craft) -> &Vec<String>| {
        unique(crafts.iter().flat_map(|craft| list(craft).iter().cloned()))
    };
    let places = gather(|craft| &craft.places);
    let regions = unique(
        places
            .iter()
            .filter_map(|place| catalogue.place(place)?.region.clone()),
    );
    let mut card = FamilyCard {
        code: family.code.clone(),
        crafts: crafts.iter().map(|craft| craft.code.clone()).collect(),
        places,
        regions,
        materials: gather(|craft| &craft.materials),
        labels: gather(|craft| &craft.labels),
        search_text: String::new(),
    };
    card.search_text = search_text(catalogue, codes, &card, &crafts);
    card
}

/// The items in first-seen order, each once.
fn unique(items: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for item in items {
        if !kept.contains(&item) {
            kept.push(item);
        }
    }
    kept
}

/// The codes the cards cover along a facet, in catalogue order: the choices of its menu.
pub fn facet_options(catalogue: &Catalogue, cards: &[FamilyCard], facet: Facet) -> Vec<String> {
    let covered = |code: &str| {
        cards
            .iter()
            .any(|card| card.codes(facet).iter().any(|c| c == code))
    };
    let all: Vec<&str> = match facet {
        Facet::Family => cards.iter().map(|card| card.code.as_str()).collect(),
        Facet::Region => catalogue.regions.iter().map(|r| r.code.as_str()).collect(),
        Facet::Material => catalogue
            .materials
            .iter()
            .map(|m| m.code.as_str())
            .collect(),
        Facet::Label => catalogue.labels.iter().map(|l| l.code.as_str()).collect(),
    };
    all.into_iter()
        .filter(|code| covered(code))
        .map(str::to_owned)
        .collect()
}

/// All the words of a card, in French, Arabic and English, folded.
fn search_text(
    catalogue: &Catalogue,
    codes: &Codes,
    card: &FamilyCard,
    crafts: &[&Craft],
) -> String {
    let mut texts: Vec<&str> = Vec::new();
    if let Some(code) = codes.lookup(&card.code) {
        texts.extend([code.fr.as_str(), code.ar.as_str(), code.en.as_str()]);
    }
    if let Some(family) = catalogue.family(&card.code) {
        texts.extend(family.text.in_order());
    }
    for craft in crafts {
        texts.extend(craft.name.in_order());
        texts.extend(craft.text.in_order());
    }
    let names = card
        .places
        .iter()
        .filter_map(|code| catalogue.place(code).map(|p| &p.name))
        .chain(
            card.regions
                .iter()
                .filter_map(|code| catalogue.region(code).map(|r| &r.name)),
        )
        .chain(
            card.materials
                .iter()
                .filter_map(|code| catalogue.material(code).map(|m| &m.name)),
        )
        .chain(
            card.labels
                .iter()
                .filter_map(|code| catalogue.label(code).map(|l| &l.name)),
        );
    for name in names {
        texts.extend(name.in_order());
    }
    fold_for_search(&texts.join(" "))
}

/// Text as search compares it: lower case, Latin accents dropped, Arabic short vowels and
/// tatweel dropped, alef and yeh forms unified, apostrophes straightened.
pub fn fold_for_search(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => Some('a'),
            'é' | 'è' | 'ê' | 'ë' => Some('e'),
            'î' | 'ï' | 'í' => Some('i'),
            'ô' | 'ö' | 'ó' => Some('o'),
            'ù' | 'û' | 'ü' | 'ú' => Some('u'),
            'ç' => Some('c'),
            'œ' => Some('o'),
            '’' | 'ʼ' => Some('\''),
            'أ' | 'إ' | 'آ' => Some('ا'),
            'ى' => Some('ي'),
            '\u{064B}'..='\u{0652}' | 'ـ' => None,
            other => Some(other),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::codes_from_csv;

    fn catalogue() -> (Catalogue, Codes) {
        let codes = codes_from_csv(include_str!("../../public/data/codes.csv")).expect("codes");
        let catalogue = Catalogue::parse(include_str!("../../public/data/catalogue.json"))
            .expect("the bundled catalogue");
        (catalogue, codes)
    }

    fn shown(filters: &Filters) -> Vec<String> {
        let (catalogue, codes) = catalogue();
        family_cards(&catalogue, &codes)
            .into_iter()
            .filter(|card| card.matches(filters))
            .map(|card| card.code)
            .collect()
    }

    fn query(text: &str) -> Filters {
        Filters {
            query: text.to_owned(),
            ..Filters::default()
        }
    }

    #[test]
    fn the_bundled_catalogue_has_no_problem() {
        let (catalogue, codes) = catalogue();
        assert_eq!(catalogue.problems(&codes), Vec::<String>::new());
        assert_eq!(family_cards(&catalogue, &codes).len(), 13);
    }

    #[test]
    fn search_finds_words_in_any_language_without_accents() {
        assert_eq!(shown(&query("tiznit")), ["jewellery"]);
        assert_eq!(shown(&query("Tétouan zellige")), ["zellige"]);
        assert_eq!(shown(&query("tetouan zellige")), ["zellige"]);
        assert_eq!(shown(&query("الرباطية")), ["carpets"]);
        assert_eq!(shown(&query("الزرابي")), ["carpets", "footwear"]);
        assert_eq!(shown(&query("زليج تطوان")), ["zellige"]);
        assert!(shown(&query("no such craft")).is_empty());
        assert_eq!(shown(&Filters::default()).len(), 13);
    }

    #[test]
    fn facets_narrow_the_grid() {
        let mut filters = Filters::default();
        filters.chosen[Facet::Region as usize] = Some("souss_massa".to_owned());
        assert_eq!(shown(&filters), ["carpets", "footwear", "jewellery"]);
        filters.chosen[Facet::Material as usize] = Some("silver".to_owned());
        assert_eq!(shown(&filters), ["jewellery"]);
        let mut labels = Filters::default();
        labels.chosen[Facet::Label as usize] = Some("tapis_rbati".to_owned());
        assert_eq!(shown(&labels), ["carpets"]);
        let mut family = Filters::default();
        family.chosen[Facet::Family as usize] = Some("wood".to_owned());
        assert_eq!(shown(&family), ["wood"]);
    }

    #[test]
    fn menus_offer_only_what_some_card_covers() {
        let (catalogue, codes) = catalogue();
        let cards = family_cards(&catalogue, &codes);
        let regions = facet_options(&catalogue, &cards, Facet::Region);
        assert!(regions.contains(&"oriental".to_owned()));
        assert_eq!(regions.len(), catalogue.regions.len());
        let labels = facet_options(&catalogue, &cards, Facet::Label);
        assert!(labels.contains(&"tazerzite".to_owned()));
        assert!(!labels.contains(&"morocco_handmade".to_owned()));
    }

    #[test]
    fn folding_drops_accents_and_arabic_marks() {
        assert_eq!(fold_for_search("Fès Œuvre L’Oulja"), "fes ouvre l'oulja");
        assert_eq!(fold_for_search("الزَّرابي أزيلال"), "الزرابي ازيلال");
    }
}
