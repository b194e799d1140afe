//! Pages in other languages: the Report names the language, finds no attributions or
//! distancing markers, and keeps only the dates and places that do not depend on the
//! language (ISO or unambiguous numeric dates, gazetteer names) — never a wrong value such as
//! "3 mars 2021" read as the year 2021. An English article quoting French stays English.
//! The texts are our own, written for these tests.

use crate::support::analyze::report_with;
use sourcelens::{OffsetUnit, Report};

const FRENCH: &str = "Inondations dans le sud : des centaines d'habitants évacués\n\n\
MARSEILLE, 3 mars 2021 — Les pluies torrentielles qui se sont abattues mercredi sur la région \
ont contraint les autorités à évacuer plusieurs quartiers, a déclaré le préfet lors d'une \
conférence de presse. « Nous ne prendrons aucun risque avec la vie des habitants », a-t-il \
ajouté.\n\n\
Selon les services météorologiques, il est tombé en douze heures l'équivalent de deux mois de \
pluie. Le maire a annoncé que les écoles resteraient fermées jusqu'au lundi 8 mars, et que le \
bilan serait publié le 2021-03-05. Un premier rapport daté du 23/03/2021 sera remis au \
ministère, a précisé une source proche du dossier.\n\n\
Les habitants de Toulon et de Nice ont été appelés à la prudence. Le « plan rouge » reste en \
vigueur jusqu'à nouvel ordre, selon la préfecture.";

const SPANISH: &str = "El Gobierno anuncia nuevas ayudas para los agricultores afectados por la sequía\n\n\
MADRID, 12 de marzo de 2021 — El ministro de Agricultura dijo el viernes que el Gobierno \
aprobará un paquete de ayudas para los agricultores del sur del país, que sufren la peor \
sequía de las últimas décadas. «Nadie se quedará atrás», afirmó el ministro ante los \
periodistas.\n\n\
Según fuentes del ministerio, las ayudas se pagarán a partir del 2021-04-01 y llegarán a más \
de diez mil explotaciones. Las organizaciones agrarias de Sevilla y Córdoba consideran que la \
medida llega tarde, aunque reconocen que es un primer paso. El plazo para presentar las \
solicitudes termina el 30/04/2021, informó la agencia oficial.";

const GERMAN: &str = "Streik legt den Bahnverkehr im ganzen Land lahm\n\n\
BERLIN, 4. März 2021 — Ein landesweiter Streik der Lokführer hat am Donnerstag den \
Bahnverkehr weitgehend zum Erliegen gebracht. „Wir werden so lange streiken, bis die \
Arbeitgeber ein ernsthaftes Angebot vorlegen“, sagte der Vorsitzende der Gewerkschaft vor \
Journalisten.\n\n\
Nach Angaben der Bahn fielen mehr als zwei Drittel aller Fernzüge aus. Auch in Hamburg und \
München standen die Pendler am Morgen vor leeren Gleisen. Die Gespräche sollen am 2021-03-10 \
fortgesetzt werden, teilte das Unternehmen mit. Ein Sprecher des Ministeriums erklärte, man \
beobachte die Lage genau und hoffe auf eine rasche Einigung.";

const ARABIC: &str = "الحكومة تعلن عن خطة جديدة لإعادة إعمار المدارس\n\n\
دمشق، 3 آذار 2021 — أعلن وزير التربية يوم الأربعاء أن الحكومة ستبدأ تنفيذ خطة لإعادة إعمار \
مئات المدارس المتضررة في عدة محافظات. وقال الوزير في مؤتمر صحفي إن العمل سيبدأ في \
2021-04-15 وإن الخطة ستشمل أكثر من ثلاثمئة مدرسة.\n\n\
وأضاف مصدر في الوزارة أن الأولوية ستكون للمناطق الريفية التي حرم أطفالها من التعليم لسنوات، \
مشيرا إلى أن التمويل سيأتي من الموازنة العامة ومن منظمات دولية.";

/// An English article quoting French words and sentences.
const ENGLISH_QUOTING_FRENCH: &str = "French farmers block roads around Paris\n\n\
PARIS, March 3, 2021 — Farmers blocked the main roads into Paris on Wednesday to protest \
against falling prices, the police said. \"We are not going home until the government listens,\" \
said Jean Martin, a grain farmer from the Beauce region.\n\n\
Many carried banners reading « Pas de pays sans paysans », and one group chanted « On ne \
lâchera rien » outside the ministry. The agriculture minister told reporters that talks would \
resume the next day. « Nous avons entendu leur colère », he said, adding that a plan would be \
presented within two weeks.\n\n\
According to the farmers' union, more than 3,000 tractors took part in the protest, which \
organisers called the largest since 2016.";

