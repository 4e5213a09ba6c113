// Test data written straight through TypeORM (the write API comes later), with unique slugs.
import { randomBytes } from "node:crypto";
import { EntityManager } from "typeorm";
import { Article, ArticleAuthor, ArticlePerson, ArticleStatus, ArticleTopic, Person, Quote, QuoteStatus, Topic } from "../../src/entities";

const unique = () => randomBytes(4).toString("hex");

export async function makeArticle(manager: EntityManager, values: Partial<Article> = {}): Promise<Article> {
  const suffix = unique();
  const status = values.status ?? ArticleStatus.PUBLISHED;
  const published = status === ArticleStatus.PUBLISHED || status === ArticleStatus.ARCHIVED;
  return manager.save(
    manager.create(Article, {
      slug: `test-article-${suffix}`,
      headline: `Test article ${suffix}`,
      body: "Words of a test article.",
      status,
      publishedAt: published ? new Date("2020-01-01T00:00:00Z") : null,
      ...values,
    }),
  );
}

export async function makePerson(manager: EntityManager, values: Partial<Person> = {}): Promise<Person> {
  const suffix = unique();
  return manager.save(manager.create(Person, { slug: `test-person-${suffix}`, name: `Test Person ${suffix}`, aliases: [], ...values }));
}

export async function makeTopic(manager: EntityManager, values: Partial<Topic> = {}): Promise<Topic> {
  const suffix = unique();
  return manager.save(manager.create(Topic, { slug: `test-topic-${suffix}`, name: `Test topic ${suffix}`, ...values }));
}

export async function makeQuote(
  manager: EntityManager,
  article: Article,
  speaker: Person | null,
  values: Partial<Quote> = {},
): Promise<Quote> {
  return manager.save(
    manager.create(Quote, {
      text: `Test quote ${unique()}`,
      articleId: article.id,
      speakerId: speaker?.id ?? null,
      status: QuoteStatus.CONFIRMED,
      ...values,
    }),
  );
}

export async function tag(manager: EntityManager, article: Article, topic: Topic): Promise<void> {
  await manager.insert(ArticleTopic, { articleId: article.id, topicId: topic.id });
}

export async function mention(manager: EntityManager, article: Article, person: Person, mentionCount = 1): Promise<void> {
  await manager.insert(ArticlePerson, { articleId: article.id, personId: person.id, mentionCount });
}

export async function byline(manager: EntityManager, article: Article, people: Person[]): Promise<void> {
  await manager.insert(
    ArticleAuthor,
    people.map((person, position) => ({ articleId: article.id, personId: person.id, position })),
  );
}

export async function personBySlug(manager: EntityManager, slug: string): Promise<Person> {
  return manager.findOneByOrFail(Person, { slug });
}
