// A relation the product does not have, declared the way every registry entry is
// (src/read/relations.ts): tests/registry-extension.test.ts adds it to the registry to show that
// one entry plus its field is all a new relation needs. It imports nothing of the registry, which
// the test replaces: the sources come in as an argument.
import type { ListRelation, SOURCES } from "../../src/read/relations";
import { raw } from "../../src/read/sql";

/** An article's speakers: the people its confirmed quotes are attributed to, in quote order. */
export function articleSpeakers(sources: typeof SOURCES): ListRelation {
  return {
    kind: "list",
    parent: "Article",
    field: "speakers",
    target: "Person",
    loader: "speakersByArticleId",
    visibility: "a person quoted (confirmed) in a visible article is visible (person.service); the article is the parent",
    arguments: () => ({}),
    rows: (scope, _args, columns) => {
      const people = sources.Person(scope, columns, true);
      return people
        .join(raw(`INNER JOIN quote link ON link.speaker_id = ${people.alias}.id AND link.status = 'CONFIRMED'`))
        .orderBy(raw("link.position"), "ASC")
        .orderBy(raw("link.id"), "ASC");
    },
    parentKey: raw("link.article_id"),
  };
}