fn analyzed(text: &str) -> Report {
    report_with(text, Some("2021-03-04"), OffsetUnit::Utf8)
}

/// Checks what every page in an unsupported language gets: the language, no attributions,
/// no distancing, only language-independent dates; returns the Report.
fn unsupported(text: &str, code: &str, name: &str) -> Report {
    let r = analyzed(text);
    let lang = r.language.as_ref().expect("a language");
    assert_eq!((lang.code.as_str(), lang.name.as_str()), (code, name));
    assert!(lang.reliable && !lang.supported, "{lang:?}");
    assert!(lang.confidence >= 0.9, "{lang:?}");
    assert_eq!(r.attributions, vec![], "{name}: attributions");
    assert!(r.sources.is_empty() && r.distancing.is_empty(), "{name}");
    assert_eq!(r.profile.attributions, 0);
    for d in &r.dates {
        assert!(
            d.rule == "iso" || d.rule == "numeric",
            "{name}: {:?} kept by {}",
            d.span.text,
            d.rule
        );
        assert!(d.value.is_some(), "{name}: {d:?}");
    }
    for p in &r.places {
        assert!(p.rule.starts_with("gazetteer"), "{name}: {p:?}");
    }
    r
}

fn date_values(r: &Report) -> Vec<(&str, &str)> {
    r.dates
        .iter()
        .map(|d| (d.span.text.as_str(), d.value.as_deref().unwrap_or("")))
        .collect()
}

#[test]
fn french_page_has_a_notice_and_only_unambiguous_dates() {
    let r = unsupported(FRENCH, "fr", "French");
    // "3 mars 2021" is not read as 2021, "lundi 8 mars" not as some Monday
    assert_eq!(
        date_values(&r),
        vec![("2021-03-05", "2021-03-05"), ("23/03/2021", "2021-03-23")]
    );
    assert_eq!(
        r.language.as_ref().unwrap().notice().as_deref(),
        Some("This page seems to be in French; sourcelens reads English news for now")
    );
    let places: Vec<&str> = r.places.iter().map(|p| p.name.as_str()).collect();
    assert!(places.contains(&"Toulon"), "{places:?}");
}

#[test]
fn spanish_page() {
    let r = unsupported(SPANISH, "es", "Spanish");
    assert_eq!(
        date_values(&r),
        vec![("2021-04-01", "2021-04-01"), ("30/04/2021", "2021-04-30")]
    );
}

#[test]
fn german_page() {
    let r = unsupported(GERMAN, "de", "German");
    assert_eq!(date_values(&r), vec![("2021-03-10", "2021-03-10")]);
}

#[test]
fn arabic_page() {
    let r = unsupported(ARABIC, "ar", "Arabic");
    assert_eq!(date_values(&r), vec![("2021-04-15", "2021-04-15")]);
}

#[test]
fn english_page_quoting_french_stays_english() {
    let r = analyzed(ENGLISH_QUOTING_FRENCH);
    let lang = r.language.as_ref().unwrap();
    assert_eq!(lang.code, "en");
    assert!(lang.supported);
    assert!(r.attributions.len() >= 3, "{:?}", r.attributions);
    // the French words in guillemets are quotations, never scare quotes
    for d in &r.distancing {
        assert!(!d.span.text.contains('«'), "{d:?}");
    }
    assert!(
        r.dates
            .iter()
            .any(|d| d.value.as_deref() == Some("2021-03-03"))
    );
}

#[test]
fn guillemets_and_low_quotes_are_never_scare_quotes() {
    // the same short unattributed phrase: in straight quotes it is a scare quote, in « » or
    // „ “ a quotation
    let text = "The council approved the \"temporary\" levy for a fifth year, and residents \
                were told to expect more of the same next spring.";
    let r = analyzed(text);
    assert_eq!(r.distancing.len(), 1, "{:?}", r.distancing);
    for marks in [("« ", " »"), ("«", "»"), ("„", "“")] {
        let t = text.replace("\"temporary\"", &format!("{}temporary{}", marks.0, marks.1));
        let r = analyzed(&t);
        assert_eq!(r.distancing, vec![], "{t}");
    }
}

#[test]
fn short_or_numeric_texts_stay_readable() {
    // too little text to tell: no verdict, and nothing is withheld
    let r = analyzed("The minister said on Sunday that Raqqa was calm.");
    assert!(
        r.language.as_ref().is_none_or(|l| l.supported),
        "{:?}",
        r.language
    );
    assert_eq!(r.attributions.len(), 1);
    let r = analyzed("2021-03-03");
    assert_eq!(r.language, None);
}
