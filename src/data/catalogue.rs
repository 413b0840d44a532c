//! The crafts catalogue: the families of the showcase, flagship crafts and their places,
//! materials, techniques, labels and marks, and where buyers can source — every entry in
//! French, Arabic and English, with the ids of the sources it was read in.
//!
//! `public/data/catalogue.source.json` is written by hand with source URLs;
//! [`Catalogue::build`] checks it and turns the URLs into source ids (the facts' own id when the
//! facts cite the same page), which `atlas-data build` writes to `catalogue.json`, the file the
//! app reads with [`Catalogue::parse`].

use super::{Codes, Dataset, Seed, describe_reference};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Version of `catalogue.json` this build reads and writes.
pub const CATALOGUE_VERSION: u32 = 1;

/// One text in the three languages of the app.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Words {
    /// French.
    pub fr: String,
    /// Arabic.
    pub ar: String,
    /// English.
    pub en: String,
}

impl Words {
    /// French, Arabic and English, in the order `Locale::pick` takes them.
    pub fn in_order(&self) -> [&str; 3] {
        [&self.fr, &self.ar, &self.en]
    }

    fn is_complete(&self) -> bool {
        self.in_order().iter().all(|text| !text.trim().is_empty())
    }
}

/// A coded entry with a name only: a material or a technique.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Named {
    /// The code links and the facts use.
    pub code: String,
    /// Its name in the three languages.
    pub name: Words,
}

/// A region of Morocco, with its GeoNames first-level code (`MA.07`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Region {
    /// The code links and the facts use.
    pub code: String,
    /// Its first-level administrative code in GeoNames (`MA.07`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonames: Option<String>,
    /// Its name in the three languages.
    pub name: Words,
}

/// A town where a craft is made; `gazetteer` is its name in GeoNames, which gives its position
/// at build time (absent when GeoNames has no entry for it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The code links use.
    pub code: String,
    /// Its name in GeoNames, which locates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gazetteer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// The code of its region, when known.
    pub region: Option<String>,
    /// Its name in the three languages.
    pub name: Words,
}

/// The geometric motif drawn for a family (see `showcase::motif`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Motif {
    /// Eight-pointed stars of zellige and glazed tiles.
    Star,
    /// Carpet and blanket lozenges.
    Lozenge,
    /// The braided trim (sfifa) of traditional clothing.
    Braid,
    /// Over-and-under strips of basketry.
    Weave,
    /// Marquetry chevrons.
    Chevron,
    /// Wrought-iron scrolls.
    Scroll,
    /// Hammered-copper rosettes.
    Rosette,
    /// Saddle stitching on leather.
    Stitch,
    /// The triangle of the silver fibula.
    Fibula,
    /// A mosaic of mixed squares.
    Mosaic,
    /// Anything a newer catalogue names that this build does not draw.
    #[serde(other)]
    Plain,
}

/// A family of the showcase: a family of the export statistics, or one the sources single out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Family {
    /// The code of the family in the facts (`family` or `regional_family` code table).
    pub code: String,
    /// The drawing on its card and page.
    pub motif: Motif,
    /// What the family is, in the three languages.
    pub text: Words,
    /// Ids of the catalogue sources the text rests on.
    pub sources: Vec<String>,
}

/// What a label is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelKind {
    /// A national label of the ministry.
    NationalLabel,
    /// A collective mark registered by a group of producers.
    CollectiveMark,
    /// A certification by a standards body.
    Certification,
    /// An inscription by UNESCO.
    Unesco,
    #[serde(other)]
    /// Any other distinction.
    Other,
}

/// A label, collective mark or inscription.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Label {
    /// The code links use.
    pub code: String,
    /// What kind of mark it is.
    pub kind: LabelKind,
    /// Its name in the three languages.
    pub name: Words,
    /// What it certifies, in the three languages.
    pub text: Words,
    /// `[dimension, key]` of the facts about it (e.g. the units entitled to a mark).
    #[serde(default)]
    pub facts: Vec<(String, String)>,
    /// Ids of the catalogue sources.
    pub sources: Vec<String>,
}

