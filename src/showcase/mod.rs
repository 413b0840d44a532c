//! The crafts showcase's logic, pure: the family cards with what they cover and how search and
//! filters narrow them ([`filter`]), each family's geometric motif ([`motif`]), and a family's
//! buyer brief as sourced claims ([`brief`]).

pub mod brief;
pub mod filter;
pub mod motif;

pub use brief::{
    Brief, Claim, Paragraph, Reference, Sentence, Topic, brief_appendix, family_brief,
    reference_runs,
};
pub use filter::{
    Facet, FamilyCard, Filters, facet_options, family_card, family_cards, fold_for_search,
};
pub use motif::{Layer, MotifPath, motif_paths};
