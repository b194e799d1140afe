//! One test per attribution structure, on sentences written for these tests: direct quotes
//! before/after the cue, inversion, split quotes, quotes over several paragraphs, quote
//! mark styles, indirect speech with and without "that", mixed speech, parentheticals, two
//! cues for one speaker, "according to", headlines, datelines, passives, "quoted X as
//! saying", statements and interviews, coreference, anonymity and countries.

use crate::support::analyze::report;
use crate::support::attrib::{attributions, content, one, src};
use sourcelens::AttributionKind;

#[test]
fn direct_quote_before_the_cue() {
    let a = one("\"We will rebuild the bridge by spring,\" she said.");
    assert_eq!(a.cue.text, "said");
    assert_eq!(src(&a), "she");
    assert_eq!(content(&a), "We will rebuild the bridge by spring");
    assert_eq!(a.kind, AttributionKind::Direct);
}

#[test]
fn direct_quote_after_the_cue() {
    let a = one("The mayor said: \"We will rebuild the bridge by spring.\"");
    assert_eq!(src(&a), "The mayor");
    assert_eq!(content(&a), "We will rebuild the bridge by spring.");
    assert_eq!(a.kind, AttributionKind::Direct);
    let a = one("Then he said \"every river has its floods\".");
    assert_eq!(content(&a), "every river has its floods");
}

#[test]
fn inverted_subject() {
    let a = one("\"The bridge is safe,\" said the city engineer, Ana Ruiz.");
    assert_eq!(a.cue.text, "said");
    assert!(src(&a).starts_with("the city engineer"), "{}", src(&a));
    assert_eq!(content(&a), "The bridge is safe");
    let a = one("\"Prices will fall,\" says Tom Reyes, an analyst at Harlow Capital.");
    assert_eq!(src(&a), "Tom Reyes");
    assert_eq!(a.speaker.as_deref(), Some("Tom Reyes"));
}

#[test]
fn split_quote_spans_both_parts() {
    let a = one("\"We are ready,\" she said, \"and we will act tomorrow.\"");
    let c = content(&a);
    assert!(c.starts_with("We are ready"), "{c}");
    assert!(c.ends_with("we will act tomorrow."), "{c}");
    assert_eq!(a.kind, AttributionKind::Direct);
}

#[test]
fn quote_continued_in_the_next_sentence() {
    let a = one("\"We got her!\" officers shouted on the radio. \"She is safe.\"");
    assert!(content(&a).ends_with("She is safe."), "{}", content(&a));
}

#[test]
fn quote_over_several_paragraphs() {
    // an opening mark with no closing one: the quote goes on in the next paragraph
    let t =
        "The coach said: \"We lost the ball too often.\n\n\"Next week we start again from zero.\"";
    let a = one(t);
    let c = content(&a);
    assert!(c.starts_with("We lost the ball"), "{c}");
    assert!(c.contains("Next week we start again from zero"), "{c}");
    // and before the cue
    let t = "\"We lost the ball too often.\n\n\"Next week we start again,\" the coach said.";
    let a = one(t);
    assert!(
        content(&a).starts_with("We lost the ball"),
        "{}",
        content(&a)
    );
}

#[test]
fn quote_mark_styles() {
    for t in [
        "“The vote was fair,” the judge said.",
        "‘The vote was fair,’ the judge said.",
        "'The vote was fair,' the judge said.",
        "«The vote was fair», the judge said.",
        "\"The vote was fair,\" the judge said.",
    ] {
        let a = one(t);
        assert_eq!(content(&a), "The vote was fair", "{t}");
        assert_eq!(src(&a), "the judge", "{t}");
        assert_eq!(a.kind, AttributionKind::Direct, "{t}");
    }
}

#[test]
fn indirect_with_and_without_that() {
    let a = one("The minister said that the roads would reopen on Monday.");
    assert_eq!(content(&a), "the roads would reopen on Monday");
    assert_eq!(a.kind, AttributionKind::Indirect);
    let a = one("The minister said the roads would reopen on Monday.");
    assert_eq!(content(&a), "the roads would reopen on Monday");
    let a = one("The minister told reporters on Friday that the roads would reopen.");
    assert_eq!(content(&a), "the roads would reopen");
    assert_eq!(a.via.as_ref().map(|v| v.text.as_str()), None);
}