/// A flagship craft: what, where, from what and how, with its labels.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Craft {
    /// The code links use.
    pub code: String,
    /// The families it belongs to; empty when no export family covers it.
    pub families: Vec<String>,
    /// Codes of the places it is made in.
    pub places: Vec<String>,
    /// Codes of its materials.
    pub materials: Vec<String>,
    /// Codes of its techniques.
    pub techniques: Vec<String>,
    /// Codes of the labels it can carry.
    pub labels: Vec<String>,
    /// Its name in the three languages.
    pub name: Words,
    /// What it is, in the three languages.
    pub text: Words,
    /// Ids of the catalogue sources.
    pub sources: Vec<String>,
}

/// How a sourcing channel works.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    /// A public programme for artisans.
    Programme,
    /// A trade fair.
    Fair,
    /// An online marketplace.
    Online,
    /// Shops and retail chains.
    Retail,
    #[serde(other)]
    /// Any other channel.
    Other,
}

/// Where a buyer can meet producers: a programme, a fair, an online or retail channel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Channel {
    /// The code links use.
    pub code: String,
    /// What kind of channel it is.
    pub kind: ChannelKind,
    /// The families the sources tie it to; empty when it serves all.
    pub families: Vec<String>,
    /// Its name in the three languages.
    pub name: Words,
    /// What it offers buyers, in the three languages.
    pub text: Words,
    #[serde(default)]
    /// The facts recorded about it, as `(dimension, key)` pairs of the facts table.
    pub facts: Vec<(String, String)>,
    /// Ids of the catalogue sources.
    pub sources: Vec<String>,
}

/// A source the catalogue cites: the facts' own id when they cite it too, else `C01`…
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CatalogueSource {
    /// `S001`…, or the id of the same page in the facts table.
    pub id: String,
    /// The outlet, as a reader would cite it.
    pub outlet: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// The page it was read in, when online.
    pub url: Option<String>,
    /// A blog, shop or forum: used for colour, never as authority.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub low_reliability: bool,
}

/// The whole catalogue, as written by hand (sources as URLs, `low_reliability` listing URLs) or
/// as built (`schema_version`, a `sources` table, sources as ids).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    #[serde(default)]
    /// The schema the file follows; a newer one is refused.
    pub schema_version: u32,
    #[serde(default, skip_serializing)]
    /// Addresses of sources without primary attribution (shops, aggregators).
    pub low_reliability: Vec<String>,
    #[serde(default)]
    /// Every source the entries cite.
    pub sources: Vec<CatalogueSource>,
    #[serde(default)]
    /// Morocco's regions.
    pub regions: Vec<Region>,
    #[serde(default)]
    /// Towns where crafts are made.
    pub places: Vec<Place>,
    #[serde(default)]
    /// Materials.
    pub materials: Vec<Named>,
    #[serde(default)]
    /// Techniques.
    pub techniques: Vec<Named>,
    #[serde(default)]
    /// Craft families, as the export statistics group them.
    pub families: Vec<Family>,
    #[serde(default)]
    /// Labels, marks and certifications.
    pub labels: Vec<Label>,
    #[serde(default)]
    /// Flagship crafts.
    pub crafts: Vec<Craft>,
    #[serde(default)]
    /// Where buyers meet artisans: programmes, fairs, shops.
    pub channels: Vec<Channel>,
}

/// Why `catalogue.json` cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum CatalogueError {
    /// Not JSON, or not a catalogue: the reader's message (with line and column).
    Malformed(String),
    /// Written for another version of the app.
    UnsupportedVersion(u32),
}

/// The catalogue's families alone, each with its motif: what the home page shows. The build
/// writes them as `families.json` beside `catalogue.json` (a few hundred bytes instead of the
/// whole catalogue's 15.6 KB gzip), so the home page neither downloads nor reads the rest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FamilyMarks {
    /// The version of the catalogue's schema.
    schema_version: u32,
    /// The families, in the catalogue's order.
    pub families: Vec<FamilyMark>,
}

