// Hostile ingest text, shared by the linear-time benchmark (bench/extraction-linear.ts) and the
// test that extraction survives it (tests/extraction-linear.test.ts): shapes a client could send to
// make a careless extractor quadratic (no spaces, runs of quotation marks, capitals, initials).
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/paths";

const realistic = fs.readFileSync(path.join(projectRoot(), "tests/fixtures/articles/seed-trump-putin-call.txt"), "utf8");

/** `unit` repeated to exactly n characters. */
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Each shape's name and a maker of n characters of it. */
export const HOSTILE_TEXT: [string, (n: number) => string][] = [
  ["no spaces at all", (n) => repeat("abcdefghij", n)],
  ["no spaces, letters and punctuation", (n) => repeat("Ab.c,D-e'f", n)],
  ["one long line of words, no newline", (n) => repeat("the minister said that the plan would work ", n)],
  ["all quotation marks", (n) => repeat('"', n)],
  ["all curly and single marks", (n) => repeat("“‘”’'", n)],
  ["all capital words", (n) => repeat("Jane Roe Minister Smith ", n)],
  ['alternating "a" "b"', (n) => repeat('"a" "b" ', n)],
  ["quotes with attributions in one sentence", (n) => repeat('"yes," Roe said, "no," he said, ', n)],
  ["many short lines", (n) => repeat("Roe said.\n", n)],
  ["many short paragraphs and captions", (n) => repeat("Minister Jane Roe\n\n", n)],
  ["@ and . runs", (n) => repeat("@.", n)],
  ["runs of dots and marks", (n) => repeat(".", n / 2) + repeat('."', n / 2)],
  ["pipes and spaces", (n) => repeat("| ", n / 2) + repeat("|", n / 2)],
  ["a realistic article repeated", (n) => repeat(realistic + "\n\n", n)],
  // Round 5: the person mechanisms (initials, particles, pseudonym frames, captions, slots).
  ["runs of initials and particles", (n) => repeat("J. K. L. van der de la Roe ", n)],
  [
    "pseudonym frames and pronoun quotes",
    (n) => repeat('A woman who gave her name only as Ana (not her real name) said "no," she said. ', n),
  ],
  ["lone surnames in speaker slots", (n) => repeat('"Yes," Roe said. "No," said Doe, who ran. Li said: "Maybe." ', n)],
  ["captions and pronouns", (n) => repeat('"We act," she said.\n\nJane Roe speaks on May 3. (Agency photo)\n\n', n)],
  // Round 6: statement headings, credited quotations (the pull-quote check), spaced and
  // typewriter marks, slash breadcrumbs, transcript labels.
  [
    "statement headings over statements",
    (n) => repeat('Statement by Chief Jane Roe of the Example Service on the Season\n\n"We act now."\n\n', n),
  ],
  ["credited quotation lines", (n) => repeat('"We will act on the harbour plan this year." - Mayor Jane Roe\n\n', n)],
  ["spaced and typewriter marks", (n) => repeat('" We act , " Roe said. ``We go,\'\' she said. " ', n)],
  ["slash breadcrumbs", (n) => repeat("Home / News / 2019 / Press Releases / ", n)],
  ["one-word transcript labels", (n) => repeat("CHRISTY: Yes.\n\nQ: Why?\n\nHANSEN: No.\n\n", n)],
  // Round 6 (holdout10): labels before colons, credits below quotations, signed quotations.
  [
    "publication labels before quotations",
    (n) => repeat('Example Courier (Eastport, Maine): "The plan puts the harbour first." (Example Courier, 1/2/26)\n\n', n),
  ],
  ["testimonials credited below", (n) => repeat('"This program was a godsend for the farm."\n\nJane Roe, beginning farmer\n\n', n)],
  ["quotations signed with a dash in one line", (n) => repeat('Why: "We never tire of it." — Chuck. "It is good for us." — Betty ', n)],
  // Round 7: hard-wrapped lines under a long menu line, list items, posts and vessels after names,
  // reader-support and section-label lines, surnames repeated alone.
  [
    "hard-wrapped lines, long lines and list items",
    (n) =>
      repeat(
        `${"Home | News ".repeat(12)}\nthe crew of the Sector Juneau cutter said "we act\nnow and" Lt. Jane Roe Sector Juneau\n- Cutter Boutwell\n`,
        n,
      ),
  ],
  [
    "furniture lines and repeated surnames",
    (n) =>
      repeat(
        "Commentary | May 12, 2022\nIf you have any problems viewing this article, please report it.\nKhambao Mounlasy ran. Mounlasy ran.\n",
        n,
      ),
  ],
  ["cramped opening marks after full stops", (n) => repeat('he said."There is more," the 10-year Langley native added.', n)],
  // Round 7: names run into units, things after "the", rosters, place words as surnames.
  ["names run into units", (n) => repeat("Jane Roe Air Station Kodiak Sector Juneau Station Nome Air Air ", n)],
  ["names after the and thing nouns", (n) => repeat("the Jane Roe II, the cutter Jane Roe, the Jane Roe video. ", n)],
  [
    "roster items after a colon",
    (n) => "The new members are:\n\n" + repeat("* Jane Roe; University of Example, Ames, Iowa; Soil study\n\n", n),
  ],
  // (A unit of 100 characters, so the text at both sizes ends on a whole sentence and is read.)
  ["place-word surnames in speaker slots", (n) => repeat('Rick D. West spoke. "Yes," said West. "No," West said. '.padEnd(100, " "), n)],
  // Round 8: agency banners, link columns, markup and address lines; offices before names, given
  // names and initials, starred pseudonyms, nicknames, inverted attributions opening sentences.
  [
    "banners, link columns, markup and addresses",
    (n) =>
      repeat(
        "<p>Office of Public Affairs</p>\nBIA Logo Indian Affairs - Office\nEmployee Search\nInformation Center\nPhone Directory\n1400 Independence Ave., SW\nWashington, D.C.\nSource: U.S. Senator Jane Roe\n",
        n,
      ),
  ],
  ["a line of spaces between markup", (n) => "<p>" + " ".repeat(n) + "x</p>"],
  [
    "offices, initials, stars and nicknames before remarks",
    (n) =>
      repeat(
        'U.S. Secretary of Health and Human Services Jane L. Roe\n\n"We act." Rita M. was 19. Mary* left. Robin "Buz" Roe said. Says ten-season jumper Jane Roe, "Yes."\n\n',
        n,
      ),
  ],
  [
    "a script in capitals with ranks, names and bites",
    (n) => repeat('GUARD NCO STAFF SERGEANT JANE MARLOW SAID THE TEAM WAS READY. GENERAL DAVID H. ROE SAID, "WE ACT."\n\n', n),
  ],
  // Round 9: a contact line over a release with no blank lines, rosters, introduced bullets,
  // initials, two-capital given names, closing credits in brackets, advisory labels, jump lines.
  [
    "contacts, rosters, bullets, initials and credits with no blank lines",
    (n) =>
      "Contact: Press\n" +
      repeat(
        "WASHINGTON - The agency said today it will act on the plan for the harbor towns. [Submitted by Jane Roe, Chief Ranger]\nJane Marlow, U.S. Example Survey\n- Tom Roe, Ph.D., agency administrator\nThese efforts include:\n• Working with schools throughout the islands to raise awareness;\nemployee M.R., 48, his wife, V.H.M., KC Becker said. Who: Secretary Jane Roe\ncontinued on pg 18\n",
        n,
      ),
  ],
  ["brackets and initials without spaces", (n) => repeat("[M.R.,", n) + "]"],
  // Round 10: share bars with long white space, pagers' arrows, office-titled statement
  // introductions, rosters under a label line, plural titles over coordinated surnames, quotations
  // named in the paragraph below.
  ["a share bar's names and white space", (n) => "Facebook " + repeat("Twitter" + " ".repeat(500) + "| ", n) + "?"],
  [
    "introductions, rosters, plural titles and quotations named below",
    (n) =>
      repeat(
        'Secretary of Labor Jane Roe issued the following statement:\n\n"We act."\n\nWho:\nLourdes Roe, Demographer\nSens. Roe, Doe, and Poe and Reps. Roe and\n\n"Yes."\n\nThose words, spoken by Col. Jane Roe, ring true. « Previous | Next » More »\n',
        n,
      ),
  ],
  // Round 11: one line of many "more ... and ..." kinds, of bracketed links, of capitalised words
  // before a link; paragraphs continuing an open quotation without opening marks; short bullets
  // under introducing lines.
  ["a 'more releases' line that never ends", (n) => "More " + repeat("news and top stories or ", n) + "x"],
  ["bracketed navigation without end", (n) => repeat("[Date Prev] ", n) + "x"],
  ["a feed line of capitalised words", (n) => "from " + repeat("Example Agency of ", n) + "x https://ift.tt/x"],
  [
    "open quotations continued without marks, and introduced bullets",
    (n) =>
      repeat(
        '"We act on the plan.\n\nIt is a bold plan for all," she said.\n\nThe call begins with:\n\n  • ESA astronaut Jane Roe.\n  • Saturday, June 23: 9 am\n\n',
        n,
      ),
  ],
  // Round 12: markup left in pasted copy, ratings' bracketed qualifications, towns before states.
  [
    "markup, bracketed qualifications and towns before states",
    (n) =>
      repeat(
        '<p> "We act," said Master Chief (AW/SW) (SW) Jane Roe of Dover, Del., <br /> [Agency HQ News] Retrieved from "https://x.gov/a" ',
        n,
      ),
  ],
  // Round 14: round-up items quoting someone, "About" headings and closing descriptions, a long
  // line breaking off into a lower-case one, titles with complements, a mailing list's header.
  [
    "round-ups, 'About' sections, long wrapped lines and mailing-list headers",
    (n) =>
      repeat(
        "• Secretary Jane Roe Tours Plant in Gary – “We are ready for the season and more,” said Jane Roe.\nAbout the Example Agency (EA): EA propels the nation forward. It leads.\nThe Under Secretary of State for Arms Control and Energy for Example Jane Roe, whose father spoke, said that Anjali Raman of the city of Costa Mesa, LLC went " +
          "on and on about the long wrapped line that keeps going past one hundred and twenty characters without a stop and\nbreaks off\nFrom: Example Press press at example.gov\nPlease note: As of January 20, 2021, information in some news releases may be out of date.\n\n",
        n,
      ),
  ],
  // Round 18: lost quotation marks, many plural apostrophes after one open mark, names run into
  // titles after two spaces, relatives in appositives, passives of verbs of saying, sign-offs.
  [
    "lost quotation marks, plural apostrophes, titles after two spaces and sign-offs",
    (n) =>
      `\uFFFDOur ${repeat("farmers\uFFFD groups and ", n)}work,\uFFFD says Ana Ruiz.\n\n` +
      repeat(
        '"We met," said Jan T. Ocampo  Acting Clinic Director "We met." Dale Brandt, a welder and father of Kyle Brandt, said Brandt was recognized for "grit,’’ with Clarivate Analytics, a company that counts. Like what you\'re seeing? Get in touch with us!\nHarbor Corps.  Lend a Hand.  Serve.\n\n',
        n,
      ),
  ],
  // Round 19: statements credited before a colon, suffixes after commas, ships' names, agency
  // credits with slashes, a press office's lines.
  [
    "credited statements, suffixes after commas, ships' names, slash credits and press-office lines",
    (n) =>
      repeat(
        "Below is a statement that can be attributed to Jane Roe, Assistant Secretary, and a statement by Tom Doe of the office:\n\n“We filed.”\n\nMartin Luther King, Jr. once said, “Serve.” Sailors from USS Harry S. Truman (CVN 75) and Harry S. Truman met in Morris Auditorium. (NASA/MSFC/Tom Hale)\nOur office hours are long. Address:\n\n",
        n,
      ),
  ],
  // Round 20: inline paragraph tags between runs of spaces, a long inverted attribution with
  // commas between title phrases, comment-form and terms lines.
  [
    "inline paragraph tags, comma-chained titles after a verb, comment-form and terms lines",
    (n) =>
      repeat(
        "full. <P>   </p>  <p> “Risk,” explained Example Agency (EA), Harbor District Commander, Col. Jane Roe, Chief, Deputy, Tom Doe.   <P> Currently we allow the following HTML tags in comments: By using Example.com, you signify. Need help?  www.example.gov\n",
        n,
      ),
  ],
  // Round 21: complements' halves joined by "and", ranks before royal titles' words, banner lines.
  [
    "complements joined by 'and', ranks before royal titles, banner and aggregator lines",
    (n) =>
      repeat(
        "Jane Roe, Assistant Secretary for Mental Health and Substance Use and Head Start and Darden Restaurants, said Maj. Gen. King Sidwell. CMS.gov Centers for Medicare & Medicaid Services\nThe site is secure.\nAdded By: Feedage Forager\n",
        n,
      ),
  ],
  // Round 22: vessels after a capitalised noun, portfolios before a second title, titled place
  // surnames, headline fragments echoing quotations, slashed breadcrumbs, abbreviations inside
  // one-sentence captions.
  [
    "vessel nouns, portfolios before a second title, echoed headline fragments, slashed breadcrumbs",
    (n) =>
      `Port 'right place' ${repeat("'great spot' ", n)}\n\n` +
      repeat(
        'The Coast Guard Cutter Mary Sears\'s crew and Major League Baseball met Lt. Gen. Nadia West and Under Secretary for Intellectual Property and Director Jane Roe. "The right place," Roe said.\nExample.gov / News / 2006 / May / Agency Opens Office\nAgency Administrator Jane Roe speaks in St. Paul and Mt. Vernon about Ft. Worth.\n\n',
        n,
      ) +
      `Example.gov ${repeat("/ a ", n)}\n${repeat("St. ", n)}speaks.\n`,
  ],
  // Round 22: a picture's block given twice, the headline again over it.
  [
    "a picture's caption given bare and then credited, under the headline again",
    (n) =>
      `Harbor chief opens office\n\n${repeat("Harbor chief opens office\nGen. Jane Roe accepts the colors.\nGen. Jane Roe accepts the colors. (Photo Credit: Sam Lee) VIEW ORIGINAL\n", n)}` +
      `${repeat("a", n)}\n${repeat("a", n)}b (Photo Credit: Sam Lee)\n`,
  ],
  // Round 22: two opening single marks, link lines, headlines with a plural verb.
  [
    "two opening single marks, link lines inviting the reader, plural headline verbs",
    (n) =>
      repeat("‘‘We met,’’ said Roe. ‘‘ ‘‘a\nLearn more about the Harbor Grants Program\nGuard Airmen Return Home\n\n", n) +
      `Learn more about ${repeat("the ", n)}\n`,
  ],
  // Round 23: straight pairs inside curly quotations, quotations opening on datelines, subheadings
  // in marks.
  [
    "straight pairs inside curly quotations, quotations opening on datelines",
    (n) =>
      repeat('“We told (Gen. Ralph E. "Ed" Roe) we are ready,” she said. "WASHINGTON, APRIL 2, 2012—The agency," said Jane Roe.\n\n', n) +
      `“${repeat('"a" ', n)}”\n“${repeat('"', n)}”\n`,
  ],
  // Round 23: subheadings in marks that may repeat a quotation's words.
  ["subheadings in marks", (n) => repeat("‘From Harbor to Hill’\n\n“From harbor to hill,” said Jane Roe.\n\n", n)],
  // Round 23: long inverted titles, listed ranks, short given names, gallery and "About" lines.
  [
    "long inverted titles, listed ranks, short given names, gallery, 'About' and byline lines",
    (n) =>
      repeat(
        "“Our resolve,” said U.S. Example Command Deputy Commander U.S. Air Force Lt. Gen. Jane Roe, Air Force Lt. Gen. Leroy J. Manor and the Roe administration's Marty Roe.\nView Gallery\nAbout the Example Agency:\nBy Jane Roe U.S. Example Command Stuttgart, Germany May 03, 2019\n\n",
        n,
      ),
  ],
  // Round 24: greetings given "with", titled names with brackets after a quotation, credits
  // "courtesy of", issue lines, name-and-degree lines.
  [
    "greetings given 'with', titled names after a quotation, courtesy credits",
    (n) =>
      repeat(
        "Tom Fisk met Roe with a hearty “Welcome home!” “Teaching fuels my passion!” Harbor Instructor (Boats) Jane Roe of the Marine Division, Boats, explains. (Photo courtesy of Brian Lott)\n\n",
        n,
      ) + `“a!” ${repeat("(", n)}Jane Roe of ${repeat("A ", n)}\n`,
  ],
  // Round 24: issue lines, name-and-degree lines, credit lines, aerial pictures.
  [
    "issue lines, name-and-degree lines, credit lines, aerial pictures",
    (n) =>
      repeat(
        "Harbor Factor, May 2014\nJane Marlow, Ph.D., M.D., Director of the Example Institute\ncourtesy of the Harbor Division.\nAerial image of the pier.\n\n",
        n,
      ) + `Jane Marlow, ${repeat("Ph.D., ", n)}\n`,
  ],
  // Round 25: counsels' titles, commands run into their people, headline verbs after names,
  // founding paragraphs, excerpt notes, section labels and office bylines.
  [
    "counsels, commands run into their people, headline verbs after names, founding paragraphs and office bylines",
    (n) =>
      repeat(
        "Acting General Counsel Jane B. Roe and Military Sealift Command Civil Service Mariners met. Harbor Bank Chairman Roe Testifies to Congress on a Record Year.\nEstablished in 1935, the Example Labor Board is an independent federal agency.\nThe above excerpt is from an Example Bank e-mail:\nHarbor Articles: Example Command opens\nBy Dana Whitlock U.S. Army Installation Management Command Public Affairs\n\n",
        n,
      ) + `By Dana ${repeat("Whitlock", n)} Public Affairs\nEstablished in 1935, the ${repeat("Example ", n)}is a board\n`,
  ],
  // Round 26: places after royal titles' words, newsroom and office lines, slashes and dotted
  // dates.
  [
    "places after royal titles, newsroom and office lines, dotted dates",
    (n) =>
      repeat(
        "At Duke Field, Navy Region Mid Atlantic met.\nThe Example Commission Newsroom\nOffice of the Secretary ~ Office of Public Affairs\n/ Financial / Example Awards\nFlagship 07.07.22\n",
        n,
      ) + `Office of ${repeat("~ ", n)}\n/ ${repeat("a / ", n)}\n${repeat("Flagship ", n)}07.07.22\n`,
  ],
  // Round 26: statement headings in the possessive over quotations after a dated dateline.
  [
    "possessive statement headings over quotations after a dated dateline",
    (n) =>
      repeat(
        'Chairman Roe’s Statement\non a Review\n\nJanuary 23,  2007, Alexandria, Va. – "We will review the bylaws this spring."\n\n',
        n,
      ),
  ],
  // Round 27: banners run into one line, title bars, newspaper issue lines, alternative text,
  // "From" credit lines, captions closing on a credit.
  [
    "run-on banners, title bars, newspaper issues, alternative text, credit sentences",
    (n) =>
      repeat(
        "Official website of the United States Government We can do this.\nPress Release - Harbor Marks 60th Anniversary\nHarbor Beacon News - June 12, 2016 (Harbor Newspaper)\nThis is an image of Congressman Pratt.\nFrom U.S. Example Fleet Public Affairs\nShips pass the breakwater. Photo by Petty Officer 2nd Class Lena Ortiz.\n\n",
        n,
      ),
  ],
  [
    "long alternative text, newspaper names and credit sentences",
    (n) =>
      `This is an image of ${repeat("the pier ", n)}\n${repeat("Harbor ", n)}News - June 12, 2016\nShips pass. Photo by ${repeat("Lena ", n)}hang.\n`,
  ],
  // Round 27: titles' complements after "the", commands' short names in brackets, plural verbs in
  // headlines, short titles over headlines.
  [
    "complements after 'the', bracketed command names, plural headline verbs",
    (n) =>
      repeat(
        "Comptroller of the Currency John C. Brennan notified President Alvarez. “We are ready,” said Commander, Surface Force U.S. Example Fleet (COMSURFEX) Force Master Chief Dana Whitfield.\nSecretary Okafor and Deputy Secretary Lindqvist Celebrate Opening\n\n",
        n,
      ),
  ],
  [
    "a short title over a long headline holding its words",
    (n) => `More than a Million Choose Card\n\nMore ${repeat("than a Million ", n)}Choose Card\n`,
  ],
  ["a long run of plural headline verbs after 'and'", (n) => `Secretary Roe and ${repeat("Celebrate ", n)}\n`],
  // Round 28: teasers cut by an ellipsis, bulleted statements, words hyphenated across lines,
  // run-on link texts, web addresses in a row.
  [
    "teasers cut by an ellipsis, bulleted statements, run-on link texts",
    (n) =>
      repeat(
        "Harbor producers who take part may be nominated for candidacy for …\n• Sen. Tom Hargrove (R-KY): “I am grateful to the Secretary for this help.”\nGo to the Agency HomepageGo to the Agency Homepage\nwww.example.mil/a www.example.com\nIn trying to train, the Secretary informed the audience that “the Marines here represent many.”\n\n",
        n,
      ),
  ],
  ["a long teaser cut by an ellipsis", (n) => `${repeat("Harbor producers ", n)}…\n`],
  ["a long run-on link text and row of web addresses", (n) => `${repeat("Go to the Agency Homepage", n)}\n${repeat("www.a.gov ", n)}\n`],
  ["words hyphenated across lines in many paragraphs", (n) => repeat("the dedi-\ncated crew\n\n", n)],
  ["one word hyphenated across every line", (n) => repeat("ab-\n", n)],
  // Round 29: alert boxes, newsletters' lines of headlines, maintenance notices, acronyms beside
  // names, commands joined by slashes.
  [
    "alert boxes, headline lines, maintenance notices, acronyms beside names",
    (n) =>
      repeat(
        "Emergency Messages as of 1:18 pm, Fri. Oct. 15\nNo information currently posted.\nPrimary email address for a new account:\nHarbor Partners Share Successes; Leaders Say; and much more!\nMaintenance window scheduled\nHPA - Harbor Power Administration\nU.S. Example Command / U.S. 9th Fleet\n\n",
        n,
      ),
  ],
  ["a long acronym's name", (n) => `HPA - ${repeat("Harbor ", n)}\n`],
  ["a long line of headlines joined by ';'", (n) => `${repeat("Harbor Say; ", n)}and much more!\n`],
  ["a long line of commands joined by slashes", (n) => `${repeat("A / ", n)}Fleet\n`],
  // Round 30: glued names, named chairs, bylines run into dates, separators, A-Z indexes, glued
  // breadcrumbs, credits closing sentences.
  [
    "glued names, named chairs, dated bylines, separators, A-Z indexes, closing credits",
    (n) =>
      repeat(
        'Dr. Story LandisElias Zerhouni spoke. He is the Paul R. Lichter professor of genetics.\nBy Jane Roe, Aug. 11, 2018 HARBOR, Colo. — The chief spoke.\nHarbor vertical bar column separator\nA B C D E F G H I J K L M N O P\nUnit HomeNewsNews Article Display\nThe continued "military supremacy" of the U.S. depends on it, said Biden.\n\n',
        n,
      ),
  ],
  ["a long glued breadcrumb and a long A-Z index", (n) => `Home${repeat("News", n)}\n${repeat("A ", n)}\n`],
  ["a long sentence closing on a credit", (n) => `The "supremacy" ${repeat("of the harbor ", n)}, said Biden.\n`],
  // Round 31: marks turned into "?", disclaimers, header images, pointers to the latest, media
  // invitations, titled names after ordinals.
  [
    "marks turned into '?', disclaimers, header images, media invitations",
    (n) =>
      repeat(
        '?This funding will help,? Attorney General Holt said. ?These funds help.?\n* Reuters is not responsible for the content in this press release.\nHarbor District Header Image\nFor the latest forecast, please visit www.weather.gov.\nMedia interested in updates are encouraged to join.\n"Ready," says the second civilian leader, Under Secretary Jane Roe.\n\n',
        n,
      ),
  ],
  ["a long line of '?' before letters and after commas", (n) => repeat("?We are ready,? she said. ", n)],
  ["a long line of '?' before letters, never closed", (n) => `${repeat("?a ", n)}b,? c\n`],
  // Round 32: archives' titles, "Continue reading" and "View" links, links joined by bars,
  // headings glued to descriptions, pictures' record numbers.
  [
    "archive titles, link lines, bars, glued headings, record numbers",
    (n) =>
      repeat(
        "Example News Releases 2004\nContinue reading “Harbor begins survey”\nView Reports, News and Statistics\n2002 Times Index|Times Home|Top of Page\nHarbor DepartmentThe Harbor Department is composed of three branches.\nA ship passes. 161016-Z-IX228-563PS\nThis Sea Grant Reauthorization is a milestone at the Roberts S. Beightman Armory.\n\n",
        n,
      ),
  ],
  ["a long line of short links joined by bars", (n) => `${repeat("Times Home|", n)}Top\n`],
  ["a long heading glued to a description", (n) => `${repeat("Harbor ", n)}DepartmentThe Department ${repeat("is ", n)}composed\n`],
  // Round 33: bracketed dates closing titles, release labels, credits between dashes, appeals,
  // credit labels, hyphened companies, schools after names.
  [
    "bracketed dates, release labels, dashed credits, appeals, credit labels, schools after names",
    (n) =>
      repeat(
        "Harbor chief addresses symposium [01/30/2014]\nOFCCP News Release: Harbor dairy to pay\nFind Your Region or Installation\nCommander, Example Command Public Affairs\n— from Jane Roe of NAS Example —\nIf you are reading the Harbor Paper for free, thank us.\nCourtesy Photo | Capt. Doug Beaver speaks.\nCream-O-Land paid Robert K. Cooke, III. Children from O.J. Semmers and N.B. Cooke elementary schools came.\n\n",
        n,
      ),
  ],
  ["a long credit between dashes and a long credit label", (n) => `— from ${repeat("Jane ", n)}\nPhoto by ${repeat("Jane ", n)}| x\n`],
  // Round 34: contact labels run into names, enlisted bylines, outlets' credits in brackets.
  [
    "contact labels, enlisted bylines, outlets' credits in brackets",
    (n) =>
      repeat(
        "Spc. Peter Walden\n\nClaudia Baquette Contact: Blake Crawley (301) 443-5224.\nThe badges came. (Stephanie Ingram, Fort Example Courier)\n\n",
        n,
      ) + `The badges came. (${repeat("Jane ", n)}, Courier)\n`,
  ],
  // Round 35: installations' names alone, reports' download notices, initials leaving out words.
  [
    "installations' names, download notices, initials leaving out words",
    (n) =>
      repeat(
        "Marine Corps Air Station Example\nHDF's 2004 report is now available. DOWNLOAD>>\nDFC - U.S. International Development Finance Corporation\n\n",
        n,
      ) + `Marine Corps Air Station ${repeat("Example ", n)}\n${repeat("is now available ", n)}download\n`,
  ],
  // Round 36: logos' alternative text, old-design notices, organisations above the story, broken
  // headlines, datelines alone, short tally introductions, signatures with the verb left out.
  [
    "logos, old-design notices, organisations above the story, broken headlines, datelines alone, signatures",
    (n) =>
      repeat(
        "Harbor Example Commission, United States of America (logo). Link to HEC Home Page\nYou're visiting a page from the old design. | Visit the new\nMCAS Example is a mission-ready air station, capable of support.\nHEC Welcomes New Members,\nElects Vice Chair and Approves Plan\nHARBOR CITY, Miss. (Feb. 07, 2022) –\nThe Honorable Thomas F. Hall, Assistant Secretary, visited the harbor center on Monday.\nPatrols completed include:\n• 26 harbor patrols\n“The oil is contained,” Lt. Ray Lopez, Sector Example chief.\n\n",
        n,
      ),
  ],
  [
    "a long logo line, a long old-design notice, a long byline",
    (n) => `${repeat("Harbor ", n)}(logo)\nYou are viewing ${repeat("an ", n)}old design\nBy ${repeat("Jane ", n)}\n`,
  ],
  ["many headline lines broken at commas", (n) => repeat("Harbor Welcomes New Members,\n", n) + "Elects Vice Chair\n"],
  ["many datelines alone", (n) => repeat("HARBOR CITY, Miss. –\n", n) + "The crews of the harbor visited the pier center on Monday.\n"],
  ["a long quotation signed with many role words", (n) => `“We are ready,” Jane Roe, ${repeat("harbor ", n)}chief.\n`],
  // Round 37: contact sentences, written-out states with nine-digit codes, columns' taglines,
  // headlines going on over a second line, labels after "what he called".
  [
    "contact sentences, states with nine-digit codes, taglines, headlines going on, what he called",
    (n) =>
      repeat(
        'For further information contact Jane Pratt, Communications Manager, at (202) 446-8094.\nExample City, Virginia 22102-5090\nIn the Region: A weekly snapshot of news from the Example Commission\nHDA Commends Harbor Lenders for Working with Borrowers\nAffected by Midwest Floods\nCompleting what he called a "very methodical" transition, the general left. The 15th Airlift Wing met Hank Yards.\n\n',
        n,
      ),
  ],
  [
    "a long tagline and a long city line",
    (n) => `In the Region: A weekly snapshot of ${repeat("news ", n)}\n${repeat("Example ", n)}City, Virginia 22102-5090\n`,
  ],
  // Round 38: menus run into one line, search boxes, latest-information pointers, commands joined,
  // pictures above the headline with dated bylines, places before names, roles after ordinals.
  [
    "menus in one line, search boxes, pointers, commands joined, pictures above headlines, dated bylines",
    (n) =>
      repeat(
        "Home Page Government Reference Desk About Us Contribute\nCamp Example News Search\nThe latest general information on the virus is available on the CDC website.\nExample Training Command and Marine Corps Combat Center\nPhoto Information\n\nLt. Col. Jane Roe unveils the guidon.\n\nPhoto by Cpl. Ben Eberly\n\nCLB-1 takes the helm\n\n5 Mar 2008 | Cpl. Ben Eberly\nBy Cpl. Juan Alfons | | February 9, 2011\nMarines at Camp H. M. Smith met the 35th Commandant of the Marine Corps, Gen. James Amass.\n\n",
        n,
      ),
  ],
  [
    "a long menu line, a long dated byline",
    (n) => `Home Page ${repeat("Special ", n)}About Us\n5 Mar 2008 | ${repeat("Jane ", n)}\nBy Jane Roe | ${repeat("x", n)}\n`,
  ],
  // Round 39: archives' notes, video pointers, road conditions, bracketed credits, headlines breaking
  // off on a preposition, titles as given names, ranks as surnames.
  [
    "archives' notes, video pointers, road conditions, bracketed credits, headlines breaking off, titles as names",
    (n) =>
      repeat(
        "In an effort to keep current, the archive contains outdated information.\nNOTE: To see a video related to this release, click https://example.gov/v.\nTraining Area Road conditions: Amber as of 2/20/2018 6:50 AM\n(Courtesy photo)\n2010 Harbor Award Winners to be Honored During\nThis Month’s Harbor Week Conference\nsaid Co-Chair Earl F. Gohlman and Lt. Gen. Kevin D. Admiral at the Invocation.\n\n",
        n,
      ),
  ],
  [
    "a long road-conditions line and a long video note",
    (n) => `Road conditions: Amber as of ${repeat("x ", n)}\nTo see a video ${repeat("of the pier ", n)}click\n`,
  ],
  // Round 40: districts' banners, "Photo Available:" headlines, ranks typed with a stop, long
  // descriptions before "said".
  [
    "districts' banners, photo-available headlines, ranks with a stop, long descriptions before said",
    (n) =>
      repeat(
        "U.S. Army Corps of Engineers Harbor District\nPhoto Available: Coast Guard rescues 1 mariner in Example Bay\n“We are ready,” said Rear. Adm. Douglas Schofel. “Despite the weather we had visitors,” Stephanie Vallet, park ranger with the Harbor District U.S. Army Corps of Engineers said.\n\n",
        n,
      ),
  ],
  [
    "a long district banner and a long description before said",
    (n) => `${repeat("Harbor ", n)}District\n“We are ready,” Jane Roe, ${repeat("ranger ", n)}said.\n`,
  ],
  // Round 41: corps' names, services in lower case, dated caption lines, stock photos, compound
  // given names run together.
  [
    "corps' names, services in lower case, dated caption lines, stock photos, compound given names",
    (n) =>
      repeat(
        "united states coast guard \nU.S. Army Corps of Engineers\ndate 2022-12-15 Photo By Carrie Foxe | The lock is long.\nStock photo of a response boat.\n“We are ready,” said LeighAnn Ryckman and MaryBeth Roe.\n\n",
        n,
      ),
  ],
  ["a long dated caption credit", (n) => `date 2022-12-15 Photo By ${repeat("Jane ", n)}| x\n`],
  // Round 42: disclaimers, story credits above everything, things named in capitals, surnames
  // after "St.".
  [
    "disclaimers, story credits, things named in capitals, surnames after St.",
    (n) =>
      repeat(
        'Story by Staff Sgt. Scott Raymon, Example Public Affairs\nDISCLAIMER: In alignment with the instruction, the Guard is reviewing its content.\nBlack Hawks with Bambi Buckets flew for State Active Duty. "It\'s so exciting," said Laura St. Clare of Spc. Kevin St. Clare.\n\n',
        n,
      ),
  ],
  ["a long story credit and many St. particles", (n) => `Story by ${repeat("Jane ", n)}\nsaid Laura ${repeat("St. ", n)}Clare.\n`],
];

/** A realistic article, to warm the regular expressions and the JIT before timing. */
export const REALISTIC_TEXT = realistic;