#[test]
fn content_before_the_source() {
    let a = one("The roads will reopen on Monday, the ministry said in a statement.");
    assert_eq!(src(&a), "the ministry");
    assert_eq!(content(&a), "The roads will reopen on Monday");
    let a = one("The roads will reopen on Monday, said Ana Ruiz, the city engineer.");
    assert_eq!(src(&a), "Ana Ruiz");
    assert_eq!(content(&a), "The roads will reopen on Monday");
}

#[test]
fn mixed_speech() {
    let a = one("She said the plan was \"a disaster for farmers\" and should be dropped.");
    assert_eq!(a.kind, AttributionKind::Mixed);
    assert!(content(&a).contains("a disaster for farmers"));
}

#[test]
fn parenthetical_cue() {
    let a = one("The plan, he said, was a disaster from the start.");
    assert_eq!(src(&a), "he");
    let c = content(&a);
    assert!(
        c.starts_with("The plan") && c.ends_with("from the start"),
        "{c}"
    );
}

#[test]
fn parenthetical_subject() {
    let a = one("Derek Hollis, who has lived in the village for 40 years, said the hedge was his.");
    assert_eq!(src(&a), "Derek Hollis");
    assert_eq!(content(&a), "the hedge was his");
    let a = one("Its chief executive, Jacqueline Starr, said profits had fallen.");
    assert_eq!(a.speaker.as_deref(), Some("Jacqueline Starr"));
}

#[test]
fn two_cues_one_speaker() {
    let a = attributions(
        "The source said that the talks had failed, stressing that no new date had been set.",
    );
    assert_eq!(a.len(), 2, "{a:#?}");
    assert_eq!(content(&a[0]), "the talks had failed");
    assert_eq!(a[1].cue.text, "stressing");
    assert_eq!(content(&a[1]), "no new date had been set");
    assert_eq!(a[0].speaker, a[1].speaker);
    let a = attributions("Mr Lee said the mine was safe but admitted that two alarms had failed.");
    assert_eq!(a.len(), 2, "{a:#?}");
    assert_eq!(content(&a[0]), "the mine was safe");
    assert_eq!(a[1].speaker.as_deref(), Some("Lee"));
}

#[test]
fn according_to_before_and_after() {
    let a = one("According to the weather service, the storm will reach the coast tonight.");
    assert_eq!(a.cue.text, "According to");
    assert_eq!(src(&a), "the weather service");
    assert_eq!(content(&a), "the storm will reach the coast tonight");
    let a = one("The storm will reach the coast tonight, according to the weather service.");
    assert_eq!(content(&a), "The storm will reach the coast tonight");
    let a = one("The storm, according to forecasters, will reach the coast tonight.");
    assert!(content(&a).ends_with("will reach the coast tonight"));
}

#[test]
fn headlines() {
    let a = attributions("Mayor admits bridge repairs will be late\n\nThe mayor spoke on Monday.");
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].cue.text, "admits");
    assert_eq!(content(&a[0]), "bridge repairs will be late");
    let a = attributions("Mayor Says Bridge Repairs Will Be Late\n\nThe mayor spoke on Monday.");
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].cue.text, "Says");
    let a = attributions("Dock strike to go on, union says\n\nThe strike began on Monday.");
    assert_eq!(content(&a[0]), "Dock strike to go on");
    let a = attributions("Mugabe 'insisting he will stay'\n\nThe army holds the capital.");
    assert_eq!(a[0].cue.text, "insisting");
    assert_eq!(content(&a[0]), "he will stay");
    assert_eq!(src(&a[0]), "Mugabe");
}

#[test]
fn datelines_stay_out_of_content() {
    let a = one("MOSCOW (AP) — A cargo ship broke up over Siberia, the space agency said.");
    assert_eq!(content(&a), "A cargo ship broke up over Siberia");
    let a = one("LONDON, May 3 (Reuters) - Prices rose in April, the statistics office said.");
    assert_eq!(content(&a), "Prices rose in April");
}

#[test]
fn passives_and_impersonal_cues() {
    let a = one("It was reported that the ship sank near the coast.");
    assert!(a.source.is_none());
    assert_eq!(content(&a), "the ship sank near the coast");
    assert!(a.anonymous);
    let a = one("The minister is said to be furious about the leak.");
    assert_eq!(a.cue.text, "is said to");
    assert!(content(&a).contains("be furious"));
    let a = one("It is understood that the club will appeal.");
    assert_eq!(content(&a), "the club will appeal");
    let a = one("The governor was quoted as saying the budget was final.");
    assert_eq!(a.cue.text, "was quoted as saying");
    assert_eq!(src(&a), "The governor");
    assert_eq!(content(&a), "the budget was final");
}

