// Loads the bundled sample articles into an empty database: topics, people, articles with their
// mentions and attributed quotes. Runs in one transaction; does nothing when articles exist.
import fs from "node:fs";
import path from "node:path";
import { EntityManager } from "typeorm";
import { Article, ArticlePerson, ArticleStatus, ArticleTopic, Person, Quote, QuoteStatus, Topic } from "../entities";
import { projectRoot } from "../paths";
import { slugify } from "../services/slugs";
import { countMentions, escapeRegExp } from "../extraction/tokens";
import { SAMPLE_ARTICLES, SAMPLE_PEOPLE, SAMPLE_TOPICS, SampleArticle, SampleTopic } from "./sample-catalog";

/** The parts of an annotation file (samples/articles/README.md) the loader uses. */
interface Annotation {
  title: string;
  people: { name: string; aliases: string[] }[];
  quotes: { text: string; speaker: string | null; fragment?: boolean }[];
  boilerplate?: string[];
  captions?: string[];
}

export interface SampleSummary {
  articles: number;
  people: number;
  quotes: number;
  topics: number;
}

const DATE_LINE = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}$/;

function samplesDir(): string {
  return path.join(projectRoot(), "samples", "articles");
}

/** The story text: page furniture, the headline and date lines dropped, and the dateline cut off. */
function sampleBody(text: string, annotation: Annotation, sample: SampleArticle): string {
  const dropped = new Set([...(annotation.boilerplate ?? []), ...(annotation.captions ?? [])].map((line) => line.trim()));
  dropped.add(annotation.title.trim());
  dropped.add(sample.headline.trim());
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !dropped.has(line) && !DATE_LINE.test(line));
  let body = paragraphs.join("\n\n");
  if (sample.dateline) {
    body = body.replace(new RegExp(`^${escapeRegExp(sample.dateline)}\\b[^\\n—–-]{0,40}[—–-]\\s*`, "i"), "");
  }
  return body;
}

// A sentence ends at . ? or ! (perhaps inside a closing quote or bracket) followed by a space and
// a capital, digit or opening quote, so "U.S. role" does not end one.
const SENTENCE_END = /[.?!]["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g;

/** The sentence(s) around a quote: from the sentence start before it to the sentence end after it. */
export function contextOf(body: string, start: number, end: number): string {
  const paragraphStart = body.lastIndexOf("\n\n", start) + 1;
  const paragraphEndIndex = body.indexOf("\n\n", end);
  const paragraph = body.slice(paragraphStart, paragraphEndIndex === -1 ? body.length : paragraphEndIndex);
  let sentenceStart = 0;
  let sentenceEnd = paragraph.length;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= start - paragraphStart) sentenceStart = boundary;
    else if (match.index >= end - paragraphStart - 1) {
      sentenceEnd = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return paragraph.slice(sentenceStart, sentenceEnd).trim();
}

async function insertTopics(manager: EntityManager, topics: SampleTopic[], parentId: string | null): Promise<number> {
  let count = 0;
  for (const topic of topics) {
    const saved = await manager.save(
      manager.create(Topic, {
        slug: topic.slug,
        name: topic.name,
        description: topic.description,
        keywords: topic.keywords ?? [],
        parentId,
      }),
    );
    count += 1 + (await insertTopics(manager, topic.children ?? [], saved.id));
  }
  return count;
}

export async function loadSampleData(manager: EntityManager): Promise<SampleSummary | undefined> {
  return manager.transaction(async (tx) => {
    if ((await tx.count(Article)) > 0) return undefined;
    const topicCount = await insertTopics(tx, SAMPLE_TOPICS, null);
    const topicIds = new Map((await tx.find(Topic)).map((topic) => [topic.slug, topic.id]));
    const people = new Map<string, Person>();
    let quoteCount = 0;

    for (const sample of SAMPLE_ARTICLES) {
      const text = fs.readFileSync(path.join(samplesDir(), `${sample.file}.txt`), "utf8");
      const annotation = JSON.parse(fs.readFileSync(path.join(samplesDir(), `${sample.file}.json`), "utf8")) as Annotation;
      const body = sampleBody(text, annotation, sample);
      const article = await tx.save(
        tx.create(Article, {
          slug: sample.slug,
          headline: sample.headline,
          standfirst: sample.standfirst ?? null,
          body,
          dateline: sample.dateline ?? null,
          sourceUrl: (annotation as { source?: string | null }).source ?? null,
          status: sample.status as ArticleStatus,
          publishedAt: sample.publishedAt ? new Date(sample.publishedAt) : null,
        }),
      );
      await tx.insert(
        ArticleTopic,
        sample.topics.map((slug) => {
          const topicId = topicIds.get(slug);
          if (!topicId) throw new Error(`sample article ${sample.file} names unknown topic ${slug}`);
          return { articleId: article.id, topicId };
        }),
      );

      for (const mentioned of annotation.people) {
        let person = people.get(mentioned.name);
        if (!person) {
          const details = SAMPLE_PEOPLE[mentioned.name] ?? {};
          person = await tx.save(
            tx.create(Person, {
              slug: slugify(mentioned.name),
              name: mentioned.name,
              aliases: [],
              title: details.title ?? null,
              wikidataId: details.wikidataId ?? null,
            }),
          );
          people.set(mentioned.name, person);
        }
        const newAliases = mentioned.aliases.filter((alias) => alias !== person.name && !person.aliases.includes(alias));
        if (newAliases.length) {
          person.aliases = [...person.aliases, ...newAliases];
          await tx.update(Person, person.id, { aliases: person.aliases });
        }
        await tx.insert(ArticlePerson, {
          articleId: article.id,
          personId: person.id,
          mentionCount: countMentions(`${sample.headline}\n${body}`, [mentioned.name, ...mentioned.aliases]),
        });
      }

      const speakerId = (name: string) => {
        const speaker = people.get(name);
        if (!speaker) throw new Error(`sample article ${sample.file} quotes ${name}, who is not among its people`);
        return speaker.id;
      };
      let searchFrom = 0;
      const quotes = annotation.quotes.map((quote) => {
        const position = body.indexOf(quote.text, searchFrom);
        if (position >= 0) searchFrom = position + quote.text.length;
        return tx.create(Quote, {
          text: quote.text,
          articleId: article.id,
          speakerId: quote.speaker ? speakerId(quote.speaker) : null,
          context: position >= 0 ? contextOf(body, position, position + quote.text.length) : null,
          position: position >= 0 ? position : null,
          status: QuoteStatus.CONFIRMED,
          isFragment: quote.fragment ?? false,
          // Dated like the article, so "newest quotes" lists read sensibly in the demo.
          ...(article.publishedAt ? { createdAt: article.publishedAt } : {}),
        });
      });
      if (quotes.length) await tx.insert(Quote, quotes);
      quoteCount += quotes.length;
    }
    return { articles: SAMPLE_ARTICLES.length, people: people.size, quotes: quoteCount, topics: topicCount };
  });
}
