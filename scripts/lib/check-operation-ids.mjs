// Checks that a generated TypeScript client names its methods after the
// document's operationIds: every operation must have an operationId, and each
// operationId must be, unchanged, a method of a generated API class. A client
// method the generator had to invent (apiV1ArticlesSlugOrIdGet) or rename
// (get_article -> getArticle, delete -> _delete) fails the check, because
// client code written against it breaks whenever the path or the generator
// changes.
//
// Usage: node check-operation-ids.mjs TOOLS_DIR OPENAPI_FILE GENERATED_APIS_DIR
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [toolsDir, documentFile, apisDir] = process.argv.slice(2);
const require = createRequire(join(toolsDir, 'package.json'));
const YAML = require('yaml');
const ts = require('typescript');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function operationsOf(document) {
  const operations = [];
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = pathItem?.[method];
      if (operation) {
        operations.push({ where: `${method.toUpperCase()} ${path}`, id: operation.operationId });
      }
    }
  }
  return operations;
}

function generatedMethods(dir) {
  const methods = new Map(); // name -> class
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (ts.isClassDeclaration(statement) && statement.name) {
        for (const member of statement.members) {
          if (ts.isMethodDeclaration(member) && member.name && ts.isIdentifier(member.name)) {
            methods.set(member.name.text, statement.name.text);
          }
        }
      }
    }
  }
  return methods;
}

// The generator's own name for an operationId differs mostly in case and
// punctuation; comparing letters and digits alone finds it.
const squash = (name) => name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

const document = YAML.parse(readFileSync(documentFile, 'utf8'));
const operations = operationsOf(document);
const methods = generatedMethods(apisDir);
const problems = [];

for (const { where, id } of operations) {
  if (typeof id !== 'string' || id.trim() === '') {
    problems.push(`${where}: no operationId (the generator invented a method name from the path)`);
  } else if (!methods.has(id)) {
    const near = [...methods.keys()].filter((name) => !name.endsWith('Raw') && squash(name) === squash(id));
    problems.push(`${where}: operationId '${id}' is not a method of the generated client`
      + (near.length ? ` (the generator renamed it to ${near.map((n) => `'${n}'`).join(', ')}; choose an operationId`
        + ' it keeps as is: lowerCamelCase, not a reserved word)' : ''));
  }
}

if (operations.length === 0) {
  problems.push('the document has no operations');
}

if (problems.length > 0) {
  console.error(`${problems.length} of ${operations.length} operations are not client methods named by their operationId:`);
  for (const problem of problems) {
    console.error(`  ${problem}`);
  }
  process.exit(1);
}