#[test]
fn quoted_and_cited_as_saying() {
    let a = one("Interfax quoted the deputy minister as saying the talks had failed.");
    assert_eq!(src(&a), "the deputy minister");
    assert_eq!(content(&a), "the talks had failed");
    assert_eq!(a.via.as_ref().map(|v| v.text.as_str()), Some("Interfax"));
    let a = one("Reuters cited a source as saying the deal was off.");
    assert_eq!(src(&a), "a source");
    assert!(a.anonymous);
}

#[test]
fn statements_and_interviews() {
    let a = one("In a statement, the ministry said the border was open.");
    assert_eq!(src(&a), "the ministry");
    assert_eq!(content(&a), "the border was open");
    let a = one("In an interview with the BBC, Mr Smith said the plan would fail.");
    assert_eq!(src(&a), "Mr Smith");
    let a = one("The company said in a filing on Monday that revenue rose 8%.");
    assert_eq!(content(&a), "revenue rose 8%");
}

#[test]
fn speech_verbs_with_objects_and_infinitives() {
    let a = one("He vowed to keep trying.");
    assert_eq!(content(&a), "to keep trying");
    let a = one("The union called on ministers to reopen the talks.");
    assert_eq!(a.cue.text, "called on");
    assert_eq!(content(&a), "ministers to reopen the talks");
    let a = one("The ministry confirmed the arrival of the delegation.");
    assert_eq!(content(&a), "the arrival of the delegation");
    let a = one("Webb admitted to threatening the girl.");
    assert_eq!(content(&a), "threatening the girl");
    let a = one("I asked him how many votes he had won.");
    assert_eq!(content(&a), "how many votes he had won");
}

#[test]
fn coreference_to_full_names() {
    let t = "Prime Minister Jane Holt said taxes would not rise.\n\n\
             Ms Holt added that the budget was balanced.\n\n\
             The prime minister also said the army would get more money.\n\n\
             \"We keep our promises,\" she said.";
    let a = attributions(t);
    assert_eq!(a.len(), 4, "{a:#?}");
    for x in &a {
        assert_eq!(x.speaker.as_deref(), Some("Jane Holt"), "{x:#?}");
        assert!(!x.anonymous);
    }
    let r = report(t);
    assert_eq!(r.sources.len(), 1);
    assert_eq!(r.sources[0].attributions, vec![0, 1, 2, 3]);
    assert_eq!(r.sources[0].mentions.len(), 4);
}

#[test]
fn descriptions_and_pronouns() {
    let t = "An official source at the Interior Ministry told the agency that the border was closed.\n\n\
             The source said that trucks were waiting.\n\n\
             Roscosmos said the launch failed. It said most debris burnt up.";
    let a = attributions(t);
    assert_eq!(a.len(), 4, "{a:#?}");
    assert_eq!(a[0].speaker, a[1].speaker);
    assert!(a[0].anonymous && a[1].anonymous);
    assert_eq!(a[3].speaker.as_deref(), Some("Roscosmos"));
}

#[test]
fn anonymous_and_named_sources() {
    let cases = [
        (
            "A senior official who spoke on condition of anonymity said the deal was close.",
            true,
        ),
        ("Witnesses said the car did not stop.", true),
        ("Local media reported that two people were hurt.", true),
        ("People familiar with the talks say a deal is near.", true),
        ("Jane Holt said the deal was close.", false),
        ("Reuters reported that two people were hurt.", false),
    ];
    for (t, anon) in cases {
        let a = one(t);
        assert_eq!(a.anonymous, anon, "{t}: {a:#?}");
    }
}

#[test]
fn countries_speak_for_governments() {
    let a = one("Syria said the claims were lies.");
    assert_eq!(a.speaker.as_deref(), Some("Syrian government"));
    let a = one("China's commerce ministry said tariffs must go.");
    assert_eq!(a.speaker.as_deref(), Some("Chinese Ministry of Commerce"));
    let t = "Poland's ports are closed. The stoppage costs millions, the country's chamber of commerce said.";
    let a = one(t);
    assert_eq!(a.speaker.as_deref(), Some("Polish chamber of commerce"));
}

