//! Speaker resolution for common ways news text refers back to a speaker, on sentences
//! written for these tests: definite descriptions of named organisations ("the agency",
//! "the newspaper", "the group"), epithets ("the 34-year-old"), titles with a place ("the
//! mayor of X, Name,"), "the two", "they" for an organisation, institutions placed by a
//! city ("the transport ministry in Berlin") and possessive lead-ins ("Smith's lawyer").

use crate::support::attrib::speaker_at;

#[test]
fn the_agency_is_the_agency_named_before() {
    let t = "Probe launched\n\nThe Northern Space Agency launched the probe on Monday from a site in the desert. The agency said that the probe was healthy.";
    assert_eq!(speaker_at(t, "said", 0), "Northern Space Agency");
}

#[test]
fn the_ministry_is_the_ministry_named_before() {
    let t = "Fuel rules\n\nThe Ministry of Transport published new rules on Monday.\n\nThe ministry said that the rules would apply from June.";
    assert_eq!(speaker_at(t, "said", 0), "Ministry of Transport");
}

#[test]
fn the_newspaper_and_the_paper_are_the_outlet() {
    let t = "Letter row\n\nThe Daily Clarion printed the letter on Sunday. The newspaper said that it stood by the story.";
    assert_eq!(speaker_at(t, "said", 0), "Daily Clarion");
    let t = "Letter row\n\nThe Guardian reported that the talks had failed. The paper said that ministers were divided.";
    assert_eq!(speaker_at(t, "said", 0), "Guardian");
}

#[test]
fn the_group_and_the_charity_take_the_apposed_name() {
    let t = "Beach protest\n\nGreenwatch, an environmental charity, staged a protest on the beach. The charity said that it would return next week. The organisation added that more than 300 people took part.";
    assert_eq!(speaker_at(t, "said", 0), "Greenwatch");
    assert_eq!(speaker_at(t, "added", 0), "Greenwatch");
}

#[test]
fn the_company_after_an_apposed_name_not_the_headline() {
    let t = "Floods\n\nThe company, Northwind Energy, cut 200 jobs. The company said that the cuts were painful. The firm added that it would rehire in the spring.";
    assert_eq!(speaker_at(t, "said", 0), "Northwind Energy");
    assert_eq!(speaker_at(t, "added", 0), "Northwind Energy");
}

#[test]
fn they_for_an_organisation_named_before() {
    let t = "Plant closes\n\nHarlow Motors Ltd closed its plant on Friday. They said that demand had collapsed.";
    assert_eq!(speaker_at(t, "said", 0), "Harlow Motors Ltd");
}

#[test]
fn the_year_old_is_the_person_of_that_age() {
    let t = "Depot fire\n\nMaria Lopez, 34, was driving past the depot when the fire started. Her neighbour, Tom Reed, 61, called the fire brigade.\n\nThe 34-year-old said that she saw smoke first.";
    assert_eq!(speaker_at(t, "said", 0), "Maria Lopez");
    let t = "Depot fire\n\nMaria Lopez, 34, was driving past the depot when the fire started.\n\nThe 34-year-old said that she saw smoke first.";
    assert_eq!(speaker_at(t, "said", 0), "Maria Lopez");
}

#[test]
fn the_mayor_of_a_town_with_a_name() {
    let t = "Town rebuilds\n\nThe mayor of Ashcombe, Peter Dunmore, visited the site on Tuesday. The mayor said that the town would rebuild.";
    assert_eq!(speaker_at(t, "said", 0), "Peter Dunmore");
}

#[test]
fn the_two_are_the_pair_named_before() {
    let t = "River rescue\n\nTom Hale and Ann Birch pulled the man from the water. The two said that they had acted on instinct.";
    assert_eq!(speaker_at(t, "said", 0), "Tom Hale and Ann Birch");
}

#[test]
fn an_institution_placed_by_a_city() {
    // a capital stands for its country; another city names the local body
    let t = "Low water\n\nBarges are stuck on the river. The transport ministry in Berlin said that it was watching levels.";
    assert_eq!(speaker_at(t, "said", 0), "German transport ministry");
    let t = "Bridges\n\nThe bridge was paid for by donors, according to the regional administration in Lviv.";
    assert_eq!(
        speaker_at(t, "according to", 0),
        "Lviv regional administration"
    );
}

#[test]
fn a_possessive_lead_in_names_the_owner_in_full() {
    let t = "Fraud trial\n\nJohn Smithers, 48, is accused of fraud. Smithers's lawyer said that his client was innocent.";
    assert_eq!(speaker_at(t, "said", 0), "John Smithers's lawyer");
}

#[test]
fn an_apposed_role_is_a_title_of_the_named_person() {
    let t = "Ward closes\n\nJane Roe, a nurse at the county hospital, spoke to reporters on Monday. The nurse said that staff were exhausted.";
    assert_eq!(speaker_at(t, "said", 0), "Jane Roe");
    let t = "Club news\n\nJames Ford, the club's manager, was sacked on Monday. The manager said that he was shocked.";
    assert_eq!(speaker_at(t, "said", 0), "James Ford");
    let t = "Budget row\n\nThe former health minister, Rita Vale, criticised the plan. The former minister said that it would fail.";
    assert_eq!(speaker_at(t, "said", 0), "Rita Vale");
}

