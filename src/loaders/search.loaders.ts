// Loaders for search presentation: highlighted passages of many articles in one statement.
import DataLoader from "dataloader";
import { EntityManager } from "typeorm";
import { Article } from "../entities";
import { loaderFamily } from "./batch";

/** Marks around the matched words of a snippet; HTML, as search result pages show it. */
export const SNIPPET_OPTIONS = "MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<b>, StopSel=</b>";

/** The part of a search a snippet highlights ("" for none): long searches are cut, as ts_headline is slow. */
export function snippetTerm(search: string): string {
  return search.trim().slice(0, 200);
}

/** Each article's id and the passage of its body that best matches `search`; callers pick the articles. */
export function snippetQuery(manager: EntityManager, search: string) {
  return manager
    .createQueryBuilder(Article, "article")
    .select("article.id", "id")
    .addSelect(`ts_headline('english', article.body, websearch_to_tsquery('english', :search), :options)`, "snippet")
    .setParameters({ search, options: SNIPPET_OPTIONS });
}

export function createSearchLoaders(manager: EntityManager) {
  return {
    /** The passage of each article's body that best matches `search`, matches in <b>…</b>. */
    snippetByArticleId: loaderFamily(
      (search: string) =>
        new DataLoader<string, string | null>(async (ids) => {
          const rows: { id: string; snippet: string }[] = await snippetQuery(manager, search)
            .where("article.id = ANY(:ids)", { ids })
            .getRawMany();
          const byId = new Map(rows.map((row) => [row.id, row.snippet]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    ),
  };
}