/// A family's code and motif.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FamilyMark {
    /// The family's code in the facts.
    pub code: String,
    /// Its motif.
    pub motif: Motif,
}

impl FamilyMarks {
    /// The families of `catalogue`, in its order.
    pub fn of(catalogue: &Catalogue) -> FamilyMarks {
        FamilyMarks {
            schema_version: catalogue.schema_version,
            families: catalogue
                .families
                .iter()
                .map(|family| FamilyMark {
                    code: family.code.clone(),
                    motif: family.motif,
                })
                .collect(),
        }
    }

    /// Reads `families.json` (or the families of `catalogue.json`), refusing a newer schema
    /// as [`Catalogue::parse`] does.
    pub fn parse(text: &str) -> Result<FamilyMarks, CatalogueError> {
        read_versioned(text, |marks: &FamilyMarks| marks.schema_version)
    }

    /// `families.json`: one family per line, to keep diffs readable.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        entries_per_line(self)
    }
}

/// `value` as a JSON object with each field on a line of its own and each entry of a list
/// field on a line of its own, to keep diffs of the generated files readable.
fn entries_per_line<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    let mut out = String::from("{");
    if let serde_json::Value::Object(fields) = serde_json::to_value(value)? {
        for (index, (name, field)) in fields.iter().enumerate() {
            let separator = if index == 0 { "" } else { "," };
            out.push_str(&format!("{separator}\n\"{name}\":"));
            match field {
                serde_json::Value::Array(items) => {
                    out.push('[');
                    for (position, item) in items.iter().enumerate() {
                        let separator = if position == 0 { "" } else { "," };
                        out.push_str(&format!("{separator}\n{}", serde_json::to_string(item)?));
                    }
                    out.push_str("\n]");
                }
                other => out.push_str(&serde_json::to_string(other)?),
            }
        }
    }
    out.push_str("}\n");
    Ok(out)
}

/// `text` read as a `T` of the catalogue's schema, whose version `version` reads.
fn read_versioned<T: serde::de::DeserializeOwned>(
    text: &str,
    version: fn(&T) -> u32,
) -> Result<T, CatalogueError> {
    let read: T =
        serde_json::from_str(text).map_err(|error| CatalogueError::Malformed(error.to_string()))?;
    match version(&read) {
        CATALOGUE_VERSION => Ok(read),
        other => Err(CatalogueError::UnsupportedVersion(other)),
    }
}

impl Catalogue {
    /// Reads `catalogue.json`.
    pub fn parse(text: &str) -> Result<Catalogue, CatalogueError> {
        read_versioned(text, |catalogue: &Catalogue| catalogue.schema_version)
    }

    /// Checks the hand-written catalogue against the facts' code tables and gives it source
    /// ids; every problem is named (entry and reason).
    pub fn build(
        source_text: &str,
        dataset: &Dataset,
        seeds: &HashMap<String, Seed>,
    ) -> Result<Catalogue, Vec<String>> {
        let mut catalogue: Catalogue =
            serde_json::from_str(source_text).map_err(|error| vec![error.to_string()])?;
        catalogue.schema_version = CATALOGUE_VERSION;
        let low_reliability = std::mem::take(&mut catalogue.low_reliability);
        let mut table = SourceIds::new(dataset, seeds, &low_reliability);
        for references in catalogue.source_lists_mut() {
            for reference in references.iter_mut() {
                *reference = table.id_for(reference);
            }
        }
        catalogue.sources = table.sources;
        let mut problems = catalogue.problems(&dataset.codes);
        problems.extend(catalogue.missing_facts(dataset));
        match problems.is_empty() {
            true => Ok(catalogue),
            false => Err(problems),
        }
    }