#[test]
fn a_title_opening_a_sentence_is_kept() {
    let t = "Talks\n\nSenator Mary Hill and Governor Tom Pike met on Monday. The senator said that the talks were useful. The governor said that more work was needed.";
    assert_eq!(speaker_at(t, "said", 0), "Mary Hill");
    assert_eq!(speaker_at(t, "said", 1), "Tom Pike");
}

#[test]
fn a_general_noun_with_a_describing_modifier() {
    let t = "Famine warning\n\nThe charity Oxfam warned of famine on Monday. The aid group said that millions were at risk.";
    assert_eq!(speaker_at(t, "said", 0), "Oxfam");
    // an institution's modifier must fit the name
    let t = "Fuel rules\n\nThe Ministry of Transport published new rules on Monday.\n\nThe health ministry said that hospitals were ready.";
    assert_ne!(speaker_at(t, "said", 0), "Ministry of Transport");
}

#[test]
fn the_spokesperson_of_a_named_organisation() {
    let t = "Fuel rules\n\nThe Ministry of Transport published new rules on Monday. The ministry's spokesperson said that the rules would apply from June.";
    assert_eq!(
        speaker_at(t, "said", 0),
        "spokesperson for Ministry of Transport"
    );
}

#[test]
fn the_report_speaks_for_the_organisation_that_wrote_it() {
    let t = "Gas leak\n\nA report published by the Coastal Research Institute found high levels of methane. The report claimed that the leak had lasted months.";
    assert_eq!(speaker_at(t, "claimed", 0), "Coastal Research Institute");
    let t = "Salt levels\n\nA report by Harlow Foods found high levels of salt in bread. The report claimed that the levels had doubled.";
    assert_eq!(speaker_at(t, "claimed", 0), "Harlow Foods");
}

#[test]
fn the_company_takes_up_an_operator_named_in_an_apposition() {
    // the operator's bare name could be a person's; "the company" shows it is not, and the
    // ship that is the subject of the sentence before is not the one that spoke
    let t = "Ferry stuck in port\n\nThe MV Northern Star lost an engine on Monday, its operator, Halden Strand Lines, said in a statement. The ship returned to port, the company said.";
    assert_eq!(speaker_at(t, "said", 1), "Halden Strand Lines");
}

#[test]
fn an_acronym_is_the_organisation_named_in_full_before() {
    let t = "Ferry aground\n\nThe Philippine Coast Guard sent two boats to the reef on Friday. All passengers were safe, the PCG said in an advisory.";
    assert_eq!(speaker_at(t, "said", 0), "Philippine Coast Guard");
    let t = "Land case\n\nThe Ethics and Anti-Corruption Commission filed a suit on Monday. In a statement, the EACC said it would recover the plot.";
    assert_eq!(
        speaker_at(t, "said", 0),
        "Ethics and Anti-Corruption Commission"
    );
}

#[test]
fn an_acronym_with_no_name_spelling_it_stays_as_written() {
    // negative: the initials of the Marine Safety Board are not "PCG"
    let t = "Ferry aground\n\nThe Marine Safety Board sent two boats to the reef on Friday. All passengers were safe, the PCG said in an advisory.";
    assert_eq!(speaker_at(t, "said", 0), "PCG");
}

#[test]
fn a_document_by_a_named_organisation_speaks_for_it() {
    let t = "Transit gap\n\nA report last month by the Citizens Budget Council found that the agency faces a gap in 2026.";
    assert_eq!(speaker_at(t, "found", 0), "Citizens Budget Council");
    let t = "Tower fires\n\nA 2023 survey by the engineering consultancy Gulfstone Partners found that one in five towers used the panels.";
    assert_eq!(speaker_at(t, "found", 0), "Gulfstone Partners");
    let t = "Salmon\n\nA 2023 study by researchers at Washington State University in Pullman estimated that the runs would bring jobs.";
    assert_eq!(speaker_at(t, "estimated", 0), "Washington State University");
}

#[test]
fn an_unnamed_report_takes_the_author_named_later() {
    let t = "Train inquiry\n\nThe crew ignored warnings, according to an inquiry report published on Thursday. The report found that the plough was elsewhere.\n\nThe 260-page report by the Rail Incident Review Panel said the operator failed.";
    assert_eq!(
        speaker_at(t, "according to", 0),
        "Rail Incident Review Panel"
    );
    assert_eq!(speaker_at(t, "found", 0), "Rail Incident Review Panel");
}

#[test]
fn a_document_author_that_only_modifies_is_not_the_author() {
    // negative: "Australian" and "Purdue University" modify the nouns after them
    let t = "Reef\n\nThe reef bleached, according to surveys by Australian government scientists.";
    assert_ne!(speaker_at(t, "according to", 0), "Australian");
    let t = "Bridges\n\nA 2023 study led by Purdue University engineer Hyun-woo Park found that the bridges were inspected less often.";
    assert_ne!(speaker_at(t, "found", 0), "Purdue University");
}
