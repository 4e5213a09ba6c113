// The extractor stays readable as small functions: none in src/extraction longer than 80 lines
// (the "about 80"), counted from its first line to its closing brace.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const DIR = path.join(__dirname, "../src/extraction");
const LIMIT = 80;

function longFunctions(file: string): string[] {
  const text = fs.readFileSync(path.join(DIR, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      const name = node.name ? node.name.getText() : "(anonymous)";
      if (last - first + 1 > LIMIT) found.push(`${file}:${first + 1} ${name} (${last - first + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("src/extraction", () => {
  it(`has no function longer than ${LIMIT} lines`, () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".ts"));
    expect(files.flatMap(longFunctions)).toEqual([]);
  });
});
