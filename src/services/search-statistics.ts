// Keeps article_lexeme_share (migration SearchWindow) in step with PostgreSQL's own statistics of
// article.search_vector, which autovacuum's ANALYZE renews as articles are written: a relevance
// search reads it to choose its access path (services/article-search.ts). Stale shares only make a
// search take the slower of two paths that give the same answer, so an hourly copy is plenty.
import { DataSource } from "typeorm";
import { logger } from "../logger";

/** Copies the statistics' word shares; resolves to how many words are listed. */
export async function refreshSearchStatistics(dataSource: DataSource): Promise<number> {
  const [row]: { words: number | null }[] = await dataSource.query(`SELECT refresh_article_lexeme_share() AS words`);
  return Number(row?.words ?? 0);
}

/** Refreshes now and then every `intervalMinutes` (0: never), until stopped; failures are logged. */
export function scheduleSearchStatistics(dataSource: DataSource, intervalMinutes: number): { stop(): void } {
  if (intervalMinutes === 0) return { stop: () => undefined };
  const refresh = (): void => {
    refreshSearchStatistics(dataSource).then(
      (words) => logger.debug("search statistics refreshed", { words }),
      (error: unknown) => logger.warn("search statistics not refreshed", { error }),
    );
  };
  refresh();
  const timer = setInterval(refresh, intervalMinutes * 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
