// Turns pasted page text into a story: drops page furniture (navigation, subscription and share
// prompts, contact blocks, footers, bylines, a capture cut off mid-word unless it cut a story line),
// finds the headline above the story and the dateline that opens it, and sets image captions aside
// (they mention people but are not story text).
import {
  ABBREVIATIONS,
  GIVEN_NAMES,
  HEADLINE_VERBS,
  HEADLINE_JOINERS,
  isPluralHeadlineVerb,
  ORG_WORDS,
  PHOTO_VERBS,
  RARER_GIVEN_NAMES,
  SCRIPT_CUE_WORDS,
  SMALL_WORDS,
  SPEECH_VERBS,
  STOPWORDS,
  TITLE_WORDS,
  WEAK_TITLES as WEAK_TITLE_SET,
} from "./lexicon";
import { findQuoteSpans } from "./spans";
import { wordCount } from "./tokens";

export interface CleanedText {
  headline: string | null;
  /**
   * Speakers named only by a dropped label block ("Jane Roe" / "Minister of Health, Ruritania")
   * right above a quotation: the body paragraph (offset in `body`) and the name on the label.
   */
  speakerLabels: { offset: number; name: string }[];
  /**
   * Headings naming whose statement follows ("Statement by Chief Jane Roe", "Remarks by the
   * Secretary", "Secretary Roe's Statement on ..."): the body offset from which each applies (0
   * for the headline and lines above the story) and the speaker as the heading writes it.
   */
  statementHeadings: StatementHeading[];
  dateline: string | null;
  /** Story paragraphs joined by a blank line, dateline removed. */
  body: string;
  /** Original lines removed from the story (junk and captions), in text order. */
  droppedLines: string[];
  /** The dropped lines that look like image captions. */
  captions: string[];
}

export interface StatementHeading {
  offset: number;
  speaker: string;
}

/** A bullet opening a line: a menu's or a list's item. */
const BULLET = /^\s*[•·▪►]\s*/;