#[test]
fn cues_inside_quotes_are_the_speakers_own_words() {
    let a = one("\"Yes, we confirm this information,\" the spokesman said.");
    assert_eq!(a.cue.text, "said");
}

#[test]
fn negated_cues_report_nothing() {
    let a = attributions("The ministry declined to say when the border would reopen.");
    assert!(a.is_empty(), "{a:#?}");
    let a = attributions(
        "Minister Piotr Malecki warned on Thursday that the government could act, but he declined to say when.",
    );
    assert_eq!(a.len(), 1);
    assert_eq!(content(&a[0]), "the government could act");
}

#[test]
fn abbreviated_titles_parentheses_and_statements_that_read() {
    let a =
        attributions("Sen. Ann Lee (D-Mass.) said the bill was dead. Lee added that it was over.");
    assert_eq!(a.len(), 2, "{a:#?}");
    assert_eq!(a[0].speaker.as_deref(), Some("Ann Lee"));
    assert_eq!(a[1].speaker.as_deref(), Some("Ann Lee"));
    let a = one("The statement read: \"We will not negotiate.\"");
    assert_eq!(content(&a), "We will not negotiate.");
    assert!(attributions("He read the book in one night.").is_empty());
    let a = one("The spokesperson for the ministry, Maria Zakharova, said the talks were over.");
    assert_eq!(a.speaker.as_deref(), Some("Maria Zakharova"));
    let a = one("A neighbor who asked not to be identified said she had seen a man.");
    assert_eq!(src(&a), "A neighbor who asked not to be identified");
    assert!(a.anonymous);
}

#[test]
fn question_quote_before_its_cue() {
    // the sentence splitter cuts after '?"': the short sentence with the cue joins the quote
    let a = one("\"Does he not understand what he is doing?\" Biden said.");
    assert_eq!(src(&a), "Biden");
    assert_eq!(content(&a), "Does he not understand what he is doing?");
    let a = one("\"Loved it — wish they had another season!\" Bush said.");
    assert_eq!(src(&a), "Bush");
}

#[test]
fn asides_between_subject_and_cue() {
    // a verb that is also a noun ("notes") after the comma closing an apposition
    let a = one("Gerry Smith, a political consultant, notes that a fifth of the vote is enough.");
    assert_eq!(src(&a), "Gerry Smith");
    assert_eq!(content(&a), "a fifth of the vote is enough");
    let a =
        one("Some economists - including two members of the board - warn that rates will rise.");
    assert_eq!(src(&a), "Some economists");
    assert_eq!(content(&a), "rates will rise");
    let a = one("Sen. Ann Murphy (a Democrat from Maine) says she was surprised.");
    assert_eq!(src(&a), "Sen. Ann Murphy");
}

#[test]
fn topic_after_the_cue_and_time_words_that_head_the_content() {
    let a = one("Nelson Diaz said of the mayor: \"He is one of us.\"");
    assert_eq!(src(&a), "Nelson Diaz");
    assert_eq!(content(&a), "He is one of us.");
    let a = one("Nelson Diaz said of the mayor that he was honest.");
    assert_eq!(content(&a), "he was honest");
    let a = one("Doyle said each year of school adds to income.");
    assert_eq!(content(&a), "each year of school adds to income");
    // "spoke of" is its own cue: the object stays its content
    let a = one("He spoke of the plan.");
    assert_eq!(content(&a), "the plan");
}

#[test]
fn cue_inside_a_relative_clause() {
    let a = one("It was a deadline that several insiders said went unnoticed.");
    assert_eq!(src(&a), "several insiders");
    assert_eq!(content(&a), "that several insiders said went unnoticed");
    assert_eq!(a.rule, "relative-gap");
    let a = one("The list, which the campaign says includes two million donors, is an asset.");
    assert_eq!(src(&a), "the campaign");
    // the verb after the cue is the relative clause's own: an ordinary zero-that clause
    let a = one("It is the book that he said he wrote.");
    assert_eq!(content(&a), "he wrote");
    assert_ne!(a.rule, "relative-gap");
}

#[test]
fn title_the_after_a_comma() {
    let a = one("Prices rose sharply, The Washington Post reported.");
    assert_eq!(src(&a), "The Washington Post");
    assert_eq!(content(&a), "Prices rose sharply");
}
