//! The few words an embedded widget adds around itself.

use super::Locale;

/// The embed's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedMsg {
    UnknownWidget,
    NoFigure,
    OpenInAtlas,
    Embed,
    CodeLabel,
    CopyCode,
    Copied,
    CopyFailed,
    Theme,
    ThemeLight,
    ThemeDark,
    ThemeAuto,
    Accent,
    AccentDefault,
    ShowTitle,
    CompactSource,
    PinData,
    Preview,
    Share,
    LinkCopied,
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
            EmbedMsg::Embed => ["Intégrer", "إدماج", "Embed"],
            EmbedMsg::CodeLabel => [
                "Code à coller dans votre page",
                "الشفرة التي تلصق في صفحتكم",
                "Code to paste in your page",
            ],
            EmbedMsg::CopyCode => ["Copier le code", "نسخ الشفرة", "Copy the code"],
            EmbedMsg::Copied => ["Copié.", "تم النسخ.", "Copied."],
            EmbedMsg::CopyFailed => [
                "La copie a échoué ; sélectionnez le texte et copiez-le.",
                "تعذر النسخ؛ حدد النص وانسخه.",
                "Copying failed; select the text and copy it.",
            ],
            EmbedMsg::Theme => ["Thème", "المظهر", "Theme"],
            EmbedMsg::ThemeLight => ["Clair", "فاتح", "Light"],
            EmbedMsg::ThemeDark => ["Sombre", "داكن", "Dark"],
            EmbedMsg::ThemeAuto => ["Selon le système", "حسب النظام", "Follow the system"],
            EmbedMsg::Accent => ["Couleur d’accent", "لون التمييز", "Accent colour"],
            EmbedMsg::AccentDefault => ["Celle de l’Atlas", "لون الأطلس", "The Atlas’s"],
            EmbedMsg::ShowTitle => ["Afficher le titre", "إظهار العنوان", "Show the title"],
            EmbedMsg::CompactSource => [
                "Sources sur une ligne compacte",
                "المصادر في سطر مختصر",
                "Sources on one compact line",
            ],
            EmbedMsg::PinData => [
                "Garder ces chiffres, version des données",
                "الإبقاء على هذه الأرقام، نسخة البيانات",
                "Keep these figures, data version",
            ],
            EmbedMsg::Preview => ["Aperçu", "معاينة", "Preview"],
            EmbedMsg::Share => ["Partager le lien", "مشاركة الرابط", "Share the link"],
            EmbedMsg::LinkCopied => [
                "Lien de cette vue copié.",
                "تم نسخ رابط هذا العرض.",
                "Link to this view copied.",
            ],
            EmbedMsg::OpenInAtlas => [
                "Artisanat Atlas — chiffres sourcés",
                "أطلس الصناعة التقليدية — أرقام موثقة",
                "Artisanat Atlas — sourced figures",
            ],
        })
    }
}
