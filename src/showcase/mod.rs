//! The crafts showcase's logic, pure: the family cards with what they cover and how search and
//! filters narrow them ([`filter`]), and each family's geometric motif ([`motif`]).

pub mod filter;
pub mod motif;

pub use filter::{
    Facet, FamilyCard, Filters, facet_options, family_card, family_cards, fold_for_search,
};
pub use motif::{Layer, MotifPath, motif_paths};
