// Rename an exported symbol and every reference to it across a TS project, using the type checker.
import { Project } from "ts-morph";

function arg(name: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || !process.argv[i + 1]) {
    console.error(`missing --${name}`);
    process.exit(2);
  }
  return process.argv[i + 1];
}

const project = new Project({ tsConfigFilePath: arg("project") });
const file = project.getSourceFileOrThrow(arg("file"));
const from = arg("from");
const to = arg("to");

const decl =
  file.getFunction(from) ??
  file.getVariableDeclaration(from) ??
  file.getClass(from) ??
  file.getInterface(from) ??
  file.getTypeAlias(from);

if (!decl) {
  console.error(`${from} not found in ${file.getFilePath()}`);
  process.exit(1);
}

const before = decl.findReferencesAsNodes().length;
decl.rename(to, { renameInComments: false, renameInStrings: false });
project.saveSync();

const changed = project.getSourceFiles().filter((f) => !f.isSaved()).length;
console.log(`renamed ${from} -> ${to}: ${before} references, ${changed} unsaved files`);