    /// `catalogue.json`: one entry per line, to keep diffs readable.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        entries_per_line(self)
    }

    /// Every broken reference, repeated code, missing translation or unsourced entry.
    pub fn problems(&self, codes: &Codes) -> Vec<String> {
        let mut problems = Vec::new();
        let mut check = |ok: bool, what: String| {
            if !ok {
                problems.push(what);
            }
        };
        let known = |list: &[&str], code: &str| list.contains(&code);
        let regions: Vec<&str> = self.regions.iter().map(|r| r.code.as_str()).collect();
        let places: Vec<&str> = self.places.iter().map(|p| p.code.as_str()).collect();
        let materials: Vec<&str> = self.materials.iter().map(|m| m.code.as_str()).collect();
        let techniques: Vec<&str> = self.techniques.iter().map(|t| t.code.as_str()).collect();
        let families: Vec<&str> = self.families.iter().map(|f| f.code.as_str()).collect();
        let labels: Vec<&str> = self.labels.iter().map(|l| l.code.as_str()).collect();
        let sources: Vec<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        for (table, list) in [
            ("region", &regions),
            ("place", &places),
            ("material", &materials),
            ("technique", &techniques),
            ("family", &families),
            ("label", &labels),
        ] {
            for (index, code) in list.iter().enumerate() {
                check(
                    !list[..index].contains(code),
                    format!("{table} {code}: repeated"),
                );
            }
        }
        for (entry, words) in self.all_words() {
            check(
                words.is_complete(),
                format!("{entry}: a text is missing in one language"),
            );
        }
        for (entry, references) in self.source_lists() {
            check(!references.is_empty(), format!("{entry}: no source"));
            for reference in references {
                check(
                    known(&sources, reference),
                    format!("{entry}: unknown source {reference}"),
                );
            }
        }
        for place in &self.places {
            if let Some(region) = &place.region {
                check(
                    known(&regions, region),
                    format!("place {}: unknown region {region}", place.code),
                );
            }
        }
        for family in &self.families {
            check(
                codes.lookup(&family.code).is_some(),
                format!("family {}: not a family code of codes.csv", family.code),
            );
        }
        for craft in &self.crafts {
            for (kind, list, references) in [
                ("family", &families, &craft.families),
                ("place", &places, &craft.places),
                ("material", &materials, &craft.materials),
                ("technique", &techniques, &craft.techniques),
                ("label", &labels, &craft.labels),
            ] {
                for reference in references {
                    check(
                        known(list, reference),
                        format!("craft {}: unknown {kind} {reference}", craft.code),
                    );
                }
            }
        }
        for channel in &self.channels {
            for family in &channel.families {
                check(
                    known(&families, family),
                    format!("channel {}: unknown family {family}", channel.code),
                );
            }
        }
        problems
    }

    /// Every `[dimension, key]` a label or a channel names that no fact of `dataset` has: a
    /// misspelt key would otherwise show nothing, silently.
    pub fn missing_facts(&self, dataset: &Dataset) -> Vec<String> {
        let known: HashSet<(&str, &str)> = dataset
            .observations()
            .iter()
            .map(|o| (dataset.text(o.dimension), dataset.text(o.key)))
            .collect();
        let labels = self
            .labels
            .iter()
            .map(|l| (format!("label {}", l.code), &l.facts));
        let channels = (self.channels.iter()).map(|c| (format!("channel {}", c.code), &c.facts));
        labels
            .chain(channels)
            .flat_map(|(entry, facts)| {
                facts
                    .iter()
                    .filter(|(dimension, key)| !known.contains(&(dimension.as_str(), key.as_str())))
                    .map(move |(dimension, key)| format!("{entry}: no fact has {dimension} {key}"))
            })
            .collect()
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&CatalogueSource> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The family with this code.
    pub fn family(&self, code: &str) -> Option<&Family> {
        self.families.iter().find(|family| family.code == code)
    }

    /// The place with this code.
    pub fn place(&self, code: &str) -> Option<&Place> {
        self.places.iter().find(|place| place.code == code)
    }

    /// The region with this code.
    pub fn region(&self, code: &str) -> Option<&Region> {
        self.regions.iter().find(|region| region.code == code)
    }

    /// The material with this code.
    pub fn material(&self, code: &str) -> Option<&Named> {
        self.materials.iter().find(|material| material.code == code)
    }

    /// The technique with this code.
    pub fn technique(&self, code: &str) -> Option<&Named> {
        self.techniques
            .iter()
            .find(|technique| technique.code == code)
    }

    /// The label with this code.
    pub fn label(&self, code: &str) -> Option<&Label> {
        self.labels.iter().find(|label| label.code == code)
    }

    /// The crafts of a family, in catalogue order.
    pub fn crafts_of<'a>(&'a self, family: &'a str) -> impl Iterator<Item = &'a Craft> {
        self.crafts
            .iter()
            .filter(move |craft| craft.families.iter().any(|f| f == family))
    }

    /// The labels of a family's crafts, each once, in first-seen order.
    pub fn labels_of(&self, family: &str) -> Vec<&Label> {
        let mut labels: Vec<&Label> = Vec::new();
        for label in self
            .crafts_of(family)
            .flat_map(|craft| craft.labels.iter())
            .filter_map(|code| self.label(code))
        {
            if !labels.iter().any(|known| known.code == label.code) {
                labels.push(label);
            }
        }
        labels
    }

    /// The channels that serve a family: tied to it, or to no family in particular.
    pub fn channels_for<'a>(&'a self, family: &'a str) -> impl Iterator<Item = &'a Channel> {
        self.channels.iter().filter(move |channel| {
            channel.families.is_empty() || channel.families.iter().any(|f| f == family)
        })
    }

    /// True when every source of the list is of low reliability.
    pub fn only_low_reliability(&self, ids: &[String]) -> bool {
        !ids.is_empty()
            && ids
                .iter()
                .all(|id| self.source(id).is_some_and(|source| source.low_reliability))
    }

    fn source_lists(&self) -> Vec<(String, &Vec<String>)> {
        let entries = self
            .families
            .iter()
            .map(|f| (format!("family {}", f.code), &f.sources));
        let entries = entries.chain(
            self.labels
                .iter()
                .map(|l| (format!("label {}", l.code), &l.sources)),
        );
        let entries = entries.chain(
            self.crafts
                .iter()
                .map(|c| (format!("craft {}", c.code), &c.sources)),
        );
        entries
            .chain(
                self.channels
                    .iter()
                    .map(|c| (format!("channel {}", c.code), &c.sources)),
            )
            .collect()
    }

    fn source_lists_mut(&mut self) -> impl Iterator<Item = &mut Vec<String>> {
        let families = self.families.iter_mut().map(|f| &mut f.sources);
        let labels = self.labels.iter_mut().map(|l| &mut l.sources);
        let crafts = self.crafts.iter_mut().map(|c| &mut c.sources);
        let channels = self.channels.iter_mut().map(|c| &mut c.sources);
        families.chain(labels).chain(crafts).chain(channels)
    }

    fn all_words(&self) -> Vec<(String, &Words)> {
        let mut words: Vec<(String, &Words)> = Vec::new();
        words.extend(
            self.regions
                .iter()
                .map(|r| (format!("region {}", r.code), &r.name)),
        );
        words.extend(
            self.places
                .iter()
                .map(|p| (format!("place {}", p.code), &p.name)),
        );
        words.extend(
            self.materials
                .iter()
                .map(|m| (format!("material {}", m.code), &m.name)),
        );
        words.extend(
            self.techniques
                .iter()
                .map(|t| (format!("technique {}", t.code), &t.name)),
        );
        words.extend(
            self.families
                .iter()
                .map(|f| (format!("family {}", f.code), &f.text)),
        );
        for label in &self.labels {
            words.push((format!("label {}", label.code), &label.name));
            words.push((format!("label {}", label.code), &label.text));
        }
        for craft in &self.crafts {
            words.push((format!("craft {}", craft.code), &craft.name));
            words.push((format!("craft {}", craft.code), &craft.text));
        }
        for channel in &self.channels {
            words.push((format!("channel {}", channel.code), &channel.name));
            words.push((format!("channel {}", channel.code), &channel.text));
        }
        words
    }
}