/** Round 9: a newsletter's jump line ("continued on pg 18", "(Story continues on page 4)"). */
const JUMP_LINE = /^\(?(?:see |story |article )?(?:continued|continues|cont['’]?d\.?|jump(?:s|ed)?)\s+(?:on|from|to)\s+(?:page|pg\.?|p\.)\s*\d{1,3}\b[^.!?"“”]{0,40}\)?\.?$/i;

// Lines a reader never sees as story text. Each pattern names a kind of furniture rather than a
// site, so it carries over to pages not seen yet.
/** A month's name or abbreviation as written in a date, capitalised (for patterns without the "i" flag, where `\p{Lu}` must stay upper case). */
const MONTH_NAME = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

const JUNK_PATTERNS: RegExp[] = [
  /\bsubscri(?:be|bers?|ption)\b/i,
  /\b(?:log ?in|sign (?:in|up)|password|newsletter|cookies?)\b/i,
  /all rights reserved|©|\bcopyright\b/i,
  /^share\b|\bshare (?:this|it|on)\b/i,
  /\bfollow us\b|^advertisement$|^sponsored\b/i,
  // (A heading of a few words, not a sentence that opens on the word: "Related work will begin ...".)
  /^(?:related|read more|more from|recommended|most (?:popular|read)|trending|see also|top stories)\b(?:\s+\S+){0,5}\s*:?$/i,
  /^jump to (?:navigation|search|content)\b|accessibility links|^breaking news$|skip to\s+(?:the\s+)?(?:main\s+)?content|^(?:main )?menu$|^search$/i,
  /this page is archived|\b(?:website|site|page) is archived\b|\bno longer (?:being )?(?:maintained|updated)\b|publicly editable|\btalk page\b|\{\{[^}]*\}\}|archival policy/i,
  // Bounded gaps (not `.*`): an unbounded gap rescans the rest of a long line from every match.
  /\bcomments?\b.{0,200}\b(?:post|closed|policy)\b|\bpost (?:a )?comments?\b/i,
  // (Round 37: "For further information contact Jane Roe, ...".)
  /for (?:more|further|additional) information\b.{0,200}\b(?:visit|contact|call|see)\b/i,
  // (Round 13: a pointer to a web address in other words, "For the latest information on the
  // recovery, visit fema.gov/...", "To learn more, visit www...", "Visit www... for more
  // information."; a social-media plea naming the agency, "Follow FEMA on X at @... and on Facebook".)
  /^(?:for (?:the latest|additional|more|up-to-date) (?:information|info|details|updates)\b.{0,160}?|to learn more,?|learn more)\s+(?:visit|go to|at|see)\s+(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:gov|org|com|mil|edu|net|us)\b\S*\s*$|^visit\s+(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:gov|org|com|mil|edu|net|us)\b\S*\s+(?:for|to)\s+(?:more|the latest|additional)\b[^"“”]{0,80}$/i,
  /^follow\s+(?:the\s+)?\S+(?:\s+\S+){0,4}\s+on\s+(?:x|twitter|facebook|instagram|linkedin|youtube|threads|bluesky)\b[^"“”]{0,200}$/i,
  // "For more info:", "More information:" as a line of its own: the head of a links or contact list.
  /^(?:for )?(?:more|further) (?:info(?:rmation)?|details)\s*:?$/i,
  // Site slogans ("From Wikipedia, the free encyclopedia") and broadcast sign-ons ("I'm Ann Lee,
  // and here are today's top stories").
  /^from \S+, the free\b/i,
  /\bhere (?:are|is) (?:today['’]s|tonight['’]s|this (?:morning|evening|week)['’]s|the) (?:(?:top|current|latest|main) )*(?:stories|headlines|news)\b/i,
  /\bunsubscri|\bmailing list\b|text-only version|press releases? (?:and|are)\b/i,
  /^-+\s*end\s*-+$|^#{3,}$|^\*{3,}$/i,
  // "To view the experiments, visit:", "For the full report, go to:": a line pointing at a link
  // the capture left out.
  /^.{0,200}\b(?:visit|go to|see|click(?: here)?)\s*:$/i,
  // ... or with the link left in: "For the complete article, go to: http://www.example.gov/...".
  /^.{0,200}\b(?:visit|go to|see|click(?: here)?)\s*:\s*(?:https?:\/\/|www\.)\S{0,300}$/i,
  // A release's notes about itself: "Editor's note: ...", "Photos are available at www...",
  // "This article was originally published by ... with permission", "Follow @handle for updates".
  /^(?:editor['’]s note|correction|clarification)\s*:/i,
  /^(?:(?:high-resolution |hi-res )?(?:photos?|images?|video|b-roll))\b.{0,80}\bavailable\b.{0,40}(?:https?:\/\/|www\.)/i,
  /\boriginally (?:published|appeared)\b.{0,160}\b(?:with permission|republished|reprinted)\b|\b(?:republished|reprinted) (?:here )?with permission\b/i,
  /^follow\s+(?:\S+\s+){0,6}@\w{2,}(?:\s+\S+){0,4}$/i,
  // "Jane Roe reported this story for VOA News. Tom Doe adapted it for Learning English.": the
  // writers' credits closing a story.
  /^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3}\s+(?:reported|wrote|adapted|edited|produced)\s+(?:this (?:story|report|article)|it)\s+(?:for|from)\b/u,
  // An author, tag or category page's heading: "Posts Tagged 'drought'", "All posts by jroe".
  /^(?:all )?(?:posts|articles|stories|entries)\s+(?:tagged|filed under|categori[sz]ed|by)\b.{0,60}$/i,
  // A link to a video, gallery or podcast: "Watch: Mayor speaks on flood plan", "Listen: ...".
  /^(?:watch|listen|video|gallery|audio|podcast|slideshow)\s*:\s*\S(?:\S*\s+){0,14}\S*$/i,
  // A transcript's closing or time marker: "(The briefing was concluded at 2:41 p.m.)", "END 1:32 P.M.".
  /^\(?(?:the )?(?:briefing|press conference|conference|meeting|call|session|hearing|interview|event|remarks)\s+(?:was\s+)?(?:concluded|ended|adjourned|began|recessed)\b.{0,40}\)?\.?$/i,
  // A broadcast script's block label: "BLOCK A:", "SEGMENT 2".
  /^(?:block|segment|seg|act)\s+[a-z0-9]{1,2}\s*:?$/i,
  /^(?:release|contact|media contact|press contact|press office)\b\s*[:#]?/i,
  // Bylines and time stamps: "By Jane Roe, Health Correspondent", "Published 3 hours ago".
  // (Round 7: up to 140 characters, "By Mass Communication Specialist Seaman Jane Roe, Navy Public
  // Affairs Support Element, Detachment East".)
  // (Round 12: with a middle initial, "By Mass Communication Specialist 1st Class Jane Q. Roe".)
  /^[Bb]y\s+\p{Lu}(?:[^.!?]|(?<=\s\p{Lu})\.){0,140}$/u,
  // Round 7: a photo credit as a line of its own: "U.S. Navy photo by Mass Communication
  // Specialist Seaman Jane Q. Roe." (a caption's credit in brackets stays with its caption).
  // (Round 12: "U.S. Coast Guard photo illustration by ...".)
  /^(?:\p{Lu}[\p{L}.'’\-]*\s+){0,4}(?:photo|photograph|image|video|graphic|illustration)s?(?:\s+(?:illustration|composite|collage)s?)?\s+(?:by|courtesy of)\s+\p{Lu}[^"“”()]{0,140}$/u,
  // "By Sgt. Jane Roe ...", "Story by Pfc. Jane Roe", "By A, B | Jan. 5, 2020": a credit with a
  // rank or a date after a bar.
  // ("By Sgt. 1st Class Jane Roe, Army Public Affairs": a rank's grade between rank and name.)
  // (Round 7: "by 2nd Lt. Jane Roe": a grade before the rank.)
  /^(?:(?:story|photos?|video|audio|words|text) )?by\s+(?:\d(?:st|nd|rd|th)\s+)?(?:\p{Lu}\p{L}{0,5}\.\s+)+(?:\d(?:st|nd|rd|th)\s+class\s+)?\p{Lu}[^.!?]{0,80}$/iu,
  // "By Staff Sgt. Jane Roe": only capitalised words and abbreviations after "By".
  /^[Bb]y\s+(?:\p{Lu}[\p{L}'’\-]*\.?,?\s+){1,7}\p{Lu}[\p{L}'’\-]*\.?$/u,
  /^(?:story|photos?|video|audio|words|text) by\s+\p{Lu}[^!?]{0,60}$/iu,
  /^[Bb]y\s+\p{Lu}[^|]{0,80}\|\s*[^|]{0,40}\d{4}\s*$/u,
  // A post's or a column's byline, even as a sentence: "Guest post by Jane Roe, a student at
  // ...", "Written by Jane Roe, Staff Writer.", "Interview by Jane Roe." (a writer, who is no
  // person of the story and must not be taken as the speaker of the people the post quotes).
  /^(?:[Aa] )?(?:[Gg]uest (?:[Pp]ost|[Bb]log|[Cc]olumn|[Aa]rticle|[Ee]ssay|[Cc]ommentary)|[Ww]ritten|[Cc]ompiled|[Cc]ontributed|[Ss]ubmitted|[Aa]uthored|[Bb]log [Pp]ost|[Cc]olumn|[Cc]ommentary|[Ii]nterview|[Tt]ranscript|[Aa]rticle|[Rr]eport) by\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,4}(?:\s*(?:,|\||\bon\b|[-–—])\s*[^!?"“”]{0,120})?$/u,
  // A transcript's note about itself: "Please Note: This transcript is not edited ...", "This is a
  // rush transcript.", "This transcript may not be in its final form."
  /^(?:please\s+)?note\s*:\s*(?:this|the)\s+(?:is\s+an?\s+)?(?:(?:\w+\s+){0,2}transcript|text|recording|interview|program(?:me)?|broadcast)\b|^this is an? (?:rush|unedited|uncorrected|partial) transcript\b|^(?:this|the) transcript (?:is|was|has been|may|might|will)\b.{0,80}\b(?:edited|errors?|final form|verbatim|accuracy|accurate)\b/i,
  // A link back to a site's index: "Return to Example News: Home Page", "Back to Press Releases".
  /^(?:return|back|go back) to\b[^.!?]{0,80}\b(?:home ?page|main page|index|menu|contents|archives?|releases?|news|stories|list(?:ing)?)\s*$|^[^.!?]{0,80}:\s*home ?page$/i,
  // A page's pointer to where the release lives, its print header: "This release can be found in
  // the Example Newsroom at:" (the link left out).
  /^[^"“”]{0,160}\b(?:can be )?(?:found|available|posted|viewed|read|accessed|downloaded)\b[^"“”]{0,80}\b(?:at|on|here|online|from|in)\s*:$/i,
  // A release's label line: "National Park Service Press Release", "News Release".
  /^(?:\p{Lu}[\p{L}&'’.\-]*\s+){0,6}(?:[Pp]ress|[Nn]ews|[Mm]edia)\s+[Rr]eleases?$/u,
  // A share bar run into one line: "18 SHARES Share Tweet Google+ Mail Reddit Buffer".
  /\b\d[\d,.]*k?\s+shares\b|(?:^|\s)(?:share|tweet|google\+|reddit|buffer|pinterest|linkedin|whatsapp|tumblr|stumbleupon)(?:\s+(?:share|tweet|google\+|reddit|buffer|pinterest|linkedin|whatsapp|tumblr|stumbleupon|mail|email|print|facebook|twitter)){2,}(?:\s|$)/i,
  // A browser notice: "... is not optimized for this browser. Please use the latest versions of
  // Chrome, Edge, or Safari ...", "Please enable JavaScript".
  /\bnot (?:optimi[sz]ed|supported) (?:for|in|by) (?:this|your) browser\b|\b(?:update|upgrade) your browser\b|\blatest versions? of (?:chrome|firefox|edge|safari)\b|\b(?:enable|turn on) javascript\b|\bjavascript is (?:disabled|required|turned off)\b/i,
  // A broadcast's production note in brackets: "[Planet Example theme music plays]", "[Applause]".
  /^\[[^\][]{0,80}\b(?:music|theme|applause|laughter|sound|plays|fades|sfx|crosstalk|inaudible|break|jingle|bumper)\b[^\][]{0,40}\]$/i,
  // Government site banners and site notices.
  /^an official website of the\b|^here['’]s how you know\b|\.(?:gov|mil) websites? (?:use|belongs?|means)\b|\bhttps:\/\/ means\b|\bshare sensitive information only\b/i,
  /^(?:scheduled )?maintenance (?:window|notice|scheduled|will)\b|\bscheduled maintenance\b/i,
  // Wiki category lines.
  /^Category:/,
  // A time stamp alone on a line: "(2:50 p.m. EST)".
  /^\(?\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?(?:\s+\p{Lu}{2,4})?\)?$/iu,
  // A site's notice about itself: "The Office of ... manages this site as a portal for ...".
  /\b(?:manages|maintains|operates|runs) this (?:web ?)?(?:site|page|portal)\b/i,
  // A teaser whose link is its last words: "The threat level is high. Read more."
  /[.!?]\s+(?:read|learn|find out) more\.?$/i,
  // A section label with the date: "NEWS | July 5, 2023".
  /^[\p{Lu}\s&]{2,30}\|\s*[^|]{0,30}\d{4}\s*$/u,
  /^view (?:blog )?reactions\b/i,
  // Round 7: a reader-support line ("If you have any problems viewing this article, please report
  // them to ...", "To report a broken link, ...").
  /^if you (?:have|experience|encounter|are having) (?:any )?(?:problems?|trouble|difficult(?:y|ies)|issues?)\b.{0,40}\b(?:viewing|reading|accessing|opening|playing|loading|seeing|with (?:this|the) (?:page|site|article|video))\b|^(?:please )?(?:to )?report (?:a |any )?(?:problems?|errors?|broken links?|technical issues?)\b.{0,80}$/i,
  // Round 7: a broadcast's sign-off ("That's it for your Example Minute, for more news ..."; a
  // reporter's credit in capitals, "SERGEANT JANE ROE, EXAMPLE RADIO NEWS") and a photo's link
  // note ("(Click photo for screen-resolution image)").
  /^that['’]s (?:it|all) for (?:your|this|today['’]s|tonight['’]s|the)\b/i,
  // Round 7: a mailing list's message header ("From: Jane Roe <jroe_at_example.com>", "Date: Thu,
  // 1 Oct 2015 10:17:07 -0700", "Message-ID: <...>", "[example-list] Subject"): the poster of a
  // forwarded release is no person of the story.
  /^(?:From|Reply-To|Sender|To|Cc):\s+[^<>]{0,80}<[^<>\s]{1,120}>\s*$|^Message-ID:\s*<|^Date:\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+\d{1,2}\s+\p{Lu}\p{Ll}{2}\s+\d{4}\b|^\[[\w.\-]{2,40}\]\s+\S/u,
  // A broadcast script's cue alone on a line, with its timing: "SB:", "SB (15:63):", "SOT (0:12):".
  /^(?:SB|SOT|VO|NATS?|PKG)(?:\s*\([\d:.\s-]{1,12}\))?\s*:$/,
  /^(?:\p{Lu}[\p{Lu}.'’\-]*\s+){1,5}\p{Lu}[\p{Lu}.'’\-]*,\s+(?:\p{Lu}[\p{Lu}.'’\-]*\s+){0,4}(?:NEWS|RADIO|TELEVISION|TV|REPORTING)$/u,
  /^\(?click (?:on )?(?:the |this )?(?:photo|image|picture|thumbnail)s?\b/i,
  // Round 7: a unit's name alone on a line, under a byline ("92nd Air Refueling Wing").
  /^\d{1,3}(?:st|nd|rd|th)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,5}(?:Wing|Group|Squadron|Battalion|Brigade|Division|Regiment|Detachment|Fleet|Command)$/u,
  // Round 7: a listing page's staff credit as a label line ("Reporter: Jane Roe", "Editors: Jane
  // Roe, Tom Doe"): the page's furniture, not people of the story.
  /^(?:[Rr]eporters?|[Rr]eported by|[Ee]ditors?|[Ee]dited by|[Ww]riters?|[Pp]roducers?|[Pp]roduced by|[Vv]ideographers?|[Pp]hotographers?|[Tt]ranslators?|[Cc]ontributors?|REPORTERS?|EDITORS?)\s*:\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,4}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,4}){0,5}$/u,
  // A programme's sign-on as a line of its own: "Hello, and welcome to As It Is from VOA Learning
  // English!", "I'm Jane Roe in Washington."
  /^(?:hello,? (?:and )?)?welcome to\b.{0,80}[.!]?$|^I['’]m \p{Lu}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*){0,4},? (?:in|from|with your|with the) \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}\.?$/iu,
  // A page's notes on its own upkeep and standards: "Page last reviewed: ...", "Content source:
  // ...", "Was this page helpful?", "Our Standards: ...", "This article was originally published
  // by ..." (a line of its own, short).
  // (Round 13: "Content current as of: 05/07/2024"; a region's label with its states, "Region 5
  // (IL, IN, MI, MN, OH, WI)".)
  /^(?:page )?last (?:reviewed|updated|modified)\s*:|^content source\s*:|^content current as of\s*:|^was this (?:page|article|information) (?:helpful|useful)\b|^our standards\s*:/i,
  /^Region \d{1,2} \((?:[A-Z]{2}, )+[A-Z]{2}\)$/,
  /^this (?:article|story|post|report) (?:was |is )?(?:originally |first )?(?:published|appeared|posted)\s+(?:by|in|on|at)\b.{0,120}$/i,
  // A wiki page's footer and breadcrumbs: "This page was last edited on ...", "Text is available
  // under the Creative Commons ...", "Retrieved from https://...", "Wikinews has related news:",
  // "You are here: Home / News"; a release page's web officer: "NASA Official: Jane Roe".
  // (Round 12: the URL in marks, `Retrieved from “https://...”`; the original-reporting line, "This
  // article features first-hand journalism by Wikinews reporters.")
  /^retrieved from\s*["“”']\s*https?:\/\/\S*?["”']?\s*$/i,
  // (Round 13: a cited story in a wiki's related-news or sources list, its title in marks, then a
  // dash, the publisher and the date: `"Floods worsen" — Example News, March 22, 2021`.)
  /^(?:[^"“”]{1,80}\.\s+)?["“][^"“”]{3,200}["”]\s*[—–-]\s*\p{Lu}[\p{L}\p{N}.&'’]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’]*|of|the|and|for|on)){0,6},\s*(?:\p{Lu}\p{Ll}+day,?\s+)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\s+\d{4})\.?$/u,
  /^this page was last (?:edited|modified|updated)\b|\bavailable under the creative commons\b|^retrieved from https?:|\bfeatures first-hand (?:journalism|reporting)\b|\bhas related news\s*:?$|^you are here\s*(?::|$)/i,
  /^(?:\p{Lu}{2,6}\s+)?[Oo]fficial\s*:\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}$/u,
  // A broadcast sign-on: "It is Monday, ..., the time is 12:00 UTC, and this is Example News."
  /\bthe time is\b.{0,30}\band this is\b/i,
  // Newscast sign-ons and sign-offs: "From Washington, this is VOA News. I'm Jane Roe reporting.",
  // "You're listening to news from ...".
  /\bthis is (?:\p{Lu}[\p{L}.'’\-]*\s+){1,4}news\b.{0,80}$|^you['’]re listening to\b|\bI['’]m \p{Lu}\S*(?: \p{Lu}\S*){0,2},? reporting\.?$/iu,
  // Link promos and share buttons: ">>Click here for the full interview<<", "Digg this article!".
  /^[>»\s]*click here\b|^>{2,}|<{2,}\s*$|^(?:digg|reddit|delicious|stumble ?upon)\b.{0,30}$/i,
  // Archive and section furniture: "Tag Archives: ...", "News: Additional Text Archive",
  // "Link to the Example Department Home Page", "Example Department Seal of the ...".
  /^(?:tag|category|author|monthly|daily|yearly) archives?\s*:|\btext archives?$|^link to\b.{0,80}\bhome ?page$|^[^!?]{0,120}\bseal of the\b[^!?]{0,160}(?<![.!?"”])$/i,
  // A section label: a few capitalised words ending in "News" ("Criminal Justice News").
  /^(?:\p{Lu}[\p{L}'’\-]*\s+){1,3}News$/u,
  /^(?:published|updated|posted|last updated)\b|\b(?:\d+|an?) (?:minutes?|hours?|days?|weeks?|months?|years?)(?:,? (?:and )?\d+ (?:minutes?|hours?|days?|weeks?))? ago$|\b\d+ min(?:ute)?s? read\b/i,
  /^(?:print|e-?mail|tweet|facebook|twitter|linkedin|whatsapp|reddit|copy link)$/i,
  BULLET,
  /^\|/,
  /---\|/,
  // A link or player promo introducing media the capture does not hold ("Watch the video here:").
  /^(?:view|watch|listen(?: to)?|click|tap|download|hear)\b.{0,150}:$/i,
  // A news service's name on a line of its own ("Example Press Service", "Example News Agency").
  /^(?:\p{Lu}[\p{L}'’.\-]*\s+){0,4}(?:Press|News|Wire|Information)\s+(?:Service|Agency|Network|Wire)s?$/u,
  // A reporter's credit introducing the story: "Jane Roe at the Example Service offers the below piece:".
  /\b(?:offers|presents|brings|sends|files|filed) (?:us )?(?:the|this) (?:below|following)\b.{0,40}:$/i,
  // Site furniture: exit-link disclaimers, release-listing heads.
  /\blinks? (?:(?:and|&) contacts )?(?:on|in|within) this (?:page|site|release)\b|\bexit(?:s|ing)? (?:the|this) (?:site|website)\b|\bthird-party (?:web ?site|link)/i,
  /^(?:news|press|media) releases? (?:from|by|for|archive)\b/i,
  // File-sharing links (ed2k://, magnet:?).
  /^(?:ed2k|magnet|thunder|ftp):/i,
  // Transcript markers, calls to action and feed labels: "(begin transcript)", "JOIN NOW",
  // "Channel: Recent Updates for ...", "Note: Click on photos for ...".
  /^\((?:begin|end)(?: of)? (?:transcript|text|excerpt)\)$|^(?:channel|feed|section)\s*:/i,
  /\b(?:join|sign up|register|subscribe|donate|apply) now\b|\bclick (?:on|here)\b/i,
  // A reporter's sign-off: "For VOA Learning English, I'm Jane Roe.", "I'm Jane Roe, VOA News."
  /^(?:(?:[Ff]or|[Ff]rom) (?:\p{Lu}[\p{L}.'’\-]*\s*){1,5},\s*)?I['’]m \p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2}(?:,\s*(?:\p{Lu}[\p{L}.'’\-]*\s*){1,4})?\.?$/u,
  // A line of links and labels run together by arrows or bars: "June 28, 2013 | Latest lessons → Example".
  /^[^.!?"“”]{0,150}(?:\s[|→›»]\s[^.!?"“”]{0,80}){2,}$/u,
  // A breadcrumb by slashes, from a site's section or through a year: "News & Events / Press
  // Releases / 2019" (a briefing's topic index, "Efforts of ... / Report from Administrator Roe",
  // is read for people instead).
  /^(?:home|news|newsroom|press|media|about|main)\b[^.!?"“”/]{0,40}(?:\s\/\s[^.!?"“”/]{1,40}){2,}$|^[^.!?"“”/]{1,40}(?:\s\/\s[^.!?"“”/]{1,40}){1,}\s\/\s(?:19|20)\d\d\b[^.!?"“”/]{0,40}$/iu,
  // A media player's and a comment box's furniture: "No media source currently available", "The
  // URL has been copied to your clipboard", "In the comments section, write ...", "Loading...".
  /^no media source\b|\bcopied to (?:your|the) clipboard\b|\b(?:in|to) the comments? section\b|\bleave (?:a|your) comment\b/i,
  /^(?:download|embed|direct link|loading\.*|see comments(?: \(\d+\))?|comments? \(\d+\))$/i,
  // Counts of a listing or a post: "Viewing all 7357 articles", "12 comments", "3,201 views".
  /^(?:viewing|showing|displaying)\s+(?:all\s+)?\d[\d,]*\b.{0,40}$|^\d[\d,.]*k?\s+(?:comments?|replies|views|shares|likes|articles|results|items|posts|stories|responses)$/i,
  // A comment form and post navigation: "Your email address will not be published.", "Leave a Reply".
  /\byour e-?mail address will not be published\b|\brequired fields are marked\b|^leave a (?:reply|comment)\b|^notify me of\b|^(?:previous|next|older|newer) (?:post|article|story|entry)\b/i,
  // Credits closing a wire story: "Reporting by Jane Roe; Editing by Ann Lee", "Jane Roe contributed to this report."
  // (Round 13: "Some information for this report came from Reuters."; a closed comment forum.)
  /^(?:additional )?reporting by\b|\bediting by\b|\bcontributed (?:reporting )?to this (?:report|story|article)\b|^(?:this (?:story|article) (?:was|has been) (?:updated|corrected)\b)/i,
  /^(?:some )?(?:information|material) (?:for|in) this (?:report|story|article) (?:came|comes|was provided) from\b[^"“”]{1,120}$|^this forum has been closed\.?$/i,
  // Post furniture: "Posted in News", "Filed under: ...", "Tags: ...", "Print this page", "Back to top".
  /^(?:posted|filed) (?:in|under)\b|^tags?\s*:|^topics?\s*:|^print (?:this|the) (?:page|article|story)$|^back to top$|^(?:next|previous) (?:article|story|page)\s*:/i,
  // Round 7: a reader-support line: "If you have any problems viewing this article, please report
  // them to ...", "Having trouble viewing this page? Contact ...".
  /\b(?:if you (?:have|are having|experience|encounter|run into) (?:any )?|having )(?:problems?|trouble|difficult(?:y|ies)|issues?) (?:viewing|reading|accessing|seeing|opening|playing|displaying)\b/i,
  // Round 7: a page's credit lines: "Edited by Jane Roe. Reported by Tom Doe.", "Produced and
  // narrated by Jane Roe" (a line of its own, short).
  /^(?:(?:edited|reported|written|produced|compiled|translated|narrated|hosted|filmed|photographed)(?: and (?:edited|reported|written|produced|narrated|hosted|filmed|photographed))? by \p{Lu}[^.!?"“”]{0,60}\.?\s*){1,3}$/iu,
  // Round 7: a pointer to the full story elsewhere ("The full version of this story with
  // accompanying images is at:"), a government site's banner ("Official websites use .mil",
  // "Secure .gov websites use HTTPS").
  /^(?:the )?(?:full|complete|original) (?:version|text) of this (?:story|article|release|report)\b.{0,60}\b(?:is )?(?:at|here)\s*:?$|^(?:official|secure) (?:websites|sites) use (?:\.\w+|https)\b/i,
  // Round 7: a section label and a date, alone on a line: "Commentary | May 12, 2022", "News · 3/4/2021".
  /^(?:\p{Lu}[\p{L}'’&\-]*\s+){0,3}\p{Lu}[\p{L}'’&\-]*\s*[|•·]\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d\d-\d\d)$/u,
  // Round 8: a release's label with its date or its embargo ("FOR IMMEDIATE RELEASE - March 3,
  // 2020", "For Immediate Release: Tuesday, ...", "Embargoed until 10 a.m. EST").
  // (Round 12: after a date, "Date: 2024-03-02 IMMEDIATE RELEASE".)
  /^(?:release )?date\s*:?\s*[\d./\-]{6,10}\s+(?:for )?immediate release$/i,
  /^(?:for )?immediate release(?:\s*[:\-–|,]\s*[^"“”]{0,60}|\s+(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)[^"“”]{0,60})?$|^for release\s*(?::|\d|on\b|at\b|after\b)[^"“”]{0,60}$|^embargoed (?:until|till|for|to)\b[^"“”]{0,80}$/i,
  // Round 8: an aggregator's source line ("Source: United States Senator for Example Jane Roe",
  // "Source: https://..."): the page it was copied from, not the story.
  /^(?:source|originally from|via)\s*:\s*[^"“”!?]{1,160}$/i,
  // Round 8: skip links, however worded ("Skip Main Navigation", "Skip global navigation and go to
  // page content", "Skip to secondary navigation").
  /^skip\b(?:\s+\S+){0,5}\s+(?:content|navigation|nav|menu|links|search|footer|header)\b[^.!?"“”]{0,50}$/i,
  // Round 8: a public-health banner line ("Coronavirus Disease 2019 (COVID-19)", "COVID-19:
  // Latest Updates", "Find the latest information on the coronavirus at coronavirus.gov").
  /^(?:coronavirus|covid(?:-19)?)(?:\s+disease(?:\s+2019)?)?\s*(?:\((?:covid-19|coronavirus)\))?\s*(?:[:|\-–]\s*)?(?:(?:the\s+)?latest\s+)?(?:updates?|information|info|resources|guidance|response)?(?:\s+(?:and|&)\s+(?:updates?|information|resources|guidance))?$|^(?:find|get|see|read)\s+the\s+latest\b[^"“”]{0,60}\b(?:information|updates|guidance)\b[^"“”]{0,40}\b(?:coronavirus|covid|cdc)\b[^"“”]{0,60}$/i,
  // Round 8: a list of categories' heading ("Blog Articles By Category", "Browse by Topic",
  // "Categories", "Recent Posts").
  /^(?:\p{L}+\s+){0,3}(?:by|per)\s+(?:category|categories|topic|topics|tag|date|month|year|author|subject|region)$|^(?:categories|tags|topics|archives|blog archives?|recent (?:posts|articles|comments|entries)|popular (?:posts|tags|articles))$/iu,
  // Round 8: notices about the page itself, even holding a phrase in marks: an archive's ("This is
  // historical material "frozen in time". The website is no longer updated ..."), a wiki's
  // conflict-of-interest notice ("This article mentions the Example Foundation, one of its
  // projects, or people related to it."), a link's remainder ("Read more...", "Continue reading »").
  /^this is (?:historical|archived) (?:material|content)\b|^this (?:article|story|page) (?:mentions|discusses)\b[^.!?]{0,120}\b(?:one of its projects|people related to it|related to it)\b/i,
  /^(?:read|see|view) more\s*(?:\.{2,}|…|»|›|>+)?$|^continue reading\b[^.!?"“”]{0,60}$/i,
  // Round 8: an image's alternative text in brackets ("[design image slice] ...", "[image] ..."),
  // a portal's link line ("USA dot Gov: The U.S. Government's Official Web Portal.").
  /^\[(?:design |decorative )?(?:image|graphic|photo|picture|icon|logo|banner)(?: slice)?\]/i,
  // Round 36: a logo's alternative text marked in brackets after the agency's name, its link's
  // text after it ("Example Commission, United States of America (logo). Link to EC Home Page").
  /^[^"“”.!?]{2,120}\((?:official )?(?:logo|seal|emblem|icon|badge|wordmark)\)(?:\.?\s+link to\b[^"“”.!?]{0,60})?\.?$/i,
  // Round 36: a notice that the page is an old version of the site, its link to the new one ("You're
  // visiting a page from the old design. | Visit the new site", "This is our legacy website.").
  /^you(?:['’]re| are) (?:visiting|viewing|looking at|reading|on) [^"“”.!?]{0,40}\b(?:old|older|previous|legacy|former|retired|archived) (?:design|site|website|web site|version)\b[^"“”]{0,80}$/i,
  /^this is (?:a |an |the |our )?(?:old|older|previous|legacy|former|retired|archived) (?:website|web site|design|version of (?:this|the|our) (?:site|website|page))\b[^"“”]{0,80}$|^visit (?:the|our) new(?: (?:site|website|web site|design|version|page)\b[^"“”.!?]{0,40})?\.?$/i,
  /^usa(?:\.| dot )gov\b|\bofficial web portal\b/i,
  // Round 38: a site's menu run into one line with spaces only, from "Home" to "About Us" ("Home
  // Page Government Reference Desk Special Collections About Us Contribute"), a news page's search
  // box ("Camp Example News Search"), a site-wide pointer to the latest information ("The latest
  // general information on the Coronavirus Disease 2019 (COVID-19) is available on the CDC website.").
  // (Only with "About Us" or "Contact Us" in it: "Home Fire Victims Get Help" is a headline.)
  /^(?=[^"“”.!?]{0,200}\b(?:About|Contact) Us\b)(?=[^"“”.!?]{0,200}\b(?:About Us|Contact Us|Contribute|Site ?[Mm]ap|FAQs?)$)Home(?: Page)?(?:\s+(?:\p{Lu}[\p{L}'’&-]*|&|and|of|the)){2,20}$/u,
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:News|Site)\s+Search$/u,
  // Round 41: a service's name in lower case, as a logo's alternative text gives it ("united states
  // coast guard").
  /^(?:united states|u\.s\.) (?:coast guard|army|navy|air force|marine corps|space force)$/,
  // Round 42: a site's disclaimer on its content ("DISCLAIMER: In alignment with Department of
  // Defense (DoD) Instruction 5400.17 ... the Guard is reviewing its digital media content.").
  /^disclaimer\s*:\s*\S/i,
  // Round 39: an archive's note on its outdated pages ("In an effort to keep current, the archive
  // contains outdated information that may not reflect current policy or programs."), a release's
  // pointer to its video ("NOTE: To see a video related to this release, click https://..."), a
  // post's road conditions ("Training Area Road conditions: Amber as of 2/20/2018 6:50 AM ..."), a
  // credit alone in brackets ("(Courtesy photo)").
  /^(?![^"“”]{0,300}\b(?:said|says|told)\b)[^"“”]{0,80}\barchive contains (?:outdated|older|historical)\b[^"“”]{0,160}$/i,
  /^(?:note\s*:\s*)?to (?:see|view|watch|download|hear) (?:a |the )?(?:video|photos?|images?|b-roll|audio|recording)s?\b[^"“”]{0,80}\b(?:click|visit|go to)\b[^"“”]{0,160}$/i,
  /^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:[Rr]oad|[Ww]eather|[Dd]riving|[Rr]ange|[Ff]ire) [Cc]onditions?\s*:\s*\p{Lu}\p{L}*\s+as of\b[^"“”]{0,160}$/u,
  /^\((?:courtesy|file|contributed|submitted|staff|stock) (?:photo|image|graphic)\)$/i,
  /^(?![^"“”]{0,300}\b(?:said|says|told)\b)(?:the )?latest (?:general )?information (?:on|about) [^"“”]{1,100}\bis available (?:on|at|from) [^"“”]{1,60}$/i,
  // Round 8: an address block's street line ("1400 Independence Ave., SW", "200 Main Street, Suite 4").
  /^\d{1,5}\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){1,4}(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Dr|Drive|Way|Place|Pl|Lane|Ln|Court|Ct|Parkway|Pkwy|Square|Sq|Plaza|Highway|Hwy)\b\.?,?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\.?)?(?:,?\s+(?:Suite|Room|Ste\.?|Floor)\s+\w+)?$/u,
  // Round 8: a breadcrumb run together without separators ("HomeNewsMarine Minute Audio").
  /^Home(?=\p{Lu}\p{Ll})/u,
  // Round 8: a date and a clip's running time ("Aug. 16, 2017 | 1:00").
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*[|•·]\s*\d{1,2}:\d{2}(?::\d{2})?$/,
  // Round 8: a link to a file, its type and size in brackets ("Download the full report (PDF, 1.2
  // MB)", "Fact sheet (DOCX)").
  /^[^"“”]{0,120}\((?:pdf|docx?|xlsx?|pptx?|mp3|mp4|zip|csv)(?:,?\s*[\d.,]+\s*[kmg]b)?\)\s*$/i,
  // Round 9 (frozen8's classes, as kinds of line): a media advisory's dial-in instructions ("Dial-in:
  // 888-555-0100", "Passcode: 4471", "Conference ID 5512", "To join by phone, dial ... and enter
  // access code ...", "Media wishing to attend must RSVP to ...").
  /^(?:(?:toll[- ]free\s+)?dial[- ]?in|call[- ]?in|toll[- ]free|(?:participant |attendee |conference |meeting |access |event |webinar )?(?:pass ?code|password|pin|code|id|number|link)|audio (?:access|only|line))(?:\s+(?:number|no\.?|#))?\s*[:#]\s*\S[^"“”]{0,120}$/i,
  /\b(?:dial|call)(?:-in| in| into)?\b.{0,100}\b(?:pass ?code|access code|conference (?:id|code)|participant (?:code|pin)|meeting id|webinar id|pin)\b|\b(?:to join|join(?:ing)?) (?:the )?(?:call|webinar|teleconference|meeting|briefing|event) (?:by|via|from) (?:phone|telephone|computer|web|zoom)\b|\brsvp\b|^(?:members of the )?(?:news )?media (?:who|interested|wishing|planning|should|must|are (?:invited|asked|encouraged|welcome))\b[^"“”]{0,160}\b(?:rsvp|credential|register|contact|dial|call|attend|arrive|cover|participate)\b/i,
  // A memorandum's header line ("To: All Regional Offices", "Subject: Fire season", "Attn: Chief
  // Rangers"): the form the page was sent in, not the story.
  /^(?:to|from|attn|attention|cc|bcc|re|subject|subj|distribution|memorandum for)\s*:\s*[^.!?"“”]{1,100}$/i,
  // A newsletter's masthead, issue line and teaser ("Volume 12, Issue 3", "Spring 2019", "INSIDE:
  // ...", "In This Issue"), and a jump line ("continued on pg 18", "Story continues on page 4").
  /^(?:inside|in this issue|inside this issue|also inside|what['’]s inside)\b\s*(?::.{0,200})?$|^vol(?:ume)?\.?\s*\d+\b[^.!?"“”]{0,60}$|^(?:issue|no\.|number)\s*\d+\b[^.!?"“”]{0,40}$|^(?:spring|summer|fall|autumn|winter)(?:\s*[/&\-–]\s*(?:spring|summer|fall|autumn|winter))?,?\s+\d{4}(?:\s*[/\-–]\s*\d{2,4})?$/i,
  JUMP_LINE,
  // A republishing note ("This article may be republished free of charge", "Republished from
  // Example Magazine", "Reprinted with permission"), wherever it stands.
  /\b(?:may|can|is free to|are free to) (?:be )?(?:republish(?:ed)?|reprint(?:ed)?|reproduced?)\b.{0,80}\b(?:free|permission|credit|licen[cs]e|charge|attribution|creative commons)\b|^(?:republish(?:ed)?|reprinted|reposted|syndicated)\b[^"“”]{0,160}$|^adapted (?:from|with permission)\b[^"“”]{0,160}$|^(?:this )?(?:article|story|post|piece|content|report) (?:was |is |has been )?(?:republished|reprinted|reposted|syndicated) (?:from|with|courtesy|by|under|on)\b/i,
  // A credit set apart in square brackets ("[Submitted by Jane Roe, Chief Ranger]", "[Jane Roe,
  // Park Ranger]", "[Information from the Example Daily News]"): editors' furniture; a line wholly
  // in square brackets holds no story.
  /^\[[^[\]"“”]{1,200}\]\.?$/,
  // ... and its second half under a hard wrap ("Sullivan, Supervisory SA, YOSE, 7/30]"): a short
  // line closing a bracket it never opened, with no sentence in it.
  /^[^[\]"“”.!?]{1,120}\]$/,
  // Round 9 (holdout14's classes): an event's logistics for the press ("Camera crews must check in
  // with building security by 10 a.m.", "A recording of the call will be available ..."), a
  // feed's source line with its date and time ("Example News - April 5, 2024 - 09:00"), link text
  // left alone ("Read the news release.", "Read back issues of ..."), a social account's line, a
  // newsletter's publishing note, issue and edition lines and contents heading ("The Example Star
  // for May 17, 2023.", "Example Star, August 17, 2011 Edition", "In This Week's Star (Click to
  // Expand)"), an archive's heading ("Example Star Archive"), a city, state and ZIP code line.
  /^(?:camera crews|(?:members of the )?(?:news )?media|reporters|journalists|photographers|press)\b[^"“”]{0,80}\b(?:must|should|will need to|are required to|need to)\b[^"“”]{0,80}\b(?:check in|register|rsvp|present|arrive|credential|security|badge|identification|i\.d\.)/i,
  /^(?:an? )?(?:audio |video )?(?:recording|replay|webcast|archive|transcript)s? of (?:the|this|today['’]s) (?:event|call|briefing|teleconference|press conference|news conference|webinar|meeting)\b[^"“”]{0,60}\bwill be (?:available|posted|archived)\b/i,
  /^[^.!?"“”]{1,80}\s[-–—|]\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s[-–—|]\s\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$/i,
  /^(?:read|see|view|watch|download) (?:the |our |this )?(?:full |entire |complete |whole |original )?(?:news release|press release|release|story|article|report|post|statement|fact sheet|transcript|video)\.?$|^read (?:back|past|previous|earlier|older) (?:issues|editions|stories|posts|articles)\b/i,
  /^@\w{2,}\b|\blive-?tweet(?:ing|ed)?\b|\b(?:facebook|twitter|instagram|youtube|flickr) (?:page|account|channel)$/i,
  /^(?:the\s+)?(?:\p{Lu}[\p{L}'’\-]*\s+){1,5}is published (?:online )?(?:every|each|weekly|monthly|daily|twice|once)\b/iu,
  /^(?:the\s+)?(?:\p{Lu}[\p{L}'’\-]*\s+){1,4}(?:for|of)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?$|^[^.!?"“”]{0,80}\b(?:19|20)\d\d\s+(?:[Ee]dition|[Ii]ssue)$/u,
  /^in this (?:week|month|issue|edition)(?:['’]s)?\b[^.!?"“”]{0,40}$|\(click to (?:expand|collapse|enlarge|view|open)\)$|^(?:suggested|popular|recent) searches$/i,
  /^(?:\p{Lu}[\p{L}'’\-]*\s+){1,4}Archives?$/u,
  // (A mailing address's last line, in the postal form, "Example Center, AL 35812"; an event's
  // place written out, "College Park, Maryland 20740", is the advisory's story.)
  // (Round 37: the state's name with a nine-digit code is the postal form too, "Example City,
  // Virginia 22102-5090".)
  /^[^.!?"“”]{1,80},\s*(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s+\d{5}-\d{4})$/u,
  // Round 37: a column's tagline ("In the Region: A weekly snapshot of news, announcements, and
  // other tidbits from the Example Commission").
  /^(?![^"“”]{0,300}\b(?:said|says|told)\b)(?:[^"“”:]{2,40}:\s+)?(?:a|an|your)\s+(?:weekly|daily|monthly|biweekly|bi-weekly|quarterly)\s+(?:snapshot|roundup|round-up|digest|look|summary|update|newsletter|briefing|recap)\s+of\b[^"“”]{0,160}$/i,
  // Round 10 (made-up furniture swept above, below and inside a story): a share bar of network
  // names, a download link with its file size, a pager's arrows, a blog's like button, a
  // republishing line naming a site, an archive notice.
  // (One way to split the white space between two names: no backtracking over a long run of it.)
  /^(?:(?:facebook|twitter|x|linkedin|e-?mail|print|share|pinterest|reddit|whatsapp|tumblr|flickr|youtube|instagram|rss|copy link|sms|more)\s*(?:[|•·,/]\s*)?){2,8}$/i,
  /^download\b[^"“”.!?]{0,80}\((?:[a-z]{2,4},?\s*)?\d+(?:\.\d+)?\s*(?:kb|mb|gb)\)$/i,
  /^[«‹<]+\s*(?:previous|prev|older|newer|next)\b[^"“”]{0,40}$|^[^"“”]{0,40}\b(?:previous|prev|older|newer|next)\s*[»›>]+$/i,
  /^like this:|^like loading\.{3}$|^loading\.{3}$/i,
  /^(?:originally |first )?(?:published|posted|appeared) (?:at|on) (?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|mil|com|org|net|edu|us)\b\S*$/i,
  /^this (?:content|page|article|release|information|material|story) (?:is|has been) archived\b[^"“”]{0,120}$/i,
  // ... a link's note, a "more" link closed by an arrow, a jump menu's label.
  /^\(?(?:link is external|external link|opens? in (?:a )?new (?:window|tab))\)?$|^jump to:?$/i,
  /^[^"“”«‹.!?]{1,40}\s[»›]+$/,
  // ... an archive's section label ("Example Archives: News Releases"), link text naming a page.
  /^(?:\p{Lu}[\p{L}'’\-]*\s+){0,4}Archives?\s*:\s*[^.!?"“”]{1,60}$/u,
  /^link to\b[^.!?"“”]{1,80}$|^(?:visit|go to|return to|back to)\b[^.!?"“”]{0,60}\b(?:page|site|website|home ?page|central|portal|newsroom|archives?)$/i,
  // ... a page title of short parts between pipes ("Press Releases | Senator Jane Roe"), a wiki's
  // stub and sister-project notes, a print button, a reading time, a page's type, a copy button's
  // answer, a caption's or a credit's empty label.
  /^(?!.*\p{Ll}{2}[.!?](?:\s|$))[^!?"“”|]{2,60}(?:\s\|\s[^!?"“”|]{2,60}){1,4}$/u,
  /^this (?:article|story|page) is a stub\.?$|^wikipedia has (?:more|an article) (?:about|on) this (?:subject|topic):?$/i,
  /^print friendly,? pdf (?:&|and) e-?mail$|^(?:estimated )?reading time:?\s*\d+\s*min(?:ute)?s?\.?$|^link copied!?$/i,
  /^(?:article|content|page|release|document|story) type:\s*[^.!?"“”]{1,40}$|^(?:credit|caption|photo|image|source)s?:$/i,
  // Round 11 (frozen10's classes, swept with made-up lines): a feed's source line on a reposting
  // blog ("from Example Agency News https://ift.tt/..."), a plea to follow a site on networks
  // ("Please follow Example Daily on Twitter and like us on Facebook."), a "more" link of kinds of
  // releases ("More status reports and news releases or top stories."), a mailing-list archive's
  // bracketed navigation, a link prompt ending in "at:" ("Learn more about the agency at:").
  /^from\s+(?:the\s+)?\p{Lu}[\p{L}&'’\-]*\s+(?:(?:\p{Lu}[\p{L}&'’\-]*|of|and|for|the|&)\s+){0,8}(?:https?:\/\/|www\.)\S{1,200}$/u,
  /^(?:please\s+)?(?:follow|like|find|join|connect with|friend)\s+(?:us|[^"“”.!?]{1,60}?)\s+on\s+(?:twitter|facebook|instagram|youtube|linkedin|flickr|tiktok|x)\b[^"“”.!?]{0,80}[.!]?$/i,
  /^more\s+(?:[\p{L}-]+\s+){0,2}(?:news|stories|releases|reports|updates)(?:\s+(?:and|or|&)\s+(?:[\p{L}-]+\s+){0,2}(?:news|stories|releases|reports|updates))*\.?$/iu,
  /^(?:messages sorted by:?\s*)?(?:\[[^\][]{1,30}\]\s*){2,}$/i,
  /^(?:learn|read|find out|get|see)\s+more\b[^"“”.!?]{0,120}\bat\s*:$/i,
  // ... an archive's note on older releases and dead links ("Note: Press releases from 2004 to 2015
  // are available through the Example Archive. Some links ... may no longer be active."), a
  // listing's description of itself ("Browse through a list of all news items by topic."), a
  // plug-in notice ("You need Adobe Flash Player 9 to view our videos.", "This content requires
  // JavaScript"), a blog's category line ("Multimedia, Politics, Uncategorized, browse-all »").
  /^note\s*:\s*(?:[\p{L}-]+\s+){0,2}(?:releases|announcements|statements|stories|articles)\b[^"“”]{0,240}\b(?:archive|archived|no longer)\b/iu,
  /\blinks? (?:in (?:(?:this|these|the|our) )?(?:press |news )?(?:releases?|announcements?|pages?|articles?|statements?) )?may no longer (?:be )?(?:active|work|available)\b/i,
  // Round 14: an archive's note that its releases may be out of date ("Please note: As of January
  // 20, 2021, information in some news releases may be out of date or not reflect current
  // policies."), a blog's closing notice ("Oooops! We are no longer posting on this blog.").
  /^(?![^"“”]{0,300}\b(?:said|says|told)\b)(?:(?:please )?note\s*:\s*)?(?:as of [^.!?"“”]{3,40},\s*)?(?:the |some )?(?:information|content|material)s? (?:in|on|of) (?:some |this |these |older |our |archived )?(?:news |press )?(?:releases?|pages?|posts?|site|articles?)\b[^"“”]{0,120}\bmay (?:be out of date|be outdated|no longer be (?:current|accurate)|not reflect current)\b[^"“”]{0,120}$/i,
  // Round 15 (frozen13's classes, swept with made-up lines): a feed's source line and its link to
  // the rest ("RSS feed source: Example Agency", "Click this link to continue reading the article
  // on the source website."), an archive's note that a page is kept for the record ("This
  // material is available primarily for archival purposes."), image labels run together ("Logo
  // Search GraphicGuide To Programs GraphicImage Library"), a numbered link in headline case.
  /^(?:rss )?feed source\s*:|^click (?:this|the|on the) link\b[^"“”]{0,100}$|\bcontinue reading (?:the|this) (?:article|story|post)\b[^"“”]{0,60}$/i,
  /^this (?:material|page|content|information|document|site) is (?:available|provided|kept|maintained|offered) (?:primarily |only |solely |here )?for (?:archival|historical|reference)(?: reference)? (?:purposes|use)\b/i,
  /^(?:[^.!?"“”]{0,60}\b(?:Logo|Graphic|Icon|Image|Banner|Button)(?=\p{Lu})){2}/u,
  // (Round 17: its words may be initials, numbers or "Jr.": "2. A Message from EEOC Chair Jane A. Roe for 2025 Martin Luther King Jr. Day".)
  /^\d{1,2}\.\s+(?:(?:\p{Lu}[\p{L}'’\-]*|\p{Lu}\.|\d{1,4}|Jr\.|Sr\.)\s+(?:(?:of|and|the|to|for|from|in|on|a|an|with|at|by)\s+)?){2,16}\p{Lu}[\p{L}'’\-]*$/u,
  // Round 17 (frozen15's classes, swept with made-up lines): a blog's label line ("Showing posts
  // with label USDOJ. Show all posts"), a section label ("News of the FTC"), a feed reader's error
  // ("HungryFEED can't get feed."), a site's name and motto ("Federal Trade Commission - Protecting
  // America's Consumers"), an e-mail sign-up ("Get press releases emailed to you ..."), a social
  // bookmark button's or a skip link's text run into a menu.
  /^showing posts (?:with label|for query|from)\b|^show all posts\.?$|\bcan['’]t (?:get|load|find|read|display) (?:the |this )?feed\b/i,
  /^(?:[Nn]ews|[Uu]pdates|[Ss]tories|[Rr]eleases) (?:of|from) (?:the )?\p{Lu}[\p{L}.'’&]*(?:\s+\p{Lu}[\p{L}.'’&]*){0,3}$/u,
  /^(?:\p{Lu}[\p{L}.'’&]*\s+(?:(?:of|and|for|the)\s+)?){1,7}\p{Lu}[\p{L}.'’&]*\s+[-–—|]\s+(?:\p{Lu}\p{Ll}+ing|Find|Make|Get|Visit|Learn|Search|Join|Discover|Explore)\b[^.!?"“”]{0,60}$/u,
  /^(?:get|receive|have)\b[^.!?"“”]{0,40}\b(?:e-?mailed|sent|delivered)\b[^.!?"“”]{0,20}\bto (?:you|your (?:inbox|e-?mail))\b[^"“”]{0,60}$|^sign up (?:to|for)\b[^.!?"“”]{0,40}\b(?:e-?mails?|alerts?|updates|newsletters?)\b[^"“”]{0,40}$/i,
  /\bsocial bookmark(?:ing)? button\b|\baddthis\b|\bskip navigation\b/i,
  // ... a mailing-list archive's links to the messages around ("Previous message: [Example-press] ...").
  /^(?:previous|next) (?:message|topic|thread|post|article|story|release)\s*(?:\(by thread\)\s*)?:/i,
  // (And its header fields: "From: Example Press press at example.gov", "To: ...", "Sent: ...".)
  /^(?:from|to|cc|sent|reply-to)\s*:\s*[^!?"“”]{1,100}$|^date:\s+(?:mon|tue|wed|thu|fri|sat|sun)\b[^"“”]{0,60}\b\d{4}$/i,
  /^[^"“”]{0,80}\bis an equal opportunity (?:provider|employer|lender)\b[^"“”]{0,80}$/i,
  /^(?![^"“”]{0,300}\b(?:said|says|told)\b)(?:[\p{L}!]{1,12}\s+)?(?:we(?:['’]re| are| have) (?:no longer|stopped|moved)\b[^"“”]{0,40}\b(?:blog|site|page|posting|updating|publishing)\b|this blog (?:is|has) (?:no longer|stopped|moved)\b)[^"“”]{0,160}$/iu,
  // (Round 12: a feed archive's "Browse latest View live".)
  /^browse\b[^"“”.!?]{0,60}\b(?:list|all|archive|news|releases|items|stories)\b[^"“”!?]{0,100}\.?$|^browse latest(?: view live)?$/i,
  /\b(?:need|install|upgrade|download|get|requires?)\b[^"“”.!?]{0,40}\bflash player\b|\b(?:requires|enable|enabled) (?:the )?javascript\b|\bjavascript (?:must be |to be )?(?:enabled|required)\b/i,
  /(?:^|,\s*)Uncategori[sz]ed(?:\s*,|\s*[»›]|$)|\bbrowse[- ]all\b/,
  // ... an aggregator's heading for one source ("Recent News About Example Agency"), a newscast's
  // standing promotion ("Give us 5 minutes, and we'll give you the world. ... keeps you in touch").
  /^(?:recent|latest) (?:news|stories|releases|posts|articles|updates) (?:about|from|on|for)\s+(?:\S+\s+){0,6}\S+$/i,
  // (Anchored, so a shape that holds even in a long paragraph of prose: see isJunk.)
  /^give us (?:\d+|\p{L}+) minutes?,? and we['’]ll give you\b/iu,
  /\bkeeps? you in touch with the latest\b/i,
  // Round 12: a wiki's cross-reference ("For more information on the election, read Example
  // municipal election, 2026."), a mailing list's tag before a subject ("[Agency HQ News] ..."), a
  // paper's tagline ("Harbor Navigator: News and Information from Navy Region Harbor").
  /^for more (?:information|details|coverage) (?:on|about) [^"“”.!?]{1,80}, (?:read|see)\b[^"“”!?]{0,120}\.?$/i,
  /^\[[^\][]{0,30}\b(?:news|list|digest|announce|announcements|updates|bulletin)\]\s/i,
  /\b[Nn]ews and [Ii]nformation (?:[Ff]rom|[Ff]or|[Aa]bout) (?:the )?\p{Lu}[^.!?"“”]{0,80}$/u,
  // Round 18: a newsletter's sign-off to its readers ("Like what you're seeing? Have a story to
  // share? Get in touch with us!", "Thanks for all you do!"), a link back up the page ("Top of page").
  /^(?:[^.!?"“”]{1,60}\byou(?:r|['’]re|['’]ve)?\b[^.!?"“”]{0,60}\?\s+){1,4}(?:[^.!?"“”]{1,60}\?\s+)*(?:get in touch|contact us|let us know|drop us a (?:line|note)|write to us|e-?mail us|send (?:it|them) (?:to us|our way))\b[^"“”!?]{0,80}[.!]?$/i,
  /^(?:thanks|thank you),? (?:again )?for (?:all (?:that )?you do|reading|your (?:support|service|interest|hard work))[.!]?$|^(?:back to |go to |return to )?top of (?:the )?page$|^\^?\s*top$/i,
  // Round 18: a teleconference's instructions ("Please dial in 10 to 15 minutes before ...", "press
  // *1 on your touchtone phone", "You may queue up at any time"), the notice of its transcript, a
  // page's text-size controls.
  /^\W{0,3}please dial in\b|\bpress \*\d\b|^you may queue up\b|\byou will hear a tone\b|^(?:participant|conference|access) (?:code|passcode)\s*:/i,
  /^(?:an? )?(?:transcript|audio recording|recording|video) of (?:this|the|today['’]s) (?:media availability|briefing|press (?:conference|briefing)|call|teleconference|telebriefing|event)\b[^"“”]{0,40}\bwill be (?:available|posted)\b/i,
  /\bfont size\b[^"“”]{0,40}\b(?:reduce|enlarge|increase|decrease|larger|smaller|default)\b|^(?:reduce|enlarge|increase|decrease) (?:the )?(?:text|font) size\b/i,
  // Round 19: a government site's banner ("US flag Official website of the Department of ...",
  // "COVID-19 relief options and additional resources"), an archive's notice ("... the archive
  // contains content from a previous administration ..."), a story's number and tools ("Story
  // Number: NNS190201-13", "A  A  A   Email this story to a friend   Print this story"), a search
  // form's labels.
  // (Round 27: the banner run into one line with the site's notice, "Official website of the United
  // States Government We can do this. Find ...".)
  /^(?:US|U\.S\.) flag\b|^(?:an )?official website of the\b[^.!?"“”]{0,80}$|^(?:an )?official website of the united states government\b|^covid-19 (?:relief options|resources|information|updates?)\b[^.!?"“”]{0,60}$/i,
  /\bthe archive contains content from a previous administration\b|^story number\s*:|^A\s+A\s+A\b|\be-?mail this (?:story|article|page) to a friend\b|^(?:accessible )?search form\b[^.!?"“”]{0,60}$|^[^.!?"“”]{0,40}\badvanced search$/i,
  // Round 19: a press office's page ("The Example Press Office is the central news contact for all
  // members of the media.", "Our office hours are ...", "For information about the agency's history
  // ..., see ...", a bare "Address:" label, "Recent Interviews from Scientists at ...").
  /\bpress office is the (?:central|primary|main|first) (?:news |media )?(?:contact|point of contact)\b|^our (?:office|business) hours are\b|^(?:social media|address|mailing address|phone|telephone|fax|e-?mail|contact)\s*:$/i,
  /^for (?:more )?information (?:about|on) [^.!?"“”]{1,60}, (?:see|visit)\b[^"“”!?]{0,120}\.?$|^recent (?:interviews|news|stories|mentions|coverage|videos) (?:from|with|of|about|featuring)\b[^.!?"“”]{0,60}$/i,
  // Round 20: a comment form's help ("Currently we allow the following HTML tags in comments:"), a
  // site's terms ("By accessing/using Example.com, you signify your agreement with the Terms of
  // Use ..."), a pointer to a page elsewhere ("Read the White House announcement.", "... may be
  // found on our Accidents page."), a campaign's question before its web address.
  /\bwe allow the following (?:html )?tags\b|^these tags can be used alone\b|^by (?:accessing|using|visiting)\b[^"“”]{0,120}\byou (?:signify|indicate|accept|agree)\b|\bterms of use on our\b/i,
  /^read the (?:full |complete )?(?:[\p{L}'’]+ ){0,4}(?:announcement|release|press release|statement|report|transcript|remarks|fact sheet)\.?$|\b(?:may|can) be found on our\b[^"“”!?]{0,60}\bpage\.?$|^[^.!"“”]{1,80}\?\s+(?:https?:\/\/|www\.)\S+$/iu,
  // Round 21: the rest of a government site's banner ("Federal government websites often end in
  // .gov or .mil. ...", "The site is secure.", "The https:// ensures that you are connecting to the
  // official website ..."), a feed aggregator's credit ("Added By: Feedage Forager ...").
  /^federal government websites (?:often|always|usually) end in\b|^the site is secure\.?$|^the https:\/\/ ensures\b|^added by\s*:/i,
  // Round 22: a breadcrumb by slashes from the site's domain ("Example.gov / News / ... / Agency
  // Opens Harbor Office"), a notice that a page is kept for reference ("This document is provided
  // for historical reference only."), a forum's topic line ("Author Topic: ... (Read 212 times)"),
  // a blog's categories, a notice to clear the browser's cache, a feed's or a page's note on an
  // excerpt ("date 2023-03-16 The following is an excerpt from ...", "This story was adapted from
  // a column by ...").
  /^[\p{L}\d-]+\.(?:gov|mil|com|org|net|edu)(?:\s\/\s[^!?"“”/]{1,120}){2,}$/iu,
  /^this (?:page|document|file|content|material|information|site|web ?site)\b[^"“”]{0,40}\bprovided (?:for|as) (?:historical |archival )?reference(?: purposes)?\b[^"“”]{0,200}$/i,
  /^author\s+topic\s*:|^(?:blog |post |news )?categor(?:y|ies)\s*:/i,
  /\bclear (?:your|their|the) (?:web )?browser(?:['’]s)? cache\b|^this (?:web ?)?site has (?:recently )?(?:undergone|been (?:updated|redesigned|moved))\b/i,
  // (A link line inviting the reader further, "Learn more about the Harbor Grants Program", with
  // no full stop: "Learn more about the program at the library on Saturday." is an invitation.)
  /^(?:learn|find out|read|hear|discover) more (?:about|on|at|from)\b[^"“”!?.]{1,100}$/i,
  // Round 26: a newsroom's name line ("The Example Commission Newsroom"), office lines joined by
  // "~" or "|" ("Office of the Secretary ~ Office of Public Affairs"), a page's translation notice
  // in English or Spanish, a breadcrumb opening on a slash, a newsletter's name and dotted date
  // ("Flagship 07.07.22"), a public affairs title line, the Defense Department's system warning.
  /^(?:The\s+)?(?:\p{Lu}[\p{L}&'’-]*\s+){1,6}(?:Newsroom|News Room|Press Room|Media Center|Press Office)$/u,
  /^Office of [^.!?"“”|~]{3,60}\s*[~|]\s*[^.!?"“”|~]{3,80}$/u,
  /^this page has not been translated\b|^esta página no ha sido traducida\b/i,
  /^\/\s*[^/"“”]{1,40}\s\/\s/u,
  /^(?:\p{Lu}[\p{L}'’&-]*\s+){1,4}\d{1,2}\.\d{1,2}\.\d{2,4}$/u,
  /^(?:\p{Lu}[\p{L}.'’&-]*\s+){1,8}Public Affairs (?:Specialist|Officer|Office|Director|Chief|NCO)$/u,
  /^this is an? (?:department of defense|u\.s\. government|federal government|dod)\b[^"“”]{0,40}\bcomputer system\b/i,
  // Round 27: a page's title bar naming the release before its headline ("Press Release - Harbor
  // Authority Marks 60th Anniversary"), a newspaper's name and issue ("Harbor Beacon News - June 12,
  // 2016 (Naval Station Harbor Newspaper)"; round 28: "Harbor-Marine Medical News (May 2012)"), a picture's alternative text ("This is an image of
  // Congressman Roe with a student.").
  // (Round 33: after the agency's initials, a colon against the label, "OFCCP News Release: ...".)
  /^(?:[A-Z]{2,8}\s+)?(?:[Pp]ress|[Nn]ews|[Mm]edia) [Rr]elease\s*[-–—|:]\s*\S/,
  new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’&-]*\s+){0,4}(?:News|Newsletter|Times|Post|Herald|Journal|Gazette|Bulletin|Dispatch|Courier|Beacon|Magazine|Digest|Weekly)(?:\s+[-–—|]\s+${MONTH_NAME}\s+(?:\d{1,2},\s+)?(?:19|20)\d\d(?:\s+\([^()"“”]{1,80}\))?|\s+\(${MONTH_NAME}\s+(?:\d{1,2},\s+)?(?:19|20)\d\d\))$`, "u"),
  /^this is an? (?:image|photo|photograph|picture|graphic) of\b(?![^"“”]*\b(?:said|says|told)\b)[^"“”]{0,160}$/i,
  // Round 35: an installation's name alone ("Marine Corps Air Station Example"), a report's notice
  // with its download link ("Example's 2004 annual performance report is now available.
  // DOWNLOAD>>").
  // (Round 36: its country or state after a comma, "Marine Corps Air Station Example, Japan".)
  /^(?:U\.S\.\s+)?(?:Marine Corps|Naval|Navy|Air Force|Army|Coast Guard|Joint)\s+(?:Base|Air Station|Station|Air Base|Airfield|Air Field|Logistics Base|Support Activity|Air Facility)(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?$/u,
  /\bis now available\b[^"“”]{0,40}\b(?:download|read more|click here|view it)\b/i,
  // Round 33: a page title closing on a bracketed date ("... Mining Symposium [01/30/2014]"), a
  // prompt to pick a place ("Find Your Region or Installation"), a public affairs credit after a
  // comma ("Commander, Example Command Public Affairs"), a credit between dashes ("— from Jane Roe
  // of Example Station —"), a paper's appeal for support.
  /^[^"“”]{3,200}\s\[\d{1,2}\/\d{1,2}\/\d{2,4}\]$/,
  /^(?:find|select|choose) (?:your|a|an) [^.!?"“”]{1,40}$/i,
  /^(?:\p{Lu}[\p{L}.'’&-]*,?\s+){1,8}Public Affairs\.?$/u,
  /^[—–-]+\s*from\s+[^"“”]{3,80}?\s*[—–-]+$/i,
  /\bif you are reading\b[^"“”]{0,40}\bfor free\b|\bplease (?:consider )?support(?:ing)? (?:our|this|the) (?:journalism|newspaper|site|work)\b/i,
  // Round 32: an archive's title ("Example News Releases 2004"), a blog's "Continue reading
  // "..."" link, a link inviting a view ("View Reports, News and Statistics Related to Your Home
  // State"), three or more short links joined by bars ("2002 Harbor Times Index|Harbor Times
  // Home|Top of Page"), a heading glued to the organisation's description ("Example Military
  // DepartmentThe Example Military Department is composed of ...").
  /^(?:\p{Lu}[\p{L}.&'’-]*\s+){1,5}(?:News Releases|Press Releases|News Stories|Releases|Archives?)\s+(?:19|20)\d\d$/u,
  /^continue reading(?:\s*(?:»|›|→|\.\.\.|…)?\s*$|\s+["“‘])/i,
  /^view (?:all |more |the )?(?:reports|news|statistics|data|stories|releases|photos|videos|images|events|archives?)\b[^.!?"“”]{0,80}$/i,
  /^(?:[^|.!?"“”]{1,40}\|){2,}[^|.!?"“”]{1,40}$/,
  /^(?:\p{Lu}[\p{L}.&'’-]*\s+){0,6}\p{Lu}\p{Ll}+The\s[^"“”]{0,80}\b(?:is|are) (?:composed|comprised|made up|responsible)\b/u,
  // Round 31: a wire's disclaimer ("* Reuters is not responsible for the content in this press
  // release."), a header image's alternative text ("Example District Header Image"), a pointer to
  // the latest elsewhere ("For the latest forecast, please visit www.weather.gov."), a line inviting
  // the media to a call ("Media interested in daily updates ... are encouraged to join ...").
  /\bis not responsible for the content (?:of|in) (?:this|the)\b/i,
  /^(?:\p{Lu}[\p{L}.&'’-]*\s+){0,6}(?:[Hh]eader|[Bb]anner|[Hh]ero|[Mm]asthead) (?:[Ii]mage|[Gg]raphic|[Pp]hoto|[Pp]icture)$/u,
  /^for (?:the )?(?:latest|current|most recent|up-to-date|updated)\b[^"“”]{0,60},\s*(?:please )?(?:visit|see|go to|check)\b[^"“”]{0,100}$/i,
  /^media (?:interested|wishing|who wish|outlets interested|representatives interested)\b[^"“”]{0,200}\b(?:encouraged|invited|asked|should|may)\b/i,
  // Round 30: an image's alternative text for a rule or a spacer ("Example Record vertical blue bar
  // column separator"), a picture's sizes ("photos: 2" x 2.3" or 5" x 5.8""), an A-Z index of single
  // letters, breadcrumbs glued together ("Unit HomeNewsNews Article Display"), a section's label
  // alone ("News and Features").
  /^[^.!?"“”]{0,80}\b(?:column |row |section )?(?:separator|spacer|divider)(?: (?:image|graphic|bar|line))?$/i,
  /^(?:photos?|images?|pictures?)\s*:\s*\d[\d.]*["”]?\s*x\s*\d/i,
  /(?:^|\s)(?:[A-Z]\s+){12,}/,
  /^[^.!?"“”]{0,60}\b(?:Home|News|About)(?:\p{Lu}\p{Ll}+){2,}\b[^.!?"“”]{0,60}$/u,
  /^(?:latest |top |more |recent )?(?:news|features|stories|press releases|releases|updates|announcements|articles|events|photos|videos)(?: (?:and|&) (?:news|features|stories|events|photos|videos|announcements|updates|releases))?$/i,
  // Round 29: an alert box ("Emergency Messages as of 1:18 pm, Fri. Oct. 15", "No information
  // currently posted.") and its sign-up form's label ("Primary email address for a new account:"), a
  // newsletter's line of headlines closing on "and much more!", a maintenance notice.
  /^(?:emergency |urgent |current )?(?:messages|alerts?|notices|closures|advisories)\s+as of\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b/i,
  /^no (?:information|messages|alerts|items|news|notices|updates|posts|events) (?:is |are )?(?:currently )?(?:posted|available|listed|scheduled)(?: at this time)?\.?$/i,
  /^(?:primary |your |enter (?:your |an )?)?e-?mail address(?: for [^.!?"“”:]{1,40})?\s*:$/i,
  /;\s+and (?:much|lots|so much) more!?$/i,
  /\bmaintenance window\b|^(?:scheduled|planned) (?:site |system |server )?maintenance\b/i,
  // Round 28: link texts run into one line, each given twice ("Go to the Example HomepageGo to the
  // Example Homepage...").
  /^(?:(?:go|back|return) to the [^.!?"“”]{1,60}?home ?page){2,}/i,
  // Round 25: a blog's note on its links ("Following are links to various ... press releases."),
  // an e-mail's or a newsletter's excerpt note ("The above excerpt is from an Example Bank
  // e-mail:"), an agency's founding paragraph ("Established in 1935, the Example Board is an
  // independent federal agency ..."), an e-mail link, a section's label before a headline
  // ("Harbor Articles: ..."), a byline run into its public affairs office.
  /^following are links to\b[^"“”]{0,160}$/i,
  /^(?:Established|Founded|Created) (?:in|by) [^,"“”]{1,60}, the (?:\p{Lu}[\p{L}.&'’-]*\s+){1,8}is an? [^"“”]{0,60}\b(?:agency|commission|board|organization|organisation|corporation)\b[^"“”]{0,300}$/u,
  /^e-?mail (?:this|the) (?:article|story|page)\b/i,
  /^(?:\p{Lu}[\p{L}&'’-]*\s+){1,3}Articles\s*:\s/u,
  // Round 24: a newsletter's issue line ("Harbor Factor, May 2014"), a notice that the issue's PDF
  // is not ready, a notice of links outside the government, a credit line ("courtesy of the
  // Example Division.").
  new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’&-]*\s+){0,4}\p{Lu}[\p{L}'’&-]*,\s+${MONTH_NAME}\s+(?:19|20)\d\d$`, "u"),
  /^this issue['’]s pdf\b|\bpdf (?:is|will be) (?:still )?being (?:created|prepared)\b/i,
  /^this (?:page|site|web ?site|document) (?:may )?contains? links to (?:non-u\.s\.|non-federal\b|(?:web ?)?sites outside\b|external\b|other\b)/i,
  /^[Cc]ourtesy(?: of)?\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s*){1,8}\.?$/u,
  // Round 23: an "About" section's heading ("About the Example Agency:"), a pointer to learn
  // more elsewhere ("To learn more about ..., visit our website."), a gallery's links, a byline
  // run into its command, place and date ("By Jane Roe U.S. Example Command Stuttgart, Germany
  // May 03, 2019").
  /^About (?:the )?(?:\p{Lu}[\p{L}.&'’-]*\s*){1,8}:$/u,
  /^(?:to learn more|for more) about\b[^"“”]{0,160},\s*(?:please )?(?:visit|go to|see|call|read|contact|check out)\b[^"“”]{0,120}$/i,
  /^view (?:gallery|slideshow|photos|images|full gallery|all photos)$|^gallery contains \d+ (?:images|photos|items)$/i,
  // (Round 25: or into its public affairs office, "By Jane Roe U.S. Example Command Public Affairs".)
  new RegExp(String.raw`^By\s+\p{Lu}[^"“”!?]{2,140}(?:\b${MONTH_NAME}\s+\d{1,2},\s+(?:19|20)\d\d|\b(?:Public Affairs(?: Office)?|Office of (?:Public Affairs|Communications)|News Service))\.?$`, "u"),
  // (Round 25: before or after the excerpt, "The above excerpt is from an Example Bank e-mail:".)
  /^(?:date\s+\d{4}-\d\d-\d\d\s+)?(?:the following|what follows|the above) is an? (?:excerpt|extract)\b[^"“”]{0,160}$|^the above (?:excerpt|text|item|message) (?:is|was) (?:taken )?from\b[^"“”]{0,160}$|^this (?:story|article|post|piece) (?:was|is) (?:adapted|excerpted|reprinted|republished) from\b[^"“”]{0,160}$/i,
  // Round 18: a site's slogan in fragments of three words or fewer ("Example Corps.  Make a
  // Difference.  Volunteer."), three or more of them, each capitalised, set off by a stop and two
  // spaces (a page's layout; prose, "No. Not at all. Never.", has one).
  /^(?:\p{Lu}[\p{L}'’\-]*(?: [\p{L}'’\-]+){0,2}[.!]\s{2,}){2,}\p{Lu}[\p{L}'’\-]*(?: [\p{L}'’\-]+){0,2}[.!]?$/u,
];

/**
 * Round 8: a site's banner naming an agency, an office or a logo, as a line of its own: capitalised
 * words and small words only. Furniture unless a word of it is a headline's verb ("Department of
 * Energy Announces Grants", "Harbor Festival Unveils New Logo" are headlines).
 */
const BANNER_PATTERNS: RegExp[] = [
  // An agency's or an office's name standing alone, as a site's banner prints it ("U.S.
  // Department of Health and Human Services", "Office of the Assistant Secretary for Preparedness
  // and Response", "News from the Library of Congress", "News From Senator Jane Roe"): capitalised
  // words and small words only, no verb, no sentence's stop.
  // (An agency's name and its section after a dash: "Defense Media Activity - Marines".)
  // (Round 32: a headquarters', "Joint Force Headquarters - Example National Guard".)
  /^(?:\p{Lu}[\p{L}.&'’\-]*\s+){1,5}(?:Activity|Agency|Office|Service|Command|Center|Bureau|Administration|Department|Division|Affairs|Directorate|Headquarters)\s+[-–—|]\s+(?:\p{Lu}[\p{L}.&'’\-]*\s*){1,4}$/u,
  // (Round 21: "Centers for Medicare & Medicaid Services", after the site's domain, "CMS.gov ...".)
  /^(?:[\p{L}.]+\.(?:gov|mil)\s+)?(?:(?:News|Press Release|News Release|Updates?) [Ff]rom\s+(?:the\s+)?)?(?:(?:The|U\.\s?S\.|US|United States|Federal|National)\s+)*(?:Department|Dept\.|Office|Bureau|Agency|Administration|Service|Commission|Ministry|Library|Embassy|Mission|Institutes?|Centers?|Secretariat|Directorate)\s+(?:of|for)\s+(?:(?:the|and|of|for|on|in|&)\s+|\p{Lu}[\p{L}.'’\-]*,?\s+){0,12}\p{Lu}[\p{L}.'’\-]*$/u,
  // A logo's or an icon's alternative text, wherever the word stands ("BIA Logo Bureau
  // of Indian Affairs", "Official US Government Icon", "Secure Site Icon").
  // (Round 8, holdout13: "BIA Logo Indian Affairs - Office of Public Affairs", "USDA Forest Service
  // badge": parts set off by a dash or a bar; the logo's word in lower case.)
  /^(?:\p{Lu}[\p{L}&'’.\-]*\s+){0,6}(?:Logo|Icon|Emblem|Wordmark|Badge|logo|icon|emblem|badge|seal)(?:\s+(?:\p{Lu}[\p{L}&'’.\-]*|of|for|and|the|&|[-–—|:])){0,10}$/u,
  // (Round 41: a corps' name alone, "U.S. Army Corps of Engineers".)
  /^(?:The\s+)?(?:U\.\s?S\.\s+)?(?:\p{Lu}\p{L}+\s+){0,2}Corps of \p{Lu}\p{L}+$/u,
  // (Round 40: a district's or a region's name after its organisation's, "U.S. Army Corps of
  // Engineers Example District".)
  // (An organisation's word before it: "Record Rainfall Soaks the Coastal Harbor District" is a headline.)
  /^(?:U\.S\.\s+)?(?:\p{Lu}[\p{L}.&'’\-]*\s+|(?:of|the|and)\s+){0,7}(?:Engineers|Agency|Authority|Service|Administration|Department|Commission|Guard|Command|Office|Bureau)\s+(?:\p{Lu}[\p{L}.&'’\-]*\s+){0,3}(?:District|Region|Division|Sector)$/u,
  // (Round 38: two commands' names joined by "and", "Example Training Command and Marine Corps Air
  // Ground Combat Center".)
  /^(?:\p{Lu}[\p{L}.&'’\-]*\s+){1,7}(?:Command|Center|Base|Station|Division|Wing|Group|Agency|Office|Service)\s+and\s+(?:\p{Lu}[\p{L}.&'’\-]*\s+){1,7}(?:Command|Center|Base|Station|Division|Wing|Group|Agency|Office|Service)$/u,
];

/**
 * "News From Senator Jane Roe", "Updates from the Example Water Authority": news from an office.
 * (Round 27: or the release's credit line alone, "From U.S. Example Fleet Public Affairs".)
 */
const NEWS_FROM = /^(?:(?:News|Press Release|News Release|Updates?) [Ff]rom|From)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’\-]*\s+|(?:of|for|the|and|&)\s+){0,10}\p{Lu}[\p{L}.'’\-]*)$/u;

/**
 * Round 29: "WAPA - Western Area Power Administration", "Example Harbor Authority | EHA": an
 * organisation's initials and its name, set off by a dash, a bar or a colon, as a site's banner
 * prints them: the capitals are the name's words' initials, small words left out.
 */
function acronymAndName(text: string): boolean {
  const match = /^([\p{Lu}&]{2,8})\s+[-–—|:]\s+(.{3,120})$|^(.{3,120}?)\s+[-–—|:]\s+([\p{Lu}&]{2,8})$/u.exec(text);
  if (!match) return false;
  const [acronym, name] = match[1] ? [match[1], match[2]] : [match[4], match[3]];
  const words = name.split(/\s+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const initials = words.map((w) => w[0]).join("");
  const short = acronym.replace(/&/g, "");
  // (Round 35: the capitals may leave out one or two opening words, "DFC - U.S. International
  // Development Finance Corporation".)
  return words.every((w) => /^\p{Lu}/u.test(w)) && (initials === short || (short.length >= 3 && initials.length - short.length <= 2 && initials.endsWith(short)));
}

function isSiteBanner(text: string): boolean {
  const from = NEWS_FROM.exec(text)?.[1].split(/\s+/);
  // (News from an office or a titled person, not "News From the Front Lines of the Drought".)
  const office = !!from && (TITLE_WORDS.has(from[0].toLowerCase()) || ORG_WORDS.has(from[from.length - 1].toLowerCase()));
  if (!office && !BANNER_PATTERNS.some((pattern) => pattern.test(text))) return false;
  // ("United States" is no verb of saying.)
  const words = text.replace(/\bUnited States\b/g, "").split(/\s+/);
  return !words.some((w) => HEADLINE_VERBS.has(w.toLowerCase()) || SPEECH_VERBS.has(w.toLowerCase()));
}

// A heading that opens a list of links to other stories: the short lines after it go with it.
const LIST_HEAD = /^(?:words in this story|sources?|references|external links|bibliography|citations|related(?: (?:stories|articles|news|content|links|posts))?|read (?:more|next|also)|more (?:from|on|stories|news)\b[^.!?"“”]{0,40}|see also|further reading|recommended(?: (?:for you|stories|reading))?|you (?:may|might) also like|most (?:popular|read|viewed|shared)|trending(?: now)?|top stories|latest(?: news| stories)?|in other news|also (?:read|on)\b.{0,30})\s*:?$/i;

/**
 * The patterns for a line's shape: every alternative anchored at the line's start ("^share\b"),
 * not a word anywhere in it ("\bfollow us\b"). Found by splitting each pattern's source at its
 * top-level "|".
 */
const SHAPE_PATTERNS = new Set(
  JUNK_PATTERNS.filter((pattern) => {
    const alternatives: string[] = [];
    let depth = 0;
    let from = 0;
    const src = pattern.source;
    for (let i = 0; i < src.length; i++) {
      if (src[i] === "\\") i++;
      else if (src[i] === "(" || src[i] === "[") depth++;
      else if (src[i] === ")" || src[i] === "]") depth--;
      else if (src[i] === "|" && depth === 0) {
        alternatives.push(src.slice(from, i));
        from = i + 1;
      }
    }
    alternatives.push(src.slice(from));
    return alternatives.every((a) => a.startsWith("^"));
  }),
);

const PHONE = /^\+?[\d\s().\-]{7,}$/;

/**
 * Holds an e-mail address: a run without whitespace with something before an "@" and, at least
 * two characters after it, a "." followed by a word character ("a@b.org"); `whole` asks the entire
 * line to be one. Scanned by hand: `/\S+@\S+\.\w+/` backtracks quadratically on a long run
 * without whitespace.
 */
function hasEmail(text: string, whole = false): boolean {
  const runs = whole ? (/\s/.test(text) ? [] : [text]) : text.split(/\s+/);
  return runs.some((run) => {
    const at = run.indexOf("@", 1);
    if (at < 0) return false;
    const dot = whole ? /\.\S/g : /\.\w/g;
    dot.lastIndex = at + 2;
    return dot.test(run);
  });
}

/** A table row pasted as text: the line ends in empty cells ("... | ||"), two or more bars. */
function endsInEmptyCells(text: string): boolean {
  let bars = 0;
  for (let i = text.length - 1; i >= 0 && (text[i] === "|" || /\s/.test(text[i])); i--) if (text[i] === "|") bars++;
  return bars >= 2;
}
// (Round 28: or two or more, "www.example.mil/harbor www.harbornews.com".)
const URL = /^(?:(?:https?:\/\/|www\.)\S+\s+){0,5}(?:https?:\/\/|www\.)\S+$/i;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?";
const DATE_LINE = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:\\s+\\d{1,2}:\\d{2}.*)?$`,
  "i",
);
// Also "(left)", "(right)": who stands where in a photo; "from file, 2015": an archive photo.
// (Round 40: not a release's headline labelled "Photo Available: ...".)
const CAPTION_WORDS = /^(?:photo|image|picture|file photo|caption|information icon)\b(?!\s+available\s*:)|\((?:photo|image|picture|credit)[^)]*\)$|\bpictured\b|\((?:left|right|center|centre|top|bottom|front|back|seated|standing)\)|\bfrom file(?:,\s*\d{4})?\.?$/i;
// "... Image credit: NASA. Click to enlarge.": a caption however long, never story text (not even
// the first prose line of the page).
// (Round 18: "View the slideshow for more images."; a bracketed credit closing the line, "...
// Feb. 11. (Photo by Sgt. Jane Roe)", "(U.S. Army video courtesy of ...)", once a mark only for a
// line that might be a caption.)
const CAPTION_LINK =
  /\bclick (?:to|for) (?:enlarge|a larger)\b|\b(?:image|photo|picture) credits?\s*:|\bview the (?:slideshow|slide show|photo gallery|gallery) for more (?:images|photos|pictures)\b|\([^()]{0,40}\b(?:photo|image|picture|video)s?\s+(?:by|courtesy of)\b[^()]{0,80}\)\.?$/i;
// Agency credits are matched case-sensitively: "AP" must not match the start of "Appreciation".
// The credit closes the text: nothing after it but a closing bracket, no period. Tested on the text
// after its last period, so a long line is not rescanned from every credit-like word.
const AGENCY_CREDIT = /\b(?:AP|AFP|Reuters|EPA|Getty Images)(?:\s+(?:Photo|Images))?\s*\)?\s*$/;
const hasAgencyCredit = (text: string) => AGENCY_CREDIT.test(text.slice(text.lastIndexOf(".") + 1));
// "... in Blacksburg, 16 Apr 2007", "... | High-res image": a caption closing on its date or on a
// link to the image.
// (Round 15: or a pointer to the caption set elsewhere, "U.S. Air Force C-17 cargo plane; caption is below.")
const CAPTION_END = new RegExp(
  `(?:,\\s+\\d{1,2}\\s+${MONTH}\\s+\\d{4}|,\\s+${MONTH}\\s+\\d{1,2},\\s+\\d{4}|\\|\\s*(?:high-res|hi-res|full-size|large|download)?\\s*(?:image|photo|picture)|[;,(]\\s*(?:full )?caption (?:is )?(?:below|above)\\.?\\)?)$`,
  "i",
);
// "... (L red tie) is joined by ... (c) and ... (r) ...": a position marker in brackets, a
// letter and at most a few words, marks a caption.
// ("Jane Roe, left, and Tom Doe cut the cake": a position after a name, set off by commas.)
const POSITION_MARK = /\((?:l|r|c|left|right|center|centre)(?:\s+[\p{Ll}\s]{1,20})?\)|\p{Lu}\p{Ll}+, (?:left|right|center|centre|(?:second|third) from (?:left|right)), /u;
// "... Barry Bahler/FEMA", "(Jane Doe/Riverton Tribune)": a photographer's name and the outlet,
// joined by a slash, close a caption.
const SLASH_CREDIT = /(?:^|[\s(])(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,2}\s?\/\s?\p{Lu}[\p{L}&.\-]*(?:\s+\p{Lu}[\p{L}&.\-]*){0,3}\)?\.?$/u;
// "... REUTERS/Jane Roe", "(AP Photo/Jane Roe)": an agency in capitals, a slash, the photographer.
// (Round 19: "(NASA/MSFC/Jane Roe)": an agency and its centre.)
const AGENCY_SLASH_CREDIT = /(?:^|[\s(])\p{Lu}{2,}(?:\/\p{Lu}{2,}){0,2}(?:\s+Photo)?\s?\/\s?\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,2}\)?\.?$/u;
// (Both credits close the line: read from its last 100 characters, and only when it holds a slash.)
const hasSlashCredit = (text: string) => text.includes("/") && (SLASH_CREDIT.test(text.slice(-100)) || AGENCY_SLASH_CREDIT.test(text.slice(-100)));
const hasPositionMark = (text: string) => (text.includes("(") || /, (?:left|right|cent|second|third)/.test(text)) && POSITION_MARK.test(text);
// Round 13: "FILE - A farmer inspects ...": an archive photo's caption, its label in capitals.
const ARCHIVE_PHOTO = /^FILE\s+[-–—]\s/;
// Round 27: a credit set as the caption's last sentence ("... the ship's new home port. Photo by Petty
// Officer 2nd Class Jane Roe."), read from the line's end only.
// (Only a name's words after it, ranks and grades: "Photos by Jane Roe hang in the hall." is a sentence.)
const CREDIT_WORD = String.raw`(?:\p{Lu}[\p{L}'’./-]*|\d+(?:st|nd|rd|th)|of|the|and)`;
const CREDIT_SENTENCE = new RegExp(String.raw`[.!?]\s+(?:U\.S\.\s+)?(?:\p{Lu}\p{L}*\s+){0,3}(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Pp]hotograph)s?\s+(?:by|[Cc]ourtesy of)\s+(?:${CREDIT_WORD}\s+){0,11}${CREDIT_WORD}\s*$`, "u");
const hasCreditSentence = (text: string) => CREDIT_SENTENCE.test(text.slice(-200));
// Round 32: a Defense picture's record number (VIRIN, "161016-Z-IX228-563", a suffix after it or
// not), wherever it stands.
const VIRIN = /\b\d{6}-[A-Z]-[A-Z0-9]{5}-\d{3,4}[A-Z]{0,3}\b/;
// Round 33: a picture's credit label before a bar ("Courtesy Photo | ...", "Photo By Sgt. Jane Roe | ...").
// (Round 41: after a picture service's date, "date 2022-12-15 Photo By Jane Roe | The lock ...".)
const SERVICE_DATE = String.raw`(?:date \d{4}-\d{2}-\d{2}\s+)?`;
const CREDIT_LABEL = new RegExp(String.raw`^${SERVICE_DATE}(?:courtesy photo|photo courtesy(?: of [^|]{1,60})?|(?:photo|image)s? by [^|]{1,60})\s*\|\s*\S`, "i");
const CREDIT_LABEL_PREFIX = new RegExp(String.raw`^\s*${SERVICE_DATE}(?:photo|image|picture)s?\s+by\s+[^|]{1,60}\|\s*`, "i");
/** The picture's marks both caption tests read (a record number, a credit label or sentence, an archive photo, a slashed or linked credit, a position mark, a description). */
// (Round 41: "Stock photo of a response boat ...", even as the page's first prose line.)
const STOCK_PHOTO = /^(?:stock|file|archive) (?:photo|image|picture)s? of\b/i;
const hasPictureMark = (text: string) =>
  STOCK_PHOTO.test(text) ||
  VIRIN.test(text) || CREDIT_LABEL.test(text) || ARCHIVE_PHOTO.test(text) || hasSlashCredit(text) || CAPTION_LINK.test(text) || hasPositionMark(text) || isPhotoDescription(text) || hasCreditSentence(text);
/** Marks that make a line a caption however long, even the page's first prose line. */
const isCaptionAlways = (text: string) => hasPictureMark(text) || CREDIT.test(text);
// Round 24: a picture's name line, a name and degrees ("Jane Roe, Ph.D."), a title after them or not
// ("Tom Doe, M.D., Director of the Example Institute").
const DEGREE = String.raw`(?:Ph\.?\s?D|M\.?D|M\.?P\.?H|Dr\.?P\.?H|J\.?D|R\.?N|D\.?V\.?M|M\.?B\.?A)\.?`;
const DEGREE_NAME_LINE = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,2},\s*${DEGREE}(?:,\s*${DEGREE}){0,3}(?:,\s*\p{Lu}[^"“”!?]{2,80})?$`, "u");
const isCaptionMarked = (text: string) =>
  hasPictureMark(text) || CAPTION_WORDS.test(text) || hasAgencyCredit(text) || CAPTION_END.test(text) || DEGREE_NAME_LINE.test(text);

/**
 * A second sentence in the line: a full stop, a capital after it, and no abbreviation or initial
 * before the stop (round 22: "... in St. Louis about ...").
 */
function secondSentence(text: string): boolean {
  for (const m of text.matchAll(/(\S*)[.!?]\s+\p{Lu}/gu)) {
    const before = m[1].replace(/^\(/, "").toLowerCase();
    if (!ABBREVIATIONS.has(before) && !/^\p{Ll}$/u.test(before)) return true;
  }
  return false;
}

/**
 * A caption with no marker: one sentence of at most 300 characters, no quotation, that describes a
 * picture in the present tense ("Secretary Jane Roe speaks to farmers in Ames.", "Soldiers of
 * the 3rd Brigade stand at attention ...") or names its kind ("Portrait shot of ...", "An aerial
 * view of ..."). Story copy reports in the past tense; a verb of posture or gesture in the
 * present right after a capitalised subject is a photograph's.
 */
function isPhotoDescription(text: string): boolean {
  // (Round 24: "Aerial image of ...", "Aerial photo of ...".)
  if (/^(?:(?:an?|the)\s+)?(?:portrait(?: shot)?|close-up|aerial (?:view|image|photo|photograph|shot)|view|screenshot|screen grab|still|detail) (?:of|from)\b/i.test(text)) return true;
  // (Round 30: "Fundus photo shows ...", "This image shows ...": a picture that shows.)
  // (Not a story's sentence that reports speech about it.)
  if (/^(?:[\p{L}-]+\s+){0,3}(?:photo|photograph|image|picture|micrograph|scan|illustration|graphic)s?\s+(?:shows?|depicts?)\b/iu.test(text) && !/["“”]|\b(?:said|says|told)\b/.test(text)) return true;
  // (Cheap tests first: this runs on every line. 300 characters stand in for about 40 words.)
  if (text.length > 300 || /["“”]/.test(text) || secondSentence(text)) return false;
  // ("Sailors train for drill": a headline in the present tense, without a caption's full stop.)
  if (!/[.)]$/.test(text)) return false;
  const words = text.split(/\s+/, 12);
  let k = 0;
  while (k < words.length && k <= 10 && (/^[\p{Lu}\d(]/u.test(words[k]) || SMALL_WORDS.has(words[k]))) k++;
  // (A subject of capitalised words, not a determiner alone: "The talks were attended by ..." is
  // a sentence whose noun is a verb's spelling.)
  const named = words.slice(0, k).some((w) => /^[\p{Lu}\d]/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  return named && k <= 10 && PHOTO_VERBS.has(words[k]?.replace(/[,.]$/, "") ?? "");
}
// A photo credit closing a caption: "... Image: Jane Roe.", "Photo: Reuters".
// (No leading `\s*`: unanchored, it rescans a long run of spaces from each of its positions.)
const CREDIT = /\b(?:image|photo|picture|photograph|credit)s?\s*:\s*[^:.!?]{1,60}\.?$/i;

/** A caption's text without its photo credit (the credited name is not in the story). */
export function captionText(caption: string): string {
  // "Photo By Sgt. Jane Roe | Soldiers ...", "... (Photo by Jane Roe)", "(U.S. Army photo by Sgt. Jane
  // Roe)": the credit is no story text.
  const stripped = caption
    .replace(CREDIT_LABEL_PREFIX, "")
    .replace(/\s*\((?:[^()]{1,40}\s)?(?:photo|image|picture|story|video)s?\s+(?:by|courtesy of)\s+[^)]{1,60}\)/gi, "")
    // "... U.S. Coast Guard photo by Petty Officer 2nd Class Jane Q. Roe.": a credit inside the text.
    .replace(/\s*\b(?:photo|image|picture|video)s?\s+(?:by|courtesy of)\s+(?:[^.|()\s]+\s+|\p{Lu}\.\s*){0,9}[^.|()\s]+\.?/giu, "")
    .replace(CREDIT, "")
    .replace(SLASH_CREDIT, "")
    .replace(AGENCY_SLASH_CREDIT, "")
    .trim();
  return stripped || caption;
}

/**
 * A pull quote set off as a caption: the whole line is a quotation followed only by a credit
 * ("\"...\" - Jane Roe", "\"...\" A reader, \"Post title\""), with no verb of saying.
 */
function isPullQuote(text: string): boolean {
  const match = /^["“]([^"“”]{10,})["”]\s*(.*)$/.exec(text);
  if (!match) return false;
  const rest = match[2].replace(/["“][^"“”]*["”]/g, "").trim();
  if (!rest || wordCount(rest) > 8 || /[.!?]$/.test(rest)) return false;
  return /^[-–—]\s*\p{Lu}/u.test(rest) || (/^\p{Lu}/u.test(rest) && !/\b(?:said|says|told|added|wrote|asked|stated)\b/i.test(rest));
}

/** Most longer words capitalised: a headline-case line (a release headline in a listing). */
function isTitleCaseLine(text: string): boolean {
  if (/^["“‘']/.test(text) || /\p{Ll}[.!?]\s/u.test(text)) return false;
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/**
 * A release headline that names someone: a title before a capitalised word ("Attorney General Jane
 * Roe Speaks at ..."), or a statement ("Statement of ...").
 */
function namesSomeone(text: string): boolean {
  if (/\b(?:Statements?|Remarks|Testimony)\b/.test(text)) return true;
  const words = text.split(/\s+/);
  return words.some((w, i) => /^\p{Lu}/u.test(w) && TITLE_WORDS.has(w.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? "") && !TITLE_WORDS.has((words[i + 1] ?? "").toLowerCase()));
}

/** "Jane Roe, Minister of Health" on its own line right before quoted text: a speaker label. */
function isSpeakerLabel(text: string, next: string | undefined): boolean {
  return (
    /^\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,3},\s+[\p{L}\p{N}\s,.'’&\-]{2,60}$/u.test(text) &&
    wordCount(text) <= 12 &&
    !!next &&
    /["“”]/.test(next)
  );
}

/**
 * The standard "about" paragraph closing a release: "The Example Network, which was founded in
 * 1950, is a ...", "Example Corp. (NASDAQ: EXM) is a leading provider of ...".
 */
const ABOUT_SUBJECT = "(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}&.'’\\-]*(?:\\s+(?:of|for|and|&|\\p{Lu}[\\p{L}&.'’\\-]*)){0,6}";
const ABOUT_PREDICATE =
  "\\s+(?:is|are)\\s+(?:an?|the|one of the)\\s+(?:[\\p{L}\\-]+\\s+){0,6}(?:service|services|company|broadcaster|network|agency|organi[sz]ation|provider|institution|foundation|publisher|firm|corporation|nonprofit|non-profit|charity|leader|group)\\b";
// Generic only with a relative clause, a ticker or an "About" heading: "Kenya is a country" is not it.
const ABOUT_PARAGRAPH = new RegExp(
  `^(?:About\\s+${ABOUT_SUBJECT}[:.]?\\s+${ABOUT_SUBJECT}|${ABOUT_SUBJECT}(?:,\\s+(?:which|founded|established|created|launched|headquartered|based)\\b[^.]{0,120},|\\s*\\((?:NYSE|NASDAQ|LSE|TSX)[^)]{0,20}\\)))${ABOUT_PREDICATE}` +
    // A broadcaster's reach: "The Example Network reaches millions of listeners each week".
    `|^${ABOUT_SUBJECT}\\s+(?:reaches|serves|broadcasts to)\\s+(?:an?\\s+)?(?:estimated\\s+|weekly\\s+|global\\s+)?(?:millions|more than|over|nearly|some|audience|\\d)` +
    // An agency's mission statement: "The Example Survey serves the nation by providing ...".
    `|^${ABOUT_SUBJECT}\\s+serves\\s+the\\s+(?:nation|public|country|world|American people)\\s+by\\b`,
  "u",
);

/**
 * A note on the writer closing the page: "Jane Roe is a staff writer covering farming.", "Jane
 * Roe reported from Kyiv.", "Jane Roe can be reached at ...". Only the last paragraphs are read.
 */
const AUTHOR_NOTE =
  /^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3}\s+(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,4}(?:writer|reporter|correspondent|editor|journalist|contributor|columnist|freelancer|blogger|intern)\b[^"“”]{0,160}|(?:reported|reports|wrote|writes)\s+(?:from|for)\s+[^"“”.]{1,80}\.?|can be reached\b[^"“”]{0,120})$/u;

// "MOSCOW —", "WASHINGTON, June 21, 2012-", "Washington, D.C., June 4, 2007 -", "LONDON (Reuters) -".
const DATE_PART = `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2})`;
const DASH = "(?:—|–|--|-|:)";
const CAPS_DATELINE = new RegExp(
  `^([A-Z][A-Z.'’\\-]+(?:\\s+[A-Z][A-Z.'’\\-]+){0,3}(?:,\\s+[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+)?)?)` +
    `(?:,\\s+${DATE_PART})?\\s*(?:\\([^)]{1,40}\\))?(?:\\s+${DASH}\\s*|${DASH}\\s+)`,
  "i",
);
// Round 23: a release's dateline with its date, the dash run into the text: "WASHINGTON, APRIL 2,
// 2012—The ...", "RIVERDALE, Md., April 2, 2012 – ".
const DATED_DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,30},(?:\s+\p{Lu}[\p{L}.]{1,12},)?\s+\p{L}{3,9}\.?\s+\d{1,2},\s+(?:19|20)\d\d\s*[—–-]/u;
// Round 26: a dateline that opens on its date, "January 23, 2007, Alexandria, Va. – ", alone.
const DATE_FIRST_DATELINE = new RegExp(String.raw`^${MONTH_NAME}\s+\d{1,2},\s+\d{4},\s+(?:\p{Lu}[\p{L}.]*,?\s+){1,3}[–—-]\s*$`, "u");

/** Text opening on a release's dated dateline: a quotation of it is the release reproduced. */
export const opensOnDatedDateline = (text: string) => DATED_DATELINE.test(text);

/** Text that is only a dateline opening on its date, before a paragraph's quotation. */
export const isDateFirstDateline = (text: string) => text.length < 80 && DATE_FIRST_DATELINE.test(text);

const PLACE_DATE_DATELINE = new RegExp(
  `^([A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2}(?:,\\s+(?:[A-Z]\\.){2,}|,\\s+[A-Z][a-z]+)?),\\s+${DATE_PART}\\s*(?:\\([^)]{1,40}\\))?\\s*${DASH}\\s*`,
  "i",
);

/**
 * Round 9: "... the fire was contained. [Submitted by Jane Roe, Chief Ranger]": a submitter's or a
 * source's credit in square brackets closing a paragraph is no story (its name is no person of
 * it); only the credit goes. (Read from the line's last "[", so a long line is scanned once.)
 */
const CLOSING_CREDIT = /^\[(?:(?:submitted|reported|contributed|sent|provided|compiled|written)\s+by\b|(?:information|source|from|via)\b)[^[\]"“”]{1,160}\]$/i;
const CLOSING_NAME_CREDIT = /^\[\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3},\s[^[\]"“”]{2,100}\]$/u;

// "... the new center,” Roe said.(NASA/Jane Doe)": an agency's photo credit closing a paragraph.
// (Round 34: or a photographer and an outlet, "... ordered the badges. (Jane Roe, Fort Example
// Courier)".)
const CLOSING_PHOTO_CREDIT =
  /^\((?:\p{Lu}{2,}(?:\s+Photo)?\s?\/\s?\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,2}|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2},\s+(?:\p{Lu}[\p{L}'’.&-]*\s+){0,5}(?:Courier|Times|News|Post|Herald|Journal|Gazette|Press|Tribune|Register|Sentinel|Examiner|Public Affairs))\)$/u;

function withoutClosingCredit(line: string): string {
  const text = line.trimEnd();
  const square = text.endsWith("]");
  if (!square && !text.endsWith(")")) return line;
  const open = text.lastIndexOf(square ? "[" : "(");
  if (open < 1 || !/[.!?"”’)]\s?$/.test(text.slice(Math.max(0, open - 2), open))) return line;
  const credit = text.slice(open);
  const cut = square ? CLOSING_CREDIT.test(credit) || CLOSING_NAME_CREDIT.test(credit) : CLOSING_PHOTO_CREDIT.test(credit);
  return cut ? text.slice(0, open).trimEnd() : line;
}

const BYLINE_DATE_RUN = new RegExp(String.raw`^By\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*,?\s+${MONTH_NAME}\s+\d{1,2},\s+(?:19|20)\d\d\s+(?=\p{Lu})`, "u");

/**
 * "By Jane Roe The council voted ...": a byline run into the story's first sentence on one line.
 * The name (two or three words) ends where a capitalised function word opens the sentence; only
 * the byline is removed, the story stays.
 */
function stripBylinePrefix(line: string): string {
  // (Round 30: run into its date and the story's dateline, "By Jane Roe, Aug. 11, 2018 HARBOR CITY,
  // Colo. — The commander ...".)
  const dated = BYLINE_DATE_RUN.exec(line.trim());
  if (dated && isProse(line.trim().slice(dated[0].length))) return line.trim().slice(dated[0].length);
  const words = line.trim().split(/\s+/);
  if (!/^[Bb]y$/.test(words[0] ?? "")) return line;
  for (let n = 2; n <= 3; n++) {
    const name = words.slice(1, n + 1);
    const next = words[n + 1] ?? "";
    if (name.length < n || !name.every((w) => /^\p{Lu}(?:[\p{L}'’\-]+|\.)$/u.test(w))) return line;
    if (/^\p{Lu}\p{Ll}*$/u.test(next) && STOPWORDS.has(next.toLowerCase())) {
      const rest = words.slice(n + 1).join(" ");
      return isProse(rest) ? rest : line;
    }
  }
  return line;
}

/**
 * A story line cut off by the end of the capture, worth reading for quotes and people: a quotation
 * paragraph ('"We will keep the') or a long sentence of prose. A short cut-off line is page debris.
 */
function isCutStory(text: string): boolean {
  const words = wordCount(text);
  if (/^["“]/.test(text)) return words >= 3;
  return words >= 12 && (text.match(/(?<![\p{L}\p{N}'’\-])\p{Ll}/gu) ?? []).length * 2 >= words;
}

// A name label block over a pull quote: a line with only a name, then a role line ("Foreign
// Minister, Ruritania", "Minister of Health, Ruritania"), then the quotation.
const NAME_LINE = /^\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,3}$/u;
const ROLE_LINE = /^(\p{Lu}[\p{L}.'’\-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}.'’\-]*)){0,5}),\s+\p{Lu}[\p{L}.'’\-]*(?:\s+(?:of|the|and|\p{Lu}[\p{L}.'’\-]*)){0,4}$/u;

/** A title and a name, alone on a line ("Secretary Jane Roe", "Ambassador Jane Q. Roe"). */
function isPersonLine(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > 5 || !/^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*)+$/u.test(text)) return false;
  return TITLE_WORDS.has(words[0].toLowerCase()) && !words.slice(1).some((w) => TITLE_WORDS.has(w.toLowerCase()) || STOPWORDS.has(w.toLowerCase()));
}

/**
 * A heading or index line above the story that names someone by title ("Efforts of Secretary
 * Roe", "Report from Administrator Doe / Prime Minister Poe's Call"), or a name and a role ("Jane
 * Roe, Spokesman"): no quotation, no contact. It is read like a caption, for people.
 */
function namesTitledPerson(text: string): boolean {
  if (/["“”]/.test(text) || text.length > 300 || isContact(text)) return false;
  if (/^\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,2},\s+\p{Lu}[\p{L}\s]{2,40}$/u.test(text) && isRoleLine(`${text.split(",")[1].trim()}, X`)) return true;
  const words = text.split(/\s+/);
  return words.some((w, k) => k + 1 < words.length && /^\p{Lu}\p{Ll}/u.test(w) && TITLE_WORDS.has(w.toLowerCase()) && !WEAK_TITLE_SET.has(w.toLowerCase()) && /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(words[k + 1]) && !TITLE_WORDS.has(words[k + 1].toLowerCase()) && !STOPWORDS.has(words[k + 1].toLowerCase()));
}

function isNameLine(text: string): boolean {
  return NAME_LINE.test(text) && !text.split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()) || STOPWORDS.has(w.toLowerCase()));
}

function isRoleLine(text: string): boolean {
  const match = ROLE_LINE.exec(text);
  return !!match && wordCount(text) <= 10 && match[1].split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w));
}

function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** More letters outside the Latin script than in it: a foreign-language aside (a blog preamble). */
function isForeignScript(text: string): boolean {
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  const other = (text.match(/[^\p{Script=Latin}\P{L}]/gu) ?? []).length;
  return other > latin;
}

/** "<p>Office of Public Affairs</p>" → "Office of Public Affairs" (tags at the ends only, each read once). */
function withoutTags(text: string): string {
  let t = text;
  for (let m = /^<\/?[a-z][a-z0-9]{0,9}>\s*/i.exec(t); m; m = /^<\/?[a-z][a-z0-9]{0,9}>\s*/i.exec(t)) t = t.slice(m[0].length);
  for (let m = /<\/?[a-z][a-z0-9]{0,9}>$/i.exec(t.slice(-14)); m; m = /<\/?[a-z][a-z0-9]{0,9}>$/i.exec(t.slice(-14))) t = t.slice(0, t.length - m[0].length).trimEnd();
  return t;
}

/**
 * Round 14: "• Secretary Roe Visits Ohio – “It was great to be back,” said Roe.": a bulleted item
 * that quotes someone, with the verb of saying, is an item of a round-up story; a menu's or a
 * link list's items quote nobody. It is read without its bullet.
 */
function quotingItem(text: string): boolean {
  return BULLET.test(text) && (/["“][^"“”]{12,}[,.!?]["”]\s*,?\s*(?:\S+\s+){0,4}?(?:said|says|added|told|stated|explained|noted)\b/.test(text) || LABELLED_ITEM.test(text));
}

// Round 28: "• Sen. Jane Roe (R-Ky.): “...”", "•Example Association (EA) President Tom Doe, SNS:
// “...”": a statement credited before a colon, one to a bullet, after a line introducing them.
const LABELLED_ITEM = /^\s*[•·▪►]\s*\p{Lu}[^"“”:]{2,140}:\s*["“][^"“”]{12,}/u;

function isJunk(line: string, turn = false): boolean {
  // (Round 8: markup the capture left around a line, "<p>Office of Public Affairs</p>", is read
  // without its tags.)
  const tagless = withoutTags(line.trim());
  const text = quotingItem(tagless) ? tagless.replace(BULLET, "") : tagless;
  if (!/\p{L}/u.test(text)) return true;
  if (isForeignScript(text)) return true;
  if (PHONE.test(text) || hasEmail(text, true) || URL.test(text) || endsInEmptyCells(text)) return true;
  // A long paragraph of prose, a paragraph that reports speech (a quotation, "said"), or a
  // speaker's turn in an interview (`turn`, see interviewTurns) is story text even when it mentions copyright, cookies or a
  // newsletter: there only the patterns for a line's shape (those anchored at its start) apply,
  // not the ones for a word anywhere in it. Furniture quotes nobody.
  if (isSiteBanner(text) || acronymAndName(text)) return true;
  const matched = JUNK_PATTERNS.filter((pattern) => pattern.test(text));
  if (matched.length === 0) return false;
  const story = isProse(text) && (wordCount(text) >= 35 || /["“][^"“”]{12,}["”]|\b(?:said|says|told|added)\b/.test(text));
  return story || turn ? matched.some((pattern) => SHAPE_PATTERNS.has(pattern)) : true;
}

// "HQ Contact: Ann Lee, 202-555-0100", "(Phone: 202/555-0100)": a short line carrying a phone
// number or a contact label.
// (Round 8: "(202)720-4623", the area code's bracket closing on the number.)
const INLINE_PHONE = /(?:\(\d{3}\)\s?|\b\d{3}[\s.\-\/]|\(\b\d{3}[\s.\-\/])\d{3}[\s.\-]\d{4}\b|\+\d[\d\s\-]{8,}\d/;
const CONTACT_LABEL = /\b(?:contacts?|phone|tel|fax)\s*:/i;

function isContact(line: string): boolean {
  const text = line.trim();
  if (PHONE.test(text) || hasEmail(text)) return true;
  return wordCount(text) <= 15 && (INLINE_PHONE.test(text) || CONTACT_LABEL.test(text));
}

/** A line that reads as story prose: long enough and built of sentences. */
function isProse(line: string): boolean {
  // "Sgt. Jane Roe" holds no sentence end.
  const text = line.trim().replace(/\b(?:Sgt|Pvt|Pfc|Spc|Cpl|Lt|Capt|Maj|Col|Gen|Adm|Cmdr|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Rev|Sen|Rep|Gov)\./g, (m) => m.slice(0, -1));
  // Ends like a sentence, or holds a sentence end ("word. Next") even if the capture cut it off;
  // "John P. Holdren" or "U.S." alone do not make a headline prose.
  // (`\p{Ll}{2}`, not `{2,}`: the same matches, without rescanning a long lower-case run.)
  const sentences = endsLikeSentence(text) || /\p{Ll}{2}[.!?]["”’]?\s+["“]?\p{Lu}/u.test(text);
  if (wordCount(text) >= 10 && proseInCapitals(text)) return endsLikeSentence(text) || /\p{Lu}{3}[.!?]["”’]?\s+["“]?\p{Lu}/u.test(text);
  return wordCount(text) >= 10 && sentences && /\p{Ll}{3,}/u.test(text);
}

/**
 * Round 8: a script's sentence in capitals ("THE EXERCISE FOCUSES ON STAYING AHEAD OF THE GROWING
 * MILITARY PROWESS OF CHINA AND RUSSIA, ..."): twelve words or more, four of them small words.
 */
function proseInCapitals(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 12 && words.filter((w) => /^(?:THE|OF|AND|TO|IN|A|AN|WITH|FOR|ON|AT|IS|WAS|ARE|WERE|BY|FROM|THAT|IT)$/.test(w)).length >= 4;
}

function endsLikeSentence(line: string): boolean {
  return /[.!?"”’'»)\]:…]$/.test(line.trim());
}

function isHeadlineLike(line: string): boolean {
  const text = line.trim();
  const words = wordCount(text);
  return words >= 3 && words <= 30 && !/[.:;,]$/.test(text) && !DATE_LINE.test(text) && (/\p{Ll}/u.test(text) || capsHeadline(text)) && !isNavigation(text) && !isOrganisationLine(text);
}

/**
 * Round 16: a headline set in capitals ("AGENCY AWARDS $30 MILLION TO 70 HARBOR TOWNS", "SANCTUARY
 * EXPEDITION FEATURED IN AGENCY REPORT"), five words or more with a headline's verb or a
 * participle in them, or its second line ("TO IMPROVE PIERS AND DOCKS ACROSS THE COAST").
 */
function capsHeadline(text: string): boolean {
  const words = text.split(/\s+/);
  // (Not a dateline's places, "FORT HOOD, TEXAS, UNITED STATES".)
  if (words.length < 5 || /\p{Ll}/u.test(text) || text.split(/,\s*/).every((part) => wordCount(part) <= 3)) return false;
  if (/^(?:TO|AND|FOR|AS|WITH|AFTER|WHILE)$/.test(words[0])) return true;
  return words.some((w) => {
    const l = w.toLowerCase().replace(/[^\p{L}]/gu, "");
    return HEADLINE_VERBS.has(l) || /^\p{Lu}{3,}(?:ED|ING)$/u.test(w);
  });
}

/**
 * A site's menu or breadcrumb: links run together with "&", "|", ":" or ">" ("Home | News |
 * Contact Us", "Trade & Travel", "Home : News : Stories").
 */
function isNavigation(text: string): boolean {
  return (text.match(/\s[&|:>»]\s/g) ?? []).length >= 2;
}

/**
 * "The Office of Public Affairs", "3rd Battalion, 157th Field Artillery": a line that only names
 * organisations (each comma-separated part in title case, ending in an organisation word) is
 * release furniture, not a headline or a standfirst.
 */
function isOrganisationLine(text: string): boolean {
  // ("Town Opens New Library" is a headline: it has a verb; round 22: so has "Guard Airmen Return
  // Home", the verb's plural form after a plural subject.)
  const words = text.split(/\s+/);
  const pluralVerb = (w: string, k: number) => k > 0 && /(?:s|men|people|children)$/i.test(words[k - 1]) && isPluralHeadlineVerb(w);
  if (words.some((w, k) => HEADLINE_VERBS.has(w.toLowerCase()) || SPEECH_VERBS.has(w.toLowerCase()) || pluralVerb(w.toLowerCase(), k))) return false;
  // (Round 29: or joined by a slash, "U.S. Example Command / U.S. 9th Fleet".)
  const parts = text.split(/,\s*|\s+\/\s+/);
  // ("Interview With a Reporter of Example TV" is a headline: one part, not opening with "The";
  // "15th Sustainment Brigade", a few capitalised words and no small word, is a unit's line.)
  const unit = parts.length === 1 && wordCount(text) <= 5 && text.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w));
  if (parts.length < 2 && !/^The\s/.test(text) && !unit) return false;
  return parts.every((part) => {
    const words = part.trim().split(/\s+/);
    const last = words[words.length - 1].toLowerCase();
    return words.length <= 8 && ORG_WORDS.has(last) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w));
  });
}

/**
 * Per line, whether it belongs to a site's menu: a block of lines (no blank line between them)
 * holding a navigation line ("Home | News", "Trade & Travel") is menu throughout, unless a line
 * of it reads as prose ("About the Department Open for Business Press Room" is a menu item).
 */
function menuLines(lines: string[]): boolean[] {
  const menu = lines.map(() => false);
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end < lines.length && !isBlank(lines[end])) end++;
    const block = lines.slice(start, end);
    // A page pasted without blank lines is one block, the story in it: there only the few-word
    // lines are menu items, not the headline.
    const whole = block.some(isProse);
    if (block.some((line) => isNavigation(line.trim())))
      for (let i = start; i < end; i++) menu[i] = !isProse(lines[i]) && !isSummaryHeadline(lines[i]) && (!whole || wordCount(lines[i]) <= 4 || isNavigation(lines[i].trim()));
    markLinkColumns(lines, start, end, menu);
    start = end + 1;
  }
  return menu;
}

/**
 * Round 8: a menu printed as a column of links, one per line with no separator ("Employee Search" /
 * "Information Center" / "National Offices and Programs" / "Phone Directory"): four lines or more
 * in a row (lines start..end-1, no blank between), each of one to five capitalised or small words,
 * no digit, no stop, no name.
 */
function markLinkColumns(lines: string[], start: number, end: number, menu: boolean[]): void {
  const item = (line: string) => {
    const words = line.trim().split(/\s+/);
    return words.length <= 5 && !/[\d.,:;!?"“”[\]]/.test(line) && words.every((w) => /^[\p{Lu}&]/u.test(w) || SMALL_WORDS.has(w)) && !GIVEN_NAMES.has(words[0].toLowerCase()) && !TITLE_WORDS.has(words[0].toLowerCase());
  };
  for (let i = start; i < end; ) {
    let j = i;
    while (j < end && item(lines[j])) j++;
    if (j - i >= 4) for (let k = i; k < j; k++) menu[k] = true;
    i = Math.max(j, i + 1);
  }
}

/**
 * "Harbour fishermen face worst season in decades" under a menu line: a headline written as a
 * sentence (three words or more, two lower-case content words, no closing stop) is no menu item,
 * which are nouns in title case ("About Us", "Press Room").
 */
function isSummaryHeadline(line: string): boolean {
  const text = line.trim();
  return wordCount(text) >= 3 && hasContentWords(text) && isHeadlineLike(text) && !isTitleCaseLine(text);
}

/**
 * A slogan above the headline: in headline case with a comma ("One Team, One Mission"), and the
 * line after it a headline too (headline case, five words or more, no label's colon).
 */
function isBanner(first: string, next: string): boolean {
  return first.includes(",") && !hasContentWords(first) && !hasContentWords(next) && wordCount(next) >= 5 && !next.includes(":");
}

/**
 * A site's name above the headline ("Wiki Actu en", "Example News Online"): three words at most,
 * no content words, and a headline of five words or more with content words after it.
 */
function isSiteName(first: string, next: string): boolean {
  return wordCount(first) <= 3 && !hasContentWords(first) && wordCount(next) >= 5 && hasContentWords(next);
}

/**
 * A headline in headline case ("Farmers Fight Crop Thieves in Eastern Congo") after a line of
 * page furniture in sentence case taken for the headline ("No media source currently available"):
 * headline case is the headline's.
 */
/**
 * Round 27: "More than a Million Choose Harbor Card" ¶ "More than a Million Families Choose
 * Treasury-backed Harbor Card for Benefit Payments": a page's short title, then the headline that
 * holds all its words in order and more.
 */
function spellsOut(short: string, long: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  const [title, headline] = [words(short), words(long)];
  if (title.length < 3 || headline.length < title.length + 2) return false;
  let k = 0;
  for (const w of headline) if (k < title.length && w === title[k]) k++;
  return k === title.length;
}

/**
 * Round 36: "AGENCY RECOGNIZES EXAMPLE OFFICE FOR ITS SUPPORT" ¶ "Office Pledges Full Commitment to
 * Harbor Jobs": under a headline set in capitals, a deck in headline case with a headline's verb of
 * its own is the story's (no banner: a banner holds no such verb).
 */
function deckUnderCapitals(headline: string, line: string): boolean {
  return !/\p{Ll}/u.test(headline) && isTitleCaseLine(line.trim()) && hasHeadlineVerb(line);
}

/** A headline's verb among the line's words ("Welcomes", "Pledges"). */
function hasHeadlineVerb(text: string): boolean {
  return text.trim().split(/\s+/).some((w) => HEADLINE_VERBS.has(w.toLowerCase()));
}

function titleCaseAfter(first: string, next: string): boolean {
  return !isTitleCaseLine(first.trim()) && isTitleCaseLine(next.trim()) && wordCount(next) >= 4;
}

/** A line built as a sentence summary ("Soldiers return to ... after a year"): lower-case words beyond "of", "the". */
function hasContentWords(text: string): boolean {
  // (Round 16: in a line set in capitals, its words in capitals.)
  const caps = !/\p{Ll}/u.test(text);
  return text.split(/\s+/).filter((w) => (caps ? /^\p{Lu}{3,}$/u.test(w) : /^\p{Ll}/u.test(w)) && !SMALL_WORDS.has(w.toLowerCase())).length >= 2;
}

function isCaption(line: string): boolean {
  const text = line.trim();
  if (/^["“‘']/.test(text)) return isPullQuote(text);
  if (isCaptionMarked(text) || CREDIT.test(text)) return true;
  // A short line without closing punctuation between paragraphs is a caption (or a crosshead,
  // which carries no quotes either).
  return wordCount(text) <= 20 && !endsLikeSentence(text);
}

/**
 * Round 38: "Lt. Col. Jane Roe unveils the guidon during the ceremony." ¶ "Photo by Cpl. Tom Doe":
 * a line of prose right over a picture's credit line is its caption, not the story's opening (a
 * page that puts the picture above the headline); no quotation in it.
 */
function overPhotoCredit(line: string, next: string | undefined): boolean {
  return next !== undefined && isPhotoCreditLine(next) && !/["“”]/.test(line) && wordCount(line) <= 60;
}

/** "Photo by Jane Lee / Example Courier", "Image: NASA": a photo credit alone on its line. */
function isPhotoCreditLine(line: string): boolean {
  const text = line.trim();
  return wordCount(text) <= 12 && /^(?:(?:file )?(?:photo|image|picture|photograph)s?(?: credit)?\s*(?:by\b|:)|credit\s*:)/i.test(text);
}

/** `"Retire to what?"`: a paragraph that is one quotation, however short, and no pull quote. */
function isQuotationLine(line: string): boolean {
  const text = line.trim();
  return /^["“][^"“”]+[.!?…,]["”]$/.test(text) && !isPullQuote(text);
}

/** `"The reservoirs are low," said Jane Roe.`: a sentence holding a quotation and its verb of saying. */
function isAttributedQuotation(text: string): boolean {
  if (!/[.!?]["”]?$/.test(text) || wordCount(text) < 5) return false;
  return /^["“][^"“”]{12,}["”]/.test(text) && /["”]\s*,?\s*(?:\S+\s+){0,4}(?:said|says|added|told|stated|explained|noted)\b/.test(text);
}

/** `ISLAMABAD - Talks resumed on Monday.`: a lead paragraph opening on a dateline, however short. */
function isDatelineLead(line: string): boolean {
  const text = line.trim();
  if (!endsLikeSentence(text) || wordCount(text) < 5) return false;
  const { dateline, rest } = splitDateline(text);
  return dateline !== null && wordCount(rest) >= 4 && /\p{Ll}{3,}/u.test(rest);
}

/** Splits the opening dateline off the first story paragraph. */
export function splitDateline(paragraph: string): { dateline: string | null; rest: string } {
  for (const pattern of [CAPS_DATELINE, PLACE_DATE_DATELINE]) {
    const match = pattern.exec(paragraph);
    if (!match) continue;
    const place = match[1].trim().replace(/,$/, "");
    // An all-caps opening word is only a dateline when it is a place-like word, not "NATO-led".
    // (The place in capitals, its state or country after a comma as written: "FORT STEWART, Ga.")
    const city = place.split(",")[0];
    if (pattern === CAPS_DATELINE ? city !== city.toUpperCase() : !/^\p{Lu}[\p{L}.]*(?:,?\s+\p{Lu}[\p{L}.]*)*$/u.test(place)) continue;
    const rest = paragraph.slice(match[0].length);
    if (!/^["“‘']?\p{Lu}/u.test(rest)) continue;
    // "BARBARA REYNOLDS: Good afternoon": a speaker's name before a colon, not a place.
    const words = city.split(/\s+/);
    if (/:\s*$/.test(match[0]) && words.length >= 2 && GIVEN_NAMES.has(words[0].toLowerCase()) && !RARER_GIVEN_NAMES.has(words[0].toLowerCase())) continue;
    // ("MR GREENAN: Good morning": a title and a name before a colon.)
    if (/:\s*$/.test(match[0]) && titledLabel(city)) continue;
    return { dateline: place, rest };
  }
  return { dateline: null, rest: paragraph };
}

/**
 * Hard-wrapped copy (every line broken at a fixed width, mid-sentence) is joined back into one line
 * per paragraph. The text counts as hard-wrapped when no line is much longer than a screen line and
 * several lines break off mid-sentence before a lower-case continuation. A line then runs on into
 * the next when it fills most of the width and does not end a sentence (a headline-case line does
 * not run on), or when it leaves a quotation open that the next line does not reopen.
 * `groups` gives, per joined line, the original lines it was made of.
 */
const MAX_OPEN_QUOTE = 4000;

/**
 * Round 7: "... pays tribute to geologist Robert P." at a wrapped line's end: a name's initial
 * (after a capitalised word) or a title's abbreviation ("Dr.", "Sgt.") ends no sentence.
 */
function endsOnInitial(line: string): boolean {
  const last = /(\S+)\s+(\p{L}+)\.$/u.exec(line.trim().slice(-40));
  return !!last && ((/^\p{Lu}$/u.test(last[2]) && /^\p{Lu}/u.test(last[1])) || (ABBREVIATIONS.has(last[2].toLowerCase()) && TITLE_WORDS.has(last[2].toLowerCase())));
}

/** A list item's opening ("- map the surface", "• Item", "2. Item", "b) Item"): a line of its own. */
const LIST_ITEM = /^(?:[-*•·▪►–]\s|\(?(?:\d{1,2}|[a-z])[.)]\s)/u;

/**
 * Round 7: the width a text is hard-wrapped at, or 0 when it is not: the longest line of at most
 * 120 characters, when such lines are most of the text (a page's menu or footer run into one long
 * line no longer hides a wrapped release under it) and several of them break off mid-sentence before
 * a lower-case continuation.
 */
function wrapWidth(raw: string[]): number {
  let width = 0;
  let breaks = 0;
  let short = 0;
  let long = 0;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i].trim();
    if (!line) continue;
    const next = raw[i + 1]?.trim() ?? "";
    const breaksOff = /^\p{Ll}/u.test(next) && !endsLikeSentence(line) && !line.includes("|");
    // (Round 14: a long line that itself breaks off mid-sentence is a paragraph's first line kept
    // whole by the capture, not a menu run into one line.)
    if (line.length > 120) {
      if (!breaksOff) long++;
      continue;
    }
    short++;
    if (line.length > width) width = line.length;
    if (breaksOff) breaks++;
  }
  return breaks >= 3 && long * 5 <= short ? width : 0;
}

/**
 * Round 7: a wrapped line in headline case, as a headline is: a sentence's line crowded with names
 * ("The embed was made up of Whitney Ward, a KREM 2 News reporter, Young") has two or more
 * lower-case words of four letters or more, and runs on into the next ("Kwak, a journalist ...").
 */
function headlineShaped(line: string): boolean {
  return isTitleCaseLine(line) && (line.match(/(?<![\p{L}'’])\p{Ll}{4,}/gu) ?? []).length <= 1;
}

/**
 * Round 28: "... appreciates the dedi-" ¶ "cated efforts ...": a word broken by a hyphen at the
 * line's end, in a newspaper's column, goes on in lower case on the next line, wrapped or not.
 */
function hyphenBroken(line: string, next: string): boolean {
  return /\p{Ll}-$/u.test(line) && /^\p{Ll}/u.test(next);
}

/**
 * Round 36: "Agency Welcomes New Members," ¶ "Elects Vice Chair and Approves Plan": a headline set
 * on two lines, the first closing on a comma: both in headline case, a headline's verb in them.
 * (Round 37: or the second going on from the first, opening on a participle or a preposition,
 * "Agency Commends Lenders for Working with Borrowers" ¶ "Affected by Midwest Floods"; not a
 * byline's "By" or a credit's "From".)
 */
function headlineBroken(line: string, next: string): boolean {
  // (Round 39: or the first ending on a preposition, "... to Be Honored During" ¶ "This Month's
  // Conference".)
  const goesOn = line.endsWith(",") || breaksOffOnJoiner(line) || (/[\p{L}\d]$/u.test(line) && wordCount(next) <= 8 && goesOnFromJoiner(next) && !PAGE_DATE_LINE.test(next));
  if (!goesOn || /["“”]/.test(line + next) || !/^\p{Lu}/u.test(next) || /[,.:;]$/.test(next)) return false;
  const [a, b] = [wordCount(line), wordCount(next)];
  const joined = `${line} ${next}`;
  return a >= 3 && a <= 12 && b >= 2 && b <= 12 && headlineShaped(joined) && hasHeadlineVerb(joined);
}

/** A line ending on a word that joins it to more (a preposition, "and", "the"): a headline broken off. */
function breaksOffOnJoiner(line: string): boolean {
  return HEADLINE_JOINERS.has(/\s(\p{L}+)$/u.exec(line)?.[1].toLowerCase() ?? "");
}

/** A line opening on a participle ("Affected by ...") or a joining word ("Following ...", "Across ..."). */
function goesOnFromJoiner(next: string): boolean {
  const first = /^(\p{Lu}\p{Ll}+)\s/u.exec(next)?.[1] ?? "";
  return /^\p{Lu}\p{Ll}{2,}(?:ed|ing)$/u.test(first) || HEADLINE_JOINERS.has(first.toLowerCase());
}
// ("Updated March 5, 2022", "Posted 2/20/2018": a page's date, not the headline going on.)
const PAGE_DATE_LINE = /^(?:Updated|Posted|Published|Modified|Revised|Released|Edited|Reviewed)\b|\d/;

/**
 * Round 36: "HARBOR CITY, Hawaii (Feb. 7, 2022) –" ¶ "Crews of the sector ...": a dateline on a
 * line of its own, closing on its dash, over the story's first paragraph.
 */
function datelineAbove(line: string, next: string): boolean {
  return line.length <= 80 && /\s[–—-]$/.test(line) && /^\p{Lu}/u.test(next) && wordCount(next) >= 8 && splitDateline(`${line} ${next}`).dateline !== null;
}

/** Lines joined without a wrapping width: a word broken by a hyphen, a headline broken at a comma, a dateline over its paragraph. */
function brokenAcross(line: string, next: string): boolean {
  return hyphenBroken(line, next) || headlineBroken(line, next) || datelineAbove(line, next);
}

export function unwrapLines(raw: string[]): { lines: string[]; groups: number[][] } {
  const identity = { lines: raw, groups: raw.map((_, i) => [i]) };
  const width = wrapWidth(raw);
  if (width === 0 && !raw.some((line, i) => brokenAcross(line.trim(), raw[i + 1]?.trim() ?? ""))) return identity;
  const lines: string[] = [];
  const groups: number[][] = [];
  let open = false;
  // The current joined line's text since the quotation state was last closed: only it is rescanned
  // for an open quotation, and a quotation left open for more than a few thousand characters is
  // taken as a stray mark (no paragraph quotes that long), so the scan stays linear. (Kept apart:
  // slicing the joined line would copy it whole at every line.)
  let openText = "";
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i].trim();
    // (A word broken at this line's end loses its hyphen here, so the joined line is never cut.)
    const brokenNext = !!line && hyphenBroken(line, raw[i + 1]?.trim() ?? "");
    const piece = brokenNext ? line.slice(0, -1) : line;
    const previous = lines.length ? lines[lines.length - 1] : "";
    const last = groups.length ? groups[groups.length - 1] : [];
    const prevRaw = last.length ? raw[last[last.length - 1]].trim() : "";
    const adjacentLine = !!line && !!prevRaw && last[last.length - 1] === i - 1;
    const hyphen = adjacentLine && hyphenBroken(prevRaw, line);
    const joins =
      hyphen ||
      (adjacentLine && last.length === 1 && (headlineBroken(prevRaw, line) || datelineAbove(prevRaw, line))) ||
      (width > 0 &&
      adjacentLine &&
      // (Round 9: a jump line breaks a quotation off; it runs on into nothing.)
      !JUMP_LINE.test(line) &&
      ((open && !/^["“]/.test(line)) ||
        (prevRaw.length >= width * 0.6 &&
          // (Round 14: a longer line too, when the capture kept some paragraphs' first lines whole.)
          (prevRaw.length <= width || /^\p{Ll}/u.test(line)) &&
          (!endsLikeSentence(prevRaw) || endsOnInitial(prevRaw)) && !/[|]/.test(prevRaw) && !LIST_ITEM.test(line) &&
          // A headline-case line runs on only from a lower-case word into a lower-case word.
          (!headlineShaped(prevRaw) || (/\s\p{Ll}+$/u.test(prevRaw) && /^\p{Ll}/u.test(line))))));
    const joiner = hyphen ? "" : " ";
    if (joins) {
      lines[lines.length - 1] = previous + joiner + piece;
      last.push(i);
      openText = open ? openText + joiner + piece : piece;
    } else {
      lines.push(brokenNext ? piece : raw[i]);
      groups.push([i]);
      openText = piece;
    }
    // A double quotation left open at the end of the line runs on.
    open = !!line && openText.length <= MAX_OPEN_QUOTE && findQuoteSpans(openText).some((span) => span.unterminated && !span.single);
  }
  return { lines, groups };
}

/** The text's lines (hard-wrapped lines joined back), and which of them are page furniture. */
interface Page {
  rawLines: string[];
  /** Per line, the raw lines it was joined from. */
  groups: number[][];
  lines: string[];
  junk: boolean[];
  nonBlank: number[];
  /** A story line cut off by the end of the capture, kept (-1 when none). */
  cutStory: number;
  /** Per line: a turn of an interview or a transcript (see `interviewTurns`). */
  turns: boolean[];
  /** Script cues naming the speaker of what follows (see `markScriptCues`). */
  cueLabels: Map<number, string>;
  /** Names listed one to a line under a line introducing them (see `introducedNames`). */
  namedItems: Set<number>;
}

/**
 * `''I've never seen it,'' said Roe`: two apostrophes typed for a double quotation mark are one
 * (round 18: so are two closing single marks, `“We met,’’ she said`); so are two backticks,
 * typewriter copy's opening mark (```I am pleased,'' Roe said``), and (round 22) two opening
 * single marks (`‘‘We met,’’ she said`).
 */
function doubledApostrophes(raw: string): string {
  const line = /``|‘‘/.test(raw) ? raw.replace(/``(?=\S)|(?<=^|[\s(\[])‘‘(?=\S)/g, "“") : raw;
  return /''|’’/.test(line) ? line.replace(/(^|[\s(\[])''(?=\S)|(?<=\S)(?:''|’’)(?=$|[\s.,;:!?)\]])/g, (m, before: string | undefined) => `${before ?? ""}${m.endsWith("’") ? "”" : '"'}`) : line;
}

/**
 * Round 18: `\uFFFDLocal voices lead,\uFFFD says Roe`: a capture that lost its curly quotation marks
 * to the replacement character. One at a word's edge, opening before a word or closing after one,
 * is a quotation mark again when it pairs up in order (a pair inside a pair is a single mark); one
 * inside a word (a lost apostrophe or letter) or left without its partner stays as it is.
 */
function lostQuotationMarks(raw: string): string {
  // (Round 31: curly marks the capture turned into "?": one opening a word after a space, "?This",
  // and one closing after a comma or a stop, "...,? Roe said". A question mark does neither.)
  const line = raw.includes("?") && /(?:^|\s)\?\p{L}/u.test(raw) && /[,.!]\?(?=\s|$)/.test(raw) ? raw.replace(/(^|\s)\?(?=\p{L})/gu, "$1\uFFFD").replace(/([,.!])\?(?=\s|$)/g, "$1\uFFFD") : raw;
  if (!line.includes("\uFFFD")) return line;
  const chars = [...line];
  const kinds = chars.map((c, i) => (c === "\uFFFD" ? lostMarkKind(chars[i - 1] ?? " ", chars[i + 1] ?? " ", chars[i + 2] ?? " ") : undefined));
  const open: number[] = [];
  kinds.forEach((kind, i) => {
    if (kind === "open") open.push(i);
    // (A plural's lost apostrophe, "the farmers? groups", closes only a short quoted phrase.)
    const from = open[open.length - 1];
    const apostrophe = kind === "close?" && (from === undefined || i - from > 60 || wordCount(chars.slice(from, i).join("")) > 4);
    if ((kind === "close" || (kind === "close?" && !apostrophe)) && from !== undefined) {
      open.pop();
      const single = open.length > 0;
      chars[from] = single ? "‘" : "“";
      chars[i] = single ? "’" : "”";
    }
  });
  // (One left open before a long stretch is a quotation running to the paragraph's end.)
  if (open.length === 1 && wordCount(chars.slice(open[0]).join("")) >= 8) chars[open[0]] = "“";
  return chars.join("");
}

/** What a replacement character between these characters may have been: an opening or closing mark, or "close?" (or a plural's apostrophe). */
function lostMarkKind(before: string, after: string, next: string): "open" | "close" | "close?" | undefined {
  if (/[\s(\[—–-]/.test(before) && /[\p{L}\p{N}…]/u.test(after)) return "open";
  if (!/[\p{L}\p{N}.,!?;:…]/u.test(before) || !/[\s.,;:!?)\]—–-]/.test(after)) return undefined;
  return before === "s" && after === " " && /\p{Ll}/u.test(next) ? "close?" : "close";
}

/**
 * Round 20: `... is now 100%. <P> "The basin ...," said Roe. "..." <P> The agency ...`: a feed's
 * paragraphs joined on one line by paragraph tags between text are paragraphs again.
 */
function inlineParagraphMarks(text: string): string {
  return /<\/?p\s*\/?>/i.test(text) ? text.replace(/(?<=\S)(?:[ \t]*<\/?p\s*\/?>)+[ \t]*(?=\S)/gi, "\n\n") : text;
}

/** The lines, with junk marked: furniture patterns, repeated teasers, contact blocks, a cut-off end. */
/** A line cut short by an ellipsis: the text before it. */
function teaserCut(line: string): string | undefined {
  const cut = line.endsWith("…") ? line.slice(0, -1) : line.endsWith("...") ? line.slice(0, -3) : undefined;
  const text = cut?.trimEnd();
  return text && text.length >= 30 ? text : undefined;
}

function readPage(raw: string): Page {
  const rawLines = inlineParagraphMarks(raw.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ")).split("\n");
  const unwrapped = unwrapLines(rawLines);
  const lines = unwrapped.lines.map((line) => withoutClosingCredit(stripBylinePrefix(doubledApostrophes(lostQuotationMarks(line)))));
  const turns = interviewTurns(lines);
  const junk = lines.map((line, i) => !isBlank(line) && isJunk(line, turns[i]));
  // A long line repeated word for word a line or two later is a listing page's teaser (shown
  // twice, as a link and as a summary): a story does not repeat its paragraphs.
  const filled = lines.map((_, i) => i).filter((i) => !isBlank(lines[i]));
  filled.forEach((i, n) => {
    if (wordCount(lines[i]) < 6) return;
    // (A title repeated, page title and heading, is not a teaser: its last copy stays.)
    for (const k of filled.slice(n + 1, n + 4)) if (lines[k].trim() === lines[i].trim()) junk[i] = junk[k] = isProse(lines[i]) || junk[k];
    // (Round 28: or cut short with an ellipsis, "Harbor producers who participate ... for …", and
    // given whole further down.)
    const teaser = teaserCut(lines[i].trim());
    if (teaser && filled.slice(n + 1, n + 25).some((k) => lines[k].trim().length > teaser.length + 2 && lines[k].trim().startsWith(teaser))) junk[i] = true;
  });

  markContactBlocks(lines, junk);
  markLinkLists(lines, junk);
  markAboutSections(lines, junk);
  markOrganisationAboveStory(lines, junk);
  keepIntroducedBullets(lines, junk);
  const namedItems = introducedNames(lines, junk);
  for (const i of namedItems) junk[i] = false;
  const cueLabels = markScriptCues(lines, junk);
  const nonBlank = lines.map((line, i) => i).filter((i) => !isBlank(lines[i]));
  // A capture that stops mid-word leaves a last line without closing punctuation: page debris.
  const lastLine = nonBlank[nonBlank.length - 1];
  // A release headline closing a listing page is not cut off, though it has no closing punctuation.
  // A story line cut off there (a long sentence, a quotation) stays: its people and quotes count.
  let cutStory = -1;
  // (Nor is a speaker's credit under the last quotation: "Jane Roe, dairy farm owner".)
  // (Nor a quotation signed with a dash: "... \"We climb the butte.\" — Betty".)
  const credit =
    lastLine !== undefined &&
    ((nonBlank.length > 1 && creditUnderQuotation(lines[lastLine], lines[nonBlank[nonBlank.length - 2]])) || DASH_SIGNED.test(lines[lastLine].trimEnd().slice(-80)));
  if (lastLine !== undefined && !credit && !endsLikeSentence(lines[lastLine]) && !(isTitleCaseLine(lines[lastLine].trim()) && namesSomeone(lines[lastLine]))) {
    // (Round 7: a roster's item cut off after items of the same list stays: its person counts.)
    const listItem = nonBlank.length > 1 && introducedListItem(lines[lastLine], [lines[nonBlank[nonBlank.length - 2]].trim()]) && !junk[nonBlank[nonBlank.length - 2]];
    // (Round 9: nor a roster's last line, "Tom Roe, Example Survey", under another.)
    const rosterEnd = nonBlank.length > 1 && rosterLine(lines[lastLine]) && rosterLine(lines[nonBlank[nonBlank.length - 2]]);
    if (!junk[lastLine] && (isCutStory(lines[lastLine].trim()) || listItem || rosterEnd)) cutStory = lastLine;
    else junk[lastLine] = true;
  }

  return { rawLines, groups: unwrapped.groups, lines, junk, nonBlank, cutStory, turns, cueLabels, namedItems };
}

// A broadcast script's production cue: "((SOT))", "((Banner:", "((ANIMATION W/ GFX)", "[AIR DATE]".
const CUE_OPEN = /^\(\([^()]{0,80}\)?\)?$/;
const CUE_CLOSE = /^[^()]{1,60}\)\)$/;
// "((LAL MOHAMMAD, FORMER ISK CHILD SOLDIER))", "((JANE ROE))": a cue naming who speaks next.
const CUE_SPEAKER = /^\(\(\s*(?:(?:SOT|SOUNDBITE|SOUND ?BITE|BITE|INTERVIEW|SPEAKER)\s*:\s*)?(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3})\s*(?:,[^()]{1,60})?\)\)$/u;

/**
 * A broadcast script's production cues are furniture: "((SOT))", "((NARRATOR))", an open cue and
 * the line that closes it ("((Reporter:" ¶ "Jane Roe))": a crew credit, no person in the story).
 * Returns the cues that name a speaker ("((JANE ROE, FARMER))"), by line, the name in title case.
 */
function markScriptCues(lines: string[], junk: boolean[]): Map<number, string> {
  const speakers = new Map<number, string>();
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    if (!text) continue;
    if (open && CUE_CLOSE.test(text)) junk[i] = true;
    open = false;
    if (!CUE_OPEN.test(text) || !text.startsWith("((")) continue;
    junk[i] = true;
    open = !text.endsWith("))");
    const named = CUE_SPEAKER.exec(text)?.[1];
    if (named && !named.split(/\s+/).some((w) => SCRIPT_CUE_WORDS.has(w.toLowerCase()))) speakers.set(i, named.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()));
  }
  return speakers;
}


// "QUESTION: ...", "SECRETARY ROE: ...", "Jane Roe: ...": a speaker's label opening a line.
// (Read from the first 80 characters only: the line may be a paragraph of any length.)
const TURN_LABEL = /^((?:\p{Lu}[\p{L}.'’\-]*\s){0,3}\p{Lu}[\p{L}.'’\-]*):\s+\S/u;

/**
 * Per line, whether it is a turn of an interview or a transcript: it opens with a label that opens
 * another line too ("QUESTION:" ... "QUESTION:"), and another label recurs as well. A turn is story text however short ("SECRETARY
 * ROE: Right."), and its label is no dateline ("WASHINGTON:" opens one line only).
 */
function interviewTurns(lines: string[]): boolean[] {
  const labels = lines.map((line) => TURN_LABEL.exec(line.trim().slice(0, 80))?.[1]);
  const count = new Map<string, number>();
  for (const l of labels) if (l) count.set(l, (count.get(l) ?? 0) + 1);
  // Two speakers at least, taking turns: one label repeated ("Source: ...") is furniture.
  const recurring = new Set([...count].filter(([, n]) => n >= 2).map(([l]) => l));
  // (Round 6: in such a transcript, a titled label used once is a turn too: "MR GREENAN:" opening
  // the briefing, which is no dateline.)
  return labels.map((l) => recurring.size >= 2 && !!l && (recurring.has(l) || titledLabel(l)));
}

/** "MR GREENAN", "AMBASSADOR GREEN": a label of a title and a name. */
function titledLabel(label: string): boolean {
  const words = label.split(/\s+/);
  return words.length >= 2 && TITLE_WORDS.has(words[0].toLowerCase().replace(/\.$/, "")) && !TITLE_WORDS.has(words[words.length - 1].toLowerCase());
}

/**
 * "Related" ¶ "Agency Expands Loans" ¶ "Secretary Visits Farms": after a heading of a list of
 * links, the lines that read as no sentence (at most fifteen, blank lines aside) are the list.
 */
function markLinkLists(lines: string[], junk: boolean[]): void {
  let storySeen = false;
  for (let i = 0; i < lines.length; i++) {
    storySeen ||= isProse(lines[i]);
    if (!LIST_HEAD.test(lines[i].trim())) continue;
    junk[i] = true;
    // A list of sources ("Jane Roe. "Title" — Publisher, date") reads like prose: it runs on to
    // any long paragraph.
    const sources = /^(?:sources?|references|external links|bibliography|citations)\s*:?$/i.test(lines[i].trim());
    let headline = -1;
    for (let k = i + 1, n = 0; k < lines.length && n < (sources ? 30 : 15); k++) {
      const text = lines[k].trim();
      if (!text) continue;
      if (sources ? wordCount(text) > 40 : isProse(text) || /^["“]/.test(text) || endsLikeSentence(text)) {
        // "Latest News" ¶ "Agency Announces Grants" ¶ "3 weeks ago" ¶ the story: a list head above
        // the story's first paragraph heads no list; its last headline-like line is the story's.
        if (!storySeen && isProse(text) && headline >= 0) junk[headline] = false;
        break;
      }
      if (!isJunk(text) && isHeadlineLike(text)) headline = k;
      junk[k] = true;
      n++;
    }
  }
}

// A verb of saying: a line holding one reports someone's words, which furniture does not.
const REPORTS_SPEECH = /\b(?:said|says|told)\b/;

// Round 14: a release's closing "About" section: a heading ("About EPA", "ABOUT THE U.S. CENSUS
// BUREAU"), or a paragraph opening on one run in ("About the National Institutes of Health (NIH):
// NIH, the nation's ..."), or an agency's mission ("The mission of the U.S. Fish and Wildlife
// Service is ...").
const ABOUT_HEADING = /^(?:About|ABOUT) (?:the |THE )?[\p{Lu}\d][^!?"“”:;]{1,100}(?<!\.)$/u;
const ABOUT_RUN_IN = /^(?:(?:About|ABOUT) (?:the |THE )?\p{Lu}[^.!?"“”:;]{1,120}:\s+\S|(?:The )?mission of (?:the )?\p{Lu}[^!?"“”:;]{0,100}\bis\b|\p{Lu}[\p{L}.&]{1,20}['’]s mission is\b)/u;

/**
 * Round 14: the "About" sections closing a release describe the agency on every release and report
 * no one's words: a heading and the paragraphs of prose under it (at most three), or a run-in paragraph.
 * Only where no prose follows, so a crosshead inside the story ("About the Program") keeps its
 * paragraphs.
 */
function markAboutSections(lines: string[], junk: boolean[]): void {
  const storyFrom = lines.findIndex((line, i) => !junk[i] && isProse(line));
  if (storyFrom < 0) return;
  // Lines from `furnitureFrom` on are blank, furniture or no prose (a slogan, a link's text);
  // lines from `closedFrom` on are blank or furniture.
  let furnitureFrom = lines.length;
  let closedFrom = lines.length;
  for (let i = lines.length - 1; i > storyFrom; i--) {
    const end = aboutSectionEnd(lines, i);
    // (A paragraph describing an organisation with no heading only where nothing of the story follows.)
    const described = end === undefined && !/["“”]/.test(lines[i]) && describesOrganisation(lines[i].trim());
    if ((end !== undefined && furnitureFrom <= end) || (described && closedFrom <= i + 1)) {
      const to = end ?? i + 1;
      for (let k = i; k < to; k++) junk[k] ||= !isBlank(lines[k]);
      if (closedFrom <= to) closedFrom = i;
      furnitureFrom = i;
      continue;
    }
    if ((isBlank(lines[i]) || junk[i]) && closedFrom === i + 1) closedFrom = i;
    if ((isBlank(lines[i]) || junk[i] || !isProse(lines[i])) && furnitureFrom === i + 1) furnitureFrom = i;
  }
}

// "The U.S. National Science Foundation propels ...", "Argonne National Laboratory seeks ...": an
// organisation's name (the capitalised words before the verb) and a verb in the present tense.
// (Round 36: "USTDA generates ...", "The Example Department is composed of ...".)
const ORGANISATION_OPENING =
  /^(?:The\s+)?((?:[\p{Lu}][\p{L}’'.&-]*\s+(?:(?:of|and|for|the)\s+)?){0,7}[\p{Lu}][\p{L}’'.&-]*)\s+(?:is (?:a|an|the|one of the|composed of|made up of)|propels|supports|seeks|touches|provides|works|conducts|serves|manages|operates|advances|protects|leads|funds|generates|helps|promotes|administers|invests|connects)\b/u;

/**
 * Round 14: a closing paragraph that describes an organisation, with no heading ("The U.S.
 * National Science Foundation propels the nation forward by advancing fundamental research ...";
 * "Argonne National Laboratory seeks solutions to pressing national problems ..."): opening on
 * the organisation's name, one holding an organisation's word or an acronym, and a verb in the
 * present tense; two sentences or more, reporting no one's words. Judged only at the page's end
 * (see markAboutSections).
 */
function describesOrganisation(text: string, sentences = 2): boolean {
  const opening = ORGANISATION_OPENING.exec(text.slice(0, 200));
  if (!opening || !isProse(text) || REPORTS_SPEECH.test(text) || (text.match(/[.!?](?:\s|$)/g) ?? []).length < sentences) return false;
  return opening[1].split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase().replace(/[’']s$/, "")) || /^\p{Lu}{2,}(?:[’']s)?$/u.test(w));
}

/**
 * Round 36: an organisation's description printed on every page above the story ("MCAS Example
 * is a mission-ready air station, capable of ...", "HDA generates an average of $231 ..."): a
 * paragraph describing an organisation (one sentence is enough here) above the story's dateline
 * or byline. (A heading glued on, "Example DepartmentThe Example Department is ...", is round 32's
 * junk pattern's.)
 */
function markOrganisationAboveStory(lines: string[], junk: boolean[]): void {
  // (A byline may already be furniture.)
  const opening = lines.findIndex((line, i) => i < 60 && ((!junk[i] && isDatelineLead(line)) || opensStory(line.trim())));
  for (let i = 0; i < opening; i++) {
    const text = lines[i].trim();
    if (!junk[i] && text && !/["“”]/.test(text) && describesOrganisation(text, 1)) junk[i] = true;
  }
}

// Where a story opens, for markOrganisationAboveStory: a byline ("By Cpl. Jane Roe | July 24",
// "Story by: Sgt. Jane Roe"), or a place in upper and lower case before a dash ("Harbor City, VA –
// Today, the agency ...").
const PLACE_DASH_OPENING = /^\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2},\s+\p{Lu}[\p{L}.]+\s+[–—-]\s+\p{Lu}/u;
const opensStory = (text: string) => isByline(text) || PLACE_DASH_OPENING.test(text);

/** Where the "About" section opening at line `i` ends (the line after it); undefined: none opens there. */
function aboutSectionEnd(lines: string[], i: number): number | undefined {
  const text = lines[i].trim();
  if (/["“”]/.test(text)) return undefined;
  if (ABOUT_RUN_IN.test(text)) return i + 1;
  if (!ABOUT_HEADING.test(text) || wordCount(text) > 12) return undefined;
  let end = i + 1;
  for (let k = i + 1, n = 0; k < lines.length && n < 3; k++) {
    const under = lines[k].trim();
    if (!under) continue;
    if (!isProse(under) || /["“”]/.test(under) || REPORTS_SPEECH.test(under)) break;
    end = k + 1;
    n++;
  }
  return end;
}

/**
 * Round 9: "In the Pacific Region, these efforts include:" ¶ "• Working with schools throughout the
 * islands to ...;": bulleted items of eight words or more under a story line that introduces them
 * with a colon are the story's list, not a menu's (a menu's items are a few words each).
 */
function keepIntroducedBullets(lines: string[], junk: boolean[]): void {
  let introduced = false;
  for (const [i, line] of lines.entries()) {
    const text = line.trim();
    if (!text) continue;
    const item = BULLET.test(text) && wordCount(text) >= 3 && !/["“”]/.test(text);
    // (Round 11: only a line's shape, not a word anywhere in it, makes an introduced item furniture:
    // "• Copyright Works, Jane Roe, Saturday 1:00 pm" is a talk in a programme.)
    if (item && introduced) junk[i] = JUNK_PATTERNS.some((pattern) => pattern !== BULLET && SHAPE_PATTERNS.has(pattern) && pattern.test(text));
    // (Round 36: a shorter one when it says the list is included, "Operations completed include:".)
    else introduced = !junk[i] && /[\p{Ll})]\s*:$/u.test(text) && !LIST_HEAD.test(text) && (wordCount(text) >= 4 || (wordCount(text) >= 2 && /\binclud(?:e|es|ed)\s*:$/.test(text)));
  }
}

/**
 * Round 10: a list of names, one to a line, under a story line introducing it ("The officers honored
 * this year are:" ¶ "• Officer Jane Q. Roe" ¶ "TOM DOE" ¶ "Ann Poe – Example Police Department"):
 * each line a name of two to four capitalised words or initials (after a bullet and titles), then at
 * most a short affiliation after a comma, a dash or a bracket. A tribute's or a casualty list's
 * names are the story's people, so the lines are story, bullets and capitals notwithstanding.
 */
function introducedNames(lines: string[], junk: boolean[]): Set<number> {
  const items = new Set<number>();
  let introduced = false;
  // The list's lines so far, and how many open on a given name the lexicon knows: a list whose
  // names mostly do may hold some it lacks ("Tyrell Jamal Okafor").
  let run: number[] = [];
  let known = 0;
  // (Round 14: under a sentence of the story, "The agency named five people to its board.", a list
  // of two or more bulleted names, "• Maria Cruz, University of Texas".)
  let underProse = false;
  const close = () => {
    const bulleted = !underProse || (run.length >= 2 && run.every((i) => BULLET.test(lines[i])));
    if (known * 2 >= run.length && bulleted) for (const i of run) items.add(i);
    [run, known] = [[], 0];
  };
  for (const [i, line] of lines.entries()) {
    const text = line.trim();
    if (!text) continue;
    const item = introduced ? nameItem(text) : undefined;
    if (item !== undefined) {
      run.push(i);
      if (item) known++;
      continue;
    }
    close();
    underProse = !junk[i] && isProse(text) && /\.$/.test(text);
    introduced = underProse || (!junk[i] && /[\p{Ll})]\s*:$/u.test(text) && !LIST_HEAD.test(text) && wordCount(text) >= 4 && !ADVISORY_LABEL.test(text));
  }
  close();
  return items;
}

const NAME_ITEM_SPLIT = /,\s|\s[–—-]\s|\s\(/;

/** Whether the line is a list's name: undefined if not; true if its given name is a known one. */
function nameItem(line: string): boolean | undefined {
  if (line.length > 160 || /["“”!?]/.test(line) || isContact(line)) return undefined;
  const text = line.replace(/^[-*•–]\s+/, "");
  const cut = NAME_ITEM_SPLIT.exec(text);
  const head = (cut ? text.slice(0, cut.index) : text).split(/\s+/);
  const rest = cut ? text.slice(cut.index) : "";
  if (wordCount(rest) > 12 || /[.;:]$/.test(rest.replace(/\b(?:Jr|Sr|Inc|Co|Dept)\.$/, ""))) return undefined;
  let k = 0;
  while (k < head.length - 2 && TITLE_WORDS.has(head[k].toLowerCase())) k++;
  const name = head.slice(k);
  const shaped = name.length >= 2 && name.length <= 4 && name.every((w) => /^\p{Lu}(?:[\p{L}'’\-]+|\.)$/u.test(w));
  const words = name.map((w) => w.toLowerCase());
  if (!shaped || words.some((w) => ORG_WORDS.has(w) || STOPWORDS.has(w) || TITLE_WORDS.has(w))) return undefined;
  return GIVEN_NAMES.has(words[0]) || RARER_GIVEN_NAMES.has(words[0]);
}

/** A block of lines holding a phone number or an e-mail address is a press contact: drop it whole. */
function markContactBlocks(lines: string[], junk: boolean[]): void {
  let blockStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || isBlank(lines[i])) {
      const block = lines.slice(blockStart, i);
      const before = junk.slice(blockStart, i);
      if (block.some(isContact)) for (let j = blockStart; j < i; j++) junk[j] = !isBlank(lines[j]);
      // (Round 9: a release pasted with no blank lines, "Contact: Press Office" ¶ "WASHINGTON - The
      // agency announced ..." ¶ ...: the contact's lines end where story prose begins, and the
      // prose, and what lies between prose lines, stays.)
      if (block.some(isContact)) keepStoryInContactBlock(lines, junk, blockStart, before);
      // (Round 8: "Contact: Jane Roe, 202-555-0100" ¶ "Example Grants Bring Clean Water to Rural
      // Towns" with no blank line between: a headline of six words or more closing the block is
      // the headline, not a contact's line.)
      const last = (lines[i - 1] ?? "").trim();
      if (i - blockStart >= 2 && block.some(isContact) && !isContact(last) && !/[,@\d()]/.test(last) && wordCount(last) >= 6 && isHeadlineLike(last) && !isNameLine(last)) junk[i - 1] = false;
      blockStart = i + 1;
    }
  }

}

/**
 * Round 9: in a contact block (lines from on, no blank line between; `before`: which of them were
 * furniture before the block was read as a contact's), the story prose it holds:
 * from its first prose line that is no contact to its last, every line but a contact's stays (a
 * short quotation between two paragraphs too), and a headline (and a subhead) right above the
 * first stays.
 */
function keepStoryInContactBlock(lines: string[], junk: boolean[], from: number, before: boolean[]): void {
  const to = from + before.length;
  const prose = (j: number) => !isContact(lines[j]) && (isProse(lines[j]) || isDatelineLead(lines[j]));
  let first = from;
  while (first < to && !prose(first)) first++;
  if (first === to) return;
  let last = to - 1;
  while (last > first && !prose(last)) last--;
  for (let j = first; j <= last; j++) junk[j] = isContact(lines[j]) || before[j - from];
  // (Round 14: a headline and a subhead, numbers in them: "Department Announces $40 Million in
  // Grants to 15 States" ¶ "Grants will support 12,000 apprentices".)
  for (let j = first - 1; j >= from && j >= first - 2; j--) {
    const above = lines[j].trim();
    if (isContact(above) || /[@()]|,\s|\d{3}[-.\s]\d{4}/.test(above) || DATE_LINE.test(above) || wordCount(above) < 5 || !isHeadlineLike(above) || isNameLine(above)) break;
    junk[j] = before[j - from];
  }
}

/**
 * Name label blocks: the role line is furniture, the name line a caption, and the name is kept
 * as the speaker of the quotation under them (by the quotation's line).
 */
function findLabelBlocks(page: Page): { labelNames: Set<number>; labelFor: Map<number, string> } {
  const { lines, junk, nonBlank } = page;
  const labelNames = new Set<number>();
  const labelFor = new Map<number, string>();
  // Per line, the nearest kept line before and after it (-1 / undefined when none): one pass each
  // way, so no line searches the whole text for its neighbours.
  const keptBefore: number[] = [];
  const keptAfter: (number | undefined)[] = [];
  for (let n = 0, last = -1; n < nonBlank.length; n++) {
    keptBefore[n] = last;
    if (!junk[nonBlank[n]]) last = nonBlank[n];
  }
  for (let n = nonBlank.length - 1, next: number | undefined; n >= 0; n--) {
    keptAfter[n] = next;
    if (!junk[nonBlank[n]]) next = nonBlank[n];
  }
  for (let n = 0; n < nonBlank.length; n++) {
    const i = nonBlank[n];
    if (junk[i] || !isRoleLine(lines[i].trim())) continue;
    const prev = keptBefore[n] < 0 ? undefined : keptBefore[n];
    const next = keptAfter[n];
    if (prev === undefined || next === undefined || !isNameLine(lines[prev].trim()) || !/^["“]/.test(lines[next].trim())) continue;
    junk[i] = true;
    for (let k = prev; k >= 0 && (isBlank(lines[k]) || lines[k].trim() === lines[prev].trim()); k--) if (!isBlank(lines[k])) labelNames.add(k);
    labelFor.set(next, lines[prev].trim());
  }
  // A script cue naming the speaker, or a name alone on its line ("Wyclef Roe" between cues), right above a quotation.
  const scripted = lines.some((line) => CUE_OPEN.test(line.trim()));
  for (let n = 0; n < nonBlank.length; n++) {
    const i = nonBlank[n];
    const next = keptAfter[n];
    if (next === undefined || !/^["“]/.test(lines[next].trim())) continue;
    const cue = page.cueLabels.get(i);
    if (cue) labelFor.set(next, cue);
    else if (!junk[i] && isBareNameLabel(lines[i].trim(), scripted) && (nonBlank[n + 1] === next || junk[nonBlank[n + 1]])) {
      labelFor.set(next, lines[i].trim());
      labelNames.add(i);
    } else if (!junk[i] && nonBlank[n + 1] === next && titledNameLine(lines[i].trim())) {
      labelFor.set(next, titledNameLine(lines[i].trim()) as string);
      labelNames.add(i);
    }
  }

  return { labelNames, labelFor };
}

/**
 * "Jane Roe" alone on a line: two or three capitalised words, none an organisation's or a title,
 * opening on a known given name (round 6: a crosshead above a quotation, "Drought Update", is
 * no speaker).
 */
function isBareNameLabel(text: string, scripted: boolean): boolean {
  const words = text.split(/\s+/).map((w) => w.toLowerCase());
  // (In a broadcast script, between its cues, a name line needs no known given name: "Wyclef Roe".)
  const given = scripted || GIVEN_NAMES.has(words[0]) || RARER_GIVEN_NAMES.has(words[0]);
  return NAME_LINE.test(text) && words.length <= 3 && given && words.every((w) => !ORG_WORDS.has(w) && !TITLE_WORDS.has(w) && !STOPWORDS.has(w));
}

/**
 * Round 8: "U.S. Secretary of Transportation Jane L. Roe", "Acting Administrator Jane Roe" alone on
 * a line above the remarks: a title (with its office's "of ..." words) and a name from a known
 * given name, an optional middle initial and a surname to the line's end. Returns the name.
 */
const TITLE_PREFIX = /^(?:U\.S\.|US|United|States|Deputy|Acting|Assistant|Under|Vice|Associate|Principal|Chief)$/;

function titledNameLine(text: string): string | undefined {
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > 12 || !words.every((w) => /^[\p{Lu}&]/u.test(w) || /^(?:of|for|the|and)$/.test(w))) return undefined;
  let k = 0;
  while (k < words.length && TITLE_PREFIX.test(words[k])) k++;
  if (k >= words.length || !TITLE_WORDS.has(words[k].toLowerCase()) || WEAK_TITLE_SET.has(words[k].toLowerCase())) return undefined;
  // The name: a known given name, then an initial or not, then the surname closing the line.
  const n = words.length;
  const given = GIVEN_NAMES.has(words[n - 2].toLowerCase()) ? n - 2 : isInitialWord(words[n - 2]) && GIVEN_NAMES.has(words[n - 3].toLowerCase()) ? n - 3 : -1;
  if (given <= k || !/^\p{Lu}\p{Ll}/u.test(words[n - 1]) || [ORG_WORDS, TITLE_WORDS, STOPWORDS].some((list) => list.has(words[n - 1].toLowerCase()))) return undefined;
  // (Between the title and the name only its office: "of Transportation", "for Health and Safety".)
  const office = words.slice(k + 1, given);
  if (office.length > 0 && !/^(?:of|for)$/.test(office[0])) return undefined;
  return words.slice(given).join(" ");
}

const isInitialWord = (w: string) => /^\p{Lu}\.$/u.test(w);

/**
 * Round 9: a media advisory's labelled lines ("What: ...", "Who: Secretary Jane Roe", "When: ...",
 * "Where: ..."): the advisory's story, however short, wherever they stand.
 */
const ADVISORY_LABEL = /^(?:WHAT|WHO|WHEN|WHERE|WHY|What|Who|When|Where|Why)\s*:\s*\S/;

/**
 * Round 9: a roster of speakers or guests, one per line ("David Roe, U.S. Geological Survey", "-
 * Jane Doe, Ph.D., agency administrator"): a known given name and a surname, then a comma and an
 * affiliation or a role, no sentence, no quotation, no contact; two such lines in a row or more.
 * The roster is story (its people are the advisory's), wherever it stands.
 */
const ROSTER_LINE = /^(?:[-*•–]\s+)?(\p{Lu}[\p{L}'’\-]+)(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,2},\s+[^"“”!?]{2,110}$/u;

function rosterLine(line: string): boolean {
  const text = line.trim();
  const given = ROSTER_LINE.exec(text)?.[1].toLowerCase();
  return !!given && (GIVEN_NAMES.has(given) || RARER_GIVEN_NAMES.has(given)) && !/\p{Ll}{2}\.\s+\p{Lu}/u.test(text) && !isContact(text);
}

// Round 10: a roster's line whose given name the lexicon lacks ("Lourdes Roe, Demographer") is
// still the roster's when it stands in a run with two lines of known given names, or under a
// label line ("Who:", "Speakers:") that opens the roster.
const ROSTER_HEAD = /^(?:who|speakers?|panelists?|participants?|briefers?|presenters?|guests?|featuring)\s*:$/i;

function rosterShaped(line: string): boolean {
  const text = line.trim();
  return ROSTER_LINE.test(text) && !/\p{Ll}{2}\.\s+\p{Lu}/u.test(text) && !isContact(text);
}

function rosterLines(lines: string[], junk: boolean[]): Set<number> {
  const roster = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    let known = 0;
    for (; j < lines.length && !junk[j] && rosterShaped(lines[j]); j++) if (rosterLine(lines[j])) known++;
    const headed = i > 0 && ROSTER_HEAD.test(lines[i - 1].trim());
    if ((known >= 2 && j - i >= 2) || (headed && j > i)) for (let k = i; k < j; k++) roster.add(k);
    i = Math.max(j, i + 1);
  }
  return roster;
}

/** Where each kept line went: the headline, the body (with its line numbers), or a caption. */
interface Placed {
  headline: string | null;
  bodyLines: string[];
  /** Per body line, its line number in the text. */
  bodyIndex: number[];
  dropped: Set<number>;
  captions: Set<number>;
}

/** The next kept line after each line (junk is settled by now; label lines were only made junk). */
function nextKeptLines(lines: string[], junk: boolean[]): (number | undefined)[] {
  const nextKept: (number | undefined)[] = [];
  for (let i = lines.length - 1, next: number | undefined; i >= 0; i--) {
    nextKept[i] = next;
    if (!isBlank(lines[i]) && !junk[i]) next = i;
  }
  return nextKept;
}

/**
 * Places every line around the story lines (`storyLines`, the lines of prose): the headline above
 * them, furniture and captions dropped, story text kept.
 */
function placeLines(page: Page, labelNames: Set<number>, storyLines: number[]): Placed {
  const { lines, junk, nonBlank, cutStory } = page;
  const dropped = new Set<number>();
  const captions = new Set<number>();
  let headline: string | null = null;
  let headlineAt = -1;
  const bodyLines: string[] = [];
  const bodyIndex: number[] = [];
  const nextKept = nextKeptLines(lines, junk);
  const menu = menuLines(lines);
  const roster = rosterLines(lines, junk);
  // A pull quote repeats words of the story; a credited quotation that repeats nothing is story
  // text (`"I am pleased to welcome ..." - Attorney General Jane Roe` in a release).
  let shingles: Map<string, number> | undefined;
  const repeats = (line: string) => (shingles ??= wordShingles(lines)).get(firstShingle(line)) !== 1;
  const nextStory = (i: number) => {
    const j = nextKept[i];
    return j === undefined ? undefined : lines[j];
  };

  if (storyLines.length === 0) {
    for (const i of nonBlank) {
      if (junk[i]) dropped.add(i);
      else {
        bodyLines.push(lines[i].trim());
        bodyIndex.push(i);
      }
    }
  } else {
    const first = storyLines[0];
    const last = storyLines[storyLines.length - 1];
    let previous: number | undefined;
    // (Round 14: the line over a picture's credit line is its caption.)
    const creditBelow = (at: number) => nonBlank[at + 1] !== undefined && isPhotoCreditLine(lines[nonBlank[at + 1]]);
    // (Round 22: a picture's block that gives the caption twice, bare and then with its credit.)
    const captionCopy = (at: number) => {
      const [text, next] = [lines[nonBlank[at]].trim(), lines[nonBlank[at + 1]]?.trim() ?? ""];
      return next.length > text.length && next.startsWith(text) && isCaptionAlways(next);
    };
    const overCaption = (at: number) => nonBlank[at + 1] === nonBlank[at] + 1 && (isCaptionAlways(lines[nonBlank[at + 1]].trim()) || captionCopy(at + 1));
    for (const [position, i] of nonBlank.entries()) {
      const line = lines[i];
      const afterCredit = previous !== undefined && isPhotoCreditLine(lines[previous]);
      const before = previous === undefined ? "" : lines[previous];
      previous = i;
      if (junk[i]) dropped.add(i);
      else if (labelNames.has(i) || captionCopy(position) || (repeatedHeadline(line, i, headline, headlineAt) && overCaption(position))) {
        dropped.add(i);
        captions.add(i);
      } else if (i === cutStory || page.turns[i] || ADVISORY_LABEL.test(line.trim()) || roster.has(i) || page.namedItems.has(i)) bodyLines.push(line.trim());
      else if (i < first) {
        const out = { headline, headlineAt, bodyLines, dropped, captions, creditBelow: creditBelow(position), ...bylineAround(lines, nonBlank, position, headline !== null) };
        ({ headline, headlineAt } = placeAboveStory(line, i, menu[i], out));
      }
      // (Round 9: inside the story too, where an item closing on ";" would read as a caption.)
      else if (introducedListItem(line, bodyLines)) bodyLines.push(line.trim());
      else if (i > last && (afterCredit || creditBelow(position)) && !/["“”]/.test(line) && wordCount(line) <= 40) {
        // "Photo by Jane Lee" ¶ "Elias Thorne at his forge on Nov. 30.": the line under a credit
        // after the story is the picture's caption (round 14: or the line over one).
        dropped.add(i);
        captions.add(i);
      } else if (i > last) {
        if (staysAfterStory(line, repeats) || creditUnderQuotation(line, before)) bodyLines.push(line.trim());
        else {
          dropped.add(i);
          // (A caption after the story is still read for the people it names.)
          if (isCaptionMarked(line.trim()) || CREDIT.test(line.trim())) captions.add(i);
        }
      } else {
        const place = i === first ? "body" : placeInsideStory(line, before, creditBelow(position), nextStory(i), repeats);
        if (place === "body") bodyLines.push(line.trim());
        else dropped.add(i);
        if (place === "caption") captions.add(i);
      }
      if (bodyIndex.length < bodyLines.length) bodyIndex.push(i);
    }
  }

  return { headline, bodyLines, bodyIndex, dropped, captions };
}

/**
 * Round 22: "Harbor chief opens new pier office" again over the picture under the byline: the
 * headline given a second time, right over a caption, is the picture's title, not the story's deck.
 */
function repeatedHeadline(line: string, i: number, headline: string | null, headlineAt: number): boolean {
  return headline !== null && i > headlineAt && line.trim() === headline;
}

/**
 * Where a line inside the story, not its first, goes: story text ("body"), furniture
 * ("dropped"), or a caption (dropped, and read for the people it names).
 */
function placeInsideStory(line: string, before: string, creditBelow: boolean, nextStory: string | undefined, repeats: (line: string) => boolean): "body" | "dropped" | "caption" {
  const text = line.trim();
  if (creditUnderQuotation(line, before)) return "body";
  // (Round 14: a picture's credit line, "Credit: Jane Roe, University of Miami", and the caption
  // right above it.)
  if (isPhotoCreditLine(line)) return "dropped";
  if (creditBelow && !/["“”]/.test(line) && wordCount(line) <= 40) return "caption";
  if (isCaptionMarked(text) && !/^["“‘']/.test(text)) return "caption";
  // A release headline in a listing page: story text that names its speaker.
  if (isTitleCaseLine(line) && isHeadlineLike(line)) return "body";
  if (isSpeakerLabel(text, nextStory)) return "body";
  if ((isCaption(line) || isPullQuote(text)) && !(/^["“‘']/.test(text) && !repeats(line)) && !signedQuotation(line)) return "caption";
  return "body";
}

// "Statement by Chief Jane Roe on ...", "Remarks of the Secretary at ...", "Joint Statement from
// ...": a heading that names whose words follow. (The keyword and the word after it only: the
// speaker is read word by word, so no pattern runs over the rest of a long line.)
// (Round 13: "Quote from Jane Roe, Director:" too; not "Quote of the Day".)
const HEADING_LEAD = /^(?:(?:(?:joint|official|written|prepared|opening|closing|press)\s+)?(?:statement|remarks|message|testimony|speech|address|comments)\s+(?:by|from|of)|quotes?\s+(?:by|from))\s+/i;
// "Secretary Jane Roe's Statement on ...": the speaker as a possessive before the keyword.
const HEADING_POSSESSIVE = /^((?:\p{Lu}[\p{L}.'’\-]*\s+(?:(?:of|for|the)\s+)?){0,6}\p{Lu}[\p{L}.\-]*)['’]s?\s+(?:(?:[Jj]oint|[Oo]fficial|[Ww]ritten|[Oo]pening|[Cc]losing)\s+)?(?:[Ss]tatement|[Rr]emarks|[Mm]essage|[Tt]estimony)\b/u;
// Where the speaker's phrase ends: "... on the budget", "..., June 3", "... at the summit".
const HEADING_TAIL = /^(?:on|about|regarding|concerning|at|to|before|for|in|following|after|as|upon|during|with)$/i;

/**
 * The speaker a statement heading names ("Chief Jane Roe", "the Secretary"), or undefined: a short
 * line, no sentence and no quotation, opening with "Statement by" or closing on "X's statement".
 * A heading naming two speakers ("... by Mayor Roe and Governor Doe") names no one speaker.
 */
export function statementSpeaker(line: string): string | undefined {
  const text = line.trim();
  // (A heading may close on an abbreviation, "... Washington, D.C.", but not on a sentence's end.)
  if (wordCount(text) > 24 || /\p{Ll}{2}[.!?]["”]?$/u.test(text) || /["“”]/.test(text)) return undefined;
  const possessive = HEADING_POSSESSIVE.exec(text);
  if (possessive) return possessive[1].includes(" and ") ? undefined : possessive[1];
  const lead = HEADING_LEAD.exec(text);
  if (!lead) return undefined;
  const words: string[] = [];
  const parts = text.slice(lead[0].length).split(/\s+/);
  for (const [k, w] of parts.entries()) {
    const bare = w.replace(/[,:;–—]+$/, "");
    // (Round 15: "for" or "of" after a title opens or goes on with its complement, "Assistant
    // Secretary for Civil Rights Jane Roe on ...", "Under Secretary of Commerce for Standards".)
    const complement = /^(?:for|of)$/.test(bare) && words.some((x) => TITLE_WORDS.has(x.toLowerCase())) && /^\p{Lu}/u.test(parts[k + 1] ?? "");
    if ((HEADING_TAIL.test(bare) && !complement) || /^[–—\-]$/.test(w)) break;
    if (bare === "and" || bare === "&") return undefined;
    if (bare) words.push(bare);
    if (bare !== w) break;
  }
  return words.length > 0 && words.length <= 10 ? words.join(" ") : undefined;
}

/**
 * After the story only a short closing paragraph that reads as a sentence stays ("'But we are not
 * in a hurry,' he said."), a release headline in a listing page (it names people), and a credited
 * quotation that repeats nothing of the story (no pull quote).
 */
function staysAfterStory(line: string, repeats: (line: string) => boolean): boolean {
  if (signedQuotation(line)) return true;
  if ((endsLikeSentence(line) && wordCount(line) >= 4 && !isCaption(line)) || isQuotationLine(line) || (isPullQuote(line.trim()) && !repeats(line))) return true;
  return isTitleCaseLine(line.trim()) && isHeadlineLike(line) && wordCount(line) >= 6 && namesSomeone(line);
}

/**
 * Round 7: "The newly selected scientists are:" ¶ "* Jane Roe; University of Example, ...": a list
 * item after the story's last line when that line introduces it with a colon (or is an item of
 * the same list) is the story's list, not the page's (a page's link lists have no such lead).
 */
function introducedListItem(line: string, bodyLines: string[]): boolean {
  const bullet = /^([*\-–•])\s+\S/.exec(line.trim());
  // (The story's last line, over blank ones.)
  let k = bodyLines.length - 1;
  while (k > 0 && bodyLines[k] === "" && bodyLines.length - k < 4) k--;
  const before = bodyLines[k] ?? "";
  if (!bullet || before === "") return false;
  return (/[\p{Ll})]\s*:$/u.test(before) && !LIST_HEAD.test(before)) || before.startsWith(bullet[1] + " ");
}

/** A line's end: a closed quotation signed with a dash and a name (`"..." — Betty`, `"..." - Jane Roe`). */
const DASH_SIGNED = /["”]\s*[—–-]\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}$/u;

/**
 * `Why they volunteer: "Refuges are jewels." — Chuck`: a line with text before a quotation signed
 * with a dash is story text (a pull quote is the quotation and its credit alone).
 */
function signedQuotation(line: string): boolean {
  const text = line.trim();
  return !/^["“]/.test(text) && DASH_SIGNED.test(text.slice(-80)) && /["“][^"“”]{12,}["”]/.test(text);
}

/** `"..."` ¶ `Jane Roe, owner of a 20-acre orchard`: a speaker's credit line under a quotation line. */
function creditUnderQuotation(line: string, before: string): boolean {
  // (Signed with a dash too: "— Jane Roe, farmer".)
  const credit = line.trim().replace(/^(?:[—–]|--?)\s*/, "");
  return /^["“][^"“”]{12,}["”]\s*$/.test(before.trim()) && (isSpeakerLabel(credit, '"') || (credit !== line.trim() && NAME_LINE.test(credit)));
}

/** "PRESIDENT JANE ROE" → "President Jane Roe". */
const titleCased = (text: string) => text.toLowerCase().replace(/(^|[\s'’\-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

const SHINGLE = 5;
const wordsOf = (line: string) => line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** The first five words of a line's quotation. */
const firstShingle = (line: string) => wordsOf(line).slice(0, SHINGLE).join(" ");

/** How often each run of five words occurs in the text (built once, in one pass). */
function wordShingles(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const words = wordsOf(line);
    for (let k = 0; k + SHINGLE <= words.length; k++) {
      const key = words.slice(k, k + SHINGLE).join(" ");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** Whether a byline is the next line, or the line before (under a headline already found). */
function bylineAround(lines: string[], nonBlank: number[], position: number, headlineFound: boolean): { beforeByline: boolean; afterByline: boolean } {
  const [next, above] = [nonBlank[position + 1], nonBlank[position - 1]];
  return {
    beforeByline: next !== undefined && isByline(lines[next].trim()),
    afterByline: above !== undefined && headlineFound && isByline(lines[above].trim()),
  };
}

const isByline = (text: string) => BYLINE.test(text) || DATED_BYLINE.test(text) || STORY_BY.test(text);

/** What `placeAboveStory` reads and writes. */
interface AboveStory {
  headline: string | null;
  headlineAt: number;
  bodyLines: string[];
  dropped: Set<number>;
  captions: Set<number>;
  /** The next line is a byline: a headline-like line there is the headline. */
  beforeByline: boolean;
  /** The line before is a byline under the headline: a title-like line here labels a picture. */
  afterByline: boolean;
  /** The next line is a picture's credit line: this one is the picture's caption (round 38). */
  creditBelow: boolean;
}

// "By Jane Roe", "By Army Pvt. Jane Q. Roe": a byline, which news pages set under the headline.
// (Round 38: its date after a bar, "By Cpl. Jane Roe | | February 9, 2011".)
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,6}(?:,.{0,80}|\s*\|[^"“”]{0,80})?$/u;

// Round 42: a story's credit, "Story by Staff Sgt. Jane Roe, Example Public Affairs".
const STORY_BY = /^(?:[Ss]tory|STORY) (?:[Bb]y|BY):?\s+\p{Lu}[^"“”]{2,140}$/u;
// Round 38: "5 Mar 2008 | Cpl. Jane Roe 1st Example Division": a byline after the story's date and
// a bar (its writer's unit run on after the name).
const DATED_BYLINE = new RegExp(String.raw`^(?:\d{1,2}\s+${MONTH_NAME}\s+\d{4}|${MONTH_NAME}\s+\d{1,2},\s+\d{4})\s*\|\s*\p{Lu}[^"“”|]{2,120}$`, "u");
const ENLISTED_BYLINE = /^(?:Spc|Pfc|Pvt|Cpl|Sgt|Staff Sgt|Lance Cpl|Senior Airman|Airman 1st Class|Airman|SrA|A1C|MC[1-3]|MCSN|MCSA|PO[1-3]|Seaman)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+$/u;

/**
 * A line above the story: the first headline-like line is the headline; a second one straight
 * after it is a standfirst and stays with the story (or, after a banner, is the headline);
 * everything else is furniture.
 */
function placeAboveStory(line: string, i: number, inMenu: boolean, out: AboveStory): { headline: string | null; headlineAt: number } {
  let { headline, headlineAt } = out;
  const { bodyLines, dropped, captions } = out;
  // ("A day in the Air Force" ¶ "by Jane Roe" ¶ "Air Force Week kicks off in New York City" ¶ the
  // story: a picture's label line, the image's alternative text.)
  // (Round 14: a byline under the headline is no second headline, even in headline case under one
  // that is not: "For Refuge Volunteers, Every Bird Counts" ¶ "By Jane Roe, U.S. Fish and Wildlife Service".)
  // (Round 34: a junior enlisted writer's rank and name alone above the story, "Spc. Jane Roe", is
  // the byline, before the headline too.)
  // (Round 42: a story's credit above everything, "Story by Staff Sgt. Jane Roe, Example Public Affairs".)
  if ((headline !== null && BYLINE.test(line.trim())) || ENLISTED_BYLINE.test(line.trim()) || DATED_BYLINE.test(line.trim()) || STORY_BY.test(line.trim())) dropped.add(i);
  else if (isCaptionMarked(line.trim()) || (out.afterByline && isHeadlineLike(line) && !endsLikeSentence(line)) || (out.creditBelow && !/["“”]/.test(line))) {
    dropped.add(i);
    captions.add(i);
  } else if (inMenu) {
    dropped.add(i);
    // ("Daily Press Briefing" ¶ "Jane Roe, Spokesman" in a page's header block: read for people.)
    if (isPersonLine(line.trim()) || namesTitledPerson(line.trim())) captions.add(i);
  }
  else if ((headline === null || (out.beforeByline && bodyLines.length === 0)) && isHeadlineLike(line)) {
    // ("War on Terrorism" ¶ "Brothers Reunite in Iraq" ¶ "By Jane Roe": the line over the byline.)
    if (headline !== null) dropped.add(headlineAt);
    headline = line.trim();
    headlineAt = i;
  } else if (headline !== null && bodyLines.length === 0 && isHeadlineLike(line) && (isBanner(headline, line) || isSiteName(headline, line) || titleCaseAfter(headline, line) || spellsOut(headline, line))) {
    // A site's banner ("Homeland Security 5 Year Anniversary 2003 - 2008, One Team, One
    // Mission ..."), then the headline in headline case: the second is the headline.
    dropped.add(headlineAt);
    headline = line.trim();
    headlineAt = i;
  } else if (headline !== null && bodyLines.length === 0 && isHeadlineLike(line) && wordCount(line) >= 5 && (hasContentWords(line) || deckUnderCapitals(headline, line))) bodyLines.push(line.trim());
  else if (isAttributedQuotation(line.trim())) {
    // A short paragraph of quotation over the first long one ("\"The reservoirs are low,\" said
    // Hydrologist Jane Roe.") is the story's, though too short to count as prose.
    bodyLines.push(line.trim());
  } else {
    dropped.add(i);
    // "Secretary Jane Roe" under a transcript's headline: not story text, but it names the
    // person the page is about, so it is read like a caption.
    if (isPersonLine(line.trim()) || namesTitledPerson(line.trim())) captions.add(i);
  }
  return { headline, headlineAt };
}

/**
 * "Statement by Secretary Orrin Vale on the Farm Bill", "Orrin Vale, Secretary of Agriculture":
 * a dropped line of release furniture naming someone with a title is read like a caption (for
 * people, not as story text) when the story uses the surname ("said Vale"), so the surname joins
 * the full name given only there. Contact lines, bylines and lines holding quotations aside.
 */
function readFurnitureNames(lines: string[], dropped: Set<number>, captions: Set<number>, body: string): void {
  // The story's capitalised words, collected once (a search of the body per line would be quadratic).
  const bodyWords = new Set(body.match(/\p{Lu}[\p{Ll}'’\-]+/gu) ?? []);
  for (const i of dropped) {
    const text = lines[i].trim();
    if (captions.has(i) || wordCount(text) > 25 || /["“”]/.test(text) || isContact(text) || /^(?:(?:story|photos?|words|text) )?by\b/i.test(text)) continue;
    if (issuerName(lines, i)) {
      captions.add(i);
      continue;
    }
    const named = /(?:^|\s)(\p{Lu}[\p{L}.\-]*)\s+(\p{Lu}[\p{Ll}'’\-]+)(?:\s+\p{Lu}\.)?\s+(\p{Lu}[\p{Ll}'’\-]+)\b/gu;
    for (const m of text.matchAll(named)) {
      const title = m[1].toLowerCase();
      const titled = TITLE_WORDS.has(title) && !STOPWORDS.has(m[2].toLowerCase()) && !TITLE_WORDS.has(m[2].toLowerCase());
      if (titled && bodyWords.has(m[3])) {
        captions.add(i);
        break;
      }
    }
  }
}

/**
 * Round 8: a release's issuer block ("Press Statement" / "Rex W. Roe" / "Secretary of State"): a
 * name alone on its line (a known given name first), the next line (over blank ones) an office
 * opening on a title. The issuer is a person of the page, read like a caption.
 */
function issuerName(lines: string[], i: number): boolean {
  const text = lines[i].trim();
  if (!isNameLine(text) || !GIVEN_NAMES.has(text.split(/\s+/)[0].toLowerCase())) return false;
  let k = i + 1;
  while (k < lines.length && k <= i + 3 && isBlank(lines[k])) k++;
  const office = (lines[k] ?? "").trim().split(/\s+/);
  // (After "Under", "Deputy", "Acting": "Under Secretary for Political Affairs".)
  let t = 0;
  while (t < office.length - 1 && TITLE_PREFIX.test(office[t])) t++;
  const title = office[t].toLowerCase();
  return office.length <= 8 && TITLE_WORDS.has(title) && !WEAK_TITLE_SET.has(title) && office.every((w) => /^[\p{Lu}&]/u.test(w) || SMALL_WORDS.has(w));
}

/** The "about" paragraph dropped, the dateline split off, the labels placed: the cleaned text. */
function finishStory(page: Page, placed: Placed, storyLines: number[], labelFor: Map<number, string>): CleanedText {
  const { lines, rawLines, groups } = page;
  const { headline, bodyLines, bodyIndex, dropped, captions } = placed;
  // The broadcaster's or company's standard "about" paragraph at the end of a release.
  while (bodyLines.length > 1 && (ABOUT_PARAGRAPH.test(bodyLines[bodyLines.length - 1]) || AUTHOR_NOTE.test(bodyLines[bodyLines.length - 1]))) {
    bodyLines.pop();
    dropped.add(bodyIndex.pop() as number);
  }

  readFurnitureNames(lines, dropped, captions, bodyLines.join("\n"));

  // The dateline opens the first story paragraph (after any standfirst).
  let dateline: string | null = null;
  const firstStory = storyLines.length > 0 ? bodyLines.indexOf(lines[storyLines[0]].trim()) : -1;
  if (firstStory >= 0 && !page.turns[bodyIndex[firstStory]]) {
    const split = splitDateline(bodyLines[firstStory]);
    dateline = split.dateline;
    bodyLines[firstStory] = split.rest;
  }

  const speakerLabels: { offset: number; name: string }[] = [];
  const offsets: number[] = [];
  let offset = 0;
  bodyLines.forEach((line, k) => {
    const name = labelFor.get(bodyIndex[k]);
    if (name) speakerLabels.push({ offset, name });
    offsets.push(offset);
    offset += line.length + 2;
  });
  const statementHeadings = findStatementHeadings(page, placed, storyLines[0] ?? 0, offsets);

  return {
    headline,
    speakerLabels,
    statementHeadings: statementHeadings.map(({ offset, speaker }) => ({ offset, speaker })),
    dateline,
    body: bodyLines.join("\n\n"),
    droppedLines: [...dropped].sort((a, b) => a - b).flatMap((i) => groups[i].map((k) => rawLines[k])),
    // (A byline taken for a caption, "By Pfc. Jane Roe, Public AffairsJanuary 21, 2010", credits
    // the writer: not read for people.)
    captions: [...captions]
      .sort((a, b) => a - b)
      .map((i) => lines[i].trim())
      .filter((line) => !/^[Bb]y\s+\p{Lu}/u.test(line))
      // A speaker named only by a script cue ("((SOT: JANE ROE, FARMER))"), read like a caption.
      .concat([...new Set(page.cueLabels.values())])
      // A statement heading's speaker, read like a caption, as the sentence the heading stands for
      // (a line in headline case offers its words one by one, and names nobody the story does not).
      // (A heading in capitals, "REMARKS BY PRESIDENT JANE ROE", is read in title case.)
      .concat(statementHeadings.map((h) => `${/\p{Ll}/u.test(h.speaker) ? h.speaker : titleCased(h.speaker)} said.`)),
  };
}

/**
 * Statement headings: the headline, or a dropped line above the story, applies from the body's
 * start; a heading line in the body from the paragraph after it. (`dropped`: the heading is no
 * story text, so its speaker is read like a caption's.)
 */
function findStatementHeadings(page: Page, placed: Placed, storyStart: number, offsets: number[]): (StatementHeading & { dropped: boolean })[] {
  const found: (StatementHeading & { dropped: boolean })[] = [];
  const fromHeadline = placed.headline === null ? undefined : statementSpeaker(placed.headline);
  if (fromHeadline) found.push({ offset: 0, speaker: fromHeadline, dropped: false });
  for (const i of [...placed.dropped].sort((a, b) => a - b)) {
    const speaker = i < storyStart ? statementSpeaker(page.lines[i]) : undefined;
    if (speaker) found.push({ offset: 0, speaker, dropped: true });
  }
  placed.bodyLines.forEach((line, k) => {
    const speaker = k + 1 < offsets.length ? (statementSpeaker(line) ?? speakerOnTopic(line, placed.bodyLines[k + 1])) : undefined;
    if (speaker) found.push({ offset: offsets[k + 1], speaker, dropped: false });
  });
  return found;
}

// "U.S. Secretary of Education Jane Roe on the Nomination of ...": a title, a name and "on".
const ON_TOPIC = /^((?:\p{Lu}[\p{L}.'’\-]*\s+(?:(?:of|for|the)\s+)?){1,8}\p{Lu}[\p{L}'’\-]+)\s+on\s+\S/u;

/**
 * Round 15: a feed's item titled by its speaker and subject, "U.S. Secretary of Education Jane Roe
 * on the Nomination of ...", over a paragraph that opens on a quotation: the statement's heading,
 * though it has no "Statement by". The title's first or second word is a title's.
 */
function speakerOnTopic(line: string, next: string | undefined): string | undefined {
  const text = line.trim();
  if (!next || !/^["“]/.test(next.trim()) || wordCount(text) > 24 || /["“”]/.test(text)) return undefined;
  const phrase = ON_TOPIC.exec(text)?.[1];
  const words = phrase?.split(/\s+/) ?? [];
  return words.slice(0, 2).some((w) => TITLE_WORDS.has(w.toLowerCase())) ? phrase : undefined;
}

/**
 * Round 10: a short line introducing a statement or a quotation below it ("Secretary of Labor Jane
 * Roe issued the following statement:", "Senator Jane Roe said:"): story, however short; it says
 * whose the words below are.
 */
// (Round 11: and "According to a statement by Spokesman Jane Roe:", "In a statement from Jane Roe:".)
const INTRODUCTION_LINE =
  /\b(?:issued|released|made|gave|delivered|sent|shared|offered|provided)\b.{0,40}\b(?:statement|remarks|message|comments)\b[^"“”]{0,120}:$|\b(?:said|says|stated|states|wrote|writes|added|remarked|told [^:"“”]{1,60}):$|\b(?:according to|in) (?:a|an|the|his|her|their) (?:[\p{L}-]+ ){0,2}(?:statement|remarks|message|comments|letter|e-?mail) (?:by|from|of)\b[^"“”]{2,160}:$/iu;

function isIntroductionLine(line: string): boolean {
  const text = line.trim();
  return text.length <= 300 && wordCount(text) >= 4 && INTRODUCTION_LINE.test(text);
}

export function cleanText(raw: string): CleanedText {
  const page = readPage(raw);
  const { labelNames, labelFor } = findLabelBlocks(page);
  const storyLines = page.nonBlank.filter(
    (i, n) =>
      !page.junk[i] &&
      (isProse(page.lines[i]) || isDatelineLead(page.lines[i]) || isIntroductionLine(page.lines[i])) &&
      !isCaptionAlways(page.lines[i].trim()) &&
      !overPhotoCredit(page.lines[i], page.lines[page.nonBlank[n + 1]]),
  );
  return finishStory(page, placeLines(page, labelNames, storyLines), storyLines, labelFor);
}
