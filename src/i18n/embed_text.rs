//! The few words an embedded widget adds around itself.

use super::Locale;

/// The embed's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedMsg {
    UnknownWidget,
    NoFigure,
    OpenInAtlas,
}

impl EmbedMsg {
    pub fn text(self, locale: Locale) -> &'static str {
        locale.pick(match self {
            EmbedMsg::UnknownWidget => [
                "Ce widget n’existe pas ; vérifiez le code d’intégration.",
                "هذه الأداة غير موجودة؛ تحقق من شفرة الإدماج.",
                "This widget does not exist; check the embed code.",
            ],
            EmbedMsg::NoFigure => [
                "Les sources ne donnent pas encore ce chiffre.",
                "لا تقدم المصادر هذا الرقم بعد.",
                "The sources do not give this figure yet.",
            ],
            EmbedMsg::OpenInAtlas => [
                "Artisanat Atlas — chiffres sourcés",
                "أطلس الصناعة التقليدية — أرقام موثقة",
                "Artisanat Atlas — sourced figures",
            ],
        })
    }
}