/// Gives each cited reference an id: the facts' id for a page they cite, else `C01`, `C02`…
struct SourceIds<'a> {
    dataset: &'a Dataset,
    seeds: &'a HashMap<String, Seed>,
    low_reliability: &'a [String],
    sources: Vec<CatalogueSource>,
    by_reference: HashMap<String, String>,
}

impl<'a> SourceIds<'a> {
    fn new(
        dataset: &'a Dataset,
        seeds: &'a HashMap<String, Seed>,
        low_reliability: &'a [String],
    ) -> SourceIds<'a> {
        SourceIds {
            dataset,
            seeds,
            low_reliability,
            sources: Vec::new(),
            by_reference: HashMap::new(),
        }
    }

    fn id_for(&mut self, reference: &str) -> String {
        if let Some(id) = self.by_reference.get(reference) {
            return id.clone();
        }
        let (outlet, url) = describe_reference(reference, self.seeds);
        // The facts' source for the same page (or the same seed document without one).
        let in_facts = self.dataset.sources.iter().find(|source| match &url {
            Some(url) => source.url.as_ref() == Some(url),
            None => source.url.is_none() && source.outlet == outlet,
        });
        let outlet = in_facts.map_or(outlet, |source| source.outlet.clone());
        let own = self
            .sources
            .iter()
            .filter(|source| source.id.starts_with('C'))
            .count();
        let id = in_facts.map_or_else(|| format!("C{:02}", own + 1), |source| source.id.clone());
        self.sources.push(CatalogueSource {
            id: id.clone(),
            outlet,
            url,
            low_reliability: self.low_reliability.iter().any(|low| low == reference),
        });
        self.by_reference.insert(reference.to_owned(), id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_dataset;

    const FACTS: &str = "F1,exports_share,product_family,carpets,2024-01-01,2024-12-31,20,percent,,,https://a.ma/1,,\n\
                         F2,exports_share,product_family,pottery_stone,2024-01-01,2024-12-31,36,percent,,,seed:002_x.txt,,\n";

    fn words(text: &str) -> String {
        format!(r#"{{"fr":"{text} fr","ar":"{text} ar","en":"{text} en"}}"#)
    }

    fn source(craft_sources: &str, family: &str, place_region: &str) -> String {
        format!(
            r#"{{"low_reliability":["https://shop.ma/x"],
            "regions":[{{"code":"souss","name":{w}}}],
            "places":[{{"code":"tiznit","gazetteer":"Tiznit","region":"{place_region}","name":{w}}}],
            "materials":[{{"code":"silver","name":{w}}}],
            "techniques":[],
            "families":[{{"code":"{family}","motif":"fibula","text":{w},"sources":["https://a.ma/1","seed:002_x.txt"]}}],
            "labels":[],
            "crafts":[{{"code":"silver","families":["{family}"],"places":["tiznit"],"materials":["silver"],"techniques":[],"labels":[],"name":{w},"text":{w},"sources":{craft_sources}}}],
            "channels":[]}}"#,
            w = words("x")
        )
    }

    #[test]
    fn the_families_file_is_the_catalogues_families_with_their_motifs() {
        let catalogue = Catalogue::parse(include_str!("../../public/data/catalogue.json"))
            .expect("the bundled catalogue");
        let text = include_str!("../../public/data/families.json");
        let marks = FamilyMarks::parse(text).expect("the bundled families");
        assert_eq!(marks, FamilyMarks::of(&catalogue));
        assert_eq!(
            FamilyMarks::parse(&marks.to_json().expect("JSON")),
            Ok(marks.clone())
        );
        let whole: Vec<(&str, Motif)> = catalogue
            .families
            .iter()
            .map(|family| (family.code.as_str(), family.motif))
            .collect();
        let alone: Vec<(&str, Motif)> = marks
            .families
            .iter()
            .map(|family| (family.code.as_str(), family.motif))
            .collect();
        assert_eq!(alone, whole);
        assert_eq!(
            FamilyMarks::parse(r#"{"schema_version": 2, "families": []}"#),
            Err(CatalogueError::UnsupportedVersion(2))
        );
        assert!(matches!(
            FamilyMarks::parse(r#"{"schema_version": 1}"#),
            Err(CatalogueError::Malformed(_))
        ));
    }

    #[test]
    fn building_reuses_the_facts_source_ids_and_numbers_the_others() {
        let loaded = test_dataset(FACTS);
        let catalogue = Catalogue::build(
            &source(
                r#"["https://shop.ma/x","https://a.ma/1"]"#,
                "carpets",
                "souss",
            ),
            &loaded.dataset,
            &HashMap::new(),
        )
        .expect("a valid catalogue");
        assert_eq!(catalogue.schema_version, CATALOGUE_VERSION);
        assert_eq!(catalogue.families[0].sources, ["S001", "S002"]);
        assert_eq!(catalogue.crafts[0].sources, ["C01", "S001"]);
        let shop = catalogue.source("C01").expect("the shop page");
        assert_eq!(shop.outlet, "shop.ma");
        assert!(shop.low_reliability);
        assert!(catalogue.only_low_reliability(&["C01".to_owned()]));
        assert!(!catalogue.only_low_reliability(&catalogue.crafts[0].sources));
        let json = catalogue.to_json().expect("serialisable");
        assert!(!json.contains("low_reliability\":["));
        assert_eq!(Catalogue::parse(&json), Ok(catalogue));
    }

    #[test]
    fn broken_references_and_unsourced_entries_are_named() {
        let loaded = test_dataset(FACTS);
        let problems = Catalogue::build(
            &source("[]", "silverware", "atlas"),
            &loaded.dataset,
            &HashMap::new(),
        )
        .expect_err("three problems");
        assert_eq!(
            problems,
            [
                "craft silver: no source",
                "place tiznit: unknown region atlas",
                "family silverware: not a family code of codes.csv",
            ]
        );
    }

    #[test]
    fn a_label_naming_a_fact_that_does_not_exist_is_named() {
        let loaded = test_dataset(FACTS);
        let label = |key: &str| {
            format!(
                r#""labels":[{{"code":"rbati","kind":"collective_mark","name":{w},"text":{w},"facts":[["product_family","{key}"]],"sources":["https://a.ma/1"]}}]"#,
                w = words("x")
            )
        };
        let with_label = |key: &str| {
            source(r#"["https://a.ma/1"]"#, "carpets", "souss").replacen(
                r#""labels":[]"#,
                &label(key),
                1,
            )
        };
        let build =
            |key: &str| Catalogue::build(&with_label(key), &loaded.dataset, &HashMap::new());
        assert_eq!(build("carpets").err(), None);
        assert_eq!(
            build("carpet").expect_err("a misspelt key"),
            ["label rbati: no fact has product_family carpet"]
        );
    }

    #[test]
    fn other_versions_and_broken_files_are_refused() {
        assert_eq!(
            Catalogue::parse(r#"{"schema_version":9}"#),
            Err(CatalogueError::UnsupportedVersion(9))
        );
        assert!(matches!(
            Catalogue::parse(r#"{"schema_version":1,"families":[{"code":1}]}"#),
            Err(CatalogueError::Malformed(_))
        ));
        let newer = Catalogue::parse(
            r#"{"schema_version":1,"families":[{"code":"wood","motif":"spiral","text":{"fr":"a","ar":"b","en":"c"},"sources":[]}]}"#,
        )
        .expect("an unknown motif is drawn plain");
        assert_eq!(newer.families[0].motif, Motif::Plain);
    }
}
